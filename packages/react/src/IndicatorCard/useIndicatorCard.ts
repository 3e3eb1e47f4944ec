import { useMemo } from "react";
import {
  type Change,
  changeAmount,
  changeBetween,
  changeSentence,
  chartMessages,
  finiteOrNull,
  formatNumber,
  formatPeriod,
  joinSentence,
  type Polarity,
  safeDateTime,
  type TargetStanding,
  targetPhrase,
  targetStanding,
  withUnit,
} from "../charts";
import type { Translate } from "../i18n/translator";
import { useTranslator } from "../i18n/useTranslator";
import type { Locale } from "../provider/context";
import { useChinhQuyenSoSettings } from "../provider/hooks";
import { polarityOf } from "./direction";
import { indicatorCardMessages } from "./messages";
import type { IndicatorData, IndicatorPoint } from "./types";

type CardKey = keyof (typeof indicatorCardMessages)["vi"];
type ChartKey = keyof (typeof chartMessages)["vi"];

export interface UseIndicatorCardOptions {
  indicator: IndicatorData;
  /** The series, oldest first: the sparkline and the previous period's value come from it. */
  points?: readonly IndicatorPoint[] | undefined;
  /** The value of the previous period, when it does not come from `points`. */
  previousValue?: number | null | undefined;
  /** Overrides the indicator's own `direction` (absent: the direction, else neutral). */
  polarity?: Polarity | undefined;
  /** How many periods the sparkline shows (default 12). */
  sparklinePeriods?: number | undefined;
}

export interface IndicatorCardView {
  /** `missing`: the indicator has no value yet. */
  status: "ready" | "missing";
  name: string;
  valueText: string;
  periodText: string | null;
  targetText: string | null;
  change: Change | null;
  /** "▲ +4,2%" without the arrow: "+4,2%" (or "+0,3 điểm %" for a percentage). */
  changeShort: string | null;
  standing: TargetStanding | null;
  /** "Tăng 4,2% so với kỳ trước, đạt 96% chỉ tiêu" — the card's (and the sparkline's) text equivalent. */
  summary: string;
  sparkline: { values: (number | null)[]; target: number | null };
  updatedText: string | null;
  sourceText: string;
}

/** Where the indicator's own period sits in the series (by label, else the last point). */
function currentIndex(points: readonly IndicatorPoint[], periodLabel: string | undefined): number {
  if (periodLabel) {
    const found = points.findIndex((point) => point.period === periodLabel);
    if (found >= 0) return found;
  }
  return points.length - 1;
}

/** Headless state of an indicator card: formatted value, change, target standing, summary, sparkline. */
export function useIndicatorCard(options: UseIndicatorCardOptions): IndicatorCardView {
  const { locale } = useChinhQuyenSoSettings();
  const t = useTranslator(indicatorCardMessages);
  const tc = useTranslator(chartMessages);
  const { indicator, points, previousValue, polarity, sparklinePeriods } = options;
  return useMemo(
    () => indicatorCardView({ indicator, points, previousValue, polarity, sparklinePeriods }, locale, t, tc),
    [indicator, points, previousValue, polarity, sparklinePeriods, locale, t, tc],
  );
}

/** The same without React: the server component computes it from an explicit locale and translators. */
export function indicatorCardView(
  {
    indicator,
    points = [],
    previousValue,
    polarity: givenPolarity,
    sparklinePeriods = 12,
  }: UseIndicatorCardOptions,
  locale: Locale,
  t: Translate<CardKey>,
  tc: Translate<ChartKey>,
): IndicatorCardView {
  const polarity = givenPolarity ?? polarityOf(indicator.direction);
  const value = finiteOrNull(indicator.value);
  const target = finiteOrNull(indicator.target);
  const unit = typeof indicator.unit === "string" ? indicator.unit : "";
  const index = currentIndex(points, indicator.periodLabel);
  const previous =
    previousValue !== undefined ? finiteOrNull(previousValue) : finiteOrNull(points[index - 1]?.value);
  const change = changeBetween(value, previous, polarity);
  const standing = targetStanding(value, target, polarity);
  const window = points.slice(Math.max(0, index + 1 - sparklinePeriods), index + 1);
  const summary =
    value === null
      ? t("indicatorCard.missing")
      : joinSentence([
          change ? changeSentence(change, unit, locale, tc) : null,
          standing ? targetPhrase(standing, locale, tc) : null,
        ]);
  return {
    status: value === null ? "missing" : "ready",
    name: String(indicator.name ?? indicator.code ?? ""),
    valueText: value === null ? t("indicatorCard.missing") : withUnit(formatNumber(value, locale), unit),
    periodText: indicator.periodLabel ? formatPeriod(indicator.periodLabel, locale) : null,
    targetText:
      target === null
        ? null
        : t("indicatorCard.target", { target: withUnit(formatNumber(target, locale), unit) }),
    change,
    changeShort: change ? changeAmount(change, unit, locale, tc, true) : null,
    standing,
    summary,
    sparkline: { values: window.map((point) => finiteOrNull(point.value)), target },
    updatedText:
      typeof indicator.updatedAt === "string"
        ? t("indicatorCard.updated", { time: safeDateTime(indicator.updatedAt) })
        : null,
    sourceText: indicator.sourceAgency
      ? t("indicatorCard.source", { source: indicator.sourceAgency })
      : t("indicatorCard.noSource"),
  };
}
