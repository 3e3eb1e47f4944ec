import { useControllableState } from "@radix-ui/react-use-controllable-state";
import { type KeyboardEvent, useCallback, useMemo, useState } from "react";
import { useTranslator } from "../i18n/useTranslator";
import {
  changeAmount,
  changeBetween,
  changeSentence,
  chartMessages,
  finiteOrNull,
  formatNumber,
  formatPeriod,
  joinSentence,
  type Polarity,
  type SeriesChartPoint,
  targetPhrase,
  targetStanding,
  withUnit,
} from "../internal/charts";
import type { IndicatorPoint } from "../internal/indicators";
import { useChinhQuyenSoSettings } from "../provider/hooks";

export type TrendView = "chart" | "table";

export interface UseIndicatorTrendOptions {
  points: readonly IndicatorPoint[];
  unit: string;
  polarity?: Polarity | undefined;
  /** The point whose tooltip shows (controlled); `null` for none. */
  activeIndex?: number | null | undefined;
  defaultActiveIndex?: number | null | undefined;
  onActiveIndexChange?: ((index: number | null) => void) | undefined;
  view?: TrendView | undefined;
  defaultView?: TrendView | undefined;
  onViewChange?: ((view: TrendView) => void) | undefined;
}

export interface TrendRow {
  period: string;
  periodText: string;
  valueText: string;
  targetText: string;
  changeText: string;
}

/**
 * Headless state of a trend chart: clean points, the summary sentence, table rows, the active point and its
 * keyboard (←/→ between points, Home/End, Escape hides the tooltip), and the chart/table view.
 */
export function useIndicatorTrend(options: UseIndicatorTrendOptions) {
  const { points: raw, unit, polarity = "neutral" } = options;
  const { locale } = useChinhQuyenSoSettings();
  const tc = useTranslator(chartMessages);
  const [activeIndex, setActiveIndex] = useControllableState<number | null>({
    prop: options.activeIndex,
    defaultProp: options.defaultActiveIndex ?? null,
    onChange: options.onActiveIndexChange,
    caller: "IndicatorTrend",
  });
  const [view, setView] = useControllableState<TrendView>({
    prop: options.view,
    defaultProp: options.defaultView ?? "chart",
    onChange: options.onViewChange,
    caller: "IndicatorTrend",
  });
  // What the live region reads: only points reached by keyboard (the pointer shows them visually).
  const [announcement, setAnnouncement] = useState("");

  const model = useMemo(() => {
    const points: SeriesChartPoint[] = raw.map((point) => ({
      period: String(point.period),
      value: finiteOrNull(point.value),
      target: finiteOrNull(point.target),
    }));
    const format = (value: number | null) =>
      value === null ? tc("chart.noData") : withUnit(formatNumber(value, locale), unit);
    const withValues = points.filter((point) => point.value !== null);
    const last = withValues[withValues.length - 1];
    const beforeLast = withValues[withValues.length - 2];
    const change = last && beforeLast ? changeBetween(last.value, beforeLast.value, polarity) : null;
    const standing = last ? targetStanding(last.value, last.target, polarity) : null;
    const first = withValues[0];
    const summary = [
      joinSentence([
        change ? changeSentence(change, unit, locale, tc) : null,
        standing ? targetPhrase(standing, locale, tc) : null,
      ]),
      first && last && withValues.length > 1
        ? tc("chart.trendRange", {
            count: points.length,
            first: format(first.value),
            firstPeriod: formatPeriod(first.period, locale),
            last: format(last.value),
            lastPeriod: formatPeriod(last.period, locale),
          })
        : "",
    ]
      .filter(Boolean)
      .map((text) => (/[.!?]$/.test(text) ? text : `${text}.`))
      .join(" ");
    const rows: TrendRow[] = points.map((point, index) => {
      const previous = points[index - 1];
      const pointChange = previous ? changeBetween(point.value, previous.value) : null;
      return {
        period: point.period,
        periodText: formatPeriod(point.period, locale),
        valueText: format(point.value),
        targetText: point.target === null ? "—" : withUnit(formatNumber(point.target, locale), unit),
        changeText: pointChange ? changeAmount(pointChange, unit, locale, tc, true) : "—",
      };
    });
    const describePoint = (index: number): string[] => {
      const row = rows[index];
      if (!row) return [];
      const point = points[index] as SeriesChartPoint;
      return [
        row.periodText,
        `${tc("chart.value")}: ${row.valueText}`,
        ...(point.target === null ? [] : [`${tc("chart.target")}: ${row.targetText}`]),
      ];
    };
    return {
      points,
      rows,
      summary,
      isEmpty: withValues.length === 0,
      describePoint,
      formatValue: (value: number) => formatNumber(value, locale),
      formatAxisPeriod: (period: string) => formatPeriod(period, locale, "short"),
    };
  }, [raw, unit, polarity, locale, tc]);

  const count = model.points.length;
  const moveTo = useCallback(
    (index: number | null, announce: boolean) => {
      setActiveIndex(index);
      if (announce) setAnnouncement(index === null ? "" : model.describePoint(index).join(", "));
    },
    [setActiveIndex, model],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (count === 0) return;
      const current = activeIndex ?? count - 1;
      const next: Record<string, number | null> = {
        ArrowLeft: Math.max(0, current - 1),
        ArrowRight: Math.min(count - 1, current + 1),
        Home: 0,
        End: count - 1,
        Escape: null,
      };
      if (!(event.key in next)) return;
      event.preventDefault();
      moveTo(next[event.key] ?? null, true);
    },
    [count, activeIndex, moveTo],
  );

  const onFocus = useCallback(() => {
    if (activeIndex === null && count > 0) moveTo(count - 1, true);
  }, [activeIndex, count, moveTo]);

  const onBlur = useCallback(() => moveTo(null, false), [moveTo]);
  const onPointerIndex = useCallback((index: number | null) => moveTo(index, false), [moveTo]);

  return {
    ...model,
    activeIndex: activeIndex !== null && activeIndex < count ? activeIndex : null,
    setActiveIndex: moveTo,
    view,
    setView,
    announcement,
    /** Spread on the chart's focusable wrapper. */
    chartProps: { onKeyDown, onFocus, onBlur },
    onPointerIndex,
  };
}
