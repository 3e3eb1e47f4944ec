import { describe, expect, it } from "vitest";
import { createRandom } from "../random";
import { SeedInputError } from "./errors";
import { agencyByKey, PRE_MERGER_MAP } from "./maps";
import {
  FAMILY_NAME_LIST,
  GIVEN_NAMES,
  generateCitizenId,
  generateCivilServant,
  generateEmail,
  generateOrganisationName,
  generatePersonName,
  generatePhoneNumber,
  MOBILE_PREFIXES,
  maskCitizenId,
  maskName,
  maskPhone,
  ORGANISATION_FORMS,
} from "./people";

describe("person names", () => {
  it("are family + middle + given, deterministic per seed", () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 30 }, () => generatePersonName(random));
    };
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    for (const name of draw(1)) {
      expect(name.full).toBe(`${name.family} ${name.middle} ${name.given}`);
      expect(FAMILY_NAME_LIST).toContain(name.family);
      expect(GIVEN_NAMES[name.gender]).toContain(name.given);
    }
  });

  it("follow realistic weights: Nguyễn is about two names in five", () => {
    const random = createRandom(10);
    const draws = 20_000;
    let nguyen = 0;
    for (let i = 0; i < draws; i++) if (generatePersonName(random).family === "Nguyễn") nguyen++;
    expect(nguyen / draws).toBeGreaterThan(0.33);
    expect(nguyen / draws).toBeLessThan(0.43);
  });

  it("use gendered middle names and honour the options", () => {
    const random = createRandom(4);
    const women = Array.from({ length: 500 }, () => generatePersonName(random, { gender: "female" }));
    expect(women.every((n) => n.gender === "female" && GIVEN_NAMES.female.includes(n.given))).toBe(true);
    expect(women.some((n) => n.middle === "Thị")).toBe(true);
    expect(women.some((n) => n.middle === "Văn")).toBe(false);
    expect(generatePersonName(random, { family: "Lý" }).family).toBe("Lý");
  });
});

describe("organisations and civil servants", () => {
  it("names organisations with a legal form, a line of business and a brand", () => {
    const random = createRandom(3);
    for (let i = 0; i < 200; i++) {
      const name = generateOrganisationName(random);
      expect(Object.values(ORGANISATION_FORMS).some((form) => name.startsWith(`${form} `))).toBe(true);
    }
    expect(generateOrganisationName(random, { form: "jsc" })).toMatch(/^Công ty Cổ phần /);
  });

  it("gives civil servants mostly specialist posts and the agency's own leader titles", () => {
    const random = createRandom(6);
    const department = agencyByKey("sxd");
    const servants = Array.from({ length: 3000 }, () => generateCivilServant(random, department));
    const specialists = servants.filter((s) => s.position === "specialist").length;
    expect(specialists / servants.length).toBeGreaterThan(0.5);
    expect(servants.find((s) => s.position === "head_of_agency")?.title).toBe("Giám đốc");
    expect(servants.find((s) => s.position === "deputy_head_of_division")?.title).toBe("Phó Trưởng phòng");
    const committee = generateCivilServant(createRandom(1), agencyByKey("ubnd_dau_tieng"));
    expect(committee.email).toMatch(/^[a-z]+@ubnd-dau-tieng\.hochiminhcity\.example$/);
    const before = generateCivilServant(createRandom(1), agencyByKey("ubnd_dau_tieng", PRE_MERGER_MAP));
    expect(before.email).toMatch(/^[a-z]+@ubnd-dau-tieng\.binhduong\.example$/);
  });
});

describe("synthetic identifiers", () => {
  it("makes 12-digit citizen IDs with province 074, the gender/century digit and the birth year", () => {
    const random = createRandom(2);
    expect(generateCitizenId(random, { gender: "male", birthYear: 1987 })).toMatch(/^074087\d{6}$/);
    expect(generateCitizenId(random, { gender: "female", birthYear: 1987 })).toMatch(/^074187\d{6}$/);
    expect(generateCitizenId(random, { gender: "male", birthYear: 2004 })).toMatch(/^074204\d{6}$/);
    expect(generateCitizenId(random, { gender: "female", birthYear: 2000 })).toMatch(/^074300\d{6}$/);
  });

  it("refuses an impossible birth year without echoing anything personal", () => {
    for (const birthYear of [1899, 2100, 1987.5, Number.NaN]) {
      const attempt = () => generateCitizenId(createRandom(1), { gender: "male", birthYear });
      expect(attempt).toThrow(SeedInputError);
      expect(attempt).toThrow(/^birthYear:/);
    }
  });

  it("makes 10-digit mobile numbers with a valid prefix", () => {
    const random = createRandom(5);
    for (let i = 0; i < 500; i++) {
      const phone = generatePhoneNumber(random);
      expect(phone).toMatch(/^0\d{9}$/);
      expect(MOBILE_PREFIXES).toContain(phone.slice(0, 3));
    }
  });

  it("makes e-mail addresses in ASCII on reserved example domains only", () => {
    const random = createRandom(8);
    for (let i = 0; i < 300; i++) {
      const name = generatePersonName(random);
      expect(generateEmail(random, name)).toMatch(/^[a-z]+\d{1,2}@example\.(com|net|org)$/);
    }
    expect(
      generateEmail(random, { family: "Đặng", middle: "Thị", given: "Ánh", full: "", gender: "female" }),
    ).toMatch(/^dangthianh\d+@/);
  });
});

describe("masking", () => {
  it("keeps the family name and initials, whatever the Unicode form", () => {
    expect(maskName("Nguyễn Văn An")).toBe("Nguyễn V. A.");
    expect(maskName("  Đặng   Thị  Ánh ")).toBe("Đặng T. Á.");
    expect(maskName("Võ Ánh".normalize("NFD"))).toBe("Võ Á.");
    expect(maskName("Nguyễn")).toBe("Nguyễn");
    expect(maskName("")).toBe("");
    expect(maskName("   ")).toBe("");
  });

  it("shows only the last three digits of a phone number", () => {
    expect(maskPhone("0912345678")).toBe("*******678");
    expect(maskPhone("+84 912 345 678")).toBe("********678");
    // Too short to be a phone number: nothing is revealed.
    expect(maskPhone("12345")).toBe("*****");
    expect(maskPhone("")).toBe("***");
  });

  it("shows only the last four digits of a citizen ID and reveals nothing of malformed input", () => {
    expect(maskCitizenId("074095001234")).toBe("********1234");
    expect(maskCitizenId("280123456")).toBe("*****3456");
    expect(maskCitizenId("07409500123")).toBe("***********");
    expect(maskCitizenId("abc")).toBe("****");
  });
});
