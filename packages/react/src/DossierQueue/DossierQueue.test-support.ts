// Test helpers of the dossier queue (never exported from the package): small DOM probes for the grid and rows
// built from the seeded data. The platform itself is ../support/platform.test-support.
import type { Dossier } from "@chinhquyenso/client";
import { allowedActions } from "@chinhquyenso/core";
import { sampleDossiers } from "./fixtures";

/** The focused cell: its row and column (aria-rowindex, aria-colindex) and its row's dossier code. */
export function focusedCell(): { rowIndex: number; colIndex: number; code: string } | null {
  const cell = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>("[aria-colindex]");
  const row = cell?.closest<HTMLElement>('[role="row"]');
  if (!cell || !row) return null;
  return {
    rowIndex: Number(row.getAttribute("aria-rowindex")),
    colIndex: Number(cell.getAttribute("aria-colindex")),
    code: row.querySelector('[data-column="code"]')?.firstChild?.textContent ?? "",
  };
}

/** Puts focus on a cell as Tab would (the grid's roving tabindex follows). */
export function focusCell(row: number, col: number): void {
  const cell = document.querySelector<HTMLElement>(`[data-cell="${row}:${col}"]`);
  if (!cell) throw new Error(`no rendered cell ${row}:${col}`);
  cell.focus();
}

/** Codes of the rows currently selected (aria-selected="true"), in DOM order. */
export function selectedCodes(): string[] {
  return [...document.querySelectorAll<HTMLElement>('[role="row"][aria-selected="true"]')].map(
    (row) => row.querySelector('[data-column="code"]')?.firstChild?.textContent ?? "",
  );
}

/** Labels of the bulk action buttons on offer. */
export function bulkOffers(): string[] {
  return [...document.querySelectorAll<HTMLElement>(".cqs-queue__bulk [data-action]")].map(
    (button) => button.textContent ?? "",
  );
}

/** Dossiers built from one seeded row with the given codes and statuses (allowed actions per core). */
export function rowsWith(statuses: Record<string, string>): Dossier[] {
  const base = sampleDossiers(200)[0] as Dossier;
  return Object.entries(statuses).map(([code, status], index) => ({
    ...base,
    code,
    status,
    etag: `"${code}-1"`,
    allowedActions: [...allowedActions(status)],
    receivedAt: `2026-11-${String(10 + index).padStart(2, "0")}T09:00:00+07:00`,
  }));
}

/**
 * Watches for DOM focus resting on <body> (or nowhere) once a grid cell has had it: checked after every DOM
 * change and every focusout, once the task that caused it (a React commit and its layout effects) is over.
 * `lapses()` lists what held focus before each lapse.
 */
export function watchBodyFocus(): { lapses(): string[]; stop(): void } {
  const found: string[] = [];
  let armed = false;
  let last = "";
  const check = () => {
    const active = document.activeElement;
    if (active?.closest('[role="grid"]')) {
      armed = true;
      last = (active as HTMLElement).dataset.cell ?? active.tagName;
      return;
    }
    if (armed && (active === null || active === document.body)) {
      found.push(last);
      armed = false;
    }
  };
  const later = () => queueMicrotask(check);
  const observer = new MutationObserver(check);
  observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  document.addEventListener("focusin", later, true);
  document.addEventListener("focusout", later, true);
  return {
    lapses() {
      check();
      return [...found];
    },
    stop() {
      observer.disconnect();
      document.removeEventListener("focusin", later, true);
      document.removeEventListener("focusout", later, true);
    },
  };
}
