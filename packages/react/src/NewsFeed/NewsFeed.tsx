import * as Tabs from "@radix-ui/react-tabs";
import { useControllableState } from "@radix-ui/react-use-controllable-state";
import { type ReactNode, useId, useState } from "react";
import { RetryAlert } from "../boundary/RetryAlert";
import { WidgetBoundary } from "../boundary/WidgetBoundary";
import { commonMessages } from "../i18n/common";
import { useTranslator } from "../i18n/useTranslator";
import type { HeadingLevel } from "../internal/headings";
import { useConnection } from "../provider/hooks";
import { useWidgetRoot } from "../theme/useWidgetRoot";
import { newsFeedMessages } from "./messages";
import type { NewsCategoryValue, NewsItem } from "./types";
import { useNews } from "./useNews";
import { type NewsFeedEntry, useNewsFeed } from "./useNewsFeed";

export interface NewsFeedProps {
  /** Controlled mode: the articles of the active category, newest first. */
  articles?: readonly NewsItem[] | undefined;
  /** Controlled mode: more articles exist; "Xem thêm" calls `onLoadMore`. */
  hasMore?: boolean | undefined;
  onLoadMore?: (() => void) | undefined;
  loadingMore?: boolean | undefined;
  /** Controlled mode: loading more failed (the loaded articles stay; "Xem thêm" retries). */
  loadMoreError?: unknown;
  loading?: boolean | undefined;
  /** Controlled mode: your data failed; a generic message shows (never the error's text) with `onRetry`. */
  error?: unknown;
  onRetry?: (() => void) | undefined;
  /** The active tab: `news` (tin tức) or `reference` (tin tham khảo); controlled or `defaultCategory`. */
  category?: NewsCategoryValue | undefined;
  defaultCategory?: NewsCategoryValue | undefined;
  onCategoryChange?: ((category: NewsCategoryValue) => void) | undefined;
  /** Connected mode: articles per page (default 10). */
  pageSize?: number | undefined;
  /**
   * Where an article's title links to, instead of its `url`; only http(s) URLs and same-site paths become
   * links (undefined: no link).
   */
  getArticleHref?: ((article: NewsItem) => string | undefined) | undefined;
  /** The image's text alternative, instead of the article's `imageAlt` (`""`: decorative). */
  getImageAlt?: ((article: NewsItem) => string | undefined) | undefined;
  /** Called when an article without a link is chosen (its title becomes a button). */
  onArticleSelect?: ((article: NewsItem) => void) | undefined;
  title?: string | undefined;
  headingLevel?: HeadingLevel | undefined;
  className?: string | undefined;
}

