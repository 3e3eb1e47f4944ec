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

  it("writes 0–999 as Intl would, and still formats decimals and larger numbers", () => {
    for (const locale of ["vi", "en"] as const) {
      const intl = new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB");
      const t = createTranslator(catalog, locale);
      for (let count = 0; count < 1001; count++)
        expect(t("count", { count })).toBe(
          locale === "vi" ? `Có ${intl.format(count)} hồ sơ` : `${intl.format(count)} dossiers`,
        );
    }
    expect(createTranslator(catalog, "vi")("count", { count: 2.5 })).toBe("Có 2,5 hồ sơ");
    expect(createTranslator(catalog, "vi")("count", { count: 1000 })).toBe("Có 1.000 hồ sơ");
  });

  it("lets overrides replace any wording", () => {
    expect(createTranslator(catalog, "vi", { plain: "Tải lại" })("plain")).toBe("Tải lại");
  });

  it("leaves an unknown placeholder visible rather than printing undefined", () => {
    expect(createTranslator(catalog, "en")("greeting", {})).toBe("Hello {name}");
  });
});
