import { type RefObject, useEffect } from "react";

const MIN_HEIGHT = 288; // 18rem: a header and five rows, even on a small phone in landscape
const BOTTOM_GAP = 16;

/**
 * Sizes the queue's grid to the height left in the window below it, through the widget's --cqs-queue-height
 * token, rounded down to whole rows so the last row is never cut in half. Recomputed when the window or the
 * queue above the grid changes size (filters opened, bulk bar shown).
 */
export function useGridFillsWindow(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const host = container.current;
    if (!host || typeof ResizeObserver === "undefined") return;
    const fit = () => {
      const grid = host.querySelector<HTMLElement>(".cqs-queue__grid");
      const header = grid?.querySelector<HTMLElement>('[role="row"]');
      if (!grid || !header) return;
      const row = header.offsetHeight;
      const top = grid.getBoundingClientRect().top + window.scrollY;
      const borders = grid.offsetHeight - grid.clientHeight;
      const available = window.innerHeight - top - BOTTOM_GAP - borders;
      const rows = Math.max(0, Math.floor((available - row) / row));
      const value = `${Math.max(MIN_HEIGHT, row + rows * row + borders)}px`;
      if (host.style.getPropertyValue("--cqs-queue-height") !== value)
        host.style.setProperty("--cqs-queue-height", value);
    };
    const observer = new ResizeObserver(fit);
    observer.observe(host);
    window.addEventListener("resize", fit);
    fit();
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", fit);
    };
  }, [container]);
}
