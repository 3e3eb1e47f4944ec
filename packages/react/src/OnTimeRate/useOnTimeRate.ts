import { labelOf, TIMELINESS_LABELS } from "@chinhquyenso/core";
import { useControllableState } from "@radix-ui/react-use-controllable-state";
import { useMemo } from "react";
import { useTranslator } from "../i18n/useTranslator";
import { formatNumber, formatPeriod, formatRatio } from "../internal/charts";
import { useChinhQuyenSoSettings } from "../provider/hooks";
import { onTimeRateMessages } from "./messages";

/** One row of the timeliness report (the client's `TimelinessRow` fits as is). */
export interface OnTimeRateRow {
  agencyCode?: string | undefined;
  agencyName?: string | undefined;
  /** `2026-01`, `2026-Q1` or `2026`. */
  period?: string | undefined;
  early: number;
  onTime: number;
  late: number;
}

export type FinishedTimelinessKey = "early" | "onTime" | "late";

export interface OnTimeCounts {
  early: number;
  onTime: number;
  late: number;
  /** early + onTime + late. */
  finished: number;
  /** (early + onTime) / finished, core's definition; null when nothing finished (never a division by 0). */
  rate: number | null;
}

/**
 * Counts of one row made safe: a missing, negative or non-numeric count from a malformed payload counts as 0,
 * and "finished" is the sum of the three kinds, so the rate and the bar always agree.
 */
export function onTimeCounts(row: Pick<OnTimeRateRow, FinishedTimelinessKey>): OnTimeCounts {
  const safe = (value: unknown) =>
    typeof value === "number" && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
  const early = safe(row.early);
  const onTime = safe(row.onTime);
  const late = safe(row.late);
  const finished = early + onTime + late;
  return { early, onTime, late, finished, rate: finished > 0 ? (early + onTime) / finished : null };
}

export interface UseOnTimeRateOptions {
  rows: readonly OnTimeRateRow[];
  detailsOpen?: boolean | undefined;
  defaultDetailsOpen?: boolean | undefined;
  onDetailsOpenChange?: ((open: boolean) => void) | undefined;
}

const SEGMENTS = [
  { key: "early", timeliness: "early", kind: "solid", tone: "early" },
  { key: "onTime", timeliness: "on_time", kind: "hatch", tone: "on-time" },
  { key: "late", timeliness: "late", kind: "dots", tone: "late" },
] as const;

/** Headless state of the on-time rate: totals over the rows, the breakdown, the detail rows, the disclosure. */
export function useOnTimeRate({ rows, ...options }: UseOnTimeRateOptions) {
  const { locale } = useChinhQuyenSoSettings();
  const t = useTranslator(onTimeRateMessages);
  const [detailsOpen, setDetailsOpen] = useControllableState({
    prop: options.detailsOpen,
    defaultProp: options.defaultDetailsOpen ?? false,
    onChange: options.onDetailsOpenChange,
    caller: "OnTimeRate",
  });
  const model = useMemo(() => {
    const perRow = rows.map((row) => ({ row, counts: onTimeCounts(row) }));
    const total = onTimeCounts({
      early: perRow.reduce((sum, { counts }) => sum + counts.early, 0),
      onTime: perRow.reduce((sum, { counts }) => sum + counts.onTime, 0),
      late: perRow.reduce((sum, { counts }) => sum + counts.late, 0),
    });
    const segments = SEGMENTS.map((segment) => {
      const count = total[segment.key];
      const label = labelOf(TIMELINESS_LABELS, segment.timeliness, locale);
      const share = total.finished > 0 ? formatRatio(count / total.finished, locale) : "—";
      return {
        ...segment,
        value: count,
        label,
        text: t("onTime.segment", { label, count: formatNumber(count, locale), share }),
      };
    });
    const details = perRow.map(({ row, counts }) => ({
      agency: row.agencyName || row.agencyCode || "—",
      period: row.period ? formatPeriod(row.period, locale) : "—",
      finished: formatNumber(counts.finished, locale),
      early: formatNumber(counts.early, locale),
      onTime: formatNumber(counts.onTime, locale),
      late: formatNumber(counts.late, locale),
      rate: counts.rate === null ? "—" : formatRatio(counts.rate, locale),
    }));
    return {
      total,
      isEmpty: total.finished === 0,
      rateText: total.rate === null ? null : formatRatio(total.rate, locale),
      ofText:
        total.rate === null
          ? t("onTime.empty")
          : t("onTime.of", {
              onTime: formatNumber(total.early + total.onTime, locale),
              finished: formatNumber(total.finished, locale),
            }),
      segments,
      details,
      labels: {
        early: labelOf(TIMELINESS_LABELS, "early", locale),
        onTime: labelOf(TIMELINESS_LABELS, "on_time", locale),
        late: labelOf(TIMELINESS_LABELS, "late", locale),
      },
    };
  }, [rows, locale, t]);
  return { ...model, detailsOpen, setDetailsOpen };
}
