import type { CalendarEvent } from "@chinhquyenso/client";
import { useId, useMemo } from "react";
import { RetryAlert } from "../boundary/RetryAlert";
import { WidgetBoundary } from "../boundary/WidgetBoundary";
import { commonMessages } from "../i18n/common";
import type { Translate as TranslateOf } from "../i18n/translator";
import { useTranslator } from "../i18n/useTranslator";
import { type WeekdayKey, weekdayMessages } from "../i18n/weekdays";
import { dataLang } from "../internal/dataLang";
import { safeDate, safeDateTime, safeTime, vietnamDay } from "../internal/dates";
import { useLocale } from "../provider/hooks";
import { useWidgetRoot } from "../theme/useWidgetRoot";
import { type CalendarMessageKey, calendarMessages } from "./messages";
import { useCalendarEvents } from "./useCalendarEvents";
import {
  type AgendaEntry,
  agendaOf,
  type UseWorkCalendarOptions,
  useWorkCalendar,
  type WorkCalendarState,
} from "./useWorkCalendar";

export type WorkCalendarStatus = "loading" | "error" | "success";

export interface WorkCalendarProps extends UseWorkCalendarOptions {
  /**
   * Controlled mode: the events to show (any range; those outside the shown days are ignored). Without it the
   * widget loads them from the provider's client (`calendar.listEvents`).
   */
  events?: readonly CalendarEvent[];
  /** Controlled mode: loading or failed (with `onRetry`). */
  status?: WorkCalendarStatus;
  onRetry?: () => void;
  /** Controlled mode: what failed (never shown); a 403 or 404 shows its designed state instead of a retry. */
  error?: unknown;
  /** Connected mode: another agency's public calendar (default the user's own). */
  agencyCode?: string;
  className?: string;
}

/**
 * The work schedule (lịch công tác) as a day or week agenda: time ranges in Vietnam time, location, chair and
 * participants; events changed since `lastSeenAt` are marked in words, not only colour.
 */
export function WorkCalendar(props: WorkCalendarProps) {
  const t = useTranslator(calendarMessages);
  return (
    <WidgetBoundary widget="WorkCalendar" label={t("calendar.widgetName")}>
      <WorkCalendarContent {...props} />
    </WidgetBoundary>
  );
}

function WorkCalendarContent(props: WorkCalendarProps) {
  const calendar = useWorkCalendar(props);
  if (props.events !== undefined) {
    return (
      <WorkCalendarView
        calendar={calendar}
        events={props.events}
        status={props.status ?? "success"}
        onRetry={props.onRetry}
        error={props.error}
        className={props.className}
      />
    );
  }
  return <ConnectedWorkCalendar calendar={calendar} {...props} />;
}

function ConnectedWorkCalendar({ calendar, agencyCode, className }: WorkCalendarProps & ViewState) {
  const query = useCalendarEvents({ ...calendar.range, ...(agencyCode ? { agencyCode } : {}) });
  return (
    <WorkCalendarView
      calendar={calendar}
      events={query.data?.items ?? []}
      status={query.isPending ? "loading" : query.isError ? "error" : "success"}
      onRetry={() => void query.refetch()}
      error={query.error}
      className={className}
    />
  );
}

interface ViewState {
  calendar: WorkCalendarState;
}

interface WorkCalendarViewProps extends ViewState {
  events: readonly CalendarEvent[];
  status: WorkCalendarStatus;
  onRetry: (() => void) | undefined;
  error: unknown;
  className: string | undefined;
}

