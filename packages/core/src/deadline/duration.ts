import { describeValue, InvalidInputError } from "../errors";
import type { LabelTable } from "../labels";

/** Units of a processing time (glossary: duration units). */
export const DURATION_UNITS = ["working_day", "calendar_day", "hour"] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

export const DURATION_UNIT_LABELS: LabelTable<DurationUnit> = {
  working_day: { vi: "Ngày làm việc", en: "Working days" },
  calendar_day: { vi: "Ngày", en: "Days" },
  hour: { vi: "Giờ làm việc", en: "Working hours" },
};

/**
 * A processing time: `working_day` counts office days (fractions allowed: 0.5 is half a working day),
 * `hour` counts office hours, `calendar_day` counts every day but never ends on a day off.
 */
export interface Duration {
  readonly amount: number;
  readonly unit: DurationUnit;
}

export function checkDuration(duration: Duration, field = "duration"): void {
  const amount = duration?.amount;
  if (typeof amount !== "number" || !Number.isFinite(amount) || amount < 0) {
    throw new InvalidInputError(
      "invalid_duration",
      `${field}.amount`,
      `${describeValue(amount)} is not a finite number ≥ 0`,
    );
  }
  const unit: unknown = duration.unit;
  if (unit !== "working_day" && unit !== "calendar_day" && unit !== "hour") {
    throw new InvalidInputError(
      "invalid_duration",
      `${field}.unit`,
      `${describeValue(unit)} is not one of ${DURATION_UNITS.join(", ")}`,
    );
  }
}
