import type { CalendarEvent } from "@chinhquyenso/client";
import { useControllableState } from "@radix-ui/react-use-controllable-state";
import { useCallback, useMemo, useRef } from "react";
import { dayKey, dayNumberOfKey, instantMs, mondayOf, vietnamDay, weekdayOf } from "../internal/dates";
import { useChinhQuyenSoSettings } from "../provider/hooks";

export type CalendarView = "day" | "week";

export interface UseWorkCalendarOptions {
  /** Day or week agenda (controlled); with `defaultView` (default "week") the widget keeps it. */
  view?: CalendarView;
  defaultView?: CalendarView;
  onViewChange?: (view: CalendarView) => void;
  /** The day shown, `YYYY-MM-DD` in Vietnam time (controlled); default today. */
  date?: string;
  defaultDate?: string;
  onDateChange?: (date: string) => void;
  /**
   * When the user last looked at the calendar (ISO instant). Events updated after it are marked "changed";
   * `null` — never looked — marks nothing. Keep it yourself (controlled) or let the widget keep it.
   */
  lastSeenAt?: string | null;
  defaultLastSeenAt?: string | null;
  onLastSeenAtChange?: (lastSeenAt: string) => void;
}

export interface WorkCalendarState {
  view: CalendarView;
  setView: (view: CalendarView) => void;
  /** The day shown (`YYYY-MM-DD`). */
  date: string;
  /** Today in Vietnam time (`YYYY-MM-DD`), from the provider's clock. */
  today: string;
  /** The days of the agenda, first to last (`YYYY-MM-DD`): one day, or Monday to Sunday. */
  days: readonly string[];
  /** The range to load, inclusive (`calendar.listEvents({ from, to })`). */
  range: { from: string; to: string };
  goPrevious: () => void;
  goNext: () => void;
  goToday: () => void;
  lastSeenAt: string | null;
  /** Records "seen now" (`onLastSeenAtChange` with the provider clock's instant). */
  markSeen: () => void;
  /** Whether an event changed after `lastSeenAt`. */
  isChanged: (event: Pick<CalendarEvent, "updatedAt">) => boolean;
}

/** Headless work calendar: view, day, navigation and "changed since last seen" — no markup, no data. */
export function useWorkCalendar(options: UseWorkCalendarOptions = {}): WorkCalendarState {
  const { now } = useChinhQuyenSoSettings();
  const todayNumber = vietnamDay(now()) ?? 0;
  const today = dayKey(todayNumber);
  const [view, setView] = useControllableState<CalendarView>({
    prop: options.view,
    defaultProp: options.defaultView ?? "week",
    onChange: options.onViewChange,
    caller: "WorkCalendar",
  });
  const [rawDate, setDate] = useControllableState<string>({
    prop: options.date,
    defaultProp: options.defaultDate ?? today,
    onChange: options.onDateChange,
    caller: "WorkCalendar",
  });
  const [lastSeenAt, setLastSeenAt] = useControllableState<string | null>({
    prop: options.lastSeenAt,
    defaultProp: options.defaultLastSeenAt ?? null,
    onChange: options.onLastSeenAtChange as ((value: string | null) => void) | undefined,
    caller: "WorkCalendar",
  });

  const warned = useRef<string | null>(null);
  let anchor = dayNumberOfKey(rawDate);
  if (anchor === null) {
    if (warned.current !== rawDate) {
      warned.current = rawDate;
      console.warn(`WorkCalendar: date "${rawDate}" is not a YYYY-MM-DD date; showing today instead.`);
    }
    anchor = todayNumber;
  }
  const first = view === "week" ? mondayOf(anchor) : anchor;
  const length = view === "week" ? 7 : 1;
  const days = useMemo(() => Array.from({ length }, (_, index) => dayKey(first + index)), [first, length]);
  const step = useCallback(
    (direction: 1 | -1) => setDate(dayKey((anchor as number) + direction * length)),
    [anchor, length, setDate],
  );
  const seenMs = instantMs(lastSeenAt);

  return {
    view,
    setView,
    date: dayKey(anchor),
    today,
    days,
    range: { from: days[0] as string, to: days[days.length - 1] as string },
    goPrevious: () => step(-1),
    goNext: () => step(1),
    goToday: () => setDate(today),
    lastSeenAt,
    markSeen: () => setLastSeenAt(now().toISOString()),
    isChanged: (event) => {
      if (seenMs === null) return false;
      const updated = instantMs(event?.updatedAt);
      return updated !== null && updated > seenMs;
    },
  };
}

export interface AgendaEntry {
  event: CalendarEvent;
  changed: boolean;
  /** Starts before, or ends after, the day it is listed under. */
  spansDays: boolean;
}

export interface AgendaDay {
  /** `YYYY-MM-DD`. */
  key: string;
  /** 0 Monday … 6 Sunday. */
  weekday: number;
  isToday: boolean;
  entries: AgendaEntry[];
}

export interface Agenda {
  days: AgendaDay[];
  /** Events whose times cannot be read: shown apart, with their raw values, rather than dropped. */
  unplaced: CalendarEvent[];
  changedCount: number;
  total: number;
}

/** Groups events under each day of the calendar's range they overlap, in start order. */
export function agendaOf(events: readonly CalendarEvent[], calendar: WorkCalendarState): Agenda {
  const first = dayNumberOfKey(calendar.days[0] ?? "") ?? 0;
  const days: AgendaDay[] = calendar.days.map((key, index) => ({
    key,
    weekday: weekdayOf(first + index),
    isToday: key === calendar.today,
    entries: [],
  }));
  const unplaced: CalendarEvent[] = [];
  const seen = new Set<CalendarEvent>();
  let changedCount = 0;
  const sorted = [...events].sort((a, b) => (instantMs(a?.startsAt) ?? 0) - (instantMs(b?.startsAt) ?? 0));
  for (const event of sorted) {
    if (!event || typeof event !== "object") continue;
    const start = vietnamDay(event.startsAt);
    const end = vietnamDay(event.endsAt) ?? start;
    if (start === null || end === null) {
      unplaced.push(event);
      continue;
    }
    const changed = calendar.isChanged(event);
    for (let day = Math.max(start, first); day <= Math.min(end, first + days.length - 1); day++) {
      days[day - first]?.entries.push({ event, changed, spansDays: start !== end });
      if (!seen.has(event)) {
        seen.add(event);
        if (changed) changedCount += 1;
      }
    }
  }
  return { days, unplaced, changedCount, total: seen.size + unplaced.length };
}
