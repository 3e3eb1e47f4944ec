import { useControllableState } from "@radix-ui/react-use-controllable-state";
import { useCallback, useMemo, useState } from "react";
import { useWorkingCalendar } from "../../hooks/useWorkingCalendar";
import { useTranslator } from "../../i18n/useTranslator";
import { useChinhQuyenSoSettings } from "../../provider/hooks";
import { dayKey, vietnamDay } from "../dates";
import { pickerMessages } from "./messages";
import {
  boundsOf,
  type DayProblem,
  formatDayKey,
  monthOf,
  monthWeeks,
  type PickerDay,
  parseTypedDate,
  pickerDay,
} from "./model";

export interface UseDeadlinePickerOptions {
  /** The picked day, `YYYY-MM-DD` (controlled); `null` when none or what was typed is not valid. */
  value?: string | null;
  defaultValue?: string | null;
  /** Hears valid days, and `null` when the field is emptied or what was typed cannot be used. */
  onChange?: (value: string | null) => void;
  /** The day working days are counted from, `YYYY-MM-DD` (default today, from the provider's clock). */
  from?: string;
  /** Earliest allowed day, in working days after `from` (1: the next working day). */
  minWorkingDays?: number;
  /** Latest allowed day, in working days after `from`. */
  maxWorkingDays?: number;
}

export type PickerError =
  | { readonly kind: "empty" | "format" | "no_such_day"; readonly text: string }
  | { readonly kind: DayProblem; readonly day: PickerDay };

export interface DeadlinePickerState {
  value: string | null;
  /** What the text field shows (what was typed, until it is committed). */
  text: string;
  setText: (text: string) => void;
  /** Reads the typed text: picks its day when valid, else sets `error` (and the value to null). */
  commitText: () => void;
  /** Picks a day from the grid; a day that cannot be picked sets `error` instead. Returns whether it was picked. */
  pick: (day: string) => boolean;
  error: PickerError | null;
  errorMessage: string | null;
  /** What a day is (working, day off and why, working days from `from`, whether it may be picked). */
  dayOf: (day: string) => PickerDay;
  /** The picked day, described. */
  picked: PickerDay | null;
  bounds: ReturnType<typeof boundsOf>;
  open: boolean;
  setOpen: (open: boolean) => void;
  /** The day the grid's focus is on, and the month shown (the focused day's). */
  focusedDay: string;
  setFocusedDay: (day: string) => void;
  month: string;
  weeks: (string | null)[][];
  /** Days off of the shown month, for the legend under the grid. */
  daysOff: PickerDay[];
}

/** Headless working-day date picker: value, typed text, validation on core's calendar, grid focus. */
export function useDeadlinePicker(options: UseDeadlinePickerOptions = {}): DeadlinePickerState {
  const { locale, now } = useChinhQuyenSoSettings();
  const t = useTranslator(pickerMessages);
  const today = dayKey(vietnamDay(now()) ?? 0);
  const from = options.from ?? today;
  const [value, setValue] = useControllableState<string | null>({
    prop: options.value,
    defaultProp: options.defaultValue ?? null,
    onChange: options.onChange,
    caller: "DeadlinePicker",
  });
  const [typed, setTyped] = useState<string | null>(null);
  const [error, setError] = useState<PickerError | null>(null);
  const [open, setOpen] = useState(false);
  const [focus, setFocusedDay] = useState<string | null>(null);
  const focusedDay = focus ?? value ?? from;
  const month = monthOf(focusedDay);
  const year = Number(month.slice(0, 4));
  const calendar = useWorkingCalendar([year, Number(from.slice(0, 4))]);
  const weekend = t("picker.weekend");
  const bounds = useMemo(
    () => boundsOf(from, options.minWorkingDays, options.maxWorkingDays, calendar),
    [from, options.minWorkingDays, options.maxWorkingDays, calendar],
  );
  const dayOf = useCallback(
    (day: string) => pickerDay(day, bounds, calendar, locale, weekend),
    [bounds, calendar, locale, weekend],
  );
  const weeks = useMemo(() => monthWeeks(month), [month]);
  const daysOff = useMemo(
    () =>
      weeks
        .flat()
        .filter((day): day is string => day !== null)
        .map(dayOf)
        .filter((day) => !day.working && calendar.dayInfo(day.key).entry !== undefined),
    [weeks, dayOf, calendar],
  );

  const pick = useCallback(
    (day: string) => {
      const info = dayOf(day);
      setTyped(null);
      if (info.problem) {
        setError({ kind: info.problem, day: info });
        setValue(null);
        return false;
      }
      setError(null);
      setValue(day);
      setFocusedDay(day);
      return true;
    },
    [dayOf, setValue],
  );

  const commitText = useCallback(() => {
    if (typed === null) return;
    const parsed = parseTypedDate(typed);
    if (parsed.ok) {
      pick(parsed.day);
      return;
    }
    if (parsed.error === "empty") {
      setTyped(null);
      setError(null);
      setValue(null);
      return;
    }
    setError({ kind: parsed.error, text: typed });
    setValue(null);
  }, [typed, pick, setValue]);

  // A value given by the host that cannot be picked (a day off, out of bounds) is flagged too.
  const given = value && !error ? dayOf(value) : null;
  const shown: PickerError | null = error ?? (given?.problem ? { kind: given.problem, day: given } : null);
  const errorMessage = !shown
    ? null
    : "text" in shown
      ? t(`picker.error.${shown.kind}`, { text: shown.text })
      : t(`picker.error.${shown.kind}`, {
          date: formatDayKey(
            shown.kind === "before_min"
              ? (bounds.min ?? shown.day.key)
              : shown.kind === "after_max"
                ? (bounds.max ?? shown.day.key)
                : shown.day.key,
          ),
          label: shown.day.offLabel ?? "",
          count:
            shown.kind === "before_min"
              ? (options.minWorkingDays ?? 0)
              : shown.kind === "after_max"
                ? (options.maxWorkingDays ?? 0)
                : 0,
        });

  return {
    value,
    text: typed ?? (value ? formatDayKey(value) : ""),
    setText: (text) => setTyped(text),
    commitText,
    pick,
    error: shown,
    errorMessage,
    dayOf,
    picked: value ? dayOf(value) : null,
    bounds,
    open,
    setOpen,
    focusedDay,
    setFocusedDay,
    month,
    weeks,
    daysOff,
  };
}
