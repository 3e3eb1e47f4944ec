import type { AttendanceInput, Meeting } from "@chinhquyenso/client";
import { type ReactNode, useId, useMemo, useState } from "react";
import { RetryAlert } from "../boundary/RetryAlert";
import { WidgetBoundary } from "../boundary/WidgetBoundary";
import { commonMessages } from "../i18n/common";
import { useTranslator } from "../i18n/useTranslator";
import { dayKey, vietnamDay } from "../internal/dates";
import { saveFile } from "../internal/saveFile";
import { useChinhQuyenSoSettings } from "../provider/hooks";
import { useWidgetRoot } from "../theme/useWidgetRoot";
import { MeetingCard } from "./MeetingCard";
import { meetingMessages } from "./messages";
import { useMeetingNotice } from "./useMeetingNotice";
import { useConfirmAttendance, useMeetingDocument, useMeetings } from "./useMeetings";

type MeetingFile = Meeting["documents"][number];

export type MeetingNoticeStatus = "loading" | "error" | "success";

export interface MeetingNoticeProps {
  /** Controlled mode: the user's meetings (the widget shows the next `limit` that have not ended). */
  meetings?: readonly Meeting[];
  status?: MeetingNoticeStatus;
  onRetry?: () => void;
  /** Controlled mode: what failed (never shown); a 403 or 404 shows its designed state instead of a retry. */
  error?: unknown;
  /**
   * Controlled mode: send an answer. The widget shows it at once; a rejected promise rolls it back and shows
   * the error. Update `meetings` once it resolves.
   */
  onConfirmAttendance?: (meeting: Meeting, input: AttendanceInput) => void | Promise<void>;
  /** Controlled mode: download a meeting document. */
  onDownloadDocument?: (meeting: Meeting, file: MeetingFile) => void | Promise<void>;
  /** How many meetings to show (default 3). */
  limit?: number;
  /** Connected mode: how many days ahead to look (default 14). */
  days?: number;
  className?: string;
}

/**
 * The next paperless meetings (phòng họp không giấy): time in Vietnam time, room, chair, agenda, documents to
 * download, and the user's answer — attend, decline with a reason, or send a delegate — sent optimistically.
 */
export function MeetingNotice(props: MeetingNoticeProps) {
  const t = useTranslator(meetingMessages);
  return (
    <WidgetBoundary widget="MeetingNotice" label={t("meetings.widgetName")}>
      {props.meetings !== undefined ? (
        <ControlledMeetingNotice {...props} meetings={props.meetings} />
      ) : (
        <ConnectedMeetingNotice {...props} />
      )}
    </WidgetBoundary>
  );
}

function ControlledMeetingNotice(props: MeetingNoticeProps & { meetings: readonly Meeting[] }) {
  const { onConfirmAttendance, onDownloadDocument } = props;
  return (
    <MeetingNoticeView
      {...props}
      status={props.status ?? "success"}
      confirm={async (meeting, input) => {
        if (!onConfirmAttendance) throw new Error("MeetingNotice: no onConfirmAttendance to send the answer");
        await onConfirmAttendance(meeting, input);
      }}
      download={onDownloadDocument ? async (meeting, file) => onDownloadDocument(meeting, file) : undefined}
    />
  );
}

function ConnectedMeetingNotice(props: MeetingNoticeProps) {
  const { now } = useChinhQuyenSoSettings();
  const today = vietnamDay(now()) ?? 0;
  const range = useMemo(
    () => ({ from: dayKey(today), to: dayKey(today + Math.max(1, Math.min(props.days ?? 14, 92))) }),
    [today, props.days],
  );
  const query = useMeetings(range);
  const confirm = useConfirmAttendance();
  const documentOf = useMeetingDocument();
  return (
    <MeetingNoticeView
      {...props}
      meetings={query.data?.items ?? []}
      status={query.isPending ? "loading" : query.isError && !query.data ? "error" : "success"}
      onRetry={() => void query.refetch()}
      error={query.error}
      confirm={(meeting, body) => confirm.mutateAsync({ meetingId: meeting.id, body })}
      download={async (meeting, file) => {
        const { blob, filename } = await documentOf(meeting, file);
        saveFile(blob, filename);
      }}
    />
  );
}

interface MeetingNoticeViewProps extends MeetingNoticeProps {
  meetings: readonly Meeting[];
  status: MeetingNoticeStatus;
  confirm: (meeting: Meeting, input: AttendanceInput) => Promise<unknown>;
  download: ((meeting: Meeting, file: MeetingFile) => Promise<void>) | undefined;
}

function MeetingNoticeView(props: MeetingNoticeViewProps) {
  const t = useTranslator(meetingMessages);
  const common = useTranslator(commonMessages);
  const root = useWidgetRoot("cqs-meetings", props.className);
  const titleId = useId();
  const notice = useMeetingNotice({
    meetings: props.meetings,
    confirm: props.confirm,
    ...(props.limit !== undefined ? { limit: props.limit } : {}),
  });
  const [downloadFailed, setDownloadFailed] = useState<string | null>(null);
  const { outcome } = notice;
  const outcomeTitle = outcome
    ? (props.meetings.find((meeting) => meeting?.id === outcome.meetingId)?.title ?? outcome.meetingId)
    : "";

  let body: ReactNode;
  if (props.status === "loading") {
    body = (
      <div className="cqs-meetings__loading" aria-busy="true">
        <p className="cqs-visually-hidden" role="status">
          {common("common.loading")}
        </p>
        <span className="cqs-skeleton" style={{ width: "60%" }} />
        <span className="cqs-skeleton" style={{ width: "40%" }} />
        <span className="cqs-skeleton" style={{ width: "75%" }} />
      </div>
    );
  } else if (props.status === "error") {
    body = (
      <RetryAlert
        className="cqs-meetings__error"
        message={t("meetings.error")}
        onRetry={props.onRetry}
        error={props.error}
      />
    );
  } else if (notice.upcoming.length === 0) {
    body = <p className="cqs-meetings__empty">{t("meetings.empty", { days: props.days ?? 14 })}</p>;
  } else {
    body = (
      <ul className="cqs-meetings__list">
        {notice.upcoming.map((meeting) => (
          <li key={meeting.id}>
            <MeetingCard
              meeting={meeting}
              sending={notice.sending.has(meeting.id)}
              onRespond={(input) => notice.respond(meeting, input)}
              onDownload={
                props.download
                  ? (file) => {
                      setDownloadFailed(null);
                      props.download?.(meeting, file).catch(() => setDownloadFailed(file.name));
                    }
                  : undefined
              }
            />
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section {...root} aria-labelledby={titleId} data-state={props.status}>
      <h2 id={titleId} className="cqs-meetings__heading">
        {t("meetings.label")}
      </h2>
      <p className="cqs-meetings__status" role="status">
        {notice.sending.size > 0
          ? t("meetings.sending")
          : outcome?.ok
            ? t("meetings.sent", { title: outcomeTitle })
            : ""}
      </p>
      {outcome && !outcome.ok ? (
        <div className="cqs-meetings__error" role="alert">
          <p>{t("meetings.failed", { title: outcomeTitle })}</p>
          <button type="button" className="cqs-button" onClick={() => void notice.retry()}>
            {common("common.retry")}
          </button>
          <button type="button" className="cqs-button" onClick={notice.dismiss}>
            {t("meetings.dismiss")}
          </button>
        </div>
      ) : null}
      {downloadFailed ? (
        <p className="cqs-meetings__error" role="alert">
          {t("meetings.downloadFailed", { name: downloadFailed })}
        </p>
      ) : null}
      {body}
    </section>
  );
}
