import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors";
import { labelOf } from "../labels";
import {
  AGENCY_LEVEL_LABELS,
  AGENCY_LEVEL_RULES,
  AGENCY_LEVELS,
  agencyLevelProblem,
  agencyLevelRuleOn,
  checkAgencyLevel,
} from "./agency-level";
import {
  LEGACY_SERVICE_LEVELS,
  parseServiceLevel,
  procedureServiceLevel,
  SERVICE_LEVEL_LABELS,
  SERVICE_LEVELS,
} from "./service-level";

function errorOf(call: () => unknown): InvalidInputError {
  try {
    call();
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  throw new Error("expected an InvalidInputError");
}

describe("agency levels by date", () => {
  it("has districts until 30 June 2025 and two tiers from 1 July 2025 (Vietnam time)", () => {
    expect(checkAgencyLevel("district", "2025-06-30T23:59:00+07:00")).toBe("district");
    // 2025-06-30T17:30Z is already 1 July in Vietnam.
    expect(agencyLevelProblem("district", "2025-06-30T17:30:00Z")?.code).toBe("agency_level_not_in_force");
    for (const level of ["province", "department", "commune"] as const) {
      expect(checkAgencyLevel(level, "2026-03-02")).toBe(level);
      expect(checkAgencyLevel(level, "2024-03-02")).toBe(level);
    }
  });

  it("names the field and the date when a district appears on a record after the change", () => {
    const error = errorOf(() =>
      checkAgencyLevel("district", new Date("2026-11-26T03:00:00Z"), { field: "items[3].level" }),
    );
    expect(error.code).toBe("agency_level_not_in_force");
    expect(error.field).toBe("items[3].level");
    expect(error.message).toMatch(/^items\[3\]\.level: "district" is not an agency level on 2026-11-26/);
    expect(error.message).toContain("since 2025-07-01 are province, department, commune");
    expect(error.message).toContain("only in records dated before 2025-07-01");
  });

  it("rejects unknown level strings without echoing personal numbers", () => {
    const error = errorOf(() => checkAgencyLevel("quận", "2026-01-05"));
    expect(error.code).toBe("unknown_agency_level");
    expect(error.field).toBe("level");
    expect(error.message).toBe(`level: "quận" is not an agency level (${AGENCY_LEVELS.join(", ")})`);
    expect(errorOf(() => checkAgencyLevel(3, "2026-01-05")).code).toBe("unknown_agency_level");
    expect(errorOf(() => checkAgencyLevel("079123456789", "2026-01-05")).message).not.toContain(
      "079123456789",
    );
  });

  it("reads the rules as data: a host can pass its own, and a gap is an error", () => {
    const rules = [{ from: "2030-01-01", until: null, levels: ["province"] as const, source: "test" }];
    expect(checkAgencyLevel("province", "2031-01-01", { rules })).toBe("province");
    expect(agencyLevelProblem("commune", "2031-01-01", { rules })?.code).toBe("agency_level_not_in_force");
    expect(errorOf(() => checkAgencyLevel("province", "2029-12-31", { rules })).code).toBe(
      "no_agency_level_rule",
    );
    expect(agencyLevelRuleOn("2025-07-01")).toBe(AGENCY_LEVEL_RULES[1]);
    expect(agencyLevelRuleOn("2025-06-30")).toBe(AGENCY_LEVEL_RULES[0]);
  });

  it("rejects a malformed date naming asOf", () => {
    const error = errorOf(() => checkAgencyLevel("province", "2026-13-01"));
    expect(error.field).toBe("asOf");
  });

  it("labels every level in both languages", () => {
    for (const level of AGENCY_LEVELS) {
      expect(AGENCY_LEVEL_LABELS[level].vi.length).toBeGreaterThan(0);
      expect(AGENCY_LEVEL_LABELS[level].en.length).toBeGreaterThan(0);
    }
    expect(labelOf(AGENCY_LEVEL_LABELS, "commune")).toBe("Cấp xã");
  });
});

describe("online service levels (Decree 42/2022)", () => {
  it("accepts the current values and maps the legacy 2–4 scale", () => {
    expect(parseServiceLevel("full_online")).toBe("full_online");
    expect(parseServiceLevel("partial_online")).toBe("partial_online");
    expect(parseServiceLevel(4)).toBe("full_online");
    expect(parseServiceLevel("4")).toBe("full_online");
    expect(parseServiceLevel(3)).toBe("partial_online");
    expect(parseServiceLevel(" 2 ")).toBe("partial_online");
    expect(Object.values(LEGACY_SERVICE_LEVELS).every((level) => SERVICE_LEVELS.includes(level))).toBe(true);
  });

  it("refuses level 1, level 5 and unknown strings, naming the field", () => {
    const one = errorOf(() => parseServiceLevel(1, "items[0].level"));
    expect(one.code).toBe("not_an_online_service");
    expect(one.field).toBe("items[0].level");
    const five = errorOf(() => parseServiceLevel(5, "level"));
    expect(five.code).toBe("unknown_service_level");
    expect(five.message).toBe(
      "level: level 5 is not a service level; expected full_online, partial_online (or a legacy level 2, 3 or 4)",
    );
    expect(errorOf(() => parseServiceLevel("toàn trình")).code).toBe("unknown_service_level");
    expect(errorOf(() => parseServiceLevel(3.5)).code).toBe("unknown_service_level");
    expect(errorOf(() => parseServiceLevel(undefined)).field).toBe("serviceLevel");
  });

  it("reads a procedure record: current field first, legacy level mapped, both checked", () => {
    expect(procedureServiceLevel({ serviceLevel: "full_online" })).toBe("full_online");
    expect(procedureServiceLevel({ level: 3 })).toBe("partial_online");
    expect(procedureServiceLevel({ serviceLevel: "full_online", level: 4 })).toBe("full_online");
    expect(procedureServiceLevel({})).toBeUndefined();
    expect(procedureServiceLevel({ serviceLevel: null, level: null })).toBeUndefined();
    const conflict = errorOf(() => procedureServiceLevel({ serviceLevel: "full_online", level: 2 }));
    expect(conflict.code).toBe("conflicting_service_level");
    expect(conflict.field).toBe("level");
    // A bad legacy value next to a good current one is still reported, never dropped.
    expect(errorOf(() => procedureServiceLevel({ serviceLevel: "partial_online", level: 5 })).field).toBe(
      "level",
    );
  });

  it("labels both levels in both languages", () => {
    expect(labelOf(SERVICE_LEVEL_LABELS, "full_online")).toBe("Trực tuyến toàn trình");
    expect(labelOf(SERVICE_LEVEL_LABELS, "partial_online", "en")).toBe("Partly online");
  });
});
