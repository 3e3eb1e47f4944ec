import { describe, expect, it } from "vitest";
import { SECRET_NOTE, sampleEntries } from "./fixtures";
import { buildTimeline, entriesFor, isVisibleTo } from "./timeline";

describe("timeline", () => {
  it("gives staff every entry, in order", () => {
    const items = buildTimeline(sampleEntries(), "staff");
    expect(items.map((item) => item.kind)).toEqual([
      "activity",
      "internal_note",
      "activity",
      "activity",
      "public_reply",
    ]);
  });

  it("withholds internal notes, unknown and unreadable entries from citizens", () => {
    const entries = [
      ...sampleEntries(),
      { id: "x1", entryType: "private_memo", body: "mới", at: "2026-11-22T08:00:00+07:00" },
      null,
      { body: "không có loại" },
    ];
    const items = buildTimeline(entries, "citizen");
    expect(items.map((item) => item.kind)).toEqual(["activity", "activity", "public_reply"]);
    expect(JSON.stringify(items)).not.toContain(SECRET_NOTE);
    expect(entriesFor(entries, "citizen")).toHaveLength(3);
    expect(isVisibleTo({ entryType: "internal_note" }, "staff")).toBe(true);
  });

  it("withholds `assigned` (internal routing) and unknown or missing activities from citizens, not from staff", () => {
    const activity = (value: unknown) => ({
      id: `a_${String(value)}`,
      entryType: "activity",
      activity: value,
    });
    const entries = [
      activity("created"),
      activity("assigned"),
      activity("status_changed"),
      activity("reopened"),
      activity("rated"),
      activity("category_changed"),
      activity("escalated_internally"),
      activity(undefined),
      activity(7),
    ];
    expect(buildTimeline(entries, "citizen").map((item) => item.activity)).toEqual([
      "created",
      "status_changed",
      "reopened",
      "rated",
      "category_changed",
    ]);
    expect(buildTimeline(entries, "staff")).toHaveLength(entries.length);
    // The composer's confirmation for a posted entry follows the same rule.
    expect(buildTimeline([], "citizen", [activity("assigned") as never])).toEqual([]);
  });

  it("shows staff unknown and malformed entries as fallbacks instead of failing", () => {
    const items = buildTimeline(
      [
        { id: "x1", entryType: "private_memo", body: "mới", at: "không phải ngày", author: "An" },
        "rác",
        { id: 7, entryType: "public_reply", attachments: [null, { name: 5, size: "lớn" }] },
      ],
      "staff",
    );
    expect(items.map((item) => [item.kind, item.rawType])).toEqual([
      ["unknown", "private_memo"],
      ["unknown", ""],
      ["public_reply", "public_reply"],
    ]);
    expect(items[0]?.at).toBeUndefined();
    expect(items[0]?.authorName).toBeUndefined();
    expect(items[2]?.attachments).toEqual([{ id: "file-1", name: "", contentType: "", size: -1, alt: null }]);
    expect(new Set(items.map((item) => item.key)).size).toBe(3);
  });

  it("drops repeated ids, then adds posted entries the list lacks and the pending post", () => {
    const [first, second] = sampleEntries();
    const posted = {
      id: "te_9",
      entryType: "public_reply" as const,
      body: "Đã xong",
      at: "2026-11-26T09:00:00+07:00",
      author: { id: "u", name: "U" },
    };
    const items = buildTimeline([first, first, second], "staff", [second as never, posted], {
      key: "pending:1",
      entryType: "internal_note",
      body: "đang gửi",
      at: "2026-11-26T09:01:00+07:00",
    });
    expect(items.map((item) => [item.key, item.delivery])).toEqual([
      ["id:te_1", "sent"],
      ["id:te_2", "sent"],
      ["id:te_9", "sent"],
      ["pending:1", "sending"],
    ]);
    // A citizen's view never shows a pending internal note.
    expect(
      buildTimeline([], "citizen", [], { key: "p", entryType: "internal_note", body: "x", at: "" }),
    ).toEqual([]);
  });
});
