export * from "./boundary";
export * from "./IndicatorCard";
export * from "./IndicatorTrend";
export * from "./i18n";
export * from "./OnTimeRate";
export * from "./provider";
export * from "./TimelinessBadge";
export * from "./theme";
