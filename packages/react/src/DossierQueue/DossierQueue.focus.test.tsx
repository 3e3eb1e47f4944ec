// Issue 21: DOM focus never falls to <body> when the rows change under it — a finished index build re-ranks
// them, the host re-sorts them, a filter or a live update takes the focused dossier away. The index build and
// the ranking are held back here (their slices run only when the test says), so no case depends on how fast a
// build runs.
import "../styles/tokens.css";
import "../styles/base.css";
import "./dossier-queue.css";
import type { Dossier } from "@chinhquyenso/client";
import { useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { page, userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { ChinhQuyenSoProvider } from "../provider";
import { testNow } from "../support/platform.test-support";
import { selectRows } from "./clientRows";
import { DossierQueue, type DossierQueueProps } from "./DossierQueue";
import { focusCell, focusedCell, watchBodyFocus } from "./DossierQueue.test-support";
import { manyDossiers, sampleDossiers } from "./fixtures";
import type { DossierQueueFilters } from "./types";

// Slices (the index build, the ranking) wait in a list until `runHeldSlices()`; idle work (counts) runs as usual.
const held = vi.hoisted(() => [] as Array<{ work: (shouldYield: () => boolean) => boolean; done: boolean }>);
vi.mock("../internal/slices", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../internal/slices")>();
  return {
    ...actual,
    inSlices(work: (shouldYield: () => boolean) => boolean) {
      const entry = { work, done: false };
      held.push(entry);
      return () => {
        entry.done = true;
      };
    },
  };
});

/** Runs every held slice to its end; true when there was any. */
function runHeldSlices(): boolean {
  const pending = held.splice(0).filter((entry) => !entry.done);
  for (const entry of pending) while (!entry.work(() => false)) {}
  return pending.length > 0;
}

let setHostRows: (rows: Dossier[]) => void = () => {};
let setHostFilters: (filters: DossierQueueFilters) => void = () => {};
function Host(props: { initial: Dossier[]; locale?: "vi" | "en" } & DossierQueueProps) {
  const { initial, locale = "vi", ...rest } = props;
  const [rows, setRows] = useState(initial);
  const [filters, setFilters] = useState<DossierQueueFilters>({});
  setHostRows = setRows;
  setHostFilters = setFilters;
  return (
    <ChinhQuyenSoProvider now={testNow} locale={locale}>
      <DossierQueue rows={rows} filters={filters} onFiltersChange={setFilters} {...rest} />
    </ChinhQuyenSoProvider>
  );
}

const statusText = () => {
  const regions = document.querySelectorAll('[role="status"]');
  return regions[regions.length - 1]?.textContent ?? "";
};

/** Whether the element is within the grid's scroll viewport, below its sticky header. */
function inView(element: Element | null): boolean {
  const grid = document.querySelector('[role="grid"]');
  if (!element || !grid) return false;
  const box = element.getBoundingClientRect();
  const view = grid.getBoundingClientRect();
  return box.top >= view.top && box.bottom <= view.bottom + 1;
}

const SEARCH = "nguyen";

/**
 * 3,000 rows (over the size indexed at once) and the matches of SEARCH, worked out on a copy: the index of the
 * rows array itself is built only by the widget, which the test holds back.
 */
function longList() {
  const rows = manyDossiers(3000);
  return { rows, expected: selectRows([...rows], { queue: "all", filters: {}, search: SEARCH, sort: null }) };
}

/**
 * Started with a search, the index of a long list is not built at the first render: the grid shows the
 * unsearched rows while the build waits (held here), and focus goes into row `row`.
 */
async function focusWhileIndexing(rows: Dossier[], row: number) {
  await render(<Host initial={rows} defaultSearch={SEARCH} />);
  await expect.poll(() => document.querySelector(".cqs-queue__indexing")?.textContent).toBeTruthy();
  focusCell(row, 1);
  expect(focusedCell()?.code).toBe(rows[row]?.code);
}

/** Lets the index build and then the ranking run to their end, until the grid shows every match. */
async function finishIndexing(matches: number) {
  await expect
    .poll(() => {
      runHeldSlices();
      return document.querySelector('[role="grid"]')?.getAttribute("aria-rowcount");
    })
    .toBe(String(matches + 1));
}

/** Renders the host's queue and puts focus on a cell; the code of the focused dossier. */
async function renderFocused(rows: Dossier[], row: number, col: number, locale: "vi" | "en" = "vi") {
  const screen = await render(<Host initial={rows} locale={locale} />);
  await expect.element(screen.getByRole("grid")).toBeVisible();
  focusCell(row, col);
  return { screen, code: focusedCell()?.code as string };
}

let bodyFocus: ReturnType<typeof watchBodyFocus>;
beforeEach(async () => {
  held.length = 0;
  await page.viewport(1280, 720);
  bodyFocus = watchBodyFocus();
});
afterEach(() => bodyFocus.stop());

describe("DossierQueue keeps focus when its rows change (issue 21, Chromium)", () => {
  it("keeps focus on the dossier a finished index build ranks out of the rendered window", async () => {
    const { rows, expected } = longList();
    const rankOf = new Map(expected.map((row, rank) => [row.code, rank]));
    // A dossier on the first screen of the unsearched list that the search ranks far below it.
    const target = rows.findIndex((row, at) => at > 0 && at < 10 && (rankOf.get(row.code) ?? 0) > 500);
    expect(target).toBeGreaterThan(0);
    const code = rows[target]?.code as string;
    const rank = rankOf.get(code) as number;

    await focusWhileIndexing(rows, target);
    // The index is built, then the search ranked: the dossier moves to row `rank`, far out of the window.
    await finishIndexing(expected.length);
    await expect.poll(() => focusedCell()?.code).toBe(code);
    expect(focusedCell()).toMatchObject({ rowIndex: rank + 2, colIndex: 2 });
    expect(bodyFocus.lapses()).toEqual([]);

    // The keyboard goes on from it, and brings the next dossier into view.
    await userEvent.keyboard("{ArrowDown}");
    await expect.poll(() => focusedCell()?.code).toBe(expected[rank + 1]?.code);
    expect(inView(document.activeElement)).toBe(true);
    expect(bodyFocus.lapses()).toEqual([]);
  });

  it("moves focus to the row in its place when the finished index build leaves the focused dossier out", async () => {
    const { rows, expected } = longList();
    const matches = new Set(expected.map((row) => row.code));
    const target = rows.findIndex((row, at) => at > 0 && at < 10 && !matches.has(row.code));
    expect(target).toBeGreaterThan(0);
    const gone = rows[target]?.code as string;

    await focusWhileIndexing(rows, target);
    await finishIndexing(expected.length);
    const next = expected[target]?.code as string;
    await expect.poll(() => focusedCell()?.code).toBe(next);
    expect(focusedCell()).toMatchObject({ rowIndex: target + 2, colIndex: 2 });
    await expect.poll(statusText).toBe(`Hồ sơ ${gone} không còn trong danh sách. Đang ở hồ sơ ${next}.`);
    expect(bodyFocus.lapses()).toEqual([]);
  });

  it("keeps focus on the dossier when the host re-sorts the rows and it leaves the window", async () => {
    const rows = sampleDossiers(500);
    const { code } = await renderFocused(rows, 3, 1);
    // Moved to the end: the rows rendered after it now come before it.
    const focused = rows[3] as Dossier;
    setHostRows([...rows.slice(0, 3), ...rows.slice(4), focused]);
    await expect.poll(() => focusedCell()?.rowIndex).toBe(rows.length + 1);
    expect(focusedCell()?.code).toBe(code);
    expect(bodyFocus.lapses()).toEqual([]);
    await userEvent.keyboard("{ArrowUp}");
    await expect.poll(() => focusedCell()?.code).toBe(rows[rows.length - 1]?.code);
    expect(inView(document.activeElement)).toBe(true);
  });

  it("moves focus to the next dossier and says so when a live update removes the focused one", async () => {
    const rows = sampleDossiers(200);
    const { code: gone } = await renderFocused(rows, 4, 2);
    const next = rows[5]?.code as string;
    setHostRows(rows.filter((_, index) => index !== 4));
    await expect.poll(() => focusedCell()?.code).toBe(next);
    expect(focusedCell()).toMatchObject({ rowIndex: 6, colIndex: 3 });
    await expect.poll(statusText).toBe(`Hồ sơ ${gone} không còn trong danh sách. Đang ở hồ sơ ${next}.`);
    expect(bodyFocus.lapses()).toEqual([]);
    // The roving position follows: one cell in the tab order, the one with focus.
    const tabbable = document.querySelectorAll('[role="grid"] [tabindex="0"]');
    expect([...tabbable]).toEqual([document.activeElement]);
  });

  it("moves focus to the first dossier when a filter from elsewhere takes the focused one away", async () => {
    const rows = sampleDossiers(200);
    const status = rows.find((row, index) => index > 2 && row.status !== rows[2]?.status)?.status as string;
    const { code: gone } = await renderFocused(rows, 2, 1);
    // Another tab (or the host's own state) narrows the queue to a status the focused dossier does not have.
    setHostFilters({ status: [status] });
    const first = rows.find((row) => row.status === status)?.code as string;
    await expect.poll(() => focusedCell()?.code).toBe(first);
    expect(focusedCell()).toMatchObject({ rowIndex: 2 });
    await expect.poll(statusText).toBe(`Hồ sơ ${gone} không còn trong danh sách. Đang ở hồ sơ ${first}.`);
    expect(bodyFocus.lapses()).toEqual([]);
  });

  it("keeps focus on the dossier when a filter from elsewhere still shows it", async () => {
    const rows = sampleDossiers(200);
    await renderFocused(rows, 6, 1);
    const kept = rows[6] as Dossier;
    setHostFilters({ status: [kept.status] });
    const position = rows.filter((row) => row.status === kept.status).indexOf(kept);
    await expect.poll(() => focusedCell()?.rowIndex).toBe(position + 2);
    expect(focusedCell()?.code).toBe(kept.code);
    expect(bodyFocus.lapses()).toEqual([]);
    // The roving position is that cell too (not the first row's), so Tab and the arrows go on from it.
    expect([...document.querySelectorAll('[role="grid"] [tabindex="0"]')]).toEqual([document.activeElement]);
    await userEvent.keyboard("{ArrowDown}");
    const shown = rows.filter((row) => row.status === kept.status);
    await expect.poll(() => focusedCell()?.code).toBe(shown[position + 1]?.code);
  });

  it("moves focus to the search box, in English too, when the last dossier leaves the list", async () => {
    const rows = sampleDossiers(200).slice(0, 3);
    const { screen, code: gone } = await renderFocused(rows, 1, 1, "en");
    setHostRows([]);
    await expect.element(screen.getByRole("searchbox", { name: "Search dossiers" })).toHaveFocus();
    await expect
      .poll(statusText)
      .toBe(`Dossier ${gone} is no longer in the list. Focus is on the search box.`);
    expect(bodyFocus.lapses()).toEqual([]);
  });

  it("moves focus to “clear filters” when a filter from elsewhere leaves nothing", async () => {
    const rows = sampleDossiers(200);
    const { screen, code: gone } = await renderFocused(rows, 0, 1);
    setHostFilters({ procedureCode: "no-such-procedure" });
    await expect.element(screen.getByRole("button", { name: "Xóa bộ lọc" }).last()).toHaveFocus();
    await expect.poll(statusText).toBe(`Hồ sơ ${gone} không còn trong danh sách. Đang ở nút “Xóa bộ lọc”.`);
    expect(bodyFocus.lapses()).toEqual([]);
  });
});
