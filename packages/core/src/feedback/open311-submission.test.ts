import { describe, expect, it } from "vitest";
import { checkOpen311Attributes, type Open311Attribute, type Open311Problem } from "./open311-attributes";
import { checkOpen311Submission, open311FeedbackTitle } from "./open311-submission";
import { containsMarkup, OPEN311_DESCRIPTION_MAX, toOpen311Description } from "./open311-text";

const base = { service_code: "roads", lat: "10.98", long: "106.65" };
const problemsOf = (result: ReturnType<typeof checkOpen311Submission>) =>
  result.ok ? [] : result.problems.map((problem) => `${problem.field} ${problem.code}`);

describe("GeoReport v2 submission rules", () => {
  it("accepts a FixMyStreet-style report and keeps what the platform records", () => {
    const result = checkOpen311Submission({
      ...base,
      description: "Ổ gà sâu trước số 12 Yersin.\nNguy hiểm cho xe máy.",
      email: "an@example.vn",
      first_name: "An",
      last_name: "Nguyễn Văn",
      phone: "0912345678",
      account_id: "u42",
      device_id: "",
      media_url: "https://img.example.vn/o-ga.jpg",
    });
    expect(result).toEqual({
      ok: true,
      submission: {
        serviceCode: "roads",
        location: { address: null, addressId: null, lat: 10.98, long: 106.65 },
        description: "Ổ gà sâu trước số 12 Yersin.\nNguy hiểm cho xe máy.",
        mediaUrl: "https://img.example.vn/o-ga.jpg",
        reporter: { name: "Nguyễn Văn An", email: "an@example.vn", phone: "0912345678" },
        accountId: "u42",
        deviceId: null,
        attributes: {},
      },
    });
  });

  it.each([
    ["lat and long", { lat: 10.5, long: 106.7 }],
    ["address_string", { address_string: "Hẻm 12 Yersin, Phú Cường" }],
    ["address_id", { address_id: "VN-74-0001" }],
  ])("takes the location as %s", (_, location) => {
    expect(problemsOf(checkOpen311Submission({ service_code: "roads", ...location }))).toEqual([]);
  });

  it.each([
    ["no service_code", { ...base, service_code: "" }, ["service_code missing_service_code"]],
    ["no location at all", { service_code: "roads" }, ["location missing_location"]],
    [
      "an empty address counts as absent",
      { service_code: "roads", address_string: "  " },
      ["location missing_location"],
    ],
    [
      "lat without long",
      { service_code: "roads", lat: "10.9" },
      ["long incomplete_coordinates", "location missing_location"],
    ],
    ["lat 200", { ...base, lat: "200" }, ["lat invalid_coordinate"]],
    ["long -181", { ...base, long: -181 }, ["long invalid_coordinate"]],
    ["lat as words", { ...base, lat: "ten" }, ["lat invalid_coordinate"]],
    [
      "a javascript: media_url",
      { ...base, media_url: "javascript:alert(1)" },
      ["media_url invalid_media_url"],
    ],
    ["a relative media_url", { ...base, media_url: "/anh.jpg" }, ["media_url invalid_media_url"]],
    ["a bad e-mail", { ...base, email: "an at example" }, ["email invalid_email"]],
    ["a two-line name", { ...base, first_name: "An\nBình" }, ["first_name invalid_characters"]],
  ])("rejects %s", (_, fields, expected) => {
    expect(problemsOf(checkOpen311Submission(fields))).toEqual(expected);
  });

  it("counts the 4,000 characters as code points: 4,000 Vietnamese letters pass, 4,001 do not", () => {
    const letters = "ệ".repeat(OPEN311_DESCRIPTION_MAX);
    expect("ệ".length).toBe(1);
    expect(problemsOf(checkOpen311Submission({ ...base, description: letters }))).toEqual([]);
    const emoji = "🚧".repeat(OPEN311_DESCRIPTION_MAX);
    expect(emoji.length).toBe(OPEN311_DESCRIPTION_MAX * 2);
    expect(problemsOf(checkOpen311Submission({ ...base, description: emoji }))).toEqual([]);
    const result = checkOpen311Submission({ ...base, description: `${letters}x` });
    expect(result).toMatchObject({
      ok: false,
      problems: [
        {
          field: "description",
          code: "description_too_long",
          message: "must have at most 4000 characters (4001 given)",
        },
      ],
    });
  });

  it.each([
    "<b>Ổ gà</b> rất sâu",
    "Xem <img src=x onerror=alert(1)>",
    "<!-- ghi chú --> ổ gà",
    "<?xml version='1.0'?>",
    "Ổ gà&nbsp;sâu",
    "Ổ gà &#60;sâu",
  ])("rejects markup in the description: %j", (description) => {
    expect(problemsOf(checkOpen311Submission({ ...base, description }))).toEqual([
      "description description_not_plain_text",
    ]);
  });

  it.each(["Nhiệt độ < 10 và > 5", "5<10", "a <= b", "R&D", "Tom & Jerry"])(
    "keeps plain text with < and &: %j",
    (text) => {
      expect(containsMarkup(text)).toBe(false);
      expect(problemsOf(checkOpen311Submission({ ...base, description: text }))).toEqual([]);
    },
  );

  it("rejects control characters but keeps line breaks and tabs", () => {
    expect(problemsOf(checkOpen311Submission({ ...base, description: "a\u0000b" }))).toEqual([
      "description invalid_characters",
    ]);
    expect(problemsOf(checkOpen311Submission({ ...base, description: "dòng 1\r\n\tdòng 2" }))).toEqual([]);
  });

  it("never echoes what was sent in a message", () => {
    const result = checkOpen311Submission({
      service_code: "roads",
      lat: "0912345678",
      email: "0912345678@x",
    });
    expect(JSON.stringify(result)).not.toContain("0912345678");
  });
});

