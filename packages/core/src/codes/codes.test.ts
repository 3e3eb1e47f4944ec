import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CodeFormatError } from "../errors";
import { agencyIdProblem, isAgencyId, parseAgencyId } from "./agency";
import { formatDossierCode, isDossierCode, parseDossierCode } from "./dossier-code";
import { formatProcedureCode, isProcedureCode, parseProcedureCode } from "./procedure";

function errorOf(call: () => unknown): CodeFormatError {
  try {
    call();
  } catch (error) {
    if (error instanceof CodeFormatError) return error;
    throw error;
  }
  throw new Error("expected a CodeFormatError");
}

describe("agency identifiers", () => {
  it("read levels right to left", () => {
    expect(parseAgencyId("000.00.00.H29")).toEqual({
      value: "000.00.00.H29",
      levels: ["H29", "00", "00", "000"],
    });
    expect(parseAgencyId("00.02.H29").levels).toEqual(["H29", "02", "00"]);
    expect(parseAgencyId("G01").levels).toEqual(["G01"]);
  });

  it("name the malformed level", () => {
    expect(agencyIdProblem("000.00.00.h29")).toMatch(
      /^level 1 \("h29"\) must be a letter and 2 digits .* in upper case/,
    );
    expect(agencyIdProblem("000.0.00.H29")).toMatch(/^level 3 \("0"\) must be 2 digits/);
    expect(agencyIdProblem("1.000.00.00.H29")).toMatch(/5 dot-separated parts/);
    expect(agencyIdProblem("")).toMatch(/non-empty/);
    expect(isAgencyId(42)).toBe(false);
    expect(errorOf(() => parseAgencyId("H2"))).toMatchObject({
      code: "invalid_agency_id",
      kind: "agency_id",
    });
  });
});

describe("dossier codes", () => {
  it("parse and format {agency}-{yyMMdd}-{NNNN}", () => {
    expect(parseDossierCode("000.00.00.H29-260302-0001")).toEqual({
      agency: "000.00.00.H29",
      date: "2026-03-02",
      sequence: 1,
    });
    expect(formatDossierCode({ agency: "00.02.H29", date: "2026-03-02", sequence: 57 })).toBe(
      "00.02.H29-260302-0057",
    );
    // The date is the Vietnam date of the instant: 20:00 UTC on 1 March is 2 March in Vietnam.
    expect(formatDossierCode({ agency: "H29", date: "2026-03-01T20:00:00Z", sequence: 1 })).toBe(
      "H29-260302-0001",
    );
  });

  it("round-trip", () => {
    const agency = fc
      .tuple(fc.constantFrom("H", "G", "A"), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
      .map(([letter, a, b]) => `000.${String(a).padStart(2, "0")}.${String(b).padStart(2, "0")}.${letter}29`);
    const day = fc
      .integer({ min: 0, max: 36_500 })
      .map((n) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000));
    fc.assert(
      fc.property(agency, day, fc.integer({ min: 1, max: 9999 }), (agencyId, date, sequence) => {
        const isoDate = date.toISOString().slice(0, 10);
        const code = formatDossierCode({ agency: agencyId, date: isoDate, sequence });
        expect(isDossierCode(code)).toBe(true);
        expect(parseDossierCode(code)).toEqual({ agency: agencyId, date: isoDate, sequence });
      }),
      { numRuns: 200 },
    );
  });

  it("say which part is wrong", () => {
    const cases: [string, RegExp][] = [
      ["000.00.00.H29-260302", /three parts/],
      ["000.00.00.H29-2603-0001", /date part "2603" must be 6 digits/],
      ["000.00.00.H29-260230-0001", /date part "260230" is not a calendar date/],
      ["000.00.00.H29-260302-1", /sequence "1" must be 4 digits/],
      ["000.00.00.H29-260302-0000", /start at 0001/],
      ["000.00.00.x29-260302-0001", /agency part: level 1/],
    ];
    for (const [code, message] of cases) {
      const error = errorOf(() => parseDossierCode(code));
      expect(error.code).toBe("invalid_dossier_code");
      expect(error.message).toMatch(message);
    }
    expect(
      errorOf(() => formatDossierCode({ agency: "H29", date: "2026-03-02", sequence: 10_000 })).message,
    ).toMatch(/1 to 9999/);
    expect(
      errorOf(() => formatDossierCode({ agency: "H29", date: "2126-03-02", sequence: 1 })).message,
    ).toMatch(/2000–2099/);
  });

  it("never echo a personal number from a malformed code", () => {
    const error = errorOf(() => parseDossierCode("079123456789-0912345678-0001"));
    expect(error.message).not.toMatch(/079123456789|0912345678/);
  });
});

describe("procedure codes", () => {
  it("split the national code from the agency", () => {
    expect(parseProcedureCode("1.000656.000.00.00.H29")).toEqual({
      nationalCode: "1.000656",
      agency: "000.00.00.H29",
    });
    expect(parseProcedureCode("2.001234")).toEqual({ nationalCode: "2.001234" });
    expect(formatProcedureCode({ nationalCode: "1.000656", agency: "00.02.H29" })).toBe("1.000656.00.02.H29");
  });

  it("explain what is malformed", () => {
    expect(isProcedureCode("1.00065")).toBe(false);
    expect(errorOf(() => parseProcedureCode("BTP-BDU-277111")).message).toMatch(/national procedure code/);
    expect(errorOf(() => parseProcedureCode("1.000656.000.00.00.h29")).message).toMatch(
      /agency part: level 1/,
    );
    expect(errorOf(() => formatProcedureCode({ nationalCode: "1.65" })).code).toBe("invalid_procedure_code");
  });
});
