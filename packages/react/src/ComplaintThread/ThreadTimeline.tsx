import {
  FEEDBACK_ACTIVITY_LABELS,
  FEEDBACK_ENTRY_TYPE_LABELS,
  FEEDBACK_STATUS_LABELS,
  labelOf,
} from "@chinhquyenso/core";
import { memo, type ReactNode, useMemo } from "react";
import type { Translate } from "../i18n/translator";
import { useTranslator } from "../i18n/useTranslator";
import { fileSize } from "../internal/fileSize";
import type { Locale } from "../provider/context";
import { useLocale } from "../provider/hooks";
import { dateTimeOrUndefined, ratingText } from "./format";
import { safeResourceUrl } from "./linkify";
import { type ThreadMessageKey, threadMessages } from "./messages";
import type { TimelineItem } from "./timeline";
import type { AttachmentUrlResolver, ThreadAttachment } from "./types";
import { UserText } from "./UserText";
import type { ComplaintThreadState } from "./useComplaintThread";
import { timelinePageSize, useTimelinePages } from "./useTimelinePages";
import { type TimelineWindow, useTimelineWindow } from "./useTimelineWindow";

type T = Translate<ThreadMessageKey>;

interface EntryProps {
  item: TimelineItem;
  t: T;
  locale: Locale;
  attachmentUrl: AttachmentUrlResolver | undefined;
}

function When({ item, t }: { item: TimelineItem; t: T }) {
  const text = dateTimeOrUndefined(item.at);
  return text === undefined ? (
    <span className="cqs-complaint-thread__time">{t("thread.entry.unknownTime")}</span>
  ) : (
    <time className="cqs-complaint-thread__time" dateTime={item.at}>
      {text}
    </time>
  );
}

