import { describe, expect, it } from "vitest";
import {
  AGENCIES,
  type AgencyKey,
  agencyByKey,
  agencyIdentifier,
  districtCommitteeKey,
  LEADER_TITLES,
  PLACEHOLDER_PROVINCE_CODE,
} from "./agencies";
import { SeedInputError } from "./errors";
import { DISTRICTS } from "./places";

describe("agencies", () => {
  it("has the departments of docs/domain.md, the province-level bodies and the nine district committees", () => {
    const names = AGENCIES.map((agency) => agency.name);
    for (const name of [
      "Ủy ban nhân dân tỉnh Bình Dương",
      "Văn phòng Ủy ban nhân dân tỉnh",
      "Trung tâm Phục vụ hành chính công tỉnh",
      "Thanh tra tỉnh",
      "Ban Quản lý các khu công nghiệp Bình Dương",
      "Sở Nội vụ",
      "Sở Tư pháp",
      "Sở Kế hoạch và Đầu tư",
      "Sở Tài chính",
      "Sở Công Thương",
      "Sở Nông nghiệp và Phát triển nông thôn",
      "Sở Giao thông vận tải",
      "Sở Xây dựng",
      "Sở Tài nguyên và Môi trường",
      "Sở Thông tin và Truyền thông",
      "Sở Lao động - Thương binh và Xã hội",
      "Sở Văn hóa, Thể thao và Du lịch",
      "Sở Khoa học và Công nghệ",
      "Sở Giáo dục và Đào tạo",
      "Sở Y tế",
      "Sở Ngoại vụ",
      "Ủy ban nhân dân thành phố Thủ Dầu Một",
      "Ủy ban nhân dân huyện Phú Giáo",
    ])
      expect(names).toContain(name);
    expect(AGENCIES.filter((agency) => agency.level === "district")).toHaveLength(9);
    for (const district of DISTRICTS)
      expect(agencyByKey(districtCommitteeKey(district.key)).district).toBe(district.key);
  });

  it("gives every agency a unique key, English name, short name and identifier", () => {
    const unique = (values: string[]) => new Set(values).size === values.length;
    expect(unique(AGENCIES.map((a) => a.key))).toBe(true);
    expect(unique(AGENCIES.map((a) => a.nameEn))).toBe(true);
    expect(unique(AGENCIES.map((a) => a.shortName))).toBe(true);
    expect(unique(AGENCIES.map((a) => agencyIdentifier(a)))).toBe(true);
    for (const agency of AGENCIES) {
      expect(agency.nameEn).toMatch(/^[A-Z]/);
      expect(agency.units.length).toBeGreaterThan(0);
    }
  });

  it("builds identifiers from the configurable province code, defaulting to the unreal X74", () => {
    expect(PLACEHOLDER_PROVINCE_CODE).toBe("X74");
    expect(agencyIdentifier(agencyByKey("ubnd_tinh"))).toBe("000.00.00.X74");
    expect(agencyIdentifier(agencyByKey("vp_ubnd"))).toBe("00.01.X74");
    for (const agency of AGENCIES) {
      expect(agencyIdentifier(agency)).toMatch(/^(000\.00\.00|00\.\d{2})\.X74$/);
      expect(agencyIdentifier(agency)).not.toContain("H57");
    }
    expect(agencyIdentifier(agencyByKey("sxd"), "K12")).toMatch(/^00\.\d{2}\.K12$/);
  });

  it("rejects a malformed province code with a typed error naming the parameter", () => {
    for (const code of ["", "x74", "H5", "H577", "74X"]) {
      const attempt = () => agencyIdentifier(agencyByKey("sxd"), code);
      expect(attempt).toThrow(SeedInputError);
      expect(attempt).toThrow(/^provinceCode:/);
    }
  });

  it("rejects an unknown agency key", () => {
    expect(() => agencyByKey("so_khong_co" as AgencyKey)).toThrow(/so_khong_co/);
  });

  it("titles leaders by the kind of agency", () => {
    expect(LEADER_TITLES[agencyByKey("sxd").kind].head).toBe("Giám đốc");
    expect(LEADER_TITLES[agencyByKey("ubnd_di_an").kind].deputy).toBe("Phó Chủ tịch");
    expect(LEADER_TITLES[agencyByKey("thanh_tra").kind].head).toBe("Chánh Thanh tra");
  });
});
