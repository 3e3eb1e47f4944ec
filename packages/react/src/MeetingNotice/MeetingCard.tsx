import type { AttendanceInput, Meeting } from "@chinhquyenso/client";
import { useId } from "react";
import { useTranslator } from "../i18n/useTranslator";
import { weekdayMessages } from "../i18n/weekdays";
import { dataLang } from "../internal/dataLang";
import { safeDate, safeTime, vietnamDay, weekdayOf } from "../internal/dates";
import { useLocale } from "../provider/hooks";
import { AttendanceControls } from "./AttendanceControls";
import { meetingMessages } from "./messages";

type MeetingFile = Meeting["documents"][number];

const KNOWN_STATES = ["scheduled", "in_progress", "ended", "cancelled"] as const;
const KNOWN_RESPONSES = ["pending", "attending", "absent", "delegated"] as const;

export interface MeetingCardProps {
  meeting: Meeting;
  sending: boolean;
  onRespond: (input: AttendanceInput) => Promise<boolean>;
  onDownload: ((file: MeetingFile) => void) | undefined;
}

function fileSize(bytes: unknown, locale: "vi" | "en"): string {
  if (typeof bytes !== "number" || !Number.isFinite(bytes) || bytes < 0) return "";
  const format = new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return `${format.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${format.format(bytes / 1024 / 1024)} MB`;
}

export function MeetingCard({ meeting, sending, onRespond, onDownload }: MeetingCardProps) {
  const t = useTranslator(meetingMessages);
  const days = useTranslator(weekdayMessages);
  const locale = useLocale();
  const lang = dataLang(locale);
  const titleId = useId();
  const state = String(meeting.state);
  const knownState = (KNOWN_STATES as readonly string[]).includes(state);
  const response = String(meeting.attendance?.response ?? "pending");
  const start = String(meeting.startsAt ?? "");
  const day = vietnamDay(start);
  const when =
    day === null
      ? `${start} – ${String(meeting.endsAt ?? "")}`
      : `${safeTime(start)} – ${safeTime(String(meeting.endsAt ?? ""))}, ${days(
          `calendar.weekday.${weekdayOf(day)}` as "calendar.weekday.0",
        )} ${safeDate(start)}`;
  const files = Array.isArray(meeting.documents) ? meeting.documents : [];
  const agenda = Array.isArray(meeting.agenda) ? meeting.agenda : [];
  const fileName = (id: string) => files.find((file) => file?.id === id)?.name ?? id;
  const answerable = state === "scheduled" || state === "in_progress";

  return (
    <article className="cqs-meetings__card" aria-labelledby={titleId} data-state={state}>
      <header className="cqs-meetings__card-header">
        <h3 id={titleId} className="cqs-meetings__title" lang={lang}>
          {typeof meeting.title === "string" && meeting.title.trim() ? meeting.title : t("meetings.untitled")}
        </h3>
        <span className="cqs-meetings__state" data-state={knownState ? state : "unknown"}>
          {knownState ? t(`meetings.state.${state as (typeof KNOWN_STATES)[number]}`) : state}
        </span>
      </header>
      <p className="cqs-meetings__when">
        <time dateTime={start}>{when}</time>
      </p>
      <dl className="cqs-meetings__details">
        <div>
          <dt>{t("meetings.room")}</dt>
          <dd lang={lang}>{String(meeting.room ?? "")}</dd>
        </div>
        {meeting.chairperson ? (
          <div>
            <dt>{t("meetings.chair")}</dt>
            <dd lang={lang}>{meeting.chairperson}</dd>
          </div>
        ) : null}
      </dl>
      {agenda.length > 0 ? (
        <section className="cqs-meetings__section">
          <h4>{t("meetings.agenda")}</h4>
          <ol className="cqs-meetings__agenda">
            {agenda.map((item, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: agenda items are identified by position only
              <li key={index}>
                <span lang={lang}>{item?.title}</span>
                {item?.presenter || item?.startsAt ? (
                  <span className="cqs-meetings__secondary">
                    {[item.startsAt ? safeTime(item.startsAt) : "", item.presenter ?? ""]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                ) : null}
                {Array.isArray(item?.documentIds) && item.documentIds.length > 0 ? (
                  <span className="cqs-meetings__secondary">{item.documentIds.map(fileName).join(", ")}</span>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {files.length > 0 ? (
        <section className="cqs-meetings__section">
          <h4>{t("meetings.documents")}</h4>
          <ul className="cqs-meetings__files">
            {files.map((file) => (
              <li key={file.id}>
                {onDownload ? (
                  <button type="button" className="cqs-meetings__file" onClick={() => onDownload(file)}>
                    <span className="cqs-visually-hidden">{t("meetings.download", { name: "" })}</span>
                    {file.name}
                  </button>
                ) : (
                  <span>{file.name}</span>
                )}
                <span className="cqs-meetings__secondary"> {fileSize(file.size, locale)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="cqs-meetings__section">
        <h4>{t("meetings.attendance")}</h4>
        <p className="cqs-meetings__response" data-response={response}>
          {(KNOWN_RESPONSES as readonly string[]).includes(response)
            ? t(`meetings.response.${response as (typeof KNOWN_RESPONSES)[number]}`, {
                name: meeting.attendance?.delegateName ?? "",
              })
            : t("meetings.response.unknown", { value: response })}
        </p>
        {answerable ? <AttendanceControls meeting={meeting} sending={sending} onRespond={onRespond} /> : null}
      </div>
    </article>
  );
}
