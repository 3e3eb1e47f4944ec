// The virtual window of a grid whose rows all have one height: which rows to render, worked out from the
// scroll offset by arithmetic. Nothing is kept per row, so mounting 100,000 rows costs what mounting 100 does
// (a general virtualiser builds and keys a measurement for every row on each change of count or size).
import { type RefObject, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";

export interface RowWindowItem {
  index: number;
  /** Offset of the row's top in the scroll content, the sticky header included (`scrollMargin`). */
  start: number;
}

export interface RowWindowOptions {
  count: number;
  rowHeight: number;
  /** Content above the first row, inside the scroller (the sticky header). */
  scrollMargin: number;
  scrollRef: RefObject<HTMLElement | null>;
  /** Rows rendered beyond each edge of the viewport. */
  overscan: number;
  /** Viewport height assumed until the scroller is measured (server rendering, hidden containers). */
  initialHeight: number;
  /** An index that must stay rendered even when scrolled away (the focused row), or -1. */
  keep: number;
}

export interface RowWindow {
  items: RowWindowItem[];
  totalSize: number;
  /** Scrolls the least needed for the row to be fully visible below the sticky header. */
  scrollToIndex(index: number): void;
  scrollToOffset(offset: number): void;
}

interface Viewport {
  offset: number;
  height: number;
}

const useIsomorphicLayoutEffect = typeof document === "undefined" ? useEffect : useLayoutEffect;

/** First and last rendered index for a viewport, overscan included ([0, -1] when there are no rows). */
export function rowRange(
  viewport: Viewport,
  count: number,
  rowHeight: number,
  scrollMargin: number,
  overscan: number,
): [number, number] {
  if (count <= 0 || rowHeight <= 0) return [0, -1];
  const top = Math.max(0, viewport.offset - scrollMargin);
  const first = Math.min(count - 1, Math.floor(top / rowHeight));
  const last = Math.min(count - 1, Math.ceil((top + Math.max(0, viewport.height)) / rowHeight) - 1);
  return [Math.max(0, first - overscan), Math.min(count - 1, Math.max(first, last) + overscan)];
}

export function useRowWindow(options: RowWindowOptions): RowWindow {
  const { count, rowHeight, scrollMargin, scrollRef, overscan, initialHeight, keep } = options;
  const [viewport, setViewport] = useState<Viewport>({ offset: 0, height: initialHeight });
  const geometry = useRef({ rowHeight, scrollMargin, overscan, count });
  geometry.current = { rowHeight, scrollMargin, overscan, count };

  // Follow the scroller (it appears once there are rows): scroll offset and height. A scroll re-renders only
  // when the rendered range changes, and synchronously, so that a frame never paints an empty window.
  const subscribed = useRef<HTMLElement | null>(null);
  const cleanup = useRef<(() => void) | null>(null);
  useIsomorphicLayoutEffect(() => {
    const element = scrollRef.current;
    if (element === subscribed.current) return;
    cleanup.current?.();
    cleanup.current = null;
    subscribed.current = element;
    if (!element) return;
    const read = (sync: boolean) => {
      const next = { offset: element.scrollTop, height: element.clientHeight || initialHeight };
      const update = () =>
        setViewport((current) => {
          const { rowHeight: h, scrollMargin: m, overscan: o, count: n } = geometry.current;
          const [a, b] = rowRange(current, n, h, m, o);
          const [c, d] = rowRange(next, n, h, m, o);
          return a === c && b === d && current.height === next.height ? current : next;
        });
      if (sync) flushSync(update);
      else update();
    };
    read(false);
    const onScroll = () => read(true);
    element.addEventListener("scroll", onScroll, { passive: true });
    const resize = typeof ResizeObserver === "function" ? new ResizeObserver(() => read(false)) : undefined;
    resize?.observe(element);
    cleanup.current = () => {
      element.removeEventListener("scroll", onScroll);
      resize?.disconnect();
    };
  });
  useEffect(
    () => () => {
      cleanup.current?.();
      cleanup.current = null;
      subscribed.current = null;
    },
    [],
  );

  const [first, last] = rowRange(viewport, count, rowHeight, scrollMargin, overscan);
  const items: RowWindowItem[] = [];
  if (keep >= 0 && keep < first && keep < count)
    items.push({ index: keep, start: scrollMargin + keep * rowHeight });
  for (let index = first; index <= last; index++)
    items.push({ index, start: scrollMargin + index * rowHeight });
  if (keep > last && keep < count) items.push({ index: keep, start: scrollMargin + keep * rowHeight });

  const scrollToOffset = useCallback(
    (offset: number) => {
      const element = scrollRef.current;
      if (element) element.scrollTop = offset;
    },
    [scrollRef],
  );
  const scrollToIndex = useCallback(
    (index: number) => {
      const element = scrollRef.current;
      if (!element) return;
      const { rowHeight: h, scrollMargin: m } = geometry.current;
      const height = element.clientHeight || initialHeight;
      const top = m + index * h;
      // The sticky header (scrollMargin high) covers the top of the viewport.
      if (top - m < element.scrollTop) element.scrollTop = top - m;
      else if (top + h > element.scrollTop + height) element.scrollTop = top + h - height;
    },
    [scrollRef, initialHeight],
  );

  return { items, totalSize: Math.max(0, count) * rowHeight, scrollToIndex, scrollToOffset };
}
