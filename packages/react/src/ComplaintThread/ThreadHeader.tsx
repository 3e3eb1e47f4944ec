import type { Feedback, FeedbackCategory } from "@chinhquyenso/client";
import {
  FEEDBACK_CHANNEL_LABELS,
  FEEDBACK_STATUS_LABELS,
  FEEDBACK_STATUSES,
  isFeedbackRating,
  isLowFeedbackRating,
  isOneOf,
  labelOf,
  maskEmail,
  maskName,
  maskPersonalNumbers,
  maskPhone,
} from "@chinhquyenso/core";
import { type ReactNode, useEffect, useState } from "react";
import { useWorkingCalendar } from "../hooks/useWorkingCalendar";
import { useTranslator } from "../i18n/useTranslator";
import { dataLang } from "../internal/dataLang";
import { ProvisionalNote } from "../internal/ProvisionalNote";
import { provisionalYears, yearsSpanned } from "../internal/provisional";
import { useChinhQuyenSoSettings } from "../provider/hooks";
import { dateTimeOrUndefined, ratingText, slaOf } from "./format";
import { threadMessages } from "./messages";
import { UserText } from "./UserText";
import type { ComplaintThreadState } from "./useComplaintThread";

const str = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value : undefined;

/** The provider's clock, re-read every minute (the SLA countdown counts days; a minute is plenty). */
function useMinuteClock(): Date {
  const { now } = useChinhQuyenSoSettings();
  const [current, setCurrent] = useState(now);
  useEffect(() => {
    setCurrent(now());
    const timer = setInterval(() => setCurrent(now()), 60_000);
    return () => clearInterval(timer);
  }, [now]);
  return current;
}

/** The reporter, masked (name initials, last three phone digits, first letter of the email), or undefined. */
function maskedReporter(reporter: unknown): string | undefined {
  if (typeof reporter !== "object" || reporter === null) return undefined;
  const { name, phone, email } = reporter as Record<string, unknown>;
  const parts = [
    str(name) && maskName(name as string),
    str(phone) && maskPhone(phone as string),
    str(email) && maskEmail(email as string),
  ].filter((part): part is string => typeof part === "string" && part !== "");
  return parts.length > 0 ? parts.join(" · ") : undefined;
}