function WorkCalendarView({ calendar, events, status, onRetry, error, className }: WorkCalendarViewProps) {
  const t = useTranslator(calendarMessages);
  const days = useTranslator(weekdayMessages);
  const common = useTranslator(commonMessages);
  const root = useWidgetRoot("cqs-work-calendar", className);
  const titleId = useId();
  const agenda = useMemo(() => agendaOf(Array.isArray(events) ? events : [], calendar), [events, calendar]);
  const { view } = calendar;
  const first = calendar.days[0] as string;
  const last = calendar.days[calendar.days.length - 1] as string;
  const rangeLabel =
    view === "week"
      ? t("calendar.range.week", { from: safeDate(first), to: safeDate(last) })
      : dayHeading(days, agenda.days[0]?.weekday ?? 0, first);

  return (
    <section {...root} aria-labelledby={titleId} data-view={view} data-state={status}>
      <header className="cqs-work-calendar__header">
        <h2 id={titleId} className="cqs-work-calendar__title">
          {t("calendar.label")}
        </h2>
        <p className="cqs-work-calendar__range" aria-live="polite">
          {rangeLabel}
        </p>
        <div className="cqs-work-calendar__toolbar">
          <div className="cqs-work-calendar__nav">
            <button type="button" className="cqs-button" onClick={calendar.goPrevious}>
              <span aria-hidden="true">‹ </span>
              {t(view === "week" ? "calendar.previous.week" : "calendar.previous.day")}
            </button>
            <button
              type="button"
              className="cqs-button"
              onClick={calendar.goToday}
              aria-pressed={calendar.days.includes(calendar.today)}
            >
              {t("calendar.today")}
            </button>
            <button type="button" className="cqs-button" onClick={calendar.goNext}>
              {t(view === "week" ? "calendar.next.week" : "calendar.next.day")}
              <span aria-hidden="true"> ›</span>
            </button>
          </div>
          {/* biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, not a form fieldset */}
          <div className="cqs-work-calendar__views" role="group" aria-label={t("calendar.view")}>
            {(["day", "week"] as const).map((option) => (
              <button
                key={option}
                type="button"
                className="cqs-button"
                aria-pressed={view === option}
                data-selected={view === option ? "" : undefined}
                onClick={() => calendar.setView(option)}
              >
                {t(option === "day" ? "calendar.view.day" : "calendar.view.week")}
              </button>
            ))}
          </div>
        </div>
      </header>

      {status === "success" && calendar.lastSeenAt !== null ? (
        <div className="cqs-work-calendar__changes" data-changed={agenda.changedCount > 0 ? "" : undefined}>
          <p role="status">
            {agenda.changedCount > 0
              ? t("calendar.changedSummary", { count: agenda.changedCount })
              : t("calendar.noChanges")}
          </p>
          {agenda.changedCount > 0 ? (
            <button type="button" className="cqs-button" onClick={calendar.markSeen}>
              {t("calendar.markSeen")}
            </button>
          ) : null}
        </div>
      ) : null}

      {status === "loading" ? (
        <div className="cqs-work-calendar__loading" aria-busy="true">
          <p className="cqs-visually-hidden" role="status">
            {common("common.loading")}
          </p>
          {calendar.days.slice(0, 3).map((day) => (
            <div key={day} className="cqs-work-calendar__skeleton-day">
              <span className="cqs-skeleton" style={{ width: "30%" }} />
              <span className="cqs-skeleton" style={{ width: "80%" }} />
              <span className="cqs-skeleton" style={{ width: "60%" }} />
            </div>
          ))}
        </div>
      ) : status === "error" ? (
        <RetryAlert
          className="cqs-work-calendar__error"
          message={t("calendar.error")}
          onRetry={onRetry}
          error={error}
        />
      ) : (
        <>
          {agenda.total === 0 ? (
            <p className="cqs-work-calendar__empty">
              {t(view === "week" ? "calendar.empty.week" : "calendar.empty.day")}
            </p>
          ) : null}
          <ol className="cqs-work-calendar__days">
            {agenda.days.map((day) => (
              <li
                key={day.key}
                className="cqs-work-calendar__day"
                data-today={day.isToday ? "" : undefined}
                data-empty={day.entries.length === 0 ? "" : undefined}
              >
                <h3 className="cqs-work-calendar__day-title" aria-current={day.isToday ? "date" : undefined}>
                  {dayHeading(days, day.weekday, day.key)}
                  {day.isToday ? (
                    <>
                      {" "}
                      <span className="cqs-work-calendar__today-mark">{`(${t("calendar.todayMark")})`}</span>
                    </>
                  ) : null}
                </h3>
                {day.entries.length === 0 ? (
                  <p className="cqs-work-calendar__day-empty">{t("calendar.emptyDay")}</p>
                ) : (
                  <ul className="cqs-work-calendar__events">
                    {day.entries.map((entry) => (
                      <EventItem key={`${entry.event.id}-${day.key}`} entry={entry} />
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
          {agenda.unplaced.length > 0 ? (
            <ul className="cqs-work-calendar__events" data-unplaced="">
              {agenda.unplaced.map((event, index) => (
                <EventItem
                  // biome-ignore lint/suspicious/noArrayIndexKey: malformed events may have no (or duplicate) ids
                  key={`${String(event.id)}-${index}`}
                  entry={{ event, changed: calendar.isChanged(event), spansDays: false }}
                />
              ))}
            </ul>
          ) : null}
        </>
      )}
    </section>
  );
}

type Translate = TranslateOf<CalendarMessageKey>;

function dayHeading(days: TranslateOf<WeekdayKey>, weekday: number, key: string): string {
  return `${days(`calendar.weekday.${weekday}` as WeekdayKey)}, ${safeDate(key)}`;
}

function timeRange(t: Translate, event: CalendarEvent, spansDays: boolean): string {
  if (event.allDay === true) return t("calendar.allDay");
  const start = String(event.startsAt ?? "");
  const end = String(event.endsAt ?? "");
  if (vietnamDay(start) === null) return `${start} – ${end}`;
  if (spansDays) return `${safeDateTime(start)} – ${safeDateTime(end)}`;
  return `${safeTime(start)} – ${safeTime(end)}`;
}

function EventItem({ entry }: { entry: AgendaEntry }) {
  const t = useTranslator(calendarMessages);
  const lang = dataLang(useLocale());
  const { event, changed, spansDays } = entry;
  const participants = Array.isArray(event.participants) ? event.participants.join("; ") : undefined;
  const details: [string, string | undefined][] = [
    [t("calendar.location"), event.location],
    [t("calendar.chair"), event.chairperson],
    [t("calendar.participants"), participants],
    [t("calendar.preparedBy"), event.preparedBy],
    [t("calendar.note"), event.note],
  ];
  return (
    <li className="cqs-work-calendar__event" data-changed={changed ? "" : undefined}>
      <p className="cqs-work-calendar__event-time">
        <time dateTime={String(event.startsAt ?? "")}>{timeRange(t, event, spansDays)}</time>
        {changed ? (
          <span className="cqs-work-calendar__changed-badge">
            <span aria-hidden="true">● </span>
            {t("calendar.changed")}
          </span>
        ) : null}
      </p>
      <p className="cqs-work-calendar__event-title" lang={lang}>
        {typeof event.title === "string" && event.title.trim() ? event.title : t("calendar.untitled")}
      </p>
      <dl className="cqs-work-calendar__details">
        {details
          .filter((detail): detail is [string, string] => typeof detail[1] === "string" && detail[1] !== "")
          .map(([term, value]) => (
            <div key={term} className="cqs-work-calendar__detail">
              <dt>{term}</dt>
              <dd lang={lang}>{value}</dd>
            </div>
          ))}
      </dl>
    </li>
  );
}
