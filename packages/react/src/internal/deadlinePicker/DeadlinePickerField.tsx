import { type KeyboardEvent, useEffect, useId, useRef } from "react";
import { useTranslator } from "../../i18n/useTranslator";
import { type WeekdayKey, weekdayMessages } from "../../i18n/weekdays";
import { dayKey, dayNumberOfKey, mondayOf } from "../dates";
import { pickerMessages } from "./messages";
import { formatDayKey, shiftDayByMonths, shiftMonth } from "./model";
import type { DeadlinePickerState } from "./useDeadlinePicker";

export interface DeadlinePickerFieldProps {
  picker: DeadlinePickerState;
  label: string;
  /** Shows a time field next to the date (`HH:mm`, Vietnam time). */
  time?: { value: string; onChange: (time: string) => void } | undefined;
  required?: boolean | undefined;
  /** An error the host adds (a form's "required" when submitted empty); the picker's own come first. */
  hostError?: string | null | undefined;
  name?: string | undefined;
  /** The text field, for a host's focus management (focus it on a failed submit). */
  inputRef?: React.Ref<HTMLInputElement> | undefined;
}

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6].map((index) => `calendar.weekday.${index}` as WeekdayKey);

/**
 * The field: a dd/mm/yyyy text box (typing is the fastest way for a civil servant who knows the date), a button
 * opening a month grid of the working calendar, and, live, how many working days the picked day is.
 */
