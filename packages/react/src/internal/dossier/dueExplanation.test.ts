import { createCalendar, defaultCalendar, explainDueDate } from "@chinhquyenso/core";
import { describe, expect, it } from "vitest";
import { explainDossierDue } from "./dueExplanation";

const cases = [{ code: "1", name: "Cấp mới", duration: 5, unit: "working_day" as const }];
const now = new Date("2026-11-26T09:00:00+07:00");
const pauses = [
  { from: "2026-11-17T10:00:00+07:00", to: "2026-11-19T10:00:00+07:00", status: "awaiting_supplement" },
];

describe("a dossier's due date explained from the API's fields", () => {
  it("uses the dossier's own pauses and says so in a step", () => {
    const dossier = { receivedAt: "2026-11-16T09:00:00+07:00", dueAt: null, pauses, caseName: "Cấp mới" };
    const result = explainDossierDue({ dossier, cases }, { locale: "vi", calendar: defaultCalendar(), now });
    expect(result.kind).toBe("explained");
    if (result.kind !== "explained") return;
    const withoutPause = explainDueDate(dossier.receivedAt, { amount: 5, unit: "working_day" }, { now });
    expect(result.explanation.dueAt > withoutPause.dueAt).toBe(true);
    expect(result.explanation.steps.some((step) => step.kind === "pause")).toBe(true);
  });

  it("notes a platform due date that differs, and none that agrees", () => {
    const base = { receivedAt: "2026-11-16T09:00:00+07:00", pauses: [], caseName: "Cấp mới" };
    const computed = explainDueDate(base.receivedAt, { amount: 5, unit: "working_day" }).dueAt;
    const same = explainDossierDue({ dossier: { ...base, dueAt: computed }, cases }, options());
    expect(same).toMatchObject({ kind: "explained", platformDueAt: null });
    const other = explainDossierDue(
      { dossier: { ...base, dueAt: "2026-12-01T17:00:00+07:00" }, cases },
      options(),
    );
    expect(other).toMatchObject({ kind: "explained", platformDueAt: "2026-12-01T17:00:00+07:00" });
  });

  it("is provisional for a year without an official notice, and answers without throwing otherwise", () => {
    const late = { receivedAt: "2027-12-28T09:00:00+07:00", dueAt: null, pauses: [], caseName: "Cấp mới" };
    const result = explainDossierDue({ dossier: late, cases }, options());
    expect(result).toMatchObject({ kind: "explained", explanation: { provisional: true } });
    expect(explainDossierDue({ dossier: { ...late, receivedAt: null }, cases }, options()).kind).toBe(
      "not_received",
    );
    expect(
      explainDossierDue({ dossier: { ...late, caseName: "Khác" }, cases: [...cases, ...cases] }, options())
        .kind,
    ).toBe("no_duration");
    const strict = createCalendar({ uncoveredYears: "error" });
    expect(explainDossierDue({ dossier: late, cases }, { ...options(), calendar: strict }).kind).toBe(
      "failed",
    );
  });
});

function options() {
  return { locale: "en" as const, calendar: defaultCalendar(), now };
}
