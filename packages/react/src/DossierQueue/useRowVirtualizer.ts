// The grid's virtual window, on @tanstack/react-virtual, configured for rows that all have one height (the
// --cqs-row-height token): a constant estimate and no per-row measurement, so nothing touches the DOM per row.
import { defaultRangeExtractor, type Range, useVirtualizer } from "@tanstack/react-virtual";
import { type RefObject, useCallback, useMemo } from "react";

/** A rendered row: its index and the offset of its top in the scroll content (sticky header included). */
export interface RowWindowItem {
  index: number;
  start: number;
}

export interface RowVirtualizerOptions {
  count: number;
  rowHeight: number;
  /** Content above the first row, inside the scroller (the sticky header, one row high). */
  scrollMargin: number;
  scrollRef: RefObject<HTMLElement | null>;
  /** Rows rendered beyond each edge of the viewport. */
  overscan: number;
  /** Viewport height assumed until the scroller is measured (server rendering, first paint). */
  initialHeight: number;
  /** An index that must stay rendered even when scrolled away (the focused row), or -1. */
  keep: number;
}

export interface RowVirtualizer {
  items: RowWindowItem[];
  totalSize: number;
  /**
   * Scrolls the least needed for the row to be fully visible below the sticky header ("auto"), or puts it in the
   * middle ("center": coming back to a row, it stays in view if the grid's height changes).
   */
  scrollToIndex(index: number, align?: "auto" | "center"): void;
  scrollToOffset(offset: number): void;
}

// The virtualizer's keys only address its size cache, which rows of one height never fill (no measureElement);
// React keys come from the dossier codes in QueueGrid. A key by index is stable across renders and row arrays,
// so a new rows array of the same length (a re-sort, a refresh) does not recompute every offset.
const keyByIndex = (index: number) => index;

export function useRowVirtualizer(options: RowVirtualizerOptions): RowVirtualizer {
  const { count, rowHeight, scrollMargin, scrollRef, overscan, initialHeight, keep } = options;
  const estimateSize = useCallback(() => rowHeight, [rowHeight]);
  const getScrollElement = useCallback(() => scrollRef.current, [scrollRef]);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (keep >= 0 && keep < range.count && !indexes.includes(keep)) {
        indexes.push(keep);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [keep],
  );
  const initialRect = useMemo(() => ({ width: 1024, height: initialHeight }), [initialHeight]);

  // On the server only the first window is rendered: the virtualizer gets just enough rows to lay it out
  // (the same window the browser's first render computes from initialRect), so server rendering costs the
  // same at 100 and at 100,000 rows instead of one offset per row.
  const serverCount = Math.min(count, Math.ceil(initialHeight / rowHeight) + overscan + 2);
  const virtualizer = useVirtualizer({
    count: typeof window === "undefined" ? serverCount : count,
    getScrollElement,
    estimateSize,
    overscan,
    scrollMargin,
    // The sticky header covers the top of the viewport: scrolling to a row keeps it below the header.
    scrollPaddingStart: scrollMargin,
    initialRect,
    getItemKey: keyByIndex,
    rangeExtractor,
  });

  // Offsets are cached from the estimate, keyed on count and scrollMargin (not estimateSize): when the row
  // height token is measured, the header height (scrollMargin) changes with it and the offsets are rebuilt.
  // Were they ever decoupled, a height change would need `virtualizer.measure()`.

  const virtualItems = virtualizer.getVirtualItems();
  const items = useMemo(
    () => virtualItems.map((item) => ({ index: item.index, start: item.start })),
    [virtualItems],
  );
  const scrollToIndex = useCallback(
    (index: number, align: "auto" | "center" = "auto") => virtualizer.scrollToIndex(index, { align }),
    [virtualizer],
  );
  const scrollToOffset = useCallback((offset: number) => virtualizer.scrollToOffset(offset), [virtualizer]);

  // Rows of one height: the virtualizer's total (count × height) without asking it (it may hold only a window).
  return { items, totalSize: count * rowHeight, scrollToIndex, scrollToOffset };
}
