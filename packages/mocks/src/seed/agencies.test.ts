import { describe, expect, it } from "vitest";
import { agencyIdentifier, LEADER_TITLES, localityCommitteeKey, PLACEHOLDER_PROVINCE_CODE } from "./agencies";
import { SeedInputError } from "./errors";
import { type AgencyKey, agencyByKey, agencyOfRole, CURRENT_MAP, MAP_IDS, PRE_MERGER_MAP } from "./maps";

describe("agencies on the pre-merger snapshot", () => {
  it("has the departments of domain.md, the province-level bodies and the nine district committees", () => {
    const names = PRE_MERGER_MAP.agencies.map((agency) => agency.name);
    for (const name of [
      "Ủy ban nhân dân tỉnh Bình Dương",
      "Văn phòng Ủy ban nhân dân tỉnh",
      "Trung tâm Phục vụ hành chính công tỉnh",
      "Thanh tra tỉnh",
      "Ban Quản lý các khu công nghiệp Bình Dương",
      "Sở Kế hoạch và Đầu tư",
      "Sở Nông nghiệp và Phát triển nông thôn",
      "Sở Giao thông vận tải",
      "Sở Tài nguyên và Môi trường",
      "Sở Thông tin và Truyền thông",
      "Sở Lao động - Thương binh và Xã hội",
      "Sở Văn hóa, Thể thao và Du lịch",
      "Ủy ban nhân dân thành phố Thủ Dầu Một",
      "Ủy ban nhân dân huyện Phú Giáo",
    ])
      expect(names).toContain(name);
    expect(PRE_MERGER_MAP.agencies.filter((agency) => agency.level === "district")).toHaveLength(9);
    for (const locality of PRE_MERGER_MAP.localities)
      expect(agencyByKey(localityCommitteeKey(locality.key), PRE_MERGER_MAP).locality).toBe(locality.key);
  });
});

describe("agencies on today's map", () => {
  it("has the City, the 2025 departments (Decree 45/2025, HCMC's own) and 36 commune-level committees", () => {
    const names = CURRENT_MAP.agencies.map((agency) => agency.name);
    for (const name of [
      "Ủy ban nhân dân Thành phố Hồ Chí Minh",
      "Văn phòng Ủy ban nhân dân Thành phố",
      "Trung tâm Phục vụ hành chính công Thành phố",
      "Thanh tra Thành phố",
      "Sở Nội vụ",
      "Sở Tư pháp",
      "Sở Tài chính",
      "Sở Công Thương",
      "Sở Nông nghiệp và Môi trường",
      "Sở Xây dựng",
      "Sở Khoa học và Công nghệ",
      "Sở Giáo dục và Đào tạo",
      "Sở Y tế",
      "Sở Du lịch",
      "Sở Quy hoạch - Kiến trúc",
      "Ủy ban nhân dân phường Thủ Dầu Một",
      "Ủy ban nhân dân xã Phú Giáo",
    ])
      expect(names).toContain(name);
    for (const merged of ["Kế hoạch và Đầu tư", "Giao thông vận tải", "Thông tin và Truyền thông", "huyện"])
      expect(names.filter((name) => name.includes(merged))).toEqual([]);
    expect(CURRENT_MAP.agencies.filter((agency) => agency.level === "commune")).toHaveLength(36);
    expect(CURRENT_MAP.agencies.some((agency) => agency.level === "district")).toBe(false);
  });

  it("gives merged functions to their 2025 department", () => {
    expect(agencyOfRole("planning_investment").name).toBe("Sở Tài chính");
    expect(agencyOfRole("transport").name).toBe("Sở Xây dựng");
    expect(agencyOfRole("environment").name).toBe("Sở Nông nghiệp và Môi trường");
    expect(agencyOfRole("agriculture").name).toBe("Sở Nông nghiệp và Môi trường");
    expect(agencyOfRole("digital").name).toBe("Sở Khoa học và Công nghệ");
    expect(agencyOfRole("labour").name).toBe("Sở Nội vụ");
    expect(agencyOfRole("planning_investment", PRE_MERGER_MAP).name).toBe("Sở Kế hoạch và Đầu tư");
  });

  it("keeps the identifiers of what survived the merger: committees named after a district, departments", () => {
    for (const key of ["ubnd_tinh", "ubnd_thu_dau_mot", "ubnd_phu_giao", "sxd", "stp", "syt"] as const)
      expect(agencyIdentifier(agencyByKey(key))).toBe(agencyIdentifier(agencyByKey(key, PRE_MERGER_MAP)));
    // The merged environment department keeps the former environment department's identifier.
    expect(agencyIdentifier(agencyByKey("snnmt"))).toBe(
      agencyIdentifier(agencyByKey("stnmt", PRE_MERGER_MAP)),
    );
  });
});

describe("agencies on every map", () => {
  it.each(MAP_IDS)("%s: unique keys, English names, short names and identifiers", (id) => {
    const agencies = (id === "current" ? CURRENT_MAP : PRE_MERGER_MAP).agencies;
    const unique = (values: string[]) => new Set(values).size === values.length;
    expect(unique(agencies.map((a) => a.key))).toBe(true);
    expect(unique(agencies.map((a) => a.nameEn))).toBe(true);
    expect(unique(agencies.map((a) => a.shortName))).toBe(true);
    expect(unique(agencies.map((a) => agencyIdentifier(a)))).toBe(true);
    for (const agency of agencies) {
      expect(agency.nameEn).toMatch(/^[A-Z]/);
      expect(agency.units.length).toBeGreaterThan(0);
    }
  });

  it("builds identifiers from the configurable province code, defaulting to the unreal X74", () => {
    expect(PLACEHOLDER_PROVINCE_CODE).toBe("X74");
    expect(agencyIdentifier(agencyByKey("ubnd_tinh"))).toBe("000.00.00.X74");
    expect(agencyIdentifier(agencyByKey("vp_ubnd"))).toBe("00.01.X74");
    for (const agency of CURRENT_MAP.agencies) {
      expect(agencyIdentifier(agency)).toMatch(/^(000\.00\.00|00\.\d{2})\.X74$/);
      expect(agencyIdentifier(agency)).not.toContain("H57");
    }
    expect(agencyIdentifier(agencyByKey("sxd"), "H29")).toMatch(/^00\.\d{2}\.H29$/);
  });

  it("rejects a malformed province code with a typed error naming the parameter", () => {
    for (const code of ["", "x74", "H5", "H577", "74X"]) {
      const attempt = () => agencyIdentifier(agencyByKey("sxd"), code);
      expect(attempt).toThrow(SeedInputError);
      expect(attempt).toThrow(/^provinceCode:/);
    }
  });

  it("rejects an unknown agency key, and one of the other map", () => {
    expect(() => agencyByKey("so_khong_co" as AgencyKey)).toThrow(/so_khong_co/);
    expect(() => agencyByKey("skhdt")).toThrow(/no agency "skhdt" on the map "current"/);
    expect(() => agencyByKey("snnmt", PRE_MERGER_MAP)).toThrow(SeedInputError);
  });

  it("titles leaders by the kind of agency", () => {
    expect(LEADER_TITLES[agencyByKey("sxd").kind].head).toBe("Giám đốc");
    expect(LEADER_TITLES[agencyByKey("ubnd_di_an").kind].deputy).toBe("Phó Chủ tịch");
    expect(LEADER_TITLES[agencyByKey("thanh_tra").kind].head).toBe("Chánh Thanh tra");
  });
});
