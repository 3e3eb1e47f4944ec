// Long timelines are windowed (issue 18): once more than WINDOW_ABOVE entries are shown, the list becomes a scroll
// box of its own and renders only the entries near its viewport, so mounting 500 shown entries costs about what 50
// cost. TanStack Virtual does the windowing (measured heights, a chat's anchoring: revealing earlier entries keeps
// the reader's place, a new entry is followed when the reader is at the newest). Up to WINDOW_ABOVE the list is
// plain: every entry in the page (find-in-page, no-JS server HTML).
import { defaultRangeExtractor, type Range, useVirtualizer, type Virtualizer } from "@tanstack/react-virtual";
import {
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";

/** Shown entries above which the timeline is windowed (two default pages). */
export const WINDOW_ABOVE = 60;
/** Until measured, an entry is assumed this tall (px; a short reply with its meta line and the gap). */
const ESTIMATED_ENTRY_HEIGHT = 110;
/** The scroll box's height assumed before it is measured (server rendering, the first client render). */
const INITIAL_VIEWPORT_HEIGHT = 640;
/** Entries rendered beyond each edge of the scroll box (keyboard and fast scrolling meet rendered entries). */
const OVERSCAN = 4;

/** A rendered entry: its index among the shown entries and the offset of its top in the list. */
export interface WindowRow {
  index: number;
  start: number;
}

export interface TimelineWindow {
  windowed: boolean;
  /** The entries to render: every shown entry (offset 0) when not windowed. */
  rows: readonly WindowRow[];
  /** The list's height when windowed (entries are positioned in it). */
  totalSize: number;
  /** On the scroll box. */
  scrollRef: RefObject<HTMLElement | null>;
  /** On each rendered entry (with `data-index`): its height is measured, and re-measured when it changes. */
  measureElement: (element: Element | null) => void;
  /** On the scroll box: the focused entry stays rendered while scrolled away, so focus is never dropped. */
  onFocus: (event: FocusEvent<HTMLElement>) => void;
  onBlur: (event: FocusEvent<HTMLElement>) => void;
  /** On the scroll box: Home and End go to the first and the newest entry (measured on the way, not estimated). */
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

// Entries rendered in one commit are measured together: the first one measured reads the height of every entry
// beside it (one layout), the others use those readings. Measured one by one, each reading would force a new
// layout after the virtualizer's scroll correction for the previous one.
let commitHeights: WeakMap<Element, number> | undefined;
function readCommitHeight(element: Element): number {
  if (!commitHeights?.has(element)) {
    const heights = new WeakMap<Element, number>();
    for (const sibling of element.parentElement?.children ?? [element])
      heights.set(sibling, (sibling as HTMLElement).offsetHeight);
    commitHeights = heights;
    queueMicrotask(() => {
      if (commitHeights === heights) commitHeights = undefined;
    });
  }
  return commitHeights.get(element) ?? (element as HTMLElement).offsetHeight;
}

/**
 * An entry's height. The commit that opens the window (the virtualizer has no scroll box yet) reads nothing and
 * keeps what the virtualizer assumes: a reading there forces a layout inside the mount, and the difference from
 * the estimate a second render and layout in the same task (issue 18). The ResizeObserver's first report, before
 * the first paint (see `useAnimationFrameWithResizeObserver`), measures those entries instead.
 */
function measureEntry(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLElement, Element>,
): number {
  const box = entry?.borderBoxSize?.[0];
  if (box) return Math.round(box.blockSize);
  if (instance.scrollElement === null) {
    const index = instance.indexFromElement(element);
    return (
      instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index)
    );
  }
  return readCommitHeight(element);
}

const keyOfTarget = (target: EventTarget | null): string | undefined =>
  target instanceof Element
    ? (target.closest<HTMLElement>("[data-entry-key]")?.dataset.entryKey ?? undefined)
    : undefined;

/**
 * `keys`: the shown entries' keys, oldest first. `keep`: a key that must be rendered now (the entry a reveal is
 * about to focus).
 */
export function useTimelineWindow(keys: readonly string[], keep: string | undefined): TimelineWindow {
  const windowed = keys.length > WINDOW_ABOVE;
  // A ref, not state: the virtualizer finds the box in the commit that mounts it, without another render.
  const scrollRef = useRef<HTMLElement | null>(null);
  const [focusedKey, setFocusedKey] = useState<string | undefined>(undefined);
  const count = windowed ? keys.length : 0;

  const keepIndexes = useMemo(() => {
    if (!windowed) return [];
    const wanted = new Set([keep, focusedKey].filter((key) => key !== undefined));
    const indexes: number[] = [];
    if (wanted.size === 0) return indexes;
    keys.forEach((key, index) => {
      if (wanted.has(key)) indexes.push(index);
    });
    return indexes;
  }, [windowed, keys, keep, focusedKey]);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const extra = keepIndexes.filter((index) => index < range.count && !indexes.includes(index));
      return extra.length === 0 ? indexes : [...indexes, ...extra].sort((a, b) => a - b);
    },
    [keepIndexes],
  );
  const getItemKey = useCallback((index: number) => keys[index] ?? index, [keys]);
  const initialRect = useMemo(() => ({ width: 0, height: INITIAL_VIEWPORT_HEIGHT }), []);
  // The newest entries first: the first render (on the server too) already holds the end of the thread.
  const initialOffset = Math.max(0, count * ESTIMATED_ENTRY_HEIGHT - INITIAL_VIEWPORT_HEIGHT);

  // Whether the ResizeObserver has reported an entry since the window opened (see measureEntry).
  const measuredSinceOpen = useRef(false);
  const measureElement = useCallback(
    (
      element: Element,
      entry: ResizeObserverEntry | undefined,
      instance: Virtualizer<HTMLElement, Element>,
    ) => {
      if (entry) measuredSinceOpen.current = true;
      return measureEntry(element, entry, instance);
    },
    [],
  );

  const virtualizer = useVirtualizer({
    count,
    enabled: windowed,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ENTRY_HEIGHT,
    getItemKey,
    measureElement,
    overscan: OVERSCAN,
    rangeExtractor,
    initialRect,
    initialOffset,
    // A thread reads towards its newest entry: entries revealed above keep the reader's place, and an entry
    // arriving while the reader is at the end is scrolled to.
    anchorTo: "end",
    followOnAppend: true,
    // Heights measured in the next frame: a size change answered in the same frame makes Chromium report
    // "ResizeObserver loop completed with undelivered notifications" to the host's error handler. Except the
    // first report after the window opens: its entries were laid out at estimated offsets (see measureEntry),
    // so they are measured and moved before the first paint. Nothing observed changes size in that answer (the
    // box keeps its height, entries only move; entries it mounts are observed from the next frame).
    useAnimationFrameWithResizeObserver: measuredSinceOpen.current,
  });

  // Opening a windowed list shows its newest entries, unless an entry in it has or is about to take focus (a
  // reveal made the list windowed): then that entry.
  const opened = useRef(false);
  const openAt = keep ?? focusedKey;
  useLayoutEffect(() => {
    if (!windowed || scrollRef.current === null) {
      opened.current = false;
      measuredSinceOpen.current = false;
      return;
    }
    if (opened.current) return;
    opened.current = true;
    const index = openAt === undefined ? -1 : keys.indexOf(openAt);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: "start" });
    else virtualizer.scrollToEnd();
  }, [windowed, openAt, keys, virtualizer]);

  // A reveal's first entry is scrolled to before it takes focus (the virtualizer owns the box's scroll position:
  // a native scroll-into-view from focus() would race its anchoring of the prepended entries).
  const keepIndex = keep === undefined || !windowed ? -1 : keys.indexOf(keep);
  useLayoutEffect(() => {
    if (keepIndex >= 0 && scrollRef.current !== null)
      virtualizer.scrollToIndex(keepIndex, { align: "start" });
  }, [keepIndex, virtualizer]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.target !== event.currentTarget || event.altKey || event.metaKey || event.shiftKey) return;
      if (event.key === "Home") virtualizer.scrollToIndex(0, { align: "start" });
      else if (event.key === "End") virtualizer.scrollToEnd();
      else return;
      event.preventDefault();
    },
    [virtualizer],
  );

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const key = keyOfTarget(event.target);
    if (key !== undefined) setFocusedKey(key);
  }, []);
  const onBlur = useCallback((event: FocusEvent<HTMLElement>) => {
    // Moving within one entry (entry → its link) keeps it; leaving it for anything else lets it go.
    const from = keyOfTarget(event.target);
    if (from !== undefined && keyOfTarget(event.relatedTarget) !== from) setFocusedKey(undefined);
  }, []);

  const virtualItems = windowed ? virtualizer.getVirtualItems() : undefined;
  const rows = useMemo<readonly WindowRow[]>(
    () =>
      virtualItems
        ? virtualItems.map((item) => ({ index: item.index, start: item.start }))
        : keys.map((_, index) => ({ index, start: 0 })),
    [virtualItems, keys],
  );

  return {
    windowed,
    rows,
    totalSize: windowed ? virtualizer.getTotalSize() : 0,
    scrollRef,
    measureElement: virtualizer.measureElement,
    onFocus,
    onBlur,
    onKeyDown,
  };
}
