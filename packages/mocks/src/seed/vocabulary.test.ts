// Hygiene of every pool and of generated text: Unicode NFC, no stray spaces, no empty or duplicated entries,
// the glossary's tone-mark style, and the size budget of the seed sources.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createRandom } from "../random";
import * as seed from "./index";

/** Every string reachable from a value, with its path; arrays must not be empty. */
function collectStrings(value: unknown, path: string, out: [string, string][], emptyArrays: string[]): void {
  if (typeof value === "string") out.push([path, value]);
  else if (Array.isArray(value)) {
    if (value.length === 0) emptyArrays.push(path);
    for (const [index, item] of value.entries()) collectStrings(item, `${path}[${index}]`, out, emptyArrays);
  } else if (value !== null && typeof value === "object")
    for (const [key, item] of Object.entries(value)) collectStrings(item, `${path}.${key}`, out, emptyArrays);
}

// The glossary writes tone marks the traditional way in open syllables: "hóa", "hòa", "thủy" (not "hoá",
// "hoà", "thuỷ"). "Quý" is fine in both styles: there the u belongs to "qu".
const NEW_STYLE_TONE = /(?<![qQ])(?:[oO][àáảãạèéẻẽẹ]|[uU][ỳýỷỹỵ])(?!\p{L})/u;

function checkText(path: string, text: string): string[] {
  const problems: string[] = [];
  if (text !== text.normalize("NFC")) problems.push(`${path}: not NFC`);
  if (text !== text.trim()) problems.push(`${path}: leading or trailing space`);
  if (/\s{2}/.test(text)) problems.push(`${path}: double space`);
  if (/undefined|NaN|\[object /.test(text)) problems.push(`${path}: unfilled slot in "${text}"`);
  if (NEW_STYLE_TONE.test(text)) problems.push(`${path}: new-style tone mark in "${text}"`);
  return problems;
}

describe("vocabulary pools", () => {
  const strings: [string, string][] = [];
  const emptyArrays: string[] = [];
  for (const [name, value] of Object.entries(seed))
    if (typeof value !== "function") collectStrings(value, name, strings, emptyArrays);

  it("are found", () => {
    expect(strings.length).toBeGreaterThan(800);
  });

  it("have no empty pools and no empty strings", () => {
    expect(emptyArrays).toEqual([]);
    expect(strings.filter(([, text]) => text === "").map(([path]) => path)).toEqual([]);
  });

  it("are NFC, trimmed, single-spaced and use the glossary's tone-mark style", () => {
    expect(strings.flatMap(([path, text]) => checkText(path, text))).toEqual([]);
  });

  it("have no duplicates in lists of names", () => {
    for (const list of [
      seed.FAMILY_NAME_LIST,
      seed.GIVEN_NAMES.male,
      seed.GIVEN_NAMES.female,
      seed.BRAND_NAMES,
      seed.BUSINESS_LINES,
      seed.MOBILE_PREFIXES,
      seed.INDUSTRIAL_PARKS,
      seed.TOPICS,
      seed.PROJECTS,
    ])
      expect(new Set(list).size).toBe(list.length);
  });

  it("spell Vietnamese names with Vietnamese letters only", () => {
    const letters =
      /^[A-ZĐa-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]+$/;
    const names = [
      ...seed.FAMILY_NAME_LIST,
      ...seed.GIVEN_NAMES.male,
      ...seed.GIVEN_NAMES.female,
      ...[...seed.PRE_MERGER_MAP.localities, ...seed.CURRENT_MAP.localities]
        .flatMap((d) => [d.name, ...d.wards.map((w) => w.name)])
        .flatMap((n) => n.split(" ")),
    ].filter((name) => name !== "II");
    expect(names.filter((name) => !letters.test(name))).toEqual([]);
  });
});

describe("generated text", () => {
  it("is NFC, trimmed, single-spaced and fully filled, across many seeds", () => {
    const problems: string[] = [];
    const now = new Date("2025-03-14T09:00:00+07:00");
    for (let seedValue = 1; seedValue <= 40; seedValue++) {
      const random = createRandom(seedValue);
      const map = seedValue % 2 === 0 ? seed.CURRENT_MAP : seed.PRE_MERGER_MAP;
      for (let i = 0; i < 50; i++) {
        const applicant = seed.generatePersonName(random);
        const address = seed.generateAddress(random, { map });
        const at = seed.drawOfficeTime(random, seed.windowBefore(now, 120));
        const agency = random.pick(map.agencies);
        const category = seed.pickFeedbackCategory(random);
        const report = seed.generateFeedbackReport(random, category, { address, at });
        const type = seed.pickDocumentType(random);
        const news = seed.generateNewsItem(random, i % 2 === 0 ? "news" : "reference", 2025, map);
        const texts = [
          applicant.full,
          address.full,
          seed.generateDossierSummary(random, seed.pickProcedure(random, map), {
            applicant,
            address,
            submittedAt: at,
            map,
          }),
          seed.generateOrganisationName(random),
          seed.generateCivilServant(random, agency).title,
          report.title,
          report.body,
          seed.generateIntakeNote(random, at, "zalo"),
          seed.generateFeedbackReply(random, report, "resolved", { address, at, agency }),
          seed.generateInternalNote(random, { address, at }),
          seed.generateDocumentSubject(random, type, 2025, map),
          seed.generateNotation(random, type, seed.pickIssuer(random, map)),
          seed.generateEventTitle(random, agency, map),
          seed.generateEventLocation(random, agency, map),
          ...seed.generateMeetingAgenda(random, 2025),
          news.headline,
          news.summary,
        ];
        for (const [index, text] of texts.entries())
          problems.push(...checkText(`seed ${seedValue} #${i}.${index}`, text));
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("size", () => {
  // Two maps (today's and the pre-merger snapshot) since the 2025 reorganisation: 150 kB became 185 kB; the IOC's
  // 27 fields (issue 17, indicators-more.ts) made it 195 kB.
  it("keeps the seed sources (tests excluded) under 195 kB", () => {
    const folder = fileURLToPath(new URL(".", import.meta.url));
    const sizeOf = (dir: string): number =>
      readdirSync(dir).reduce((total, name) => {
        const path = `${dir}/${name}`;
        if (statSync(path).isDirectory()) return total + sizeOf(path);
        return /\.ts$/.test(name) && !/\.(test|bench)\.ts$/.test(name)
          ? total + readFileSync(path).length
          : total;
      }, 0);
    expect(sizeOf(folder)).toBeLessThan(195_000);
  });
});