export function DeadlinePickerField({
  picker,
  label,
  time,
  required,
  hostError,
  name,
  inputRef,
}: DeadlinePickerFieldProps) {
  const t = useTranslator(pickerMessages);
  const w = useTranslator(weekdayMessages);
  const id = useId();
  const gridRef = useRef<HTMLTableElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const gridHadFocus = useRef(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLFieldSetElement>(null);
  const error = picker.errorMessage ?? hostError ?? null;
  const describedBy = [`${id}-hint`, picker.picked ? `${id}-count` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");

  // Arrow keys move the focus from day to day; the focused day's button takes the real focus after render.
  useEffect(() => {
    if (!picker.open || !gridHadFocus.current) return;
    gridRef.current?.querySelector<HTMLButtonElement>(`[data-day="${picker.focusedDay}"]`)?.focus();
  }, [picker.open, picker.focusedDay]);

  // A press outside the field closes the panel (a popover's habit); focus goes where the user pressed.
  const { open, setOpen } = picker;
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && rootRef.current?.contains(event.target)) return;
      gridHadFocus.current = false;
      setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown, true);
    return () => document.removeEventListener("pointerdown", onPointerDown, true);
  }, [open, setOpen]);

  const openGrid = () => {
    picker.setFocusedDay(picker.value ?? picker.bounds.min ?? picker.bounds.from);
    gridHadFocus.current = true;
    picker.setOpen(true);
  };
  const close = () => {
    picker.setOpen(false);
    gridHadFocus.current = false;
    toggleRef.current?.focus();
  };

  const onGridKeyDown = (event: KeyboardEvent) => {
    const day = dayNumberOfKey(picker.focusedDay);
    if (day === null) return;
    const target = moveOf(event.key, event.shiftKey, picker.focusedDay, day);
    if (target) {
      event.preventDefault();
      gridHadFocus.current = true;
      picker.setFocusedDay(target);
    }
  };
  // Escape anywhere in the open field closes the panel, and a host's dialog around it does not close as well.
  // From the panel (a day, a month button, its text) the focus goes back to the button that opened it (APG date
  // picker dialog); from the text or time box the user is typing in, it stays there.
  const onFieldKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !picker.open) return;
    event.preventDefault();
    event.stopPropagation();
    if (panelRef.current?.contains(event.target as Node)) close();
    else {
      picker.setOpen(false);
      gridHadFocus.current = false;
    }
  };

  const [yearText, monthText] = picker.month.split("-") as [string, string];
  const monthLabel = t("picker.month", { month: Number(monthText), year: yearText });

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape reaches here from the field's own controls
    <div
      ref={rootRef}
      className="cqs-deadline-picker"
      onKeyDown={onFieldKeyDown}
      data-open={picker.open ? "" : undefined}
      data-invalid={error ? "" : undefined}
    >
      <label htmlFor={`${id}-input`} className="cqs-deadline-picker__label">
        {label}
      </label>
      <div className="cqs-deadline-picker__controls">
        <input
          ref={inputRef}
          id={`${id}-input`}
          name={name}
          className="cqs-deadline-picker__input"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder="dd/mm/yyyy"
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          value={picker.text}
          onChange={(event) => picker.setText(event.target.value)}
          onBlur={picker.commitText}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              // Enter reads the date; it does not submit a form with a date not yet checked.
              event.preventDefault();
              picker.commitText();
            }
          }}
        />
        {time ? (
          <label className="cqs-deadline-picker__time">
            <span>{t("picker.time")}</span>
            <input
              type="time"
              step={900}
              value={time.value}
              onChange={(event) => time.onChange(event.target.value)}
            />
          </label>
        ) : null}
        <button
          ref={toggleRef}
          type="button"
          className="cqs-button"
          aria-expanded={picker.open}
          aria-controls={`${id}-panel`}
          onClick={() => (picker.open ? close() : openGrid())}
        >
          {picker.open ? t("picker.close") : t("picker.open")}
        </button>
      </div>
      <p id={`${id}-hint`} className="cqs-deadline-picker__hint">
        {t("picker.hint")}
      </p>
      {/* Live: read as the day is picked or typed. */}
      <p id={`${id}-count`} className="cqs-deadline-picker__count" aria-live="polite">
        {picker.picked && !Number.isNaN(picker.picked.workingDays)
          ? t("picker.workingDaysFrom", {
              count: picker.picked.workingDays,
              from: formatDayKey(picker.bounds.from),
            })
          : ""}
      </p>
      {error ? (
        <p id={`${id}-error`} className="cqs-deadline-picker__error">
          {error}
        </p>
      ) : null}
      {picker.open ? (
        // Focusable (not a Tab stop): a press on the panel's text keeps the focus in the panel instead of the
        // page, so Escape still reaches the field and the focus can go back to its button.
        <fieldset
          ref={panelRef}
          id={`${id}-panel`}
          tabIndex={-1}
          className="cqs-deadline-picker__panel"
          aria-labelledby={`${id}-month`}
        >
          <div className="cqs-deadline-picker__nav">
            <button
              type="button"
              className="cqs-button"
              onClick={() => picker.setFocusedDay(`${shiftMonth(picker.month, -1)}-01`)}
            >
              <span aria-hidden="true">‹</span> {t("picker.previousMonth")}
            </button>
            <p id={`${id}-month`} className="cqs-deadline-picker__month" aria-live="polite">
              {monthLabel}
            </p>
            <button
              type="button"
              className="cqs-button"
              onClick={() => picker.setFocusedDay(`${shiftMonth(picker.month, 1)}-01`)}
            >
              {t("picker.nextMonth")} <span aria-hidden="true">›</span>
            </button>
          </div>
          <table
            ref={gridRef}
            className="cqs-deadline-picker__grid"
            aria-labelledby={`${id}-month`}
            aria-describedby={`${id}-keys`}
            onKeyDown={onGridKeyDown}
          >
            <thead>
              <tr>
                {WEEKDAYS.map((key, index) => (
                  <th key={key} scope="col">
                    <span aria-hidden="true">{t("picker.weekdays").split(",")[index]}</span>
                    <span className="cqs-visually-hidden">{w(key)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {picker.weeks.map((week) => (
                <tr key={week.find(Boolean) ?? "empty"}>
                  {week.map((day, index) =>
                    day === null ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: an empty cell has only its position
                      <td key={index} />
                    ) : (
                      <DayCell
                        key={day}
                        day={day}
                        picker={picker}
                        t={t}
                        onPicked={close}
                        onFocus={() => {
                          gridHadFocus.current = true;
                        }}
                      />
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <p id={`${id}-keys`} className="cqs-deadline-picker__keys">
            {t("picker.keys")}
          </p>
          <FocusedDayNote picker={picker} t={t} />
          <DaysOffLegend picker={picker} t={t} />
        </fieldset>
      ) : null}
    </div>
  );
}

/** Where a key moves the grid's focus (APG date picker keys), or null for another key. */
function moveOf(key: string, shift: boolean, focused: string, day: number): string | null {
  switch (key) {
    case "ArrowLeft":
      return dayKey(day - 1);
    case "ArrowRight":
      return dayKey(day + 1);
    case "ArrowUp":
      return dayKey(day - 7);
    case "ArrowDown":
      return dayKey(day + 7);
    case "Home":
      return dayKey(mondayOf(day));
    case "End":
      return dayKey(mondayOf(day) + 6);
    case "PageUp":
      return shiftDayByMonths(focused, shift ? -12 : -1);
    case "PageDown":
      return shiftDayByMonths(focused, shift ? 12 : 1);
    default:
      return null;
  }
}

type T = ReturnType<typeof useTranslator<keyof (typeof pickerMessages)["vi"]>>;

function DayCell({
  day,
  picker,
  t,
  onPicked,
  onFocus,
}: {
  day: string;
  picker: DeadlinePickerState;
  t: T;
  onPicked: () => void;
  onFocus: () => void;
}) {
  const info = picker.dayOf(day);
  const selected = picker.value === day;
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  // The visible number starts the accessible name (WCAG 2.5.3); the rest is read, not shown.
  const monthName = t("picker.monthNames").split(",")[month - 1] ?? String(month);
  const parts = [t("picker.dayName", { month, monthName, year: String(year) })];
  if (selected) parts.push(t("picker.selected"));
  if (day === picker.bounds.from) parts.push(t("picker.today"));
  if (info.offLabel) parts.push(t("picker.dayOff", { label: info.offLabel }));
  else if (!Number.isNaN(info.workingDays)) parts.push(t("picker.workingDays", { count: info.workingDays }));
  return (
    <td>
      <button
        type="button"
        data-day={day}
        data-off={info.working ? undefined : ""}
        data-off-kind={info.offKind ?? undefined}
        data-today={day === picker.bounds.from ? "" : undefined}
        data-selected={selected ? "" : undefined}
        aria-current={day === picker.bounds.from ? "date" : undefined}
        data-out-of-range={info.problem === "before_min" || info.problem === "after_max" ? "" : undefined}
        tabIndex={day === picker.focusedDay ? 0 : -1}
        aria-disabled={info.problem ? true : undefined}
        title={info.offLabel ?? undefined}
        onFocus={onFocus}
        onClick={() => {
          picker.setFocusedDay(day);
          if (picker.pick(day)) onPicked();
        }}
      >
        {date}
        <span className="cqs-visually-hidden"> {parts.join(", ")}</span>
      </button>
    </td>
  );
}

/** The focused day in words: its working-day count, or why it is off — visible, not only in the label. */
function FocusedDayNote({ picker, t }: { picker: DeadlinePickerState; t: T }) {
  const info = picker.dayOf(picker.focusedDay);
  const text = info.offLabel
    ? t("picker.dayOff", { label: info.offLabel })
    : Number.isNaN(info.workingDays)
      ? ""
      : t("picker.workingDaysFrom", { count: info.workingDays, from: formatDayKey(picker.bounds.from) });
  return (
    <p className="cqs-deadline-picker__focused">
      <strong>{formatDayKey(info.key)}</strong> {text}
    </p>
  );
}

function DaysOffLegend({ picker, t }: { picker: DeadlinePickerState; t: T }) {
  const provisional = picker.dayOf(`${picker.month}-01`).provisional;
  return (
    <div className="cqs-deadline-picker__legend">
      <p className="cqs-deadline-picker__legend-title">{t("picker.daysOffTitle")}</p>
      {picker.daysOff.length === 0 ? (
        <p>{t("picker.noDaysOff")}</p>
      ) : (
        <ul>
          {picker.daysOff.map((day) => (
            <li key={day.key}>
              {formatDayKey(day.key)}: {day.offLabel}
            </li>
          ))}
        </ul>
      )}
      {provisional ? <p>{t("picker.provisional", { year: picker.month.slice(0, 4) })}</p> : null}
    </div>
  );
}
