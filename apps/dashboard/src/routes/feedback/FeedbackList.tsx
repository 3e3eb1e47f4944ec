import { FEEDBACK_CHANNEL_LABELS, FEEDBACK_STATUS_LABELS, labelOf } from "@chinhquyenso/core";
import { type Locale, useConnection } from "@chinhquyenso/react";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { Link } from "wouter";
import { dateTimeText } from "../../format";
import { useMessages } from "../../messages";

interface FeedbackListProps {
  locale: Locale;
  selectedId: string | undefined;
  hrefOf(id: string): string;
}

/**
 * The 1022 queue: newest first, 20 a page. Only title, code, status, channel and time: the reporter's contact
 * details stay out of the list (ComplaintThread shows them masked).
 */
export function FeedbackList({ locale, selectedId, hrefOf }: FeedbackListProps) {
  const messages = useMessages();
  const { queries, queryClient } = useConnection("FeedbackList");
  const list = useInfiniteQuery(queries.feedback.listInfinite({ limit: 20 }), queryClient);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  // "Tải thêm" puts focus on the first new item: the button itself goes away after the last page.
  const listRef = useRef<HTMLUListElement>(null);
  const firstNew = useRef<number | null>(null);
  useEffect(() => {
    const index = firstNew.current;
    if (index === null || list.isFetchingNextPage || items.length <= index) return;
    firstNew.current = null;
    listRef.current?.querySelectorAll<HTMLElement>("a")[index]?.focus();
  });

  return (
    <section aria-labelledby="feedback-list" className="feedback-list panel" aria-busy={list.isFetching}>
      <h2 id="feedback-list">{messages.feedbackList}</h2>
      {list.isPending && <p>{messages.loading}</p>}
      {list.isError && (
        <div role="alert">
          {messages.loadFailed}{" "}
          <button type="button" onClick={() => void list.refetch()}>
            {messages.retry}
          </button>
        </div>
      )}
      {list.isSuccess && items.length === 0 && <p>{messages.feedbackEmpty}</p>}
      {items.length > 0 && (
        <ul ref={listRef}>
          {items.map((item) => (
            <li key={item.id} data-status={item.status}>
              <Link href={hrefOf(item.id)} aria-current={item.id === selectedId ? "true" : undefined}>
                <span className="feedback-list__title" lang={locale === "vi" ? undefined : "vi"}>
                  {item.title}
                </span>
                <span className="feedback-list__meta">
                  {item.code} · {labelOf(FEEDBACK_STATUS_LABELS, item.status, locale)} ·{" "}
                  {labelOf(FEEDBACK_CHANNEL_LABELS, item.channel, locale)} · {dateTimeText(item.createdAt)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {list.hasNextPage && (
        <button
          type="button"
          aria-disabled={list.isFetchingNextPage || undefined}
          onClick={() => {
            if (list.isFetchingNextPage) return;
            firstNew.current = items.length;
            void list.fetchNextPage();
          }}
        >
          {list.isFetchingNextPage ? messages.loading : messages.loadMore}
        </button>
      )}
    </section>
  );
}
