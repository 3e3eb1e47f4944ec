import { describe, expect, it } from "vitest";
import { createRandom } from "../random";
import { SeedInputError } from "./errors";
import {
  DISTRICTS,
  type DistrictKey,
  districtByKey,
  districtLabel,
  generateAddress,
  PROVINCE,
  pickDistrict,
  wardLabel,
} from "./places";

// Roughly the pre-merger province, with a margin: 10.8–11.55 N, 106.3–107.0 E.
const inProvince = (lat: number, long: number) => lat > 10.8 && lat < 11.55 && long > 106.3 && long < 107.0;

describe("places", () => {
  it("lists the nine pre-merger district-level units with their kinds", () => {
    expect(DISTRICTS.map((d) => `${districtLabel(d)}`)).toEqual([
      "thành phố Thủ Dầu Một",
      "thành phố Dĩ An",
      "thành phố Thuận An",
      "thành phố Tân Uyên",
      "thành phố Bến Cát",
      "huyện Bàu Bàng",
      "huyện Bắc Tân Uyên",
      "huyện Dầu Tiếng",
      "huyện Phú Giáo",
    ]);
    expect(PROVINCE.snapshot).toMatch(/pre-merger snapshot/i);
    expect(PROVINCE.snapshot).toMatch(/samples only/i);
  });

  it("gives every district wards with unique names, streets and a centre inside the province", () => {
    for (const district of DISTRICTS) {
      expect(district.wards.length).toBeGreaterThan(0);
      expect(new Set(district.wards.map((w) => w.name)).size).toBe(district.wards.length);
      expect(district.streets.length).toBeGreaterThan(0);
      expect(new Set(district.streets).size).toBe(district.streets.length);
      expect(inProvince(district.centre.lat, district.centre.long)).toBe(true);
      // Cities have wards (phường); districts have a township (thị trấn) and communes (xã).
      if (district.kind === "city") expect(district.wards.some((w) => w.kind === "ward")).toBe(true);
      else expect(district.wards.filter((w) => w.kind === "township")).toHaveLength(1);
    }
  });

  it("labels wards by kind", () => {
    expect(wardLabel({ name: "Phú Cường", kind: "ward" })).toBe("phường Phú Cường");
    expect(wardLabel({ name: "Long Hòa", kind: "commune" })).toBe("xã Long Hòa");
    expect(wardLabel({ name: "Dầu Tiếng", kind: "township" })).toBe("thị trấn Dầu Tiếng");
  });

  it("generates the same addresses for the same seed and different ones for another", () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 20 }, () => generateAddress(random).full);
    };
    expect(draw(5)).toEqual(draw(5));
    expect(draw(5)).not.toEqual(draw(6));
  });

  it("writes addresses down to the province and keeps locations near the district centre", () => {
    const random = createRandom(21);
    for (let i = 0; i < 2000; i++) {
      const address = generateAddress(random);
      expect(address.district.wards).toContain(address.ward);
      expect(address.full).toBe(
        `${address.line}, ${wardLabel(address.ward)}, ${districtLabel(address.district)}, tỉnh Bình Dương`,
      );
      if (address.street !== null) expect(address.line).toContain(address.street);
      else expect(address.line).toMatch(/^Tổ \d+, (ấp|khu phố) \d+$/);
      // Communes are divided into ấp, wards and townships into khu phố.
      expect(address.line).toMatch(address.ward.kind === "commune" ? /ấp \d/ : /khu phố \d/);
      const { lat, long } = address.location;
      const distance = Math.hypot(lat - address.district.centre.lat, long - address.district.centre.long);
      expect(distance).toBeLessThanOrEqual(address.district.spread + 1e-6);
      expect(inProvince(lat, long)).toBe(true);
    }
  });

  it("restricts addresses to a district on request", () => {
    const random = createRandom(2);
    for (let i = 0; i < 200; i++)
      expect(generateAddress(random, { district: "dau_tieng" }).district.key).toBe("dau_tieng");
  });

  it("draws populous districts more often", () => {
    const random = createRandom(8);
    const counts = new Map<DistrictKey, number>();
    for (let i = 0; i < 20_000; i++) {
      const key = pickDistrict(random).key;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(9);
    expect(counts.get("thuan_an") ?? 0).toBeGreaterThan(3 * (counts.get("bac_tan_uyen") ?? 0));
  });

  it("names an unknown district key in a typed error", () => {
    expect(() => districtByKey("hoc_mon" as DistrictKey)).toThrow(SeedInputError);
    expect(() => generateAddress(createRandom(1), { district: "hoc_mon" as DistrictKey })).toThrow(/hoc_mon/);
  });
});
