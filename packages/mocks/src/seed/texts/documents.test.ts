import { describe, expect, it } from "vitest";
import { createRandom } from "../../random";
import { SeedInputError } from "../errors";
import { agencyByKey } from "../maps";
import {
  CENTRAL_ISSUERS,
  DOCUMENT_TYPES,
  documentTypeByKey,
  formatNotation,
  generateDocumentSubject,
  generateNotation,
  issuerFromAgency,
  pickDocumentType,
  pickIssuer,
} from "./documents";

describe("document notations (Decree 30)", () => {
  const ubnd = issuerFromAgency(agencyByKey("ubnd_tinh"));
  const sxd = issuerFromAgency(agencyByKey("sxd"));

  it("writes number/type-issuer, and number/issuer-unit for an official letter", () => {
    expect(formatNotation({ number: 123, type: documentTypeByKey("decision"), issuer: ubnd })).toBe(
      "123/QĐ-UBND",
    );
    expect(
      formatNotation({
        number: 45,
        type: documentTypeByKey("official_letter"),
        issuer: sxd,
        unitCode: "QLXD",
      }),
    ).toBe("45/SXD-QLXD");
    expect(formatNotation({ number: 7, type: documentTypeByKey("invitation"), issuer: sxd })).toBe(
      "7/GM-SXD",
    );
  });

  it("refuses a letter without a drafting unit and numbers that are not positive integers", () => {
    const letter = documentTypeByKey("official_letter");
    expect(() => formatNotation({ number: 1, type: letter, issuer: sxd })).toThrow(/^unitCode:/);
    for (const number of [0, -3, 1.5, Number.NaN])
      expect(() => formatNotation({ number, type: letter, issuer: sxd, unitCode: "VP" })).toThrow(
        SeedInputError,
      );
  });

  it("generates well-formed notations for every type and issuer, within the number range", () => {
    const random = createRandom(1);
    for (let i = 0; i < 2000; i++) {
      const type = pickDocumentType(random);
      const issuer = pickIssuer(random);
      const notation = generateNotation(random, type, issuer, 500);
      const [number, rest] = notation.split("/");
      expect(Number(number)).toBeGreaterThanOrEqual(1);
      expect(Number(number)).toBeLessThanOrEqual(500);
      if (type.abbreviation) expect(rest).toBe(`${type.abbreviation}-${issuer.notationCode}`);
      else expect(issuer.units.map((unit) => `${issuer.notationCode}-${unit.code}`)).toContain(rest);
    }
  });

  it("has unique type keys and abbreviations, and issuers with units", () => {
    expect(new Set(DOCUMENT_TYPES.map((t) => t.key)).size).toBe(DOCUMENT_TYPES.length);
    const abbreviations = DOCUMENT_TYPES.flatMap((t) => (t.abbreviation ? [t.abbreviation] : []));
    expect(new Set(abbreviations).size).toBe(abbreviations.length);
    for (const issuer of CENTRAL_ISSUERS) expect(issuer.units.length).toBeGreaterThan(0);
  });
});

describe("document subjects", () => {
  it("exist for every type, carry the year where they name one, and start letters with V/v", () => {
    const random = createRandom(2);
    for (const type of DOCUMENT_TYPES)
      for (let i = 0; i < 30; i++) {
        const subject = generateDocumentSubject(random, type, 2024);
        expect(subject.length).toBeGreaterThan(10);
        expect(subject.length).toBeLessThanOrEqual(500);
        expect(subject).not.toMatch(/undefined|NaN|\s{2}/);
        if (/năm \d{4}/.test(subject)) expect(subject).toMatch(/năm 202[34]/);
        if (type.key === "official_letter") expect(subject).toMatch(/^V\/v /);
      }
  });

  it("draws official letters most often", () => {
    const random = createRandom(3);
    const keys = Array.from({ length: 5000 }, () => pickDocumentType(random).key);
    const letters = keys.filter((k) => k === "official_letter").length;
    expect(letters).toBeGreaterThan(keys.filter((k) => k === "decision").length * 2);
  });

  it("refuses a year that is not an integer", () => {
    expect(() => generateDocumentSubject(createRandom(1), documentTypeByKey("plan"), 2024.5)).toThrow(
      /^year:/,
    );
  });
});
