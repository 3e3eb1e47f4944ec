import {
  DOSSIER_QUEUES,
  dossierStatusId,
  dueDate,
  nextStatus,
  stopsClock,
  timeliness,
} from "@chinhquyenso/core";
import { beforeAll, describe, expect, it } from "vitest";
import { MockOptionsError } from "../errors";
import { createMockCalendar } from "./calendar";
import { createDataset, type Dataset } from "./snapshot";

const NOW = "2026-11-26T10:00:00+07:00";
let data: Dataset;

beforeAll(() => {
  data = createDataset({ seed: 11, size: 2000, now: NOW });
});

describe("createDataset options", () => {
  it("gives the same data for the same seed, size and now, and other data for another seed", () => {
    const again = createDataset({ seed: 5, size: 40, now: NOW });
    expect(createDataset({ seed: 5, size: 40, now: NOW })).toEqual(again);
    expect(createDataset({ seed: 6, size: 40, now: NOW }).dossiers[0]).not.toEqual(again.dossiers[0]);
  });

  it("refuses bad options with a MockOptionsError naming the option", () => {
    const failure = (options: Parameters<typeof createDataset>[0]) => {
      try {
        createDataset(options);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    expect(failure({ size: 9 })).toMatchObject({ name: "MockOptionsError", option: "size" });
    expect(failure({ size: 100_001 })).toBeInstanceOf(MockOptionsError);
    expect(failure({ now: "yesterday" })).toMatchObject({ option: "now" });
    expect(failure({ seed: 1.5 })).toMatchObject({ option: "seed" });
    expect(failure({ provinceCode: "H5" })).toMatchObject({ option: "provinceCode" });
    expect(failure({ agencyCodes: { sxd: "not-a-code" } })).toMatchObject({ option: "agencyCodes.sxd" });
  });

  it("uses configured agency codes everywhere (agencies, procedures, dossier codes)", () => {
    const custom = createDataset({
      seed: 2,
      size: 20,
      now: NOW,
      provinceCode: "H57",
      agencyCodes: { ubnd_thu_dau_mot: "000.30.00.H57" },
    });
    expect(custom.agencies.find((agency) => agency.name.includes("Thủ Dầu Một"))?.code).toBe("000.30.00.H57");
    expect(custom.dossiers.some((dossier) => dossier.code.startsWith("000.30.00.H57-"))).toBe(true);
    expect(
      custom.procedures.every(
        (procedure) => procedure.code.endsWith(procedure.agencyCode) && procedure.agencyCode.endsWith("H57"),
      ),
    ).toBe(true);
  });

  it("fills every queue even with the smallest data set", () => {
    const small = createDataset({ seed: 1, size: 10, now: NOW });
    expect(small.dossiers).toHaveLength(10);
    for (const queue of DOSSIER_QUEUES)
      expect(small.queueCounts.find((count) => count.queue === queue)?.count, queue).toBeGreaterThan(0);
  });
});

describe("dossiers agree with core", () => {
  const calendar = createMockCalendar();
  const casesByProcedure = () =>
    new Map(data.procedures.map((procedure) => [procedure.code, procedure.cases]));

  it("have histories that replay through the state machine to their status, in time order, before now", () => {
    for (const dossier of data.dossiers) {
      const history = data.dossierHistories[dossier.code] ?? [];
      let status = "registered";
      let previous = Date.parse(dossier.submittedAt ?? "");
      for (const entry of history) {
        expect(entry.fromStatus, dossier.code).toBe(status);
        status = nextStatus(status, entry.action);
        expect(entry.toStatus, dossier.code).toBe(status);
        expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(previous);
        previous = Date.parse(entry.at);
      }
      expect(status, dossier.code).toBe(dossier.status);
      expect(previous).toBeLessThanOrEqual(Date.parse(NOW));
      expect(dossier.statusId).toBe(dossierStatusId(dossier.status));
      const at = (action: string) => history.find((entry) => entry.action === action)?.at ?? null;
      expect(dossier.receivedAt === null ? null : Date.parse(dossier.receivedAt)).toBe(
        at("accept") === null ? null : Date.parse(at("accept") as string),
      );
      expect(dossier.finishedAt === null ? null : Date.parse(dossier.finishedAt ?? "")).toBe(
        at("finish") === null ? null : Date.parse(at("finish") as string),
      );
      expect(dossier.returnedAt === null ? null : Date.parse(dossier.returnedAt ?? "")).toBe(
        at("return_result") === null ? null : Date.parse(at("return_result") as string),
      );
    }
  });

  it("have due dates from core's engine with the pauses of their history, and core's timeliness", () => {
    const cases = casesByProcedure();
    let paused = 0;
    for (const dossier of data.dossiers) {
      if (dossier.receivedAt === null) {
        expect(dossier.dueAt).toBeNull();
        expect(dossier.timeliness, "no timeliness before intake").toBeNull();
        continue;
      }
      const history = data.dossierHistories[dossier.code] ?? [];
      const pauses = history.flatMap((entry, index) =>
        stopsClock(entry.toStatus)
          ? [{ from: entry.at, to: history[index + 1]?.at ?? null, status: entry.toStatus }]
          : [],
      );
      if (pauses.length > 0) paused += 1;
      const chosen = cases.get(dossier.procedureCode)?.find((item) => item.name === dossier.caseName);
      expect(chosen, dossier.code).toBeDefined();
      const duration = { amount: chosen?.duration ?? 0, unit: chosen?.unit ?? "working_day" };
      const expected = dueDate(dossier.receivedAt, duration, { pauses, now: NOW, calendar });
      expect(Date.parse(dossier.dueAt ?? ""), dossier.code).toBe(Date.parse(expected));
      const judged = timeliness(
        { status: dossier.status, dueAt: expected, finishedAt: dossier.finishedAt ?? null, pauses },
        NOW,
        { calendar },
      );
      // Core's answer as is: null for refused or withdrawn dossiers, never a stand-in value.
      expect(dossier.timeliness, dossier.code).toBe(judged);
    }
    expect(paused).toBeGreaterThan(50);
    const closedUnjudged = data.dossiers.filter(
      (dossier) => dossier.receivedAt !== null && dossier.timeliness === null,
    );
    expect(closedUnjudged.length, "refused / withdrawn dossiers without timeliness").toBeGreaterThan(0);
    expect(closedUnjudged.every((d) => d.status === "refused" || d.status === "withdrawn")).toBe(true);
  });

  it("carry what their status implies: supplement request, refusal reason, result, handler", () => {
    for (const dossier of data.dossiers) {
      if (dossier.status === "awaiting_supplement")
        expect(dossier.supplementRequest, dossier.code).toBeDefined();
      if (dossier.status === "refused") expect(dossier.refusalReason, dossier.code).toBeTruthy();
      if (dossier.status === "finished" || dossier.status === "returned")
        expect(dossier.result, dossier.code).toBeDefined();
      if (dossier.status === "processing") expect(dossier.assignee, dossier.code).not.toBeNull();
      expect(dossier.code.startsWith(`${dossier.agencyCode}-`)).toBe(true);
      expect(dossier.code.split("-")[1]).toBe((dossier.submittedAt ?? "").slice(2, 10).replace(/-/g, ""));
    }
    expect(new Set(data.dossiers.map((dossier) => dossier.code)).size).toBe(data.dossiers.length);
  });

  it("spread over statuses and timeliness like a one-stop office", () => {
    const count = (predicate: (dossier: Dataset["dossiers"][number]) => boolean) =>
      data.dossiers.filter(predicate).length;
    expect(count((dossier) => dossier.status === "returned")).toBeGreaterThan(1000);
    expect(count((dossier) => dossier.timeliness === "late")).toBeGreaterThan(20);
    expect(count((dossier) => dossier.timeliness === "overdue")).toBeGreaterThan(0);
    expect(count((dossier) => dossier.channel === "online")).toBeGreaterThan(400);
  });
});

describe("other collections", () => {
  it("writes Vietnamese with diacritics, in NFC", () => {
    const texts = [
      ...data.dossiers.slice(0, 200).flatMap((dossier) => [dossier.applicant.fullName, dossier.summary]),
      ...data.feedback.map((item) => item.title),
      ...data.documents.map((doc) => doc.subject),
    ];
    for (const text of texts) expect(text).toBe(text.normalize("NFC"));
    expect(texts.filter((text) => /[ăâđêôơưáàảãạ]/i.test(text)).length).toBeGreaterThan(texts.length * 0.8);
  });

  it("numbers incoming documents sequentially per year and has some awaiting the current user's signature", () => {
    const incoming = data.documents.filter((doc) => doc.direction === "incoming");
    const byYear = new Map<string, number[]>();
    for (const doc of incoming)
      byYear.set(doc.arrivalDate?.slice(0, 4) ?? "", [
        ...(byYear.get(doc.arrivalDate?.slice(0, 4) ?? "") ?? []),
        doc.arrivalNumber ?? 0,
      ]);
    for (const numbers of byYear.values()) expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    const mine = data.documents.filter(
      (doc) =>
        doc.state === "awaiting_signature" &&
        doc.assignments.some((assignment) => assignment.assignee.id === data.currentUser.id),
    );
    expect(mine.length).toBeGreaterThanOrEqual(4);
    expect(data.documents.some((doc) => doc.urgency === "flash")).toBe(true);
  });

  it("keeps feedback threads in time order, consistent with the status", () => {
    for (const item of data.feedback) {
      const thread = data.feedbackThreads[item.id] ?? [];
      expect(thread[0]).toMatchObject({ entryType: "activity", activity: "created" });
      const times = thread.map((entry) => Date.parse(entry.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      const changes = thread.filter((entry) => entry.activity === "status_changed");
      expect(changes.at(-1)?.toStatus ?? "pending_assignment", item.id).toBe(item.status);
      if (item.status === "resolved")
        expect(thread.some((entry) => entry.entryType === "public_reply")).toBe(true);
      expect(item.location?.address).toMatch(/, (phường|xã) [^,]+, Thành phố Hồ Chí Minh$/);
    }
  });

  it("has 24 monthly points per indicator, the last one the indicator's value", () => {
    for (const indicator of data.indicators) {
      const series = data.indicatorSeries[indicator.code];
      expect(series?.points).toHaveLength(24);
      expect(series?.points.at(-1)).toMatchObject({ period: indicator.periodLabel, value: indicator.value });
    }
  });
});
