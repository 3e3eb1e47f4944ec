import type { LabelTable } from "../labels";

/** Threshold levels of an IOC indicator (the contract's `IndicatorThresholds`). */
export interface IndicatorThresholds {
  readonly breachWhen: "below" | "above" | (string & {});
  readonly warning?: number | null | undefined;
  readonly alarm?: number | null | undefined;
}

/**
 * Where an indicator stands against its thresholds. `none`: the IOC sets no threshold (or sends levels this
 * version cannot read) — never guessed from the target; `no_data`: no figure for the period.
 */
export const THRESHOLD_STATES = ["normal", "warning", "alarm", "none", "no_data"] as const;
export type ThresholdState = (typeof THRESHOLD_STATES)[number];

export const THRESHOLD_STATE_LABELS: LabelTable<ThresholdState> = {
  normal: { vi: "Bình thường", en: "Normal" },
  warning: { vi: "Cảnh báo", en: "Warning" },
  alarm: { vi: "Báo động", en: "Alarm" },
  none: { vi: "Chưa đặt ngưỡng", en: "No threshold" },
  no_data: { vi: "Chưa có số liệu", en: "No data" },
};

const finite = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/** The threshold state of `value`. The alarm level is checked first, so levels set the wrong way round still alarm. */
export function thresholdState(
  value: number | null | undefined,
  thresholds: IndicatorThresholds | null | undefined,
): ThresholdState {
  if (!finite(value)) return "no_data";
  if (!thresholds || (thresholds.breachWhen !== "below" && thresholds.breachWhen !== "above")) return "none";
  const { warning, alarm } = thresholds;
  if (!finite(warning) && !finite(alarm)) return "none";
  const breaches = (level: unknown) =>
    finite(level) && (thresholds.breachWhen === "below" ? value < level : value > level);
  if (breaches(alarm)) return "alarm";
  if (breaches(warning)) return "warning";
  return "normal";
}

/**
 * How long a figure stays current, by reporting period: a monthly figure is published in the first days of the
 * next month, so one older than 45 days means a missed report. A convention of the IOC dashboards, not law.
 */
export const INDICATOR_FRESH_DAYS: Readonly<Record<"month" | "quarter" | "year", number>> = {
  month: 45,
  quarter: 120,
  year: 400,
};

export const FRESHNESS_STATES = ["fresh", "stale", "unknown"] as const;
export type Freshness = (typeof FRESHNESS_STATES)[number];
export const FRESHNESS_LABELS: LabelTable<Freshness> = {
  fresh: { vi: "Cập nhật", en: "Up to date" },
  stale: { vi: "Quá hạn cập nhật", en: "Overdue update" },
  unknown: { vi: "Không rõ", en: "Unknown" },
};

const DAY_MS = 86_400_000;

/** Whether an indicator's last update is current for its period at `nowMs` (pass the app's clock). */
export function indicatorFreshness(
  updatedAt: string | null | undefined,
  period: string | null | undefined,
  nowMs: number,
): Freshness {
  const updated = typeof updatedAt === "string" ? Date.parse(updatedAt) : Number.NaN;
  if (!Number.isFinite(updated) || !Number.isFinite(nowMs)) return "unknown";
  const days = Object.hasOwn(INDICATOR_FRESH_DAYS, period ?? "")
    ? INDICATOR_FRESH_DAYS[period as keyof typeof INDICATOR_FRESH_DAYS]
    : undefined;
  if (days === undefined) return "unknown";
  return nowMs - updated > days * DAY_MS ? "stale" : "fresh";
}
