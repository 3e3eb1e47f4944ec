// The page the widget bench drives in Chromium (run.mjs bundles it with production React and the BUILT
// @chinhquyenso/react). Node generates the data with @chinhquyenso/mocks and serves it as JSON; this page only
// mounts, types, scrolls and measures. Every measurement checks what it waited for (row counts, the composer's
// counter, the rows under the viewport) and throws when the widget did not show it.
import type { Dossier, Feedback, ThreadEntry } from "@chinhquyenso/client";
import { ChinhQuyenSoProvider, ComplaintThread, DossierQueue } from "@chinhquyenso/react";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { ANCHOR_ROW_HEIGHT, BareThread, BareVirtualList } from "./anchors";

interface BenchData {
  now: string;
  queues: Record<string, Dossier[]>;
  thread: { feedback: Feedback; entries: ThreadEntry[] };
}

let data: BenchData | undefined;
let mounted: { root: Root; host: HTMLElement } | undefined;
/** A copy of the 100,000 rows: a rows array the widget has never searched (its index is not built yet). */
let freshRows: Dossier[] | undefined;

const loaded = (): BenchData => {
  if (!data) throw new Error("bench data not loaded");
  return data;
};
const forceLayout = () => document.body.getBoundingClientRect().height;
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const idle = () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 }));
const gc = (globalThis as unknown as { gc?: () => void }).gc;

async function settle() {
  await nextFrame();
  await idle();
  await idle();
}

/** What run.mjs exposes: V8's heap usage over the DevTools protocol, typed-array backing stores included. */
const heapUsage = (globalThis as unknown as { cqsHeapUsage?: () => Promise<{ backingStorageSize?: number }> })
  .cqsHeapUsage;

/** Used JS heap plus the backing stores of typed arrays (which `usedJSHeapSize` leaves out). */
async function heap(): Promise<number> {
  if (!gc) throw new Error("gc() missing: launch Chromium with --js-flags=--expose-gc");
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  if (!memory) throw new Error("performance.memory missing: --enable-precise-memory-info");
  const backing = (await heapUsage?.())?.backingStorageSize;
  if (typeof backing !== "number") throw new Error("Runtime.getHeapUsage gave no backingStorageSize");
  return memory.usedJSHeapSize + backing;
}

const noop = async () => undefined;
/** ComplaintThread's default page size (its most recent entries rendered at mount). */
const THREAD_PAGE = 30;
/** Shown entries above which ComplaintThread windows its timeline (a scroll box rendering what is near it). */
const THREAD_WINDOW_ABOVE = 60;

type View =
  | { kind: "queue"; size: string; fresh?: boolean }
  // `all`: every entry rendered (as after revealing every earlier page); else the widget's default first page.
  | { kind: "thread"; count: number; all?: boolean }
  | { kind: "bare"; count: number }
  // DossierQueue's anchor: a bare @tanstack/react-virtual list of the same rows.
  | { kind: "anchor"; size: string };

function viewOf(view: View) {
  const { now, queues, thread } = loaded();
  const clock = () => new Date(now);
  if (view.kind === "bare") return <BareThread entries={thread.entries.slice(0, view.count)} />;
  if (view.kind === "anchor") return <BareVirtualList rows={queues[view.size] ?? []} />;
  return (
    <ChinhQuyenSoProvider now={clock}>
      {view.kind === "queue" ? (
        <DossierQueue rows={view.fresh ? freshRows : queues[view.size]} />
      ) : (
        <ComplaintThread
          audience="staff"
          feedback={thread.feedback}
          entries={thread.entries.slice(0, view.count)}
          onPostUpdate={noop}
          pageSize={view.all ? Number.POSITIVE_INFINITY : undefined}
        />
      )}
    </ChinhQuyenSoProvider>
  );
}

function unmount() {
  mounted?.root.unmount();
  mounted?.host.remove();
  mounted = undefined;
}

/** Resolves after the next frame has been rendered (a task queued from requestAnimationFrame runs after it). */
const afterNextFrame = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }),
  );

/**
 * Mount time from `root.render`: `commit` to the committed DOM laid out (flushSync + forced layout, no frame
 * wait), `frame` to the end of the next frame (which also lays out what the browser deferred, e.g. entries with
 * `content-visibility: auto`, and paints; includes waiting for the frame).
 */