function Attachments({ item, t, locale, attachmentUrl }: EntryProps) {
  if (item.attachments.length === 0) return null;
  const hint = t("thread.link.newTab");
  const urlOf = (file: ThreadAttachment) => {
    try {
      return safeResourceUrl(attachmentUrl?.(file, item.entry));
    } catch {
      return undefined;
    }
  };
  return (
    <ul className="cqs-complaint-thread__attachments" aria-label={t("thread.attachments.label")}>
      {item.attachments.map((file) => {
        const name = file.name.trim() === "" ? t("thread.attachments.unnamed") : file.name;
        const size = fileSize(file.size, locale);
        const url = urlOf(file);
        const image = file.contentType.startsWith("image/") && url !== undefined;
        const alt = file.alt?.trim() ? file.alt : t("thread.attachments.imageAlt", { name });
        return (
          <li key={file.id} className="cqs-complaint-thread__attachment" data-kind={image ? "image" : "file"}>
            {image ? (
              <a
                href={url}
                target="_blank"
                rel="noopener noreferrer"
                className="cqs-complaint-thread__image-link"
              >
                <img
                  src={url}
                  alt={alt}
                  loading="lazy"
                  decoding="async"
                  className="cqs-complaint-thread__image"
                />
              </a>
            ) : null}
            <span className="cqs-complaint-thread__file">
              {url !== undefined && !image ? (
                <a href={url} target="_blank" rel="noopener noreferrer">
                  <bdi className="cqs-complaint-thread__file-name">{name}</bdi>
                  <span className="cqs-visually-hidden"> {hint}</span>
                </a>
              ) : (
                <bdi className="cqs-complaint-thread__file-name">{name}</bdi>
              )}
              {size === undefined ? null : <span className="cqs-complaint-thread__file-size">{size}</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** A `rated` entry: its structured `rating` with the body as the citizen's comment ("Hài lòng (4/5) — Cảm ơn"). */
function ratedText(item: TimelineItem, t: T, locale: Locale): string {
  const structured = (item.entry as { rating?: unknown }).rating;
  if (structured === undefined || structured === null || structured === "") return item.body;
  const rating = ratingText(structured, locale);
  const comment = item.body.trim();
  return comment ? t("thread.entry.ratingComment", { rating, comment }) : rating;
}

function Activity({ item, t, locale }: EntryProps) {
  const label = item.activity === undefined ? "" : labelOf(FEEDBACK_ACTIVITY_LABELS, item.activity, locale);
  const detail =
    item.activity === "status_changed" && item.toStatus !== undefined
      ? t("thread.entry.statusChange", {
          from:
            item.fromStatus === undefined ? "?" : labelOf(FEEDBACK_STATUS_LABELS, item.fromStatus, locale),
          to: labelOf(FEEDBACK_STATUS_LABELS, item.toStatus, locale),
        })
      : item.activity === "rated"
        ? ratedText(item, t, locale)
        : item.body;
  return (
    <p className="cqs-complaint-thread__activity">
      <When item={item} t={t} />
      <bdi className="cqs-complaint-thread__author">{item.authorName ?? t("thread.entry.unknownAuthor")}</bdi>
      <span className="cqs-complaint-thread__activity-text">
        <span className="cqs-complaint-thread__activity-label">{label}</span>
        {label && detail ? ": " : null}
        {detail ? <UserText as="span" text={detail} newTabHint={t("thread.link.newTab")} /> : null}
      </span>
    </p>
  );
}

function Message(props: EntryProps) {
  const { item, t, locale } = props;
  const sending = item.delivery === "sending";
  const label =
    item.kind === "unknown"
      ? item.rawType === ""
        ? t("thread.entry.unreadable")
        : t("thread.entry.unknownType", { type: item.rawType })
      : labelOf(FEEDBACK_ENTRY_TYPE_LABELS, item.kind, locale);
  return (
    <article className="cqs-complaint-thread__message">
      <p className="cqs-complaint-thread__meta">
        <span className="cqs-complaint-thread__entry-label">{label}</span>
        <bdi className="cqs-complaint-thread__author">
          {sending ? t("thread.entry.you") : (item.authorName ?? t("thread.entry.unknownAuthor"))}
        </bdi>
        {sending ? (
          <span className="cqs-complaint-thread__delivery">{t("thread.entry.sending")}</span>
        ) : (
          <When item={item} t={t} />
        )}
      </p>
      {item.kind === "internal_note" ? (
        <p className="cqs-complaint-thread__internal-hint">{t("thread.entry.internalHint")}</p>
      ) : null}
      {item.body ? (
        <UserText
          className="cqs-complaint-thread__body"
          text={item.body}
          newTabHint={t("thread.link.newTab")}
        />
      ) : null}
      <Attachments {...props} />
    </article>
  );
}

interface PositionedEntryProps extends EntryProps {
  /** 1-based position in the whole thread and its length: "item 471 of 500" while earlier ones are hidden. */
  position: number;
  setSize: number;
  /** Windowed lists: the entry's index among the shown ones, its offset in the list and its measuring ref. */
  index?: number | undefined;
  offset?: number | undefined;
  measure?: TimelineWindow["measureElement"] | undefined;
}

/**
 * One timeline entry; re-renders only when its entry, delivery, position or locale changes (not on every
 * keystroke). Focusable from script only: revealing earlier entries moves focus to the first of them.
 */
const Entry = /* @__PURE__ */ memo(
  function Entry({ position, setSize, index, offset, measure, ...props }: PositionedEntryProps) {
    const { item } = props;
    return (
      <li
        ref={measure}
        data-index={index}
        style={offset === undefined ? undefined : { transform: `translateY(${offset}px)` }}
        className="cqs-complaint-thread__entry"
        data-entry-type={item.kind}
        data-delivery={item.delivery}
        data-entry-key={item.key}
        aria-busy={item.delivery === "sending" ? true : undefined}
        aria-posinset={position}
        aria-setsize={setSize}
        tabIndex={-1}
      >
        {item.kind === "activity" ? <Activity {...props} /> : <Message {...props} />}
      </li>
    );
  },
  (previous, next) =>
    previous.item.entry === next.item.entry &&
    previous.item.delivery === next.item.delivery &&
    previous.item.key === next.item.key &&
    previous.position === next.position &&
    previous.setSize === next.setSize &&
    previous.index === next.index &&
    previous.offset === next.offset &&
    previous.measure === next.measure &&
    previous.t === next.t &&
    previous.locale === next.locale &&
    previous.attachmentUrl === next.attachmentUrl,
);

/** A windowed list's scroll box: named, and focusable so that keyboard users scroll it with the arrow keys. */
function ScrollBox({ label, view, children }: { label: string; view: TimelineWindow; children: ReactNode }) {
  return (
    <section
      className="cqs-complaint-thread__viewport"
      ref={view.scrollRef}
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the scroller must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      onFocus={view.onFocus}
      onBlur={view.onBlur}
      onKeyDown={view.onKeyDown}
    >
      {children}
    </section>
  );
}

export interface ComplaintThreadTimelineProps {
  thread: ComplaintThreadState;
  /** Where attachments can be opened (the contract has no download for feedback files: the app decides). */
  attachmentUrl?: AttachmentUrlResolver | undefined;
  /** The failure of the thread's own request (the header may still be fine). */
  error?: ReactNode;
  /** The entries are still loading: rows of skeleton instead of the empty message. */
  loading?: boolean | undefined;
  /** Moves focus to the composer's message (the skip link); absent when there is no composer. */
  onSkipToComposer?: (() => void) | undefined;
  headingLevel?: 3 | 4 | 5 | 6 | undefined;
  /**
   * How many of the most recent entries are shown at first, and how many more each "Show earlier updates"
   * reveals. Default 30; `Infinity` shows every entry; anything not ≥ 1 counts as the default.
   */
  pageSize?: number | undefined;
}

/**
 * The thread's entries, oldest first, as an ordered list (a screen reader hears "item 3 of 40"). Long threads
 * show their most recent page with a button above it that reveals earlier pages; beyond WINDOW_ABOVE shown
 * entries the list scrolls in a box of its own and renders only what is near its viewport.
 */
export function ComplaintThreadTimeline({
  thread,
  attachmentUrl,
  error,
  loading = false,
  onSkipToComposer,
  headingLevel = 3,
  pageSize,
}: ComplaintThreadTimelineProps) {
  const t = useTranslator(threadMessages);
  const locale = useLocale();
  const Heading = `h${headingLevel}` as const;
  const { items, ids, audience } = thread;
  const pages = useTimelinePages(items, timelinePageSize(pageSize));
  const { start, nextCount } = pages;
  const shown = useMemo(() => items.slice(start), [items, start]);
  const keys = useMemo(() => shown.map((item) => item.key), [shown]);
  const view = useTimelineWindow(keys, pages.focusKey);
  const list = (
    <ol
      className="cqs-complaint-thread__timeline"
      aria-labelledby={ids.timeline}
      ref={pages.listRef}
      data-windowed={view.windowed ? "" : undefined}
      style={view.windowed ? { height: view.totalSize } : undefined}
    >
      {view.rows.map(({ index, start: offset }) => {
        const item = shown[index];
        return item === undefined ? null : (
          <Entry
            key={item.key}
            item={item}
            t={t}
            locale={locale}
            attachmentUrl={attachmentUrl}
            position={start + index + 1}
            setSize={items.length}
            {...(view.windowed ? { index, offset, measure: view.measureElement } : {})}
          />
        );
      })}
    </ol>
  );
  return (
    <div className="cqs-complaint-thread__timeline-section">
      <Heading id={ids.timeline} className="cqs-complaint-thread__section-title">
        {t("thread.timeline.label")}
        {loading ? null : (
          <span className="cqs-complaint-thread__count">
            {" "}
            ({t("thread.timeline.count", { count: items.length })})
          </span>
        )}
      </Heading>
      {onSkipToComposer && items.length > 0 ? (
        <button type="button" className="cqs-complaint-thread__skip" onClick={onSkipToComposer}>
          {t("thread.timeline.skipToComposer")}
        </button>
      ) : null}
      {error}
      {loading && !error ? (
        <div className="cqs-complaint-thread__skeleton" aria-busy="true">
          <p className="cqs-visually-hidden" role="status">
            {t("thread.timeline.loading")}
          </p>
          {[0, 1, 2].map((row) => (
            <span key={row} className="cqs-skeleton" data-size="entry" />
          ))}
        </div>
      ) : null}
      {items.length === 0 && !error && !loading ? (
        <p className="cqs-complaint-thread__empty">
          {t(audience === "staff" ? "thread.timeline.emptyStaff" : "thread.timeline.emptyCitizen")}
        </p>
      ) : null}
      {nextCount > 0 ? (
        <button type="button" className="cqs-complaint-thread__earlier" onClick={pages.showEarlier}>
          {nextCount === 1
            ? t("thread.timeline.showEarlierOne")
            : t("thread.timeline.showEarlier", { count: nextCount })}
        </button>
      ) : null}
      {items.length === 0 ? null : view.windowed ? (
        <ScrollBox label={t("thread.timeline.scrollBox", { count: items.length })} view={view}>
          {list}
        </ScrollBox>
      ) : (
        list
      )}
      <p className="cqs-visually-hidden" role="status">
        {pages.revealed === 0 ? "" : t("thread.timeline.revealed", { count: pages.revealed })}
      </p>
    </div>
  );
}
