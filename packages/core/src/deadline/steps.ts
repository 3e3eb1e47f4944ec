import type { DayReason, HolidayKind } from "../calendar/types";
import type { DurationUnit } from "./duration";

/** Why counting did not start at the moment of intake. */
export type CountingStartReason = "before_hours" | "lunch_break" | "after_hours" | "day_off";

/** One step of a due-date computation; `text` says it in the requested language. */
export type DueDateStep = { readonly text: string } & (
  | { readonly kind: "received"; readonly at: string }
  | { readonly kind: "counting_starts"; readonly at: string; readonly reason: CountingStartReason }
  | {
      readonly kind: "duration";
      readonly amount: number;
      readonly unit: DurationUnit;
      /** Office hours the duration stands for (`null` for whole calendar days). */
      readonly workingHours: number | null;
    }
  | {
      readonly kind: "day_off";
      readonly date: string;
      readonly reason: "weekend" | Exclude<HolidayKind, "makeup_workday">;
      readonly name?: string;
    }
  | { readonly kind: "makeup_workday"; readonly date: string; readonly name: string }
  | {
      readonly kind: "pause";
      readonly from: string;
      readonly to: string;
      readonly workingHours: number;
      readonly status?: string;
    }
  | {
      readonly kind: "moved_to_office_hours";
      readonly from: string;
      readonly to: string;
      /** Why the instant it landed on was not office time. */
      readonly reason: Exclude<DayReason, "weekday" | "makeup_workday"> | "outside_office_hours";
    }
  | {
      /** The year has no official notice: `statute` — its days off follow `sources`; `weekends` — none assumed. */
      readonly kind: "provisional_year";
      readonly year: number;
      readonly basis: "statute" | "weekends";
      readonly sources: readonly string[];
    }
  | { readonly kind: "due"; readonly at: string; readonly provisional: boolean }
);

/** A step before its text is written. */
export type StepData = DueDateStep extends infer Step
  ? Step extends unknown
    ? Omit<Step, "text">
    : never
  : never;
