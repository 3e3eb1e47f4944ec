import { describe, expect, it } from "vitest";
import { listParams } from "./listParams";
import { queueMessages } from "./messages";
import { nextSort, resolveColumns } from "./model";

describe("queue model helpers", () => {
  it("resolves built-in and custom columns in order, dropping unknown ids and duplicates", () => {
    const custom = { id: "agency", header: "Agency", cell: () => null };
    const columns = resolveColumns(["due", "code", "due", "nonsense" as "code", custom]);
    expect(columns.map((column) => column.id)).toEqual(["due", "code", "agency"]);
    expect(columns[0]?.sortField).toBe("dueAt");
    expect(resolveColumns(undefined).map((column) => column.id)).toEqual([
      "code",
      "applicant",
      "procedure",
      "received",
      "due",
      "timeliness",
      "status",
      "handler",
    ]);
  });

  it("cycles a sortable column ascending, descending, then unsorted", () => {
    expect(nextSort(null, "dueAt")).toBe("dueAt");
    expect(nextSort("dueAt", "dueAt")).toBe("-dueAt");
    expect(nextSort("-dueAt", "dueAt")).toBeNull();
    expect(nextSort("-receivedAt", "dueAt")).toBe("dueAt");
  });

  it("sends only what is set to the API", () => {
    expect(listParams("all", {}, "  ", null, undefined, 50)).toEqual({ queue: "all", limit: 50 });
    expect(
      listParams(
        "in_progress",
        { status: ["processing"], channel: "post", timeliness: "overdue", procedureCode: "1.0" },
        " hồ sơ ",
        "-dueAt",
        { assignee: "me" },
        20,
      ),
    ).toEqual({
      assignee: "me",
      queue: "in_progress",
      limit: 20,
      status: ["processing"],
      channel: "post",
      timeliness: "overdue",
      procedureCode: "1.0",
      q: "hồ sơ",
      sort: "-dueAt",
    });
  });

  it("has the same message keys in Vietnamese and English", () => {
    expect(Object.keys(queueMessages.en).sort()).toEqual(Object.keys(queueMessages.vi).sort());
  });
});
