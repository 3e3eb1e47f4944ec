import { useControllableState } from "@radix-ui/react-use-controllable-state";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslator } from "../i18n/useTranslator";
import { safeDate } from "../internal/dates";
import { newsFeedMessages } from "./messages";
import { safeUrl } from "./safe-url";
import type { NewsCategoryValue, NewsItem } from "./types";

export interface UseNewsFeedOptions {
  articles: readonly NewsItem[];
  category?: NewsCategoryValue | undefined;
  defaultCategory?: NewsCategoryValue | undefined;
  onCategoryChange?: ((category: NewsCategoryValue) => void) | undefined;
  /**
   * The link of an article, instead of its `url`; only http(s) URLs and same-site paths are used (undefined:
   * no link, the title becomes a button).
   */
  getArticleHref?: ((article: NewsItem) => string | undefined) | undefined;
  /** The image's text alternative, instead of the article's `imageAlt` (`""`: decorative). */
  getImageAlt?: ((article: NewsItem) => string | undefined) | undefined;
}

export interface NewsFeedEntry {
  article: NewsItem;
  /**
   * The article from the wire is not an object or has no title (`null`, a number, a broken record): it is
   * shown as one marked row, so the rest of the feed still renders.
   */
  invalid: boolean;
  id: string;
  title: string;
  summary: string;
  /** `20/01/2026`, or the value as written when it is not a date; null when absent. */
  dateText: string | null;
  /** For `<time dateTime>`: only a value that parses. */
  dateTime: string | undefined;
  source: string | null;
  href: string | undefined;
  imageSrc: string | undefined;
  imageAlt: string;
  categoryLabel: string;
}

const KNOWN = ["news", "reference"] as const;

const textOrEmpty = (value: unknown) => (typeof value === "string" ? value : "");

/** An article worth rendering: an object with a title (the one field a row cannot do without). */
function isReadable(article: unknown): article is NewsItem {
  if (typeof article !== "object" || article === null || Array.isArray(article)) return false;
  const { title } = article as { title?: unknown };
  return typeof title === "string" && title.trim() !== "";
}

function invalidEntry(article: unknown, index: number): NewsFeedEntry {
  return {
    article: article as NewsItem,
    invalid: true,
    id: `invalid-${index}`,
    title: "",
    summary: "",
    dateText: null,
    dateTime: undefined,
    source: null,
    href: undefined,
    imageSrc: undefined,
    imageAlt: "",
    categoryLabel: "",
  };
}

/** Headless state of the feed: the active category, entries made safe to render, the "loaded more" message. */
export function useNewsFeed(options: UseNewsFeedOptions) {
  const t = useTranslator(newsFeedMessages);
  const [category, setCategory] = useControllableState<NewsCategoryValue>({
    prop: options.category,
    defaultProp: options.defaultCategory ?? "news",
    onChange: options.onCategoryChange,
    caller: "NewsFeed",
  });
  const { articles, getArticleHref, getImageAlt } = options;
  const entries = useMemo(
    () =>
      articles.map((article: unknown, index): NewsFeedEntry => {
        if (!isReadable(article)) return invalidEntry(article, index);
        const date = typeof article.publishedAt === "string" ? article.publishedAt : undefined;
        const dateText = date ? safeDate(date) : null;
        const kind = String(article.category ?? "");
        return {
          article,
          invalid: false,
          // A missing or repeated id must not collapse rows: the position disambiguates.
          id:
            typeof article.id === "string" || typeof article.id === "number"
              ? `${article.id}`
              : `row-${index}`,
          title: String(article.title ?? ""),
          summary: typeof article.summary === "string" ? article.summary : "",
          dateText,
          dateTime: date && dateText !== date ? date : undefined,
          source: typeof article.source === "string" && article.source ? article.source : null,
          href: safeUrl(getArticleHref ? getArticleHref(article) : article.url),
          imageSrc: safeUrl(article.imageUrl),
          imageAlt: textOrEmpty(getImageAlt ? getImageAlt(article) : article.imageAlt),
          categoryLabel: (KNOWN as readonly string[]).includes(kind)
            ? t(`news.category.${kind as NewsCategoryValue}`)
            : kind,
        };
      }),
    [articles, getArticleHref, getImageAlt, t],
  );

  // Announce what "Xem thêm" brought, once the list has grown (not on the first load, not on a tab change).
  const [announcement, setAnnouncement] = useState("");
  const previous = useRef({ category, count: entries.length });
  useEffect(() => {
    const before = previous.current;
    if (before.category === category && before.count > 0 && entries.length > before.count) {
      setAnnouncement(t("news.loaded", { count: entries.length - before.count }));
    }
    previous.current = { category, count: entries.length };
  }, [category, entries.length, t]);

  return { category, setCategory, entries, announcement, categories: KNOWN };
}
