// Which timeline entries are rendered: the most recent page at first, earlier pages on request. Mount time then
// depends on the page size, not on the thread's length (issue 8).
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import type { TimelineItem } from "./timeline";

/** Entries shown at first (the most recent) and revealed by each "Show earlier updates". */
export const DEFAULT_TIMELINE_PAGE_SIZE = 30;

/**
 * The page size to use: a whole number ≥ 1 (`Infinity` shows every entry). Anything else (0, negative, NaN, a
 * string from an untyped caller) falls back to the default rather than hiding the whole thread.
 */
export function timelinePageSize(value: unknown): number {
  if (typeof value !== "number" || Number.isNaN(value) || value < 1) return DEFAULT_TIMELINE_PAGE_SIZE;
  return value === Number.POSITIVE_INFINITY ? value : Math.floor(value);
}

export interface TimelinePages {
  /** Index in `items` of the first rendered entry (= how many earlier entries are hidden). */
  start: number;
  /** How many entries the next "Show earlier updates" reveals (0 when none are hidden). */
  nextCount: number;
  /** Reveals the previous page and moves focus to its first entry once rendered. */
  showEarlier: () => void;
  /** The number of entries the last reveal added (for the polite announcement), 0 before any. */
  revealed: number;
  /** Put on the `<ol>`: focus is moved to the entry with `data-entry-key` = the first revealed key. */
  listRef: RefObject<HTMLOListElement | null>;
  /** The key of the revealed entry about to take focus (a windowed list must render it), until it has. */
  focusKey: string | undefined;
}

/**
 * Until the user reveals earlier entries, the window is the last `pageSize` entries (new entries push the
 * oldest shown one out). After a reveal the window is anchored on its first entry's key, so entries arriving
 * later only add at the end and never hide what the user opened.
 */
export function useTimelinePages(items: readonly TimelineItem[], pageSize: number): TimelinePages {
  const [firstKey, setFirstKey] = useState<string | undefined>(undefined);
  const [revealed, setRevealed] = useState(0);
  const [focusKey, setFocusKey] = useState<string | undefined>(undefined);
  const listRef = useRef<HTMLOListElement | null>(null);
  const anchored = firstKey === undefined ? -1 : items.findIndex((item) => item.key === firstKey);
  const start = anchored >= 0 ? anchored : Math.max(0, items.length - pageSize);
  const nextCount = Math.min(pageSize, start);

  const showEarlier = useCallback(() => {
    if (start === 0) return;
    const first = Math.max(0, start - pageSize);
    const key = items[first]?.key;
    setFocusKey(key);
    setFirstKey(key);
    setRevealed(start - first);
  }, [items, pageSize, start]);

  // After every render (a ref check): focus lands once the revealed entry is in the DOM.
  useEffect(() => {
    if (focusKey === undefined || listRef.current === null) return;
    for (const child of listRef.current.children) {
      if (child instanceof HTMLElement && child.dataset.entryKey === focusKey) {
        setFocusKey(undefined);
        child.focus();
        return;
      }
    }
  });

  return { start, nextCount, showEarlier, revealed, listRef, focusKey };
}
