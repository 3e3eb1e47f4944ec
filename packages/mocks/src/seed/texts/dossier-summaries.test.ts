import { describe, expect, it } from "vitest";
import { createRandom, type Random } from "../../random";
import { drawOfficeTime, windowBefore } from "../dates";
import { SeedInputError } from "../errors";
import { generatePersonName } from "../people";
import { generateAddress } from "../places";
import { PROCEDURES, type ProcedureKey, pickProcedure } from "../procedures";
import { generateDossierSummary, type SummarySlots, summaryTemplateCount } from "./dossier-summaries";

const NOW = new Date("2024-11-20T10:00:00+07:00");

function slots(random: Random): SummarySlots {
  return {
    applicant: generatePersonName(random),
    address: generateAddress(random),
    submittedAt: drawOfficeTime(random, windowBefore(NOW, 365)),
  };
}

describe("generateDossierSummary", () => {
  it("has templates for every procedure and fills every slot", () => {
    const random = createRandom(1);
    for (const procedure of PROCEDURES) {
      expect(summaryTemplateCount(procedure.key)).toBeGreaterThan(0);
      for (let i = 0; i < 50; i++) {
        const summary = generateDossierSummary(random, procedure, slots(random));
        expect(summary.length).toBeGreaterThan(15);
        expect(summary.length).toBeLessThanOrEqual(500);
        expect(summary).not.toMatch(/undefined|null|NaN|\[object|\$\{|\s{2}/);
        expect(summary).toBe(summary.trim());
      }
    }
  });

  it("mentions the applicant or the address where the template is about them", () => {
    const random = createRandom(2);
    const s = slots(random);
    const summary = generateDossierSummary(random, "notary_office_registration", s);
    expect(summary).toContain(s.applicant.full);
    expect(summary).toContain(s.address.ward.name);
  });

  it("does not read the same across many dossiers", () => {
    const random = createRandom(3);
    const summaries = Array.from({ length: 20_000 }, () =>
      generateDossierSummary(random, pickProcedure(random), slots(random)),
    );
    const counts = new Map<string, number>();
    for (const summary of summaries) counts.set(summary, (counts.get(summary) ?? 0) + 1);
    expect(counts.size / summaries.length).toBeGreaterThan(0.9);
    // Short, frequent procedures ("Chứng thực 02 bản sao Giấy khai sinh") repeat, as real ones do, but rarely.
    expect(Math.max(...counts.values()) / summaries.length).toBeLessThan(0.005);
    // Even a single-template procedure varies with its slots.
    const single = Array.from({ length: 1000 }, () =>
      generateDossierSummary(random, "work_permit_extension", slots(random)),
    );
    expect(new Set(single).size).toBeGreaterThan(20);
  });

  it("is deterministic for a seed", () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 100 }, () =>
        generateDossierSummary(random, pickProcedure(random), slots(random)),
      );
    };
    expect(draw(4)).toEqual(draw(4));
    expect(draw(4)).not.toEqual(draw(5));
  });

  it("dates births before the submission", () => {
    const random = createRandom(5);
    for (let i = 0; i < 200; i++) {
      const s = slots(random);
      const match = /sinh ngày (\d{2})\/(\d{2})\/(\d{4})/.exec(
        generateDossierSummary(random, "birth_registration", s),
      );
      if (!match) continue;
      const [, day, month, year] = match;
      expect(new Date(`${year}-${month}-${day}T00:00:00+07:00`).getTime()).toBeLessThan(
        s.submittedAt.getTime(),
      );
    }
  });

  it("rejects an unknown procedure key", () => {
    expect(() =>
      generateDossierSummary(createRandom(1), "nope" as ProcedureKey, slots(createRandom(1))),
    ).toThrow(SeedInputError);
  });
});
