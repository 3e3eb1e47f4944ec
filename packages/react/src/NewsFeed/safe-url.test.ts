import { describe, expect, it } from "vitest";
import { safeUrl } from "./safe-url";

describe("safeUrl", () => {
  it("keeps absolute http(s) URLs and same-site paths", () => {
    expect(safeUrl("https://binhduong.gov.vn/tin-tuc/1")).toBe("https://binhduong.gov.vn/tin-tuc/1");
    expect(safeUrl(" http://example.vn/a b ")).toBe("http://example.vn/a%20b");
    expect(safeUrl("/tin-tuc/nw_0001")).toBe("/tin-tuc/nw_0001");
  });

  it("refuses scripts, data, other schemes, other hosts by protocol-relative tricks and junk", () => {
    for (const value of [
      "javascript:alert(1)",
      " JaVaScRiPt:alert(1)",
      "java\nscript:alert(1)",
      "\u0001javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "mailto:a@b.vn",
      "//evil.example/x",
      "/\\evil.example/x",
      "/\tevil",
      "tin-tuc/1",
      "",
      "   ",
      null,
      undefined,
      42,
      { href: "https://x.vn" },
    ]) {
      expect(safeUrl(value), String(value)).toBeUndefined();
    }
  });
});
