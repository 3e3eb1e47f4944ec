import type { ClockPause, HistoryEntry, PaymentRequest, SupplementRequest } from "@chinhquyenso/client";
import {
  CLOCK_PAUSE_LABELS,
  CLOCK_PAUSE_STATUSES,
  DOSSIER_ACTION_LABELS,
  DOSSIER_STATUS_LABELS,
  isOneOf,
  labelOf,
} from "@chinhquyenso/core";
import { useId, useMemo } from "react";
import { RetryAlert } from "../../boundary/RetryAlert";
import { useTranslator } from "../../i18n/useTranslator";
import { useLocale } from "../../provider/hooks";
import { safeDate, safeDateTime } from "../dates";
import type { HeadingLevel } from "../headings";
import { dossierMessages } from "./messages";
import { PaymentRequestLine } from "./PaymentRequestLine";
import { type TimelineItem, timelineOf } from "./timeline";

export type DossierTimelineStatus = "loading" | "error" | "success";

export interface TimelineViewProps {
  history: readonly HistoryEntry[] | undefined;
  pauses: readonly ClockPause[] | undefined;
  supplementRequest?: SupplementRequest | null | undefined;
  /** The dossier's payment requests, shown on the payment pause they were issued for. */
  paymentRequests?: readonly PaymentRequest[] | undefined;
  status: DossierTimelineStatus;
  onRetry?: (() => void) | undefined;
  headingLevel?: HeadingLevel | undefined;
}

/** The timeline's markup: an ordered list, oldest first; pauses are items of their own and shade what they span. */
export function TimelineView({
  history,
  pauses,
  supplementRequest,
  paymentRequests,
  status,
  onRetry,
  headingLevel = 2,
}: TimelineViewProps) {
  const t = useTranslator(dossierMessages);
  const locale = useLocale();
  const headingId = useId();
  const items = useMemo(
    () => timelineOf(history, pauses, supplementRequest, paymentRequests),
    [history, pauses, supplementRequest, paymentRequests],
  );
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="cqs-dossier-timeline" aria-labelledby={headingId} data-status={status}>
      <Heading id={headingId} className="cqs-dossier__title">
        {t("dossier.timeline.title")}
      </Heading>
      {status === "loading" ? (
        <p aria-busy="true" className="cqs-dossier__muted">
          <span className="cqs-skeleton" aria-hidden="true" />
          {t("dossier.timeline.title")}…
        </p>
      ) : status === "error" ? (
        <RetryAlert
          className="cqs-dossier__problem"
          message={t("dossier.timeline.error")}
          onRetry={onRetry}
        />
      ) : items.length === 0 ? (
        <p className="cqs-dossier__muted">{t("dossier.timeline.empty")}</p>
      ) : (
        <ol className="cqs-dossier-timeline__list">
          {items.map((item) => (
            <TimelineRow key={item.key} item={item} locale={locale} t={t} />
          ))}
        </ol>
      )}
    </section>
  );
}

type T = ReturnType<typeof useTranslator<keyof (typeof dossierMessages)["vi"]>>;

function TimelineRow({ item, locale, t }: { item: TimelineItem; locale: "vi" | "en"; t: T }) {
  if (item.kind === "pause") {
    const { pause, payments } = item;
    // Core names why the clock stood still; a payment pause says so, so nobody reads it as the agency's delay.
    const reason = isOneOf(CLOCK_PAUSE_STATUSES, pause.status)
      ? labelOf(CLOCK_PAUSE_LABELS, pause.status, locale)
      : t("dossier.timeline.pauseReason", { reason: labelOf(DOSSIER_STATUS_LABELS, pause.status, locale) });
    return (
      <li
        className="cqs-dossier-timeline__pause"
        data-open={item.open ? "" : undefined}
        data-reason={pause.status}
      >
        <p className="cqs-dossier-timeline__pause-reason">{reason}</p>
        <p className="cqs-dossier-timeline__pause-span">
          {item.open
            ? t("dossier.timeline.pauseOpen", { from: safeDateTime(pause.from) })
            : t("dossier.timeline.pause", { from: safeDateTime(pause.from), to: safeDateTime(pause.to) })}
        </p>
        {payments.length > 0 ? (
          <ul className="cqs-dossier-timeline__payments">
            {payments.map((request) => (
              <PaymentRequestLine key={request.id} request={request} />
            ))}
          </ul>
        ) : null}
      </li>
    );
  }
  const { entry, role, duringPause, deadline } = item;
  const action =
    role === "supplement_answer"
      ? t("dossier.timeline.supplementAnswer")
      : labelOf(DOSSIER_ACTION_LABELS, entry.action, locale);
  const at = typeof entry.at === "string" ? entry.at : "";
  return (
    <li className="cqs-dossier-timeline__entry" data-role={role} data-paused={duringPause ? "" : undefined}>
      <p className="cqs-dossier-timeline__head">
        {at ? (
          <time dateTime={at} className="cqs-dossier-timeline__time">
            {safeDateTime(at)}
          </time>
        ) : (
          <span className="cqs-dossier-timeline__time">{t("dossier.timeline.unknownTime")}</span>
        )}{" "}
        <strong>{action}</strong> → {labelOf(DOSSIER_STATUS_LABELS, entry.toStatus, locale)}
        {duringPause ? (
          <span className="cqs-dossier__muted"> {t("dossier.timeline.duringPause")}</span>
        ) : null}
      </p>
      {entry.actor?.name ? (
        <p className="cqs-dossier__muted">{t("dossier.timeline.by", { name: entry.actor.name })}</p>
      ) : null}
      {/* Comments are plain text from people: rendered as text, never as HTML. */}
      {typeof entry.comment === "string" && entry.comment !== "" ? (
        <p className="cqs-dossier-timeline__comment">{entry.comment}</p>
      ) : null}
      {deadline ? (
        <p className="cqs-dossier-timeline__deadline">
          {t("dossier.timeline.supplementDeadline", { date: safeDate(deadline) })}
        </p>
      ) : null}
    </li>
  );
}
