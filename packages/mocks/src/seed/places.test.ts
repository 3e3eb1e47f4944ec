import { describe, expect, it } from "vitest";
import { createRandom } from "../random";
import { SeedInputError } from "./errors";
import { CURRENT_MAP, type LocalityKey, PRE_MERGER_MAP } from "./maps";
import {
  generateAddress,
  localityByKey,
  localityLabel,
  oneStopDesk,
  pickLocality,
  placeLabel,
  wardLabel,
} from "./places";

// Roughly the former Bình Dương area, with a margin: 10.8–11.55 N, 106.3–107.0 E.
const inArea = (lat: number, long: number) => lat > 10.8 && lat < 11.55 && long > 106.3 && long < 107.0;

describe("today's map", () => {
  it("has the 36 wards and communes of the former Bình Dương area, in Hồ Chí Minh City", () => {
    const labels = CURRENT_MAP.localities.map(localityLabel);
    expect(labels).toHaveLength(36);
    expect(CURRENT_MAP.localities.filter((unit) => unit.kind === "ward")).toHaveLength(24);
    expect(labels.slice(0, 9)).toEqual([
      "phường Thủ Dầu Một",
      "phường Dĩ An",
      "phường Thuận An",
      "phường Tân Uyên",
      "phường Bến Cát",
      "xã Bàu Bàng",
      "xã Bắc Tân Uyên",
      "xã Dầu Tiếng",
      "xã Phú Giáo",
    ]);
    for (const name of ["phường Chánh Hiệp", "phường Bình Dương", "phường Lái Thiêu", "xã Thanh An"])
      expect(labels).toContain(name);
    expect(CURRENT_MAP.province.label).toBe("Thành phố Hồ Chí Minh");
    for (const unit of CURRENT_MAP.localities) {
      expect(unit.formedFrom?.length ?? 0).toBeGreaterThan(0);
      expect(unit.wards).toEqual([{ name: unit.name, kind: unit.kind }]);
      expect(inArea(unit.centre.lat, unit.centre.long)).toBe(true);
    }
  });

  it("writes addresses with the ward or commune and the City, no district", () => {
    const random = createRandom(21);
    for (let i = 0; i < 2000; i++) {
      const address = generateAddress(random);
      expect(address.place).toBe(wardLabel(address.ward));
      expect(address.full).toBe(`${address.line}, ${address.place}, Thành phố Hồ Chí Minh`);
      expect(address.line).toMatch(address.ward.kind === "commune" ? /ấp \d/ : /khu phố \d/);
      const distance = Math.hypot(
        address.location.lat - address.locality.centre.lat,
        address.location.long - address.locality.centre.long,
      );
      expect(distance).toBeLessThanOrEqual(address.locality.spread + 1e-6);
    }
  });

  it("calls the local one-stop desk the commune-level public administration service centre", () => {
    expect(oneStopDesk(localityByKey("thu_dau_mot"))).toBe(
      "Trung tâm Phục vụ hành chính công phường Thủ Dầu Một",
    );
    expect(oneStopDesk(localityByKey("thu_dau_mot", PRE_MERGER_MAP))).toBe(
      "Bộ phận một cửa thành phố Thủ Dầu Một",
    );
  });
});

describe("the pre-merger snapshot", () => {
  it("lists the nine district-level units with their kinds", () => {
    expect(PRE_MERGER_MAP.localities.map(localityLabel)).toEqual([
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
    expect(PRE_MERGER_MAP.description).toMatch(/pre-merger snapshot/i);
    expect(PRE_MERGER_MAP.description).toMatch(/samples only/i);
    expect(PRE_MERGER_MAP.validUntil).toBe("2025-07-01");
  });

  it("gives every district wards with unique names, streets and a centre inside the province", () => {
    for (const district of PRE_MERGER_MAP.localities) {
      expect(district.wards.length).toBeGreaterThan(0);
      expect(new Set(district.wards.map((w) => w.name)).size).toBe(district.wards.length);
      expect(district.streets.length).toBeGreaterThan(0);
      expect(new Set(district.streets).size).toBe(district.streets.length);
      expect(inArea(district.centre.lat, district.centre.long)).toBe(true);
      // Cities have wards (phường); districts have a township (thị trấn) and communes (xã).
      if (district.kind === "city") expect(district.wards.some((w) => w.kind === "ward")).toBe(true);
      else expect(district.wards.filter((w) => w.kind === "township")).toHaveLength(1);
    }
  });

  it("writes addresses down to the province, through the district", () => {
    const random = createRandom(21);
    for (let i = 0; i < 2000; i++) {
      const address = generateAddress(random, { map: PRE_MERGER_MAP });
      expect(address.locality.wards).toContain(address.ward);
      expect(address.full).toBe(
        `${address.line}, ${wardLabel(address.ward)}, ${localityLabel(address.locality)}, tỉnh Bình Dương`,
      );
      expect(address.place).toBe(placeLabel(address.locality, address.ward));
      if (address.street !== null) expect(address.line).toContain(address.street);
      else expect(address.line).toMatch(/^Tổ \d+, (ấp|khu phố) \d+$/);
      expect(inArea(address.location.lat, address.location.long)).toBe(true);
    }
  });
});

describe("places on any map", () => {
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

  it("restricts addresses to a locality on request", () => {
    const random = createRandom(2);
    for (let i = 0; i < 200; i++) {
      expect(generateAddress(random, { locality: "dau_tieng" }).locality.key).toBe("dau_tieng");
      expect(generateAddress(random, { map: PRE_MERGER_MAP, locality: "dau_tieng" }).place).toMatch(
        /, huyện Dầu Tiếng$/,
      );
    }
  });

  it("draws populous localities more often", () => {
    const random = createRandom(8);
    const counts = new Map<LocalityKey, number>();
    for (let i = 0; i < 20_000; i++) {
      const key = pickLocality(random, PRE_MERGER_MAP).key;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(9);
    expect(counts.get("thuan_an") ?? 0).toBeGreaterThan(3 * (counts.get("bac_tan_uyen") ?? 0));
    const today = new Map<LocalityKey, number>();
    for (let i = 0; i < 20_000; i++) {
      const key = pickLocality(random).key;
      today.set(key, (today.get(key) ?? 0) + 1);
    }
    expect(today.size).toBe(36);
    expect(today.get("lai_thieu") ?? 0).toBeGreaterThan(2 * (today.get("thuong_tan") ?? 0));
  });

  it("names an unknown locality, or one of the other map, in a typed error", () => {
    expect(() => localityByKey("hoc_mon" as LocalityKey)).toThrow(SeedInputError);
    expect(() => localityByKey("chanh_hiep", PRE_MERGER_MAP)).toThrow(
      /no locality "chanh_hiep" on the map "pre-2025-07"/,
    );
    expect(() => generateAddress(createRandom(1), { locality: "hoc_mon" as LocalityKey })).toThrow(/hoc_mon/);
  });
});
