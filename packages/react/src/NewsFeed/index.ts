export { newsFeedMessages } from "./messages";
export { NewsFeed, type NewsFeedProps } from "./NewsFeed";
export { safeUrl } from "./safe-url";
export type { NewsCategoryValue, NewsItem } from "./types";
export { useNews } from "./useNews";
export { type NewsFeedEntry, type UseNewsFeedOptions, useNewsFeed } from "./useNewsFeed";