describe("service attributes", () => {
  const attributes: Open311Attribute[] = [
    {
      variable: true,
      code: "muc_do",
      datatype: "singlevaluelist",
      required: true,
      datatype_description: null,
      order: 1,
      description: "Mức độ hư hỏng",
      values: [
        { key: "nho", name: "Nhỏ" },
        { key: "nguy_hiem", name: "Nguy hiểm" },
      ],
    },
    {
      variable: true,
      code: "khung_gio",
      datatype: "multivaluelist",
      required: false,
      datatype_description: null,
      order: 2,
      description: "Khung giờ",
      values: [
        { key: "ngay", name: "Ban ngày" },
        { key: "dem", name: "Ban đêm" },
      ],
    },
    {
      variable: true,
      code: "do_sau",
      datatype: "number",
      required: false,
      datatype_description: "cm",
      order: 3,
      description: "Độ sâu",
      values: [],
    },
    {
      variable: true,
      code: "luc",
      datatype: "datetime",
      required: false,
      datatype_description: null,
      order: 4,
      description: "Lúc",
      values: [],
    },
    {
      variable: true,
      code: "so_tru",
      datatype: "string",
      required: false,
      datatype_description: null,
      order: 5,
      description: "Số trụ",
      values: [],
    },
    {
      variable: false,
      code: "luu_y",
      datatype: "text",
      required: true,
      datatype_description: null,
      order: 6,
      description: "Khẩn cấp gọi 113",
      values: [],
    },
  ];
  const check = (answers: Record<string, string | string[]>) => {
    const problems: Open311Problem[] = [];
    const kept = checkOpen311Attributes(attributes, answers, problems);
    return { kept, problems: problems.map((problem) => `${problem.field} ${problem.code}`) };
  };

  it("keeps valid answers, ignores codes the service does not ask and never requires information-only ones", () => {
    expect(
      check({
        muc_do: "nguy_hiem",
        khung_gio: ["ngay", "dem"],
        do_sau: "15",
        luc: "2026-03-02T21:00:00+07:00",
        fixmystreet_id: "77",
      }),
    ).toEqual({
      kept: {
        muc_do: ["nguy_hiem"],
        khung_gio: ["ngay", "dem"],
        do_sau: ["15"],
        luc: ["2026-03-02T21:00:00+07:00"],
      },
      problems: [],
    });
  });

  it.each([
    [{}, ["attribute[muc_do] missing_attribute"]],
    [{ muc_do: " " }, ["attribute[muc_do] missing_attribute"]],
    [{ muc_do: "rat_lon" }, ["attribute[muc_do] invalid_attribute"]],
    [{ muc_do: ["nho", "nguy_hiem"] }, ["attribute[muc_do] too_many_values"]],
    [{ muc_do: "nho", khung_gio: ["ngay", "chieu"] }, ["attribute[khung_gio] invalid_attribute"]],
    [{ muc_do: "nho", do_sau: "mười" }, ["attribute[do_sau] invalid_attribute"]],
    [{ muc_do: "nho", luc: "02/03/2026" }, ["attribute[luc] invalid_attribute"]],
    [{ muc_do: "nho", so_tru: "A\nB" }, ["attribute[so_tru] invalid_attribute"]],
  ])("rejects %j", (answers, expected) => {
    expect(check(answers).problems).toEqual(expected);
  });

  it("reports attribute problems with the other submission problems", () => {
    const result = checkOpen311Submission({ service_code: "roads", attributes: { muc_do: "x" } }, attributes);
    expect(problemsOf(result)).toEqual(["location missing_location", "attribute[muc_do] invalid_attribute"]);
  });
});

describe("descriptions out, and titles", () => {
  it("removes markup and control characters and cuts at 4,000 characters with an ellipsis", () => {
    expect(toOpen311Description("<b>Ổ gà</b>\u0007 sâu & rộng")).toBe("Ổ gà sâu & rộng");
    const long = toOpen311Description("🚧".repeat(5000));
    expect([...long]).toHaveLength(OPEN311_DESCRIPTION_MAX);
    expect(long.endsWith("🚧…")).toBe(true);
    expect(toOpen311Description("ngắn")).toBe("ngắn");
  });

  it("titles a submission by its first line, or by the service", () => {
    expect(open311FeedbackTitle("Hư hỏng đường sá", "\n  Ổ gà sâu  \nchi tiết")).toBe("Ổ gà sâu");
    expect(open311FeedbackTitle("Hư hỏng đường sá", "")).toBe("Hư hỏng đường sá");
    const title = open311FeedbackTitle("x", "ệ".repeat(300));
    expect([...title]).toHaveLength(120);
  });
});
