import { describe, expect, it } from "vitest";
import { createTranslator, defineCatalog } from "./translator";

const catalog = defineCatalog({
  vi: { greeting: "Xin chào {name}", count: "Có {count} hồ sơ", plain: "Thử lại" },
  en: { greeting: "Hello {name}", count: "{count} dossiers", plain: "Retry" },
});

describe("createTranslator", () => {
  it("picks the locale's string and fills placeholders", () => {
    expect(createTranslator(catalog, "vi")("greeting", { name: "An" })).toBe("Xin chào An");
    expect(createTranslator(catalog, "en")("greeting", { name: "An" })).toBe("Hello An");
  });

  it("formats numbers for the locale", () => {
    expect(createTranslator(catalog, "vi")("count", { count: 12345 })).toBe("Có 12.345 hồ sơ");
    expect(createTranslator(catalog, "en")("count", { count: 12345 })).toBe("12,345 dossiers");
  });

  it("lets overrides replace any wording", () => {
    expect(createTranslator(catalog, "vi", { plain: "Tải lại" })("plain")).toBe("Tải lại");
  });

  it("leaves an unknown placeholder visible rather than printing undefined", () => {
    expect(createTranslator(catalog, "en")("greeting", {})).toBe("Hello {name}");
  });
});