async function mount(view: View): Promise<{ commit: number; frame: number; rendered?: number }> {
  unmount();
  const host = document.createElement("div");
  document.body.append(host);
  const root = createRoot(host);
  const entries =
    view.kind === "queue" || view.kind === "anchor"
      ? undefined
      : loaded().thread.entries.slice(0, view.count);
  const element = viewOf(view);
  const start = performance.now();
  flushSync(() => root.render(element));
  forceLayout();
  const commit = performance.now() - start;
  const frame = (await afterNextFrame()) - start;
  mounted = { root, host };
  // What the user sees: the grid with a row per dossier (aria-rowcount), or the thread's entries.
  if (view.kind === "anchor") {
    if (host.querySelectorAll("[data-index]").length === 0) throw new Error("anchor: no row rendered");
  } else if (view.kind === "queue") {
    const count = loaded().queues[view.size]?.length ?? -1;
    const grid = host.querySelector('[role="grid"]');
    if (grid?.getAttribute("aria-rowcount") !== String(count + 1))
      throw new Error(`queue ${view.size}: grid shows ${grid?.getAttribute("aria-rowcount")} rows`);
  } else {
    // The widget shows its most recent page (30) unless `all`; the anchor shows every entry. A thread showing
    // more than THREAD_WINDOW_ABOVE entries renders a window of them: every rendered entry must say it is one of
    // all `given` (aria-setsize), and the newest must be rendered, or the run fails.
    const given = entries?.length ?? 0;
    const expected = view.kind === "thread" && !view.all ? Math.min(given, THREAD_PAGE) : given;
    const items = [...host.querySelectorAll("ol > li")];
    const shown = items.length;
    const windowed = view.kind === "thread" && expected > THREAD_WINDOW_ABOVE;
    if (windowed) {
      if (shown === 0 || shown >= expected)
        throw new Error(`thread: ${shown} of ${expected} rendered, no window`);
      if (items.some((li) => li.getAttribute("aria-setsize") !== String(given)))
        throw new Error(`thread: an entry is not one of ${given}`);
      if (items.at(-1)?.getAttribute("aria-posinset") !== String(given))
        throw new Error("thread: the newest entry is not rendered");
    } else if (shown !== expected) throw new Error(`thread: ${shown} entries shown, ${expected} expected`);
    return { commit, frame, rendered: shown };
  }
  return { commit, frame };
}

/**
 * Types one character (the input's full new value) and resolves when `ready()` holds after a DOM mutation:
 * `commit` is the time from the input event to that DOM laid out, `frame` to the start of the next frame
 * after it (requestAnimationFrame — the frame that paints it).
 */
function typeInto(
  field: HTMLInputElement | HTMLTextAreaElement,
  value: string,
  ready: () => boolean,
  timeoutMs = 10_000,
): Promise<{ commit: number; frame: number }> {
  const proto =
    field instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  const setValue = Object.getOwnPropertyDescriptor(proto, "value")?.set;
  const root = mounted?.host;
  if (!root) throw new Error("nothing mounted");
  return new Promise((resolve, reject) => {
    let start = 0;
    const timeout = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`typing ${JSON.stringify(value)}: the widget never showed the result`));
    }, timeoutMs);
    const check = () => {
      if (!ready()) return false;
      observer.disconnect();
      clearTimeout(timeout);
      forceLayout();
      const commit = performance.now() - start;
      requestAnimationFrame(() => resolve({ commit, frame: performance.now() - start }));
      return true;
    };
    const observer = new MutationObserver(() => check());
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    start = performance.now();
    setValue?.call(field, value);
    field.dispatchEvent(new Event("input", { bubbles: true }));
    queueMicrotask(() => check());
  });
}

async function clearSearch(size: string) {
  const host = mounted?.host;
  const input = host?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!host || !input) throw new Error("no search box");
  if (input.value === "") return;
  const all = String((loaded().queues[size]?.length ?? 0) + 1);
  await typeInto(input, "", () => host.querySelector('[role="grid"]')?.getAttribute("aria-rowcount") === all);
  await settle();
}