interface FeedState {
  articles: readonly NewsItem[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry: (() => void) | undefined;
  hasMore: boolean;
  onLoadMore: (() => void) | undefined;
  loadingMore: boolean;
  loadMoreError: unknown;
}

function Article({
  entry,
  headingLevel,
  onSelect,
}: {
  entry: NewsFeedEntry;
  headingLevel: number;
  onSelect: ((article: NewsItem) => void) | undefined;
}) {
  const t = useTranslator(newsFeedMessages);
  const [imageFailed, setImageFailed] = useState(false);
  const Heading = `h${Math.min(6, headingLevel)}` as "h3";
  if (entry.invalid) {
    // Marked like DossierQueue's invalid row: one unreadable article never takes the feed down.
    return (
      <li className="cqs-news-feed__item" data-invalid="">
        <p className="cqs-news-feed__invalid">{t("news.invalidArticle")}</p>
      </li>
    );
  }
  const title = entry.href ? (
    <a className="cqs-news-feed__link" href={entry.href}>
      {entry.title}
    </a>
  ) : onSelect ? (
    <button type="button" className="cqs-news-feed__link" onClick={() => onSelect(entry.article)}>
      {entry.title}
    </button>
  ) : (
    entry.title
  );
  return (
    <li className="cqs-news-feed__item">
      <article className="cqs-news-feed__article" data-category={entry.article.category}>
        {entry.imageSrc ? (
          // An image that fails to load is hidden rather than shown broken.
          <img
            className="cqs-news-feed__image"
            src={entry.imageSrc}
            alt={entry.imageAlt}
            loading="lazy"
            width={96}
            height={64}
            hidden={imageFailed || undefined}
            onError={() => setImageFailed(true)}
          />
        ) : null}
        <div className="cqs-news-feed__text">
          <Heading className="cqs-news-feed__title">{title}</Heading>
          {entry.summary ? <p className="cqs-news-feed__summary">{entry.summary}</p> : null}
          <p className="cqs-news-feed__meta">
            {entry.dateText ? <time dateTime={entry.dateTime}>{entry.dateText}</time> : null}
            {entry.source ? <span>{t("news.source", { source: entry.source })}</span> : null}
          </p>
        </div>
      </article>
    </li>
  );
}

function FeedList({
  props,
  state,
  entries,
}: {
  props: NewsFeedProps;
  state: FeedState;
  entries: NewsFeedEntry[];
}) {
  const t = useTranslator(newsFeedMessages);
  const level = (props.headingLevel ?? 3) + 1;
  if (state.loading) {
    return (
      <div className="cqs-news-feed__loading" aria-busy="true">
        <span className="cqs-visually-hidden" role="status">
          {t("news.loading")}
        </span>
        {[0, 1, 2].map((line) => (
          <span key={line} className="cqs-skeleton cqs-news-feed__skeleton" />
        ))}
      </div>
    );
  }
  if (state.error) {
    return (
      <RetryAlert
        className="cqs-news-feed__problem"
        message={t("news.error")}
        onRetry={state.onRetry}
        error={state.error}
      />
    );
  }
  if (entries.length === 0) {
    return null;
  }
  return (
    <ul className="cqs-news-feed__list">
      {entries.map((entry) => (
        <Article key={entry.id} entry={entry} headingLevel={level} onSelect={props.onArticleSelect} />
      ))}
    </ul>
  );
}

function FeedBody({ props, state }: { props: NewsFeedProps; state: FeedState }) {
  const t = useTranslator(newsFeedMessages);
  const common = useTranslator(commonMessages);
  const root = useWidgetRoot("cqs-news-feed", props.className);
  const feed = useNewsFeed({ ...props, articles: state.articles ?? [] });
  const titleId = useId();
  const Heading = `h${props.headingLevel ?? 3}` as const;
  const empty = !state.loading && !state.error && feed.entries.length === 0;
  const dataState = state.loading ? "loading" : state.error ? "error" : empty ? "empty" : "ready";
  const more: ReactNode =
    !state.loading && !state.error && (state.hasMore || state.loadMoreError) ? (
      <div className="cqs-news-feed__more">
        {state.loadMoreError ? (
          <p role="alert" className="cqs-news-feed__more-error">
            {t("news.moreError")}
          </p>
        ) : null}
        <button
          type="button"
          className="cqs-button"
          aria-disabled={state.loadingMore || undefined}
          onClick={() => {
            if (!state.loadingMore) state.onLoadMore?.();
          }}
        >
          {state.loadingMore
            ? t("news.loadingMore")
            : state.loadMoreError
              ? common("common.retry")
              : t("news.more")}
        </button>
      </div>
    ) : null;
  return (
    <section {...root} aria-labelledby={titleId} data-state={dataState} data-category={feed.category}>
      <Heading id={titleId} className="cqs-news-feed__heading">
        {props.title ?? t("news.title")}
      </Heading>
      <Tabs.Root
        value={feed.category}
        onValueChange={(value) => feed.setCategory(value as NewsCategoryValue)}
      >
        <Tabs.List className="cqs-news-feed__tabs" aria-label={t("news.categories")}>
          {feed.categories.map((category) => (
            <Tabs.Trigger key={category} className="cqs-news-feed__tab" value={category}>
              {t(`news.category.${category}`)}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {feed.categories.map((category) => (
          <Tabs.Content key={category} value={category} className="cqs-news-feed__panel">
            <FeedList props={props} state={state} entries={feed.entries} />
            {empty ? <p className="cqs-news-feed__empty">{t(`news.empty.${category}`)}</p> : null}
            {more}
          </Tabs.Content>
        ))}
      </Tabs.Root>
      <p className="cqs-visually-hidden" aria-live="polite">
        {feed.announcement}
      </p>
    </section>
  );
}

function ConnectedFeed(props: NewsFeedProps) {
  useConnection("NewsFeed");
  // The category is needed here, above the feed's own hook, to choose what to load.
  const [category, onCategoryChange] = useControllableState<NewsCategoryValue>({
    prop: props.category,
    defaultProp: props.defaultCategory ?? "news",
    onChange: props.onCategoryChange,
    caller: "NewsFeed",
  });
  const query = useNews({ category, limit: props.pageSize ?? 10 });
  const state: FeedState = {
    // A page without an items array adds nothing rather than failing the feed.
    articles: query.data?.pages.flatMap((page) => (Array.isArray(page?.items) ? page.items : [])),
    loading: query.data === undefined && !query.isError,
    // Only a first load that failed replaces the list; a failed refetch or next page keeps what is shown.
    error: query.data === undefined && query.isError ? query.error : undefined,
    onRetry: () => void query.refetch(),
    hasMore: query.hasNextPage,
    onLoadMore: () => void query.fetchNextPage(),
    loadingMore: query.isFetchingNextPage,
    loadMoreError: query.isFetchNextPageError ? query.error : undefined,
  };
  return <FeedBody props={{ ...props, category, onCategoryChange }} state={state} />;
}

function NewsFeedInner(props: NewsFeedProps) {
  if (props.articles || props.loading || props.error) {
    const state: FeedState = {
      articles: props.articles,
      loading: Boolean(props.loading),
      error: props.error,
      onRetry: props.onRetry,
      hasMore: Boolean(props.hasMore),
      onLoadMore: props.onLoadMore,
      loadingMore: Boolean(props.loadingMore),
      loadMoreError: props.loadMoreError,
    };
    return <FeedBody props={props} state={state} />;
  }
  return <ConnectedFeed {...props} />;
}

/**
 * News and reference news in two tabs: title (a link only to http(s) or same-site URLs), summary as plain
 * text, date, source, image with its alternative (or none), and "Xem thêm" for the next page. Controlled
 * (`articles`, `hasMore`, `onLoadMore`) or connected (the news endpoint, cursor pages).
 */
export function NewsFeed(props: NewsFeedProps) {
  const t = useTranslator(newsFeedMessages);
  return (
    <WidgetBoundary widget="NewsFeed" label={t("news.name")}>
      <NewsFeedInner {...props} />
    </WidgetBoundary>
  );
}
