// The data set's administrative map: today's (two tiers, Hồ Chí Minh City, 2025 names) for 2026 data, the
// labelled pre-merger snapshot only with dates before 2025-07-01 — never 2026 records with 2023 geography.
import { checkAgencyLevel, parseServiceLevel } from "@chinhquyenso/core";
import { describe, expect, it } from "vitest";
import { MockOptionsError } from "../errors";
import { createStore } from "../store/create";
import { AHEAD_DAYS, PRE_MERGER_DEFAULT_NOW } from "./options";
import { createDataset } from "./snapshot";

const NOW = "2026-11-26T10:00:00+07:00";
const today = createDataset({ seed: 3, size: 300, now: NOW });
const before = createDataset({ seed: 3, size: 300, snapshot: "pre-2025-07" });

/** Every string of a value, deep. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

// Names that cannot appear in data dated after 2025-07-01: district-level units and bodies merged in 2025.
const OBSOLETE = [
  /\bhuyện\b/i,
  /\bthị trấn\b/i,
  /thành phố (Thủ Dầu Một|Dĩ An|Thuận An|Tân Uyên|Bến Cát)/i,
  /tỉnh Bình Dương/,
  /Báo Bình Dương/,
  /Thông tin và Truyền thông/,
  /Kế hoạch và Đầu tư/,
  /Tài nguyên và Môi trường/,
  /Giao thông vận tải/,
  /Lao động - Thương binh/,
  /Nông nghiệp và Phát triển nông thôn/,
  /Trà Vinh|Bình Phước|Bà Rịa|Long An/,
];

describe("the default data set is on today's map", () => {
  it("names nothing abolished or merged in 2025, anywhere in its records", () => {
    const texts = strings(today);
    for (const pattern of OBSOLETE) {
      const found = texts.find((text) => pattern.test(text));
      expect(found, String(pattern)).toBeUndefined();
    }
  });

  it("lists the City, its departments under their 2025 names and commune-level committees", () => {
    expect(today.snapshot).toBe("current");
    const names = today.agencies.map((agency) => agency.name);
    for (const name of [
      "Ủy ban nhân dân Thành phố Hồ Chí Minh",
      "Sở Nông nghiệp và Môi trường",
      "Sở Khoa học và Công nghệ",
      "Sở Tài chính",
      "Sở Xây dựng",
      "Ủy ban nhân dân phường Thủ Dầu Một",
      "Ủy ban nhân dân phường Chánh Hiệp",
      "Ủy ban nhân dân xã Bàu Bàng",
      "Ủy ban nhân dân xã Dầu Tiếng",
    ])
      expect(names).toContain(name);
    expect(new Set(today.agencies.map((agency) => agency.level))).toEqual(
      new Set(["province", "department", "commune"]),
    );
    expect(today.agencies.filter((agency) => agency.level === "commune")).toHaveLength(36);
    for (const agency of today.agencies) expect(checkAgencyLevel(agency.level, NOW)).toBe(agency.level);
  });

  it("keeps the identifiers other streams refer to: the province, the Thủ Dầu Một committee, the environment", () => {
    const code = (name: string) => today.agencies.find((agency) => agency.name === name)?.code;
    expect(code("Ủy ban nhân dân Thành phố Hồ Chí Minh")).toBe("000.00.00.X74");
    expect(code("Ủy ban nhân dân phường Thủ Dầu Một")).toBe("00.41.X74");
    expect(code("Sở Nông nghiệp và Môi trường")).toBe("00.13.X74");
    expect(code("Sở Xây dựng")).toBe("00.12.X74");
    expect(today.currentUser.agencyCode).toBe("00.41.X74");
  });

  it("classifies online procedures as toàn trình or một phần (Decree 42/2022), never by the 2–4 scale", () => {
    for (const procedure of today.procedures) {
      expect(procedure).not.toHaveProperty("level");
      if (procedure.serviceLevel !== undefined)
        expect(parseServiceLevel(procedure.serviceLevel)).toBeTruthy();
    }
    const levels = new Set(today.procedures.map((procedure) => procedure.serviceLevel ?? "none"));
    expect(levels).toEqual(new Set(["full_online", "partial_online", "none"]));
    // Local procedures are published by every commune-level committee: no district handles them any more.
    const birth = today.procedures.filter((procedure) => procedure.name === "Đăng ký khai sinh");
    expect(birth).toHaveLength(36);
  });

  it("writes addresses with ward or commune and the City, and dates every record after the merger", () => {
    for (const dossier of today.dossiers)
      expect(dossier.applicant.address).toMatch(/, (phường|xã) [^,]+, Thành phố Hồ Chí Minh$/);
    const merger = Date.parse("2025-07-01T00:00:00+07:00");
    for (const dossier of today.dossiers)
      expect(Date.parse(dossier.submittedAt ?? "")).toBeGreaterThan(merger);
    for (const article of today.news) expect(Date.parse(article.publishedAt)).toBeGreaterThan(merger);
  });
});

describe("the pre-merger snapshot", () => {
  it("is Bình Dương with nine district committees, dated before 2025-07-01 by default", () => {
    expect(before.snapshot).toBe("pre-2025-07");
    expect(before.now).toBe(PRE_MERGER_DEFAULT_NOW);
    const districts = before.agencies.filter((agency) => agency.level === "district");
    expect(districts.map((agency) => agency.name)).toContain("Ủy ban nhân dân huyện Phú Giáo");
    expect(districts).toHaveLength(9);
    expect(before.agencies.map((agency) => agency.name)).toContain("Sở Tài nguyên và Môi trường");
    for (const agency of before.agencies)
      expect(checkAgencyLevel(agency.level, before.now)).toBe(agency.level);
  });

  it("keeps its calendar and records before the merger", () => {
    const merger = Date.parse("2025-07-01T00:00:00+07:00");
    for (const event of before.calendarEvents) expect(Date.parse(event.endsAt)).toBeLessThan(merger);
    for (const dossier of before.dossiers) expect(Date.parse(dossier.updatedAt)).toBeLessThan(merger);
    for (const meeting of before.meetings) expect(Date.parse(meeting.endsAt)).toBeLessThan(merger);
  });
});

describe("dates and maps that do not fit refuse with a MockOptionsError naming the option", () => {
  const failure = (options: Parameters<typeof createDataset>[0]) => {
    try {
      createDataset(options);
    } catch (error) {
      return error as MockOptionsError;
    }
    throw new Error("expected a MockOptionsError");
  };

  it("refuses 2026 dates on the pre-merger snapshot and early dates on today's map", () => {
    const late = failure({ snapshot: "pre-2025-07", now: NOW, size: 10 });
    expect(late).toBeInstanceOf(MockOptionsError);
    expect(late.option).toBe("now");
    expect(late.message).toContain(`now must be on or before 2025-05-30`);
    expect(late.message).toContain(`${AHEAD_DAYS} days ahead`);
    // Last day allowed, and the first refused.
    expect(createDataset({ snapshot: "pre-2025-07", now: "2025-05-30T16:00:00+07:00", size: 10 }).now).toBe(
      "2025-05-30T16:00:00+07:00",
    );
    expect(failure({ snapshot: "pre-2025-07", now: "2025-05-31T09:00:00+07:00", size: 10 }).option).toBe(
      "now",
    );
    const early = failure({ now: "2025-09-01T09:00:00+07:00", size: 10 });
    expect(early.option).toBe("now");
    expect(early.message).toContain("on or after 2025-11-28");
    expect(early.message).toContain('snapshot "pre-2025-07"');
  });

  it("refuses an unknown snapshot and an agency key of the other map", () => {
    const unknown = failure({ snapshot: "2023" as never, size: 10, now: NOW });
    expect(unknown.option).toBe("snapshot");
    expect(unknown.message).toContain('"current", "pre-2025-07"');
    expect(failure({ agencyCodes: { skhdt: "00.07.H29" }, size: 10, now: NOW }).option).toBe(
      "agencyCodes.skhdt",
    );
    expect(failure({ agencyCodes: { snnmt: "00.13.H57" }, snapshot: "pre-2025-07", size: 10 }).option).toBe(
      "agencyCodes.snnmt",
    );
  });

  it("resets a store onto the other map with that map's default date", () => {
    const store = createStore({ seed: 2, size: 10, now: NOW });
    store.reset({ snapshot: "pre-2025-07" });
    expect(store.datasetOptions.snapshot).toBe("pre-2025-07");
    expect(store.nowIso()).toBe(PRE_MERGER_DEFAULT_NOW);
    store.reset({ snapshot: "current", now: NOW });
    expect(store.world.agencies.some((agency) => agency.level === "district")).toBe(false);
  });
});
