import { describe, expect, it } from "vitest";
import { createRandom } from "../random";
import { SeedInputError } from "./errors";
import { agencyByKey, CURRENT_MAP, PRE_MERGER_MAP } from "./maps";
import {
  agencyProcedureCode,
  FIELDS,
  PROCEDURES,
  type ProcedureKey,
  pickProcedure,
  procedureByKey,
  proceduresOf,
  responsibleAgencyKey,
  serviceLevelOf,
} from "./procedures";

describe("procedures", () => {
  it("has about thirty procedures with unique keys and well-formed, unique, invented national codes", () => {
    expect(PROCEDURES.length).toBeGreaterThanOrEqual(28);
    expect(new Set(PROCEDURES.map((p) => p.key)).size).toBe(PROCEDURES.length);
    expect(new Set(PROCEDURES.map((p) => p.nationalCode)).size).toBe(PROCEDURES.length);
    // `1.` + six digits like 1.000656, in the 1.9xxxxx block the national database does not use.
    for (const procedure of PROCEDURES) expect(procedure.nationalCode).toMatch(/^1\.9\d{5}$/);
  });

  it("covers the fields the task names, each labelled in Vietnamese and English", () => {
    const fields = new Set(PROCEDURES.map((p) => p.field));
    for (const field of [
      "land",
      "construction",
      "business_registration",
      "civil_status",
      "residence",
      "criminal_record",
      "foreign_workers",
      "road_transport",
      "education",
      "food_safety",
      "environment",
      "culture",
    ] as const)
      expect(fields).toContain(field);
    for (const field of fields) {
      expect(FIELDS[field].vi).not.toBe("");
      expect(FIELDS[field].en).not.toBe("");
    }
  });

  it("gives every case a positive duration in a known unit, a whole non-negative fee, and sane channels", () => {
    for (const procedure of PROCEDURES) {
      expect(procedure.cases.length).toBeGreaterThan(0);
      for (const { name, duration, feeVnd } of procedure.cases) {
        expect(name).not.toBe("");
        expect(["working_day", "calendar_day", "hour"]).toContain(duration.unit);
        expect(duration.amount).toBeGreaterThan(0);
        // Same-day procedures are written in hours, never more than one 8-hour office day.
        if (duration.unit === "hour") expect(duration.amount).toBeLessThanOrEqual(8);
        expect(Number.isInteger(feeVnd)).toBe(true);
        expect(feeVnd).toBeGreaterThanOrEqual(0);
      }
      expect(procedure.channels.length).toBeGreaterThan(0);
      expect(new Set(procedure.channels).size).toBe(procedure.channels.length);
      for (const channel of procedure.channels) expect(["counter", "online", "post"]).toContain(channel);
      expect(procedure.weight).toBeGreaterThan(0);
    }
  });

  it("uses the typical times of domain.md §6", () => {
    const first = (key: ProcedureKey) => procedureByKey(key).cases[0].duration;
    expect(first("birth_registration").unit).toBe("hour");
    expect(first("copy_certification").unit).toBe("hour");
    expect(first("enterprise_llc")).toEqual({ amount: 3, unit: "working_day" });
    expect(first("household_business")).toEqual({ amount: 3, unit: "working_day" });
    expect(first("permanent_residence")).toEqual({ amount: 7, unit: "working_day" });
    expect(first("criminal_record")).toEqual({ amount: 10, unit: "calendar_day" });
    expect(first("work_permit")).toEqual({ amount: 5, unit: "working_day" });
    expect(first("construction_permit_house")).toEqual({ amount: 15, unit: "calendar_day" });
    expect(first("land_first_certificate")).toEqual({ amount: 20, unit: "working_day" });
    expect(first("driving_licence_renewal")).toEqual({ amount: 5, unit: "working_day" });
    // Fractional days are allowed.
    expect(PROCEDURES.some((p) => p.cases.some((c) => !Number.isInteger(c.duration.amount)))).toBe(true);
  });

  it("points every procedure at an agency of the map: its role's, or the local committee", () => {
    for (const map of [CURRENT_MAP, PRE_MERGER_MAP])
      for (const procedure of proceduresOf(map)) {
        const key = responsibleAgencyKey(procedure, "ben_cat", map);
        expect(agencyByKey(key, map).key).toBe(key);
        if (procedure.authority.level === "province") expect(key).toBe(map.roles[procedure.authority.role]);
        else expect(key).toBe("ubnd_ben_cat");
      }
    // Enterprise registration: Planning and Investment before 2025, Finance after.
    const llc = procedureByKey("enterprise_llc");
    expect(agencyByKey(responsibleAgencyKey(llc, "ben_cat")).name).toBe("Sở Tài chính");
    expect(agencyByKey(responsibleAgencyKey(llc, "ben_cat", PRE_MERGER_MAP), PRE_MERGER_MAP).name).toBe(
      "Sở Kế hoạch và Đầu tư",
    );
  });

  it("leaves out of today's map the procedures no agency of it handles", () => {
    expect(proceduresOf(PRE_MERGER_MAP)).toHaveLength(PROCEDURES.length);
    expect(proceduresOf().map((procedure) => procedure.key)).not.toContain("driving_licence_renewal");
    const random = createRandom(9);
    for (let i = 0; i < 5000; i++) expect(pickProcedure(random).key).not.toBe("driving_licence_renewal");
  });

  it("gives every online procedure a Decree 42/2022 service level and the others none", () => {
    for (const procedure of PROCEDURES) {
      const level = serviceLevelOf(procedure);
      if ((procedure.channels as readonly string[]).includes("online"))
        expect(["full_online", "partial_online"]).toContain(level);
      else expect(level).toBeNull();
    }
    expect(serviceLevelOf(procedureByKey("enterprise_llc"))).toBe("full_online");
    expect(serviceLevelOf(procedureByKey("land_first_certificate"))).toBe("partial_online");
    expect(serviceLevelOf(procedureByKey("copy_certification"))).toBeNull();
  });

  it("builds the agency's procedure code from the national code and the agency identifier", () => {
    const procedure = procedureByKey("criminal_record");
    expect(agencyProcedureCode(procedure, agencyByKey("ubnd_tinh"))).toBe("1.900701.000.00.00.X74");
    expect(agencyProcedureCode(procedure, agencyByKey("stp"), "K12")).toMatch(/^1\.900701\.00\.\d{2}\.K12$/);
  });

  it("draws frequent procedures more often, deterministically", () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 20_000 }, () => pickProcedure(random, PRE_MERGER_MAP).key);
    };
    const keys = draw(4);
    expect(draw(4)).toEqual(keys);
    const count = (key: ProcedureKey) => keys.filter((k) => k === key).length;
    expect(count("copy_certification")).toBeGreaterThan(5 * count("environmental_permit"));
    expect(new Set(keys).size).toBe(PROCEDURES.length);
  });

  it("rejects an unknown procedure key", () => {
    expect(() => procedureByKey("nope" as ProcedureKey)).toThrow(SeedInputError);
  });
});
