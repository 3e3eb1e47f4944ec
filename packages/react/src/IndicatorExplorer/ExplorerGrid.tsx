import { FRESHNESS_LABELS, labelOf, THRESHOLD_STATE_LABELS } from "@chinhquyenso/core";
import { elementScroll, observeElementRect, useVirtualizer, type Virtualizer } from "@tanstack/react-virtual";
import { memo, useRef } from "react";
import type { Translate } from "../i18n/translator";
import { formatNumber, formatPeriod, Sparkline, withUnit } from "../internal/charts";
import { safeDate } from "../internal/dates";
import type { Locale } from "../provider/context";
import type { ExplorerRow } from "./explorerRows";
import type { indicatorExplorerMessages } from "./messages";
import type { IndicatorExplorerState } from "./useIndicatorExplorer";

type Key = keyof (typeof indicatorExplorerMessages)["vi"];

/** One row's height in px (the --cqs-explorer-row-height of the stylesheet): constant, so nothing is measured. */
export const ROW_HEIGHT = 56;
/** Viewport assumed before the scroller is measured (server rendering, first paint). */
const INITIAL_HEIGHT = 560;

const GridRow = memo(function GridRow({
  row,
  rowIndex,
  selected,
  disabled,
  onToggle,
  t,
  locale,
}: {
  row: ExplorerRow;
  rowIndex: number;
  selected: boolean;
  disabled: boolean;
  onToggle: (code: string) => void;
  t: Translate<Key>;
  locale: Locale;
}) {
  const { indicator } = row;
  const unit = typeof indicator.unit === "string" ? indicator.unit : "";
  const recent = Array.isArray(indicator.recentValues) ? indicator.recentValues : [];
  return (
    <tr
      aria-rowindex={rowIndex + 2}
      aria-selected={selected}
      data-state={row.state}
      data-freshness={row.freshness}
    >
      <td>
        <input
          type="checkbox"
          checked={selected}
          disabled={disabled && !selected}
          onChange={() => onToggle(indicator.code)}
          aria-label={t("explorer.select", { name: indicator.name })}
        />
      </td>
      <th scope="row" className="cqs-explorer__name">
        <span className="cqs-explorer__clip">{indicator.name}</span>
        <span className="cqs-explorer__code">{indicator.code}</span>
      </th>
      <td className="cqs-explorer__clip-cell">{row.fieldName}</td>
      <td className="cqs-explorer__number">
        {row.value === null ? (
          t("explorer.noValue")
        ) : (
          <>
            {withUnit(formatNumber(row.value, locale), unit)}
            {indicator.periodLabel ? (
              <span className="cqs-explorer__code">
                {formatPeriod(indicator.periodLabel, locale, "short")}
              </span>
            ) : null}
          </>
        )}
      </td>
      <td className="cqs-explorer__number">
        {row.target === null ? t("explorer.noTarget") : withUnit(formatNumber(row.target, locale), unit)}
      </td>
      <td>
        <span className="cqs-explorer__state" data-state={row.state}>
          {labelOf(THRESHOLD_STATE_LABELS, row.state, locale)}
        </span>
      </td>
      <td>
        {recent.length > 1 ? <Sparkline values={recent} target={row.target} width={96} height={28} /> : null}
      </td>
      <td className="cqs-explorer__clip-cell">{indicator.sourceAgency || t("explorer.noSource")}</td>
      <td>
        {indicator.updatedAt ? safeDate(indicator.updatedAt) : "—"}
        {row.freshness === "stale" ? (
          <span className="cqs-explorer__stale">{labelOf(FRESHNESS_LABELS, "stale", locale)}</span>
        ) : null}
      </td>
    </tr>
  );
});

/**
 * TanStack's `observeElementRect` without its first synchronous read: reading the scroller's size while mounting
 * makes the browser lay the page out inside the first render's task (80 ms of it on a busy machine, per a CPU
 * profile). The ResizeObserver's first report comes after layout; `initialRect` stands in until then.
 */
