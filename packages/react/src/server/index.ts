// @chinhquyenso/react/server — what React Server Components can import: display components that need no client
// (no context, no state, no effects), labels and wording, and the prefetch helpers for connected widgets. No
// "use client" directive here, and nothing that creates a context when loaded.

export { indicatorCardMessages } from "../IndicatorCard/messages";
export * from "../i18n/translator";
export type { IndicatorData, IndicatorPoint } from "../internal/indicators/types";
export type { Locale, Theme } from "../provider/context";
export { IndicatorCard, type ServerIndicatorCardProps } from "./IndicatorCard";
export {
  type ComplaintThreadPrefetchOptions,
  type DossierDetailPrefetchOptions,
  type DossierQueuePrefetchOptions,
  prefetchComplaintThread,
  prefetchDossierDetail,
  prefetchDossierQueue,
} from "./prefetch";
export type { ServerWidgetSettings } from "./settings";
export { type ServerTimelinessBadgeProps, TimelinessBadge } from "./TimelinessBadge";
