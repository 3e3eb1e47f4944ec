export type NewsCategoryValue = "news" | "reference";

/** An article as the feed needs it; the client's `NewsArticle` fits as is. */
export interface NewsItem {
  id: string;
  /** `news` (tin tức) or `reference` (tin tham khảo); an unknown value shows as its raw code. */
  category?: string | undefined;
  title: string;
  summary?: string | undefined;
  /** The article's page (absolute http(s)): its title links there unless `getArticleHref` is given. */
  url?: string | undefined;
  /** http(s) or a same-site path; anything else is not shown. */
  imageUrl?: string | null | undefined;
  /**
   * Text alternative of the image; `""`, null or absent: the image is decorative (the title says what it is
   * about). `getImageAlt` overrides it.
   */
  imageAlt?: string | null | undefined;
  source?: string | undefined;
  /** ISO date-time. */
  publishedAt?: string | undefined;
}