function observeRectAfterLayout(
  instance: Virtualizer<HTMLElement, Element>,
  report: (rect: { width: number; height: number }) => void,
) {
  const element = instance.scrollElement;
  const Observer = instance.targetWindow?.ResizeObserver;
  if (!element || !Observer) return observeElementRect(instance, report);
  const observer = new Observer(() => report({ width: element.clientWidth, height: element.clientHeight }));
  observer.observe(element, { box: "content-box" });
  return () => observer.unobserve(element);
}

/** Scrollers that have had a scroll position written (see `scrollOnceMoved`). */
const written = new WeakSet<Element>();

/**
 * TanStack's `elementScroll` without the write it makes when it attaches to a new scroller: it writes the offset it
 * holds (0), which a new element already has, and `scrollTo` makes the browser lay the page out inside the first
 * render's task (45 ms of it on a busy machine, per a CPU profile). Every later write goes through.
 */
function scrollOnceMoved(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  instance: Virtualizer<HTMLElement, Element>,
) {
  const element = instance.scrollElement;
  if (element && !written.has(element)) {
    written.add(element);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
}

/** Stands for the rows out of view, so the scrollbar has the whole list's height; holds nothing to read. */
function Spacer({ height }: { height: number }) {
  if (height <= 0) return null;
  // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty row, never focusable
  return <tr aria-hidden="true" className="cqs-explorer__spacer" style={{ height }} />;
}

/** The grid: a real table (row and column headers) whose body renders only the rows in view. */
export function ExplorerGrid({
  state,
  t,
  locale,
  caption,
}: {
  state: IndicatorExplorerState;
  t: Translate<Key>;
  locale: Locale;
  caption: string;
}) {
  const scrollRef = useRef<HTMLElement>(null);
  const virtualizer = useVirtualizer({
    count: state.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 0, height: INITIAL_HEIGHT },
    observeElementRect: observeRectAfterLayout,
    scrollToFn: scrollOnceMoved,
    // The header row sits inside the scroller, above the body.
    scrollMargin: ROW_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const before = first ? first.start - ROW_HEIGHT : 0;
  const after = last ? virtualizer.getTotalSize() - (last.end - ROW_HEIGHT) : 0;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the scroller must be reachable by keyboard (WCAG 2.1.1)
    <section ref={scrollRef} className="cqs-explorer__scroller" tabIndex={0} aria-label={caption}>
      <table
        className="cqs-explorer__grid"
        aria-rowcount={state.rows.length + 1}
        aria-busy={state.preparing || undefined}
      >
        <caption className="cqs-visually-hidden">{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t("explorer.col.select")}</th>
            <th scope="col">{t("explorer.col.indicator")}</th>
            <th scope="col">{t("explorer.col.field")}</th>
            <th scope="col">{t("explorer.col.value")}</th>
            <th scope="col">{t("explorer.col.target")}</th>
            <th scope="col">{t("explorer.col.state")}</th>
            <th scope="col">{t("explorer.col.trend")}</th>
            <th scope="col">{t("explorer.col.source")}</th>
            <th scope="col">{t("explorer.col.freshness")}</th>
          </tr>
        </thead>
        <tbody>
          {/* A long list's rows follow the first paint: their room is kept, so nothing below moves. */}
          <Spacer height={state.preparing ? INITIAL_HEIGHT - ROW_HEIGHT : before} />
          {items.map((item) => {
            const row = state.rows[item.index];
            if (!row) return null;
            return (
              <GridRow
                key={row.indicator.code}
                row={row}
                rowIndex={item.index}
                selected={state.isSelected(row.indicator.code)}
                disabled={state.boardFull}
                onToggle={state.toggle}
                t={t}
                locale={locale}
              />
            );
          })}
          <Spacer height={after} />
        </tbody>
      </table>
    </section>
  );
}
