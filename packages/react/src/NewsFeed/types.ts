export type NewsCategoryValue = "news" | "reference";

/** An article as the feed needs it; the client's `NewsArticle` fits as is. */
export interface NewsItem {
  id: string;
  /** `news` (tin tức) or `reference` (tin tham khảo); an unknown value shows as its raw code. */
  category?: string | undefined;
  title: string;
  summary?: string | undefined;
  /** http(s) or a same-site path; anything else is not shown. */
  imageUrl?: string | null | undefined;
  /** Text alternative of the image; without it the image is decorative (the title says what it is about). */
  imageAlt?: string | undefined;
  source?: string | undefined;
  /** ISO date-time. */
  publishedAt?: string | undefined;
}
