import type { Locale } from "../provider/context";

const sizeFormats = /* @__PURE__ */ new Map<string, Intl.NumberFormat>();

/** "820 kB", "1,2 MB" in the locale; undefined for a missing or negative size. */
export function fileSize(bytes: number, locale: Locale): string | undefined {
  if (!Number.isFinite(bytes) || bytes < 0) return undefined;
  const [value, unit] =
    bytes >= 1_000_000
      ? [bytes / 1_000_000, "megabyte"]
      : bytes >= 1000
        ? [bytes / 1000, "kilobyte"]
        : [bytes, "byte"];
  const key = `${locale}:${unit}`;
  let format = sizeFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB", {
      style: "unit",
      unit,
      maximumFractionDigits: 1,
    });
    sizeFormats.set(key, format);
  }
  return format.format(value);
}
