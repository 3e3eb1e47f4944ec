import { describe, expect, it } from "vitest";
import { linkify, safeHttpUrl, safeResourceUrl } from "./linkify";

const links = (text: string) => linkify(text).filter((segment) => segment.kind === "link");

describe("linkify", () => {
  it("links http and https URLs and gives the text back unchanged", () => {
    const text = "Xem https://hatang.binhduong.gov.vn/lich?ngay=20 và http://example.vn.";
    const segments = linkify(text);
    expect(segments.map((segment) => segment.text).join("")).toBe(text);
    expect(links(text).map((segment) => segment.kind === "link" && segment.href)).toEqual([
      "https://hatang.binhduong.gov.vn/lich?ngay=20",
      "http://example.vn/",
    ]);
  });

  it("never links other schemes", () => {
    for (const text of [
      "javascript:alert(1)",
      "JAVASCRIPT:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "www.example.vn",
      "xhttps://example.vn",
      "https://",
    ]) {
      expect(links(text), text).toEqual([]);
    }
  });

  it("links only the https URL inside a javascript: URL", () => {
    expect(links("javascript:alert(1)//https://example.vn")).toEqual([
      { kind: "link", text: "https://example.vn", href: "https://example.vn/" },
    ]);
  });

  it("leaves out sentence punctuation and an unmatched closing parenthesis", () => {
    expect(links("(xem https://example.vn/a).")[0]?.text).toBe("https://example.vn/a");
    expect(links("https://vi.wikipedia.org/wiki/Thủ_Dầu_Một_(thành_phố)")[0]?.text).toBe(
      "https://vi.wikipedia.org/wiki/Thủ_Dầu_Một_(thành_phố)",
    );
  });

  it("ends a URL at a bidirectional control character", () => {
    const text = "https://example.gov.vn\u202E/moc.knab";
    expect(links(text)[0]?.text).toBe("https://example.gov.vn");
    expect(
      linkify(text)
        .map((segment) => segment.text)
        .join(""),
    ).toBe(text);
  });

  it("checks resource URLs", () => {
    expect(safeHttpUrl("https://example.vn/a b")).toBe("https://example.vn/a%20b");
    expect(safeHttpUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeHttpUrl(42)).toBeUndefined();
    expect(safeResourceUrl("blob:https://app.example.vn/0b0c")).toBe("blob:https://app.example.vn/0b0c");
    expect(safeResourceUrl("data:image/png;base64,AAAA")).toBeUndefined();
  });
});
