import { describe, expect, it } from "vitest";
import { parseXml, shapeOf } from "../test-support/xml";
import { escapeXmlText, toXmlDocument } from "./xml";

const REQUESTS = { $ref: "#/components/schemas/Open311RequestList" };
const ERRORS = { $ref: "#/components/schemas/Open311Errors" };

const request = (description: string) => ({
  service_request_id: "PA-2026-000001",
  status: "open",
  status_notes: null,
  service_name: "Hư hỏng đường sá",
  service_code: "roads",
  description,
  agency_responsible: null,
  service_notice: null,
  requested_datetime: "2026-03-02T08:15:00+07:00",
  updated_datetime: "2026-03-02T08:15:00+07:00",
  expected_datetime: null,
  address: null,
  address_id: null,
  zipcode: null,
  lat: 10.98,
  long: 106.65,
  media_url: null,
});

describe("XML escaping", () => {
  it.each([
    ["markup", "<script>alert(1)</script>", "<script>alert(1)</script>"],
    ["a CDATA end", "a ]]> b", "a ]]> b"],
    ["entities typed as text", "&amp; &lt; &#60; &unknown;", "&amp; &lt; &#60; &unknown;"],
    ["quotes", `"double" 'single'`, `"double" 'single'`],
    ["Vietnamese and emoji", "Ổ gà sâu 🚧 ở đường Yersin", "Ổ gà sâu 🚧 ở đường Yersin"],
    ["line breaks and tabs", "dòng 1\r\ndòng 2\n\tthụt", "dòng 1\r\ndòng 2\n\tthụt"],
    ["control characters", "a\u0000b\u0008c\u001bd\u007fe", "a\uFFFDb\uFFFDc\uFFFDd\u007fe"],
    ["a lone surrogate", "x\uD800y\uDFFFz", "x\uFFFDy\uFFFDz"],
    ["non-characters", "a\uFFFEb\uFFFFc", "a\uFFFDb\uFFFDc"],
    [
      "an XML declaration",
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]>&e;',
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]>&e;',
    ],
  ])("keeps %s as text, read back exactly by a strict parser", (_, hostile, expected) => {
    const document = parseXml(toXmlDocument([request(hostile)], REQUESTS));
    const description = document.root.children[0]?.children.find((child) => child.name === "description");
    expect(description?.text).toBe(expected);
    expect(document.root.children[0]?.children).toHaveLength(17);
  });

  it("escapes exactly &, <, > and carriage returns", () => {
    expect(escapeXmlText("a&b<c>d\re")).toBe("a&amp;b&lt;c&gt;d&#13;e");
    expect(escapeXmlText(`'"`)).toBe(`'"`);
  });
});

describe("XML documents from the contract's schemas", () => {
  it("declares UTF-8, names the root and items from the xml hints, keeps property order, writes null as empty", () => {
    const text = toXmlDocument([request("x")], REQUESTS);
    expect(text.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<service_requests><request>')).toBe(true);
    const document = parseXml(text);
    expect(document.encoding).toBe("utf-8");
    expect(shapeOf(document.root)).toEqual({ service_requests: [{ request: Object.keys(request("x")) }] });
    expect(text).toContain("<status_notes/>");
    expect(text).toContain("<lat>10.98</lat>");
  });

  it("writes an empty list as an empty element and errors with numeric codes", () => {
    expect(toXmlDocument([], REQUESTS)).toBe('<?xml version="1.0" encoding="utf-8"?>\n<service_requests/>\n');
    const errors = parseXml(toXmlDocument([{ code: 403, description: "api_key: missing" }], ERRORS));
    expect(shapeOf(errors.root)).toEqual({ errors: [{ error: ["code", "description"] }] });
    expect(errors.root.children[0]?.children[0]?.text).toBe("403");
  });

  it("refuses a field the schema does not have, instead of dropping it silently", () => {
    expect(() => toXmlDocument([{ ...request("x"), email: "a@b.vn" }], REQUESTS)).toThrow(
      /no schema for email/,
    );
  });
});
