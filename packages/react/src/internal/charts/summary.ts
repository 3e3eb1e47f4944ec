import type { Translate } from "../../i18n/translator";
import type { Locale } from "../../provider/context";
import type { Change, TargetStanding } from "./compare";
import { formatNumber, formatRatio, formatSignedNumber, withUnit } from "./format";
import type { chartMessages } from "./messages";

type ChartKey = keyof (typeof chartMessages)["vi"];

/**
 * The size of a change for people: percentage points for a percentage unit, a relative change otherwise, or the
 * absolute change (with its unit) when the previous value was 0.
 */
export function changeAmount(
  change: Change,
  unit: string | undefined,
  locale: Locale,
  t: Translate<ChartKey>,
  signed = false,
): string {
  const format = signed
    ? formatSignedNumber
    : (value: number, l: Locale, digits?: number) => formatNumber(Math.abs(value), l, digits);
  if (unit === "%") {
    const amount = format(change.absolute, locale);
    return t(signed ? "chart.percentagePointsShort" : "chart.percentagePoints", { amount });
  }
  if (change.relative !== null) {
    const percent = format(change.relative * 100, locale, 1);
    return `${percent}%`;
  }
  return withUnit(format(change.absolute, locale), unit);
}

/** "Tăng 4,2% so với kỳ trước" / "Up 4.2% on the previous period". */
export function changeSentence(
  change: Change,
  unit: string | undefined,
  locale: Locale,
  t: Translate<ChartKey>,
): string {
  if (change.direction === "flat") return t("chart.change.flat");
  const amount = changeAmount(change, unit, locale, t);
  return t(change.direction === "up" ? "chart.change.up" : "chart.change.down", { amount });
}

/** "đạt 96% chỉ tiêu" (at least), "trong ngưỡng chỉ tiêu" (at most), "bằng 80% chỉ tiêu" (not judged)… */
export function targetPhrase(standing: TargetStanding, locale: Locale, t: Translate<ChartKey>): string {
  const ratio = standing.ratio === null ? null : formatRatio(standing.ratio, locale, 0);
  switch (standing.polarity) {
    case "neutral":
      return ratio === null ? "" : t("chart.target.ratio", { ratio });
    case "higher_is_better":
      if (ratio !== null) return t("chart.target.reached", { ratio });
      return t(standing.met ? "chart.target.met" : "chart.target.notMet");
    case "lower_is_better":
      return t(standing.met ? "chart.target.within" : "chart.target.over");
  }
}

/** The sentence a chart is summarised by: "Tăng 4,2% so với kỳ trước, đạt 96% chỉ tiêu". */
export function joinSentence(parts: readonly (string | null | undefined)[]): string {
  const text = parts.filter((part): part is string => Boolean(part)).join(", ");
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : "";
}