/**
 * Types `text` into the queue's search box one character at a time; `expected[i]` = matches after i+1 chars.
 * With `focusFirst`, the box takes focus first and the page settles (as when a user clicks into it).
 */
async function queueSearch(size: string, text: string, expected: number[], focusFirst = false) {
  const host = mounted?.host;
  const input = host?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!host || !input) throw new Error("no search box");
  await clearSearch(size);
  if (focusFirst) {
    input.focus();
    await settle();
  }
  const results: { commit: number; frame: number }[] = [];
  for (let length = 1; length <= text.length; length++) {
    const want = expected[length - 1] ?? -1;
    const shows = () =>
      want === 0
        ? host.querySelector('[data-state="empty"]') !== null
        : host.querySelector('[role="grid"]')?.getAttribute("aria-rowcount") === String(want + 1);
    // Generous: the first keystroke on a never-searched array waits for its index (slices, seconds under load).
    results.push(await typeInto(input, text.slice(0, length), shows, 300_000));
    await settle();
  }
  return results;
}

async function composerKeystrokes(count: number) {
  const host = mounted?.host;
  const textarea = host?.querySelector("textarea");
  if (!host || !textarea) throw new Error("no composer");
  const results: { commit: number; frame: number }[] = [];
  let text = "";
  for (let i = 0; i < count; i++) {
    // Letters only: each keystroke changes the counter, which is what the page waits for.
    text += i % 2 ? "ư" : "đ";
    const length = text.length;
    // The widget's counter reads "n/max"; the anchor's shows n.
    const shows = () =>
      textarea.value === text &&
      [...host.querySelectorAll(".cqs-complaint-thread__hint span, [data-bench-count]")].some(
        (node) => node.textContent?.startsWith(String(length)) ?? false,
      );
    results.push(await typeInto(textarea, text, shows));
  }
  return results;
}

/**
 * Scrolls for `duration` ms, one step per animation frame (as a wheel or a fling would), with a `longtask`
 * PerformanceObserver.
 */