function Fact({ label, children, name }: { label: string; children: ReactNode; name: string }) {
  return (
    <div className="cqs-complaint-thread__fact" data-fact={name}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export interface ComplaintThreadHeaderProps {
  thread: ComplaintThreadState;
  /** Category names by code (a code without a name is shown as is). */
  categories?: readonly FeedbackCategory[] | undefined;
  headingLevel?: 2 | 3 | 4 | 5 | undefined;
}

/**
 * Code, title, status, category, channel, the reporter (masked, for staff too: this widget cannot reveal
 * personal data), location, SLA countdown, assignee, rating and the original report.
 */
export function ComplaintThreadHeader({ thread, categories, headingLevel = 2 }: ComplaintThreadHeaderProps) {
  const t = useTranslator(threadMessages);
  const { locale } = useChinhQuyenSoSettings();
  const now = useMinuteClock();
  const feedback = (thread.feedback ?? {}) as Partial<Feedback>;
  // The due date is counted in working days from the report: provisional across a year without a notice.
  const calendar = useWorkingCalendar(yearsSpanned(feedback.createdAt ?? now, feedback.dueAt));
  const dueYears = provisionalYears(calendar, feedback.createdAt ?? now, feedback.dueAt);
  const Heading = `h${headingLevel}` as const;
  const status = str(feedback.status);
  const knownStatus = isOneOf(FEEDBACK_STATUSES, status);
  const category = str(feedback.categoryCode);
  const categoryName = categories?.find((item) => item.code === category)?.name;
  const reporter = maskedReporter(feedback.reporter);
  const address = str((feedback.location as { address?: unknown } | undefined)?.address);
  const sla = slaOf(feedback.dueAt, status, now, { locale, calendar });
  const assignee = str((feedback.assignee as { name?: unknown } | null | undefined)?.name);
  const rating = feedback.rating ?? undefined;
  const received = dateTimeOrUndefined(feedback.createdAt);
  const unknown = t("thread.header.unknown");
  const newTab = t("thread.link.newTab");

  return (
    <header className="cqs-complaint-thread__header">
      <div className="cqs-complaint-thread__title-row">
        <Heading id={thread.ids.title} className="cqs-complaint-thread__title">
          <bdi lang={dataLang(locale)}>
            {maskPersonalNumbers(str(feedback.title) ?? t("thread.untitled"))}
          </bdi>
        </Heading>
        <span className="cqs-complaint-thread__status" data-status={knownStatus ? status : "unknown"}>
          <span className="cqs-visually-hidden">{t("thread.header.status")}: </span>
          {status === undefined ? unknown : labelOf(FEEDBACK_STATUS_LABELS, status, locale)}
        </span>
      </div>
      <dl className="cqs-complaint-thread__facts">
        <Fact name="code" label={t("thread.header.code")}>
          <span className="cqs-complaint-thread__code">{str(feedback.code) ?? unknown}</span>
        </Fact>
        <Fact name="sla" label={t("thread.header.sla")}>
          {sla.dueText === undefined ? (
            t("thread.header.noDue")
          ) : sla.countdown === undefined ? (
            <>
              {sla.dueText}
              <ProvisionalNote years={dueYears} />
            </>
          ) : (
            <>
              <span className="cqs-complaint-thread__countdown" data-timeliness={sla.timeliness ?? "unknown"}>
                {sla.countdown}
              </span>{" "}
              <span className="cqs-complaint-thread__due">
                ({t("thread.header.dueAt", { date: sla.dueText })})
              </span>
              <ProvisionalNote years={dueYears} />
            </>
          )}
        </Fact>
        <Fact name="assignee" label={t("thread.header.assignee")}>
          {assignee === undefined ? (
            t("thread.header.unassigned")
          ) : (
            <bdi lang={dataLang(locale)}>{assignee}</bdi>
          )}
        </Fact>
        <Fact name="category" label={t("thread.header.category")}>
          {categoryName ?? category ?? unknown}
        </Fact>
        <Fact name="channel" label={t("thread.header.channel")}>
          {feedback.channel === undefined
            ? unknown
            : labelOf(FEEDBACK_CHANNEL_LABELS, feedback.channel, locale)}
        </Fact>
        <Fact name="received" label={t("thread.header.received")}>
          {received ?? unknown}
        </Fact>
        <Fact name="reporter" label={t("thread.header.reporter")}>
          {reporter === undefined ? (
            t("thread.header.anonymous")
          ) : (
            <>
              <bdi lang={dataLang(locale)}>{reporter}</bdi>
              <span className="cqs-visually-hidden"> ({t("thread.header.masked")})</span>
            </>
          )}
        </Fact>
        <Fact name="location" label={t("thread.header.location")}>
          {address === undefined ? unknown : <UserText as="span" text={address} newTabHint={newTab} />}
        </Fact>
        {rating !== undefined || status === "resolved" || status === "closed" ? (
          <Fact name="rating" label={t("thread.header.rating")}>
            <span
              className="cqs-complaint-thread__rating"
              data-rating={rating === undefined ? "none" : isFeedbackRating(rating) ? rating : "unknown"}
              data-low={isLowFeedbackRating(rating) || undefined}
            >
              {rating === undefined ? t("thread.header.notRated") : ratingText(rating, locale)}
            </span>
          </Fact>
        ) : null}
      </dl>
      {str(feedback.description) === undefined ? null : (
        <div className="cqs-complaint-thread__description">
          <p className="cqs-complaint-thread__description-label">{t("thread.header.description")}</p>
          <UserText
            className="cqs-complaint-thread__body"
            text={feedback.description as string}
            newTabHint={newTab}
          />
        </div>
      )}
    </header>
  );
}
