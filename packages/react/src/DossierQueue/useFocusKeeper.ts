// DOM focus never falls to <body> when the grid's rows change under it (issue 21). The virtualizer keeps the
// focused row rendered wherever it moves (useRowVirtualizer's `keep`), so a re-ranking or a re-sort keeps its
// cell; when the focused dossier leaves (a live update, a filter from elsewhere) or the grid itself goes (the
// list is empty), focus goes to the row that took its place, else to the empty state's "clear filters" or the
// search box, and the move is told (`departure`) for the status region. Restored in a layout effect: before the
// browser paints, and before a screen reader hears focus land on <body>.
import { type FocusEvent, type RefObject, useCallback, useRef, useState } from "react";
import { useIsomorphicLayoutEffect } from "../internal/useIsomorphicLayoutEffect";

/** Where focus went when the focused dossier left the list. */
export type FocusTarget = { kind: "row"; code: string } | { kind: "search" } | { kind: "clear" };

export interface FocusDeparture {
  /** The dossier that held focus and is no longer shown. */
  left: string;
  to: FocusTarget;
}

/**
 * Marks an element outside the grid that takes focus when the grid is gone (`data-focus-fallback`): its value
 * is its FocusTarget kind, "clear" (the empty state's button, preferred) or "search".
 */
export const FOCUS_FALLBACK = "data-focus-fallback";

export interface FocusKeeperOptions {
  scrollRef: RefObject<HTMLElement | null>;
  /** The roving cell's selector (`[data-cell="row:col"]`) in this render. */
  cellSelector: string;
  /** The key of the row holding the roving cell, or null (header). */
  currentKey: string | null;
  /** Brings a row into view (a departure lands on a row that may be anywhere). */
  scrollToCell(): void;
}

export interface FocusKeeper {
  /**
   * The key of the row under DOM focus while focus is in the grid (or was, and a commit took its element away);
   * null otherwise, or when the header holds it.
   */
  heldKey(): string | null;
  /** The grid's focus handlers record which dossier holds DOM focus. */
  onFocus(key: string | null): void;
  onBlur(event: FocusEvent<HTMLElement>): void;
  departure: FocusDeparture | undefined;
}

export function useFocusKeeper(options: FocusKeeperOptions): FocusKeeper {
  const { scrollRef, cellSelector, currentKey, scrollToCell } = options;
  const holds = useRef(false);
  // The dossier under DOM focus (null: the header), and where the grid sits (its parent outlives it).
  const focusedKey = useRef<string | null>(null);
  const home = useRef<HTMLElement | null>(null);
  const [departure, setDeparture] = useState<FocusDeparture | undefined>();

  const onFocus = useCallback((key: string | null) => {
    holds.current = true;
    focusedKey.current = key;
  }, []);
  const onBlur = useCallback(
    (event: FocusEvent<HTMLElement>) => {
      const next = event.relatedTarget as Node | null;
      if (next && scrollRef.current?.contains(next)) return;
      if (next) {
        holds.current = false;
        return;
      }
      // No new target: a click outside, the window losing focus, or the focused cell leaving the DOM. In the
      // last case the commit's layout effect below has put focus back in the grid before this runs.
      queueMicrotask(() => {
        if (!scrollRef.current?.contains(document.activeElement)) holds.current = false;
      });
    },
    [scrollRef],
  );

  useIsomorphicLayoutEffect(() => {
    const grid = scrollRef.current;
    if (grid?.parentElement) home.current = grid.parentElement;
    if (!holds.current) return;
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    const left = focusedKey.current;
    const cell =
      grid?.querySelector<HTMLElement>(cellSelector) ??
      grid?.querySelector<HTMLElement>('[data-cell][tabindex="0"]');
    if (cell) {
      if (left !== null && currentKey !== null && left !== currentKey) {
        setDeparture({ left, to: { kind: "row", code: currentKey } });
        scrollToCell();
      }
      cell.focus({ preventScroll: true });
      return;
    }
    // The grid is gone (nothing left to show): "clear filters" when offered, else the search box.
    const fallbacks = [...(home.current?.querySelectorAll<HTMLElement>(`[${FOCUS_FALLBACK}]`) ?? [])];
    const fallback =
      fallbacks.find((element) => element.getAttribute(FOCUS_FALLBACK) === "clear") ?? fallbacks[0];
    holds.current = false;
    if (!fallback) return;
    fallback.focus();
    if (left !== null)
      setDeparture({
        left,
        to: { kind: fallback.getAttribute(FOCUS_FALLBACK) === "clear" ? "clear" : "search" },
      });
  });

  const heldKey = useCallback(() => (holds.current ? focusedKey.current : null), []);
  return { heldKey, onFocus, onBlur, departure };
}
