import type { Locale } from "../provider";

export type KnownTimeliness = "within_time" | "due_soon" | "overdue" | "early" | "on_time" | "late";

export const TIMELINESS_LABELS: Record<Locale, Record<KnownTimeliness, string>> = {
  vi: {
    within_time: "Trong hạn",
    due_soon: "Tới hạn",
    overdue: "Quá hạn",
    early: "Trước hạn",
    on_time: "Đúng hạn",
    late: "Trễ hạn",
  },
  en: {
    within_time: "Within time",
    due_soon: "Due soon",
    overdue: "Overdue",
    early: "Early",
    on_time: "On time",
    late: "Late",
  },
};

export function isKnownTimeliness(value: string): value is KnownTimeliness {
  return Object.hasOwn(TIMELINESS_LABELS.vi, value);
}
