import type { Locale } from "../../provider/context";
import { formatNumber } from "../numbers";

// Numbers the Vietnamese way (1.234,5) or the English way (1,234.5); periods from the contract's labels
// (`2026-01`, `2026-Q1`, `2026`). Anything malformed comes back as written rather than as a guess.

export { formatNumber, formatSignedNumber } from "../numbers";

/** `7,1%` for a percentage unit, `1.234 tỷ đồng` otherwise; a missing unit adds nothing. */
export function withUnit(formatted: string, unit: string | undefined): string {
  if (!unit) return formatted;
  return unit === "%" ? `${formatted}%` : `${formatted} ${unit}`;
}

/** A ratio as a percentage: 0.9526 → `95,3%` (vi) / `95.3%` (en). */
export function formatRatio(ratio: number, locale: Locale, digits = 1): string {
  return `${formatNumber(ratio * 100, locale, digits)}%`;
}

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const ROMAN = ["I", "II", "III", "IV"];

/**
 * A period label of the contract for people: `2026-03` → "Tháng 03/2026" / "Mar 2026", `2025-Q4` → "Quý IV/2025"
 * / "Q4 2025", `2025` → "Năm 2025" / "2025". The short form (chart axes) is "03/2026", "Q4/2025", "2025". An
 * unknown form is returned as written.
 */
export function formatPeriod(label: string, locale: Locale, form: "long" | "short" = "long"): string {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(label);
  if (month) {
    const [, year, mm] = month as unknown as [string, string, string];
    if (locale === "en") return `${EN_MONTHS[Number(mm) - 1]} ${year}`;
    return form === "short" ? `${mm}/${year}` : `Tháng ${mm}/${year}`;
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
  if (quarter) {
    const [, year, q] = quarter as unknown as [string, string, string];
    if (locale === "en") return `Q${q} ${year}`;
    return form === "short" ? `Q${q}/${year}` : `Quý ${ROMAN[Number(q) - 1]}/${year}`;
  }
  if (/^\d{4}$/.test(label)) return locale === "vi" && form === "long" ? `Năm ${label}` : label;
  return label;
}

/** A finite number, or null for anything else (null, NaN, a string from a malformed payload). */
export function finiteOrNull(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