async function scroll(
  target: "grid" | "anchor" | "thread" | "document",
  duration: number,
  pxPerFrame: number,
) {
  const host = mounted?.host;
  if (!host) throw new Error("nothing mounted");
  const scroller =
    target === "grid"
      ? host.querySelector<HTMLElement>('[role="grid"]')
      : target === "anchor"
        ? host.querySelector<HTMLElement>("[data-bench-anchor]")
        : target === "thread"
          ? host.querySelector<HTMLElement>(".cqs-complaint-thread__viewport")
          : document.scrollingElement;
  if (!scroller) throw new Error("no scroll container");
  scroller.scrollTop = 0;
  await settle();
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: "longtask" });
  const gaps: number[] = [];
  let blank = 0;
  const start = await nextFrame();
  let last = start;
  let now = start;
  // The grid's rows are one height (the header's): the row at the top of the viewport must be rendered at every
  // frame (virtualisation kept up). Checked by attribute, without forcing a layout.
  const rowHeight =
    target === "grid" ? (host.querySelector<HTMLElement>('[role="row"]')?.offsetHeight ?? 0) : 0;
  while (now - start < duration) {
    scroller.scrollTop += pxPerFrame;
    now = await nextFrame();
    gaps.push(now - last);
    last = now;
    if (rowHeight > 0) {
      const top = Math.floor(scroller.scrollTop / rowHeight);
      if (!host.querySelector(`[role="row"][aria-rowindex="${top + 2}"]`)) blank++;
    } else if (target === "anchor") {
      const top = Math.floor(scroller.scrollTop / ANCHOR_ROW_HEIGHT);
      if (!host.querySelector(`[data-index="${top}"]`)) blank++;
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  for (const entry of observer.takeRecords()) longTasks.push(entry.duration);
  observer.disconnect();
  const scrolled = scroller.scrollTop;
  return {
    frames: gaps.length,
    maxGap: Math.max(...gaps),
    maxLongTask: longTasks.length ? Math.max(...longTasks) : 0,
    longTasks: longTasks.length,
    blankFrames: blank,
    scrolled,
  };
}

/**
 * Heap of the mounted widget: used JS heap after forced GCs with the widget mounted and settled, minus the
 * same page with the same data parsed and held but nothing mounted (the host owns the data either way).
 */
async function heapOf(view: View, search?: { size: string; text: string; expected: number[] }) {
  unmount();
  if (view.kind === "queue" && view.fresh) freshRows = [...(loaded().queues[view.size] ?? [])];
  await settle();
  const baseline = await heap();
  await mount(view);
  await settle();
  const mountedHeap = await heap();
  let searched: number | undefined;
  let firstKeystroke: number | undefined;
  if (search) {
    const typed = await queueSearch(search.size, search.text, search.expected, true);
    firstKeystroke = typed[0]?.commit;
    searched = await heap();
    await clearSearch(search.size);
  }
  unmount();
  await settle();
  const after = await heap();
  freshRows = undefined;
  return {
    baseline,
    mounted: mountedHeap - baseline,
    searched: searched && searched - baseline,
    after: after - baseline,
    firstKeystroke,
  };
}

/**
 * Issue 18's whole flow on a rows array never searched before, with a `longtask` observer throughout: mount,
 * focus the search box and type `text` at once (the first keystroke's time includes building the index), scroll
 * the grid to the last of its `expected` matches (which ranks every match), then clear the search. Long tasks
 * are kept per phase.
 */
async function queueFlow(size: string, text: string, expected: number) {
  unmount();
  const all = loaded().queues[size] ?? [];
  freshRows = [...all];
  await settle();
  let phase = "mount";
  performance.mark("cqs:mount");
  const tasks: Record<string, number[]> = { mount: [], type: [], scroll: [], clear: [] };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks[phase]?.push(entry.duration);
  });
  observer.observe({ type: "longtask" });
  await mount({ kind: "queue", size, fresh: true });
  await settle();
  const host = mounted?.host;
  const input = host?.querySelector<HTMLInputElement>('input[type="search"]');
  const grid = host?.querySelector<HTMLElement>('[role="grid"]');
  if (!host || !input || !grid) throw new Error("no search box or grid");
  const rowCount = () => host.querySelector('[role="grid"]')?.getAttribute("aria-rowcount");

  const mark = (name: string) => {
    phase = name;
    // Phase boundaries in a performance trace (trace.mjs attributes long tasks by them).
    performance.mark(`cqs:${name}`);
  };
  mark("type");
  input.focus();
  const typed = await typeInto(input, text, () => rowCount() === String(expected + 1), 300_000);
  await settle();

  mark("scroll");
  const scrollStart = performance.now();
  let frames = 0;
  while (!host.querySelector(`[role="row"][aria-rowindex="${expected + 1}"]`)) {
    grid.scrollTop = grid.scrollHeight;
    await nextFrame();
    frames++;
    if (performance.now() - scrollStart > 300_000) throw new Error("never reached the last match");
  }
  const scrollToEnd = performance.now() - scrollStart;
  await settle();

  mark("clear");
  const cleared = await typeInto(input, "", () => rowCount() === String(all.length + 1), 300_000);
  await settle();
  await new Promise((resolve) => setTimeout(resolve, 100));
  for (const entry of observer.takeRecords()) tasks[phase]?.push(entry.duration);
  observer.disconnect();
  unmount();
  freshRows = undefined;
  const longest = (list: number[] = []) => (list.length ? Math.max(...list) : 0);
  return {
    firstKeystroke: typed.commit,
    scrollToEnd,
    scrollFrames: frames,
    clear: cleared.commit,
    maxLongTask: longest(Object.values(tasks).flat()),
    longTasks: Object.values(tasks).flat().length,
    ...Object.fromEntries(
      Object.entries(tasks).map(([name, list]) => [`maxLongTask.${name}`, longest(list)]),
    ),
  };
}

async function load() {
  const before = await heap();
  data = (await (await fetch("/data.json")).json()) as BenchData;
  return { dataHeap: (await heap()) - before };
}

const api = {
  load,
  mount: (view: View) => mount(view),
  settle,
  unmount: async () => {
    unmount();
    await settle();
  },
  queueSearch,
  queueFlow,
  composerKeystrokes,
  scroll,
  heapOf,
};
(window as unknown as { cqsBench: typeof api }).cqsBench = api;
