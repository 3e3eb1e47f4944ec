// The Markdown report of the widget bench: budgets of issue 8 with pass/fail, the details, the method.
import { fmt } from "../lib/stats.mjs";

const ms = (value) => `${fmt(value, 1)} ms`;
const mb = (value) => `${fmt(value / 1024 / 1024, 1)} MB`;
const ratio = (value) => `${fmt(value, 2)}×`;
const verdict = (ok) => (ok ? "pass" : "**FAIL**");

export function formatReport({ medians: m, maxima: max, samples, rounds, info, machine }) {
  const budgets = [
    ["**DossierQueue**", "", "", ""],
    ["mount, 100 dossiers (committed, laid out · end of next frame)", both("queue.mount.100"), "", ""],
    ["mount, 100,000 dossiers", both("queue.mount.100000"), "", ""],
    [
      "anchor: bare @tanstack/react-virtual list of the same 100,000 rows",
      both("anchor.mount.100000"),
      "",
      "",
    ],
    ...check(
      "mount ratio DossierQueue / anchor at 100,000 (committed)",
      m["queue.mount.100000"] / m["anchor.mount.100000"],
      3,
      ratio,
    ),
    ...check(
      "mount ratio DossierQueue / anchor at 100,000 (end of next frame)",
      m["queue.mount.100000.frame"] / m["anchor.mount.100000.frame"],
      3,
      ratio,
    ),
    ...check(
      `longest task, whole flow on a never-searched array (mount, index build, typing "${info.search[0]}", scrolling to its last match, clearing; max over rounds)`,
      max["queue.flow.maxLongTask"],
      50,
      ms,
    ),
    [
      "… per phase (max over rounds): mount · type + index build · scroll to the last match · clear",
      ["mount", "type", "scroll", "clear"]
        .map((phase) => ms(max[`queue.flow.maxLongTask.${phase}`]))
        .join(" · "),
      "",
      "",
    ],
    [
      `first keystroke "${info.search[0]}" on that array, index build included (input → ${info.expected[0].toLocaleString("en-US")} matches committed)`,
      ms(m["queue.flow.firstKeystroke"]),
      "",
      "",
    ],
    [
      "scrolling to the last match (every match ranked on the way) · clearing the search",
      `${ms(m["queue.flow.scrollToEnd"])} · ${ms(m["queue.flow.clear"])}`,
      "",
      "",
    ],
    ...check(
      "mount ratio 100,000 / 100 (committed)",
      m["queue.mount.100000"] / m["queue.mount.100"],
      1.5,
      ratio,
    ),
    ...check(
      "mount ratio 100,000 / 100 (end of next frame)",
      m["queue.mount.100000.frame"] / m["queue.mount.100.frame"],
      1.5,
      ratio,
    ),
    ...check(
      `search keystroke over 100,000, slowest of "${info.search}" (input → rows committed, laid out)`,
      m["queue.key.worst.commit"],
      30,
      ms,
    ),
    [`… same, to the next frame (rAF after the commit)`, ms(m["queue.key.worst.frame"]), "", ""],
    ...check(
      "longest long task, 2 s of scrolling (max over rounds)",
      max["queue.scroll.maxLongTask"],
      50,
      ms,
    ),
    ...check(
      "heap (JS + typed arrays), mounted with 100,000 minus baseline",
      m["queue.heap.mounted"],
      40 * 1024 * 1024,
      mb,
    ),
    ["anchor: heap, mounted with 100,000 minus baseline", mb(m["anchor.heap.mounted"]), "", ""],
    ...check(
      "heap (JS + typed arrays) after searching a rows array never searched before (its search index built), minus baseline",
      m["queue.heap.searched"],
      40 * 1024 * 1024,
      mb,
    ),
    [
      "first keystroke on that array, after the search box took focus and the page settled",
      ms(m["queue.heap.firstKeystroke"]),
      "",
      "",
    ],
    ["**ComplaintThread, 500 entries**", "", "", ""],
    [
      "mount, 500 entries, default first page of 30 (committed, laid out · end of next frame)",
      both("thread.mount.500"),
      "",
      "",
    ],
    ["mount, 50 entries", both("thread.mount.50"), "", ""],
    ["mount, bare list of 500 (anchor)", both("thread.mount.bare500"), "", ""],
    ...check(
      "mount ratio 500 entries / anchor (committed)",
      m["thread.mount.500"] / m["thread.mount.bare500"],
      1.5,
      ratio,
    ),
    ...check(
      "mount ratio 500 entries / anchor (end of next frame)",
      m["thread.mount.500.frame"] / m["thread.mount.bare500.frame"],
      1.5,
      ratio,
    ),
    ...check(
      "mount ratio 500 / 50 entries (committed)",
      m["thread.mount.500"] / m["thread.mount.50"],
      1.5,
      ratio,
    ),
    ...check(
      "mount ratio 500 / 50 entries (end of next frame)",
      m["thread.mount.500.frame"] / m["thread.mount.50.frame"],
      1.5,
      ratio,
    ),
    [
      `mount, 500 entries all shown (windowed: ${fmt(m["thread.mount.all500.rendered"], 0)} rendered) · 50 entries all shown (${fmt(m["thread.mount.all50.rendered"], 0)} rendered)`,
      `${ms(m["thread.mount.all500"])} · ${ms(m["thread.mount.all50"])}`,
      "",
      "",
    ],
    ...check(
      "mount ratio 500 shown / 50 shown (committed)",
      m["thread.mount.all500"] / m["thread.mount.all50"],
      1.5,
      ratio,
    ),
    ...check(
      "mount ratio 500 shown / 50 shown (end of next frame)",
      m["thread.mount.all500.frame"] / m["thread.mount.all50.frame"],
      1.5,
      ratio,
    ),
    ...check(
      "composer keystroke, all 500 entries revealed (input → committed, laid out)",
      m["thread.key.commit"],
      30,
      ms,
    ),
    ["… same, to the next frame", ms(m["thread.key.frame"]), "", ""],
    ...check(
      "longest long task, 2 s of scrolling, all 500 entries revealed (max over rounds)",
      max["thread.scroll.maxLongTask"],
      50,
      ms,
    ),
    ...check(
      "JS heap, mounted with all 500 entries revealed, minus baseline",
      m["thread.heap.mounted"],
      40 * 1024 * 1024,
      mb,
    ),
  ];
  const keys = info.expected.map((count, i) => {
    const typed = info.search.slice(0, i + 1);
    return `| "${typed}" | ${count.toLocaleString("en-US")} | ${ms(m[`queue.key.${i + 1}.commit`])} | ${ms(m[`queue.key.${i + 1}.frame`])} |`;
  });
  const lines = [
    "# Widgets in Chromium (issues 8 and 18)",
    "",
    "Command: `pnpm --filter @chinhquyenso/bench bench:widgets` (after `pnpm turbo run build --filter=@chinhquyenso/react --filter=@chinhquyenso/mocks`)",
    "",
    `Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, Chromium ${info.chromium}; load average (1 min) ${fmt(machine.loadAtStart, 2)} at start, ${fmt(machine.loadAtEnd, 2)} at end; per round ${fmt(Math.min(...samples.load), 2)}–${fmt(Math.max(...samples.load), 2)}${Math.max(...samples.load) > 1.5 ? " — **taken under load** (the machine is shared): ratios pair cases within a round, absolute times are inflated" : ""}; ${rounds} rounds (flow, scroll and heap: ${Math.min(3, rounds)}), ${fmt(machine.minutes, 1)} min.`,
    "",
    "| measure | median | budget | result |",
    "|---|---:|---:|---|",
    ...budgets.map((row) => `| ${row.join(" | ")} |`),
    "",
    `Search keystrokes over ${info.rows[1].toLocaleString("en-US")} dossiers (medians; index built before the first):`,
    "",
    "| search box holds | matches | input → committed | input → next frame |",
    "|---|---:|---:|---:|",
    ...keys,
    "",
    `Scrolling (medians of rounds): queue ${fmt(m["queue.scroll.frames"], 0)} frames, ${fmt(m["queue.scroll.scrolled"], 0)} px, longest frame ${ms(m["queue.scroll.maxGap"])}, ${fmt(m["queue.scroll.longTasks"], 0)} long tasks (longest ${ms(max["queue.scroll.maxLongTask"])}); anchor list ${fmt(m["anchor.scroll.frames"], 0)} frames, longest frame ${ms(m["anchor.scroll.maxGap"])}, ${fmt(m["anchor.scroll.longTasks"], 0)} long tasks (longest ${ms(max["anchor.scroll.maxLongTask"])}); thread ${fmt(m["thread.scroll.frames"], 0)} frames, ${fmt(m["thread.scroll.scrolled"], 0)} px, longest frame ${ms(m["thread.scroll.maxGap"])}, ${fmt(m["thread.scroll.longTasks"], 0)} long tasks.`,
    "",
    `Heap: the data itself (${info.rows.join(" + ")} dossiers and the thread, parsed) takes ${mb(info.dataHeap)}; after unmounting, the queue leaves ${mb(m["queue.heap.after"])} (the search index, kept in a WeakMap while the host holds the rows array) and the thread ${mb(m["thread.heap.after"])}.`,
    "",
    "## Method",
    "",
    "- **Page**: `bench/widgets/page.tsx` bundled by Vite with production React 19 and the built `@chinhquyenso/react` (`dist/index.js`, `dist/styles.css`), served from a loopback server to Debian's Chromium with the flags of `vitest.shared.ts` plus `--enable-precise-memory-info --js-flags=--expose-gc`; viewport 1280×900.",
    '- **Data**: generated in Node by `@chinhquyenso/mocks` `createDataset` (seed 20261126, clock 2026-11-26 09:00 +07:00): 100 and 100,000 dossiers, and a 500-entry thread made of the data set\'s own thread entries (unique ids, times 17 min apart) on a feedback in progress; passed to the page as one JSON document. Staff audience, composer enabled. ComplaintThread mounts with its default page size (the 30 most recent entries rendered, with the button that reveals earlier ones, for 500 and for 50 entries alike); the "500 shown / 50 shown" rows (issue 18), keystroke, scroll and heap rows use `pageSize={Infinity}` (every entry shown, as after revealing every page). Past 60 shown entries the timeline is windowed: it scrolls in its own box and renders the entries near its viewport, so 500 shown means 500 entries reachable in the list (each one of 500 by `aria-setsize`, the newest rendered — checked) and about a dozen rendered; 50 shown renders all 50. The thread scroll row scrolls that box.',
    '- **Mount**: `flushSync(root.render(…))` plus a forced layout, timed with `performance.now()` (**committed**), and to a task queued from the next `requestAnimationFrame`, which runs once that frame is rendered (**end of next frame**: includes what the browser lays out lazily, and up to one frame interval of waiting); client mode, all rows given, menu "all". Each mount is checked (grid `aria-rowcount`, thread entries). Cases are interleaved in a rotating order each round; the page settles (a frame and two idle callbacks) between cases. The windowed thread commits its entries at estimated offsets and measures them in the first frame (ResizeObserver, before that frame paints): its measuring counts in *end of next frame*, not in *committed*. `BENCH_CASES=thread` runs only the mounts named `thread.*` (the bare list of 500 included) with the same warm-up and rotation, prints their medians and the 500 shown / 50 shown ratios, and writes nothing: this report comes from a full run.',
    "- **Keystroke**: the input's value is set and an `input` event dispatched; a MutationObserver on the widget waits until the DOM shows the result (queue: `aria-rowcount` = the number of matches core's index gives in Node for that prefix, + 1; composer: the character counter), then forces layout (**committed**) and takes the next `requestAnimationFrame` (**next frame**: the frame that paints it). The queue's search is deferred (`useDeferredValue`), so its time includes the deferred render. Budget applied to *committed*; the next frame adds up to one frame interval (16.7 ms) of waiting.",
    "- **Scroll**: `scrollTop` advanced each animation frame for 2 s (queue grid 120 px/frame, thread page 60 px/frame), with a `longtask` PerformanceObserver; at every frame the grid must have rendered the row at the top of its viewport (checked by `aria-rowindex`, without forcing a layout) or the run fails. Pass means no long task over 50 ms in any round.",
    "- **Anchor** (issue 18): `bench/widgets/anchors.tsx`, a bare `useVirtualizer` list (fixed 40 px rows, overscan 10) of the same 100,000 dossiers showing code, applicant, summary, status and due date, mounted, scrolled and weighed exactly like the queue. DossierQueue's budget is a ratio to it.",
    "- **Flow** (issue 18): on a copy of the 100,000 rows never searched (no index yet), with a `longtask` PerformanceObserver from before the mount to after the clear: mount, focus the search box and type \"n\" at once (**first keystroke**: input → the grid's `aria-rowcount` equals core's match count + 1, so it includes building the index in slices), set the grid's `scrollTop` to its end every frame until the row with the last match's `aria-rowindex` is rendered (scrolling past the first 200 matches ranks every match), then clear the search (input → all rows back). Pass means no long task over 50 ms in any round.",
    "- **Heap**: `performance.memory.usedJSHeapSize` plus V8's typed-array backing stores (`Runtime.getHeapUsage` `backingStorageSize` over the DevTools protocol: the search index lives in typed arrays) after three `gc()` calls, with the widget mounted and settled, minus the **same page with the same data loaded and held but nothing mounted** (the host owns its rows either way).",
    "",
  ];
  return lines.join("\n");

  function both(name) {
    return `${ms(m[name])} · ${ms(m[`${name}.frame`])}`;
  }

  function check(name, value, budget, format) {
    const shown =
      format === mb
        ? `≤ ${fmt(budget / 1024 / 1024, 0)} MB`
        : format === ratio
          ? `≤ ${budget}×`
          : `≤ ${budget} ms`;
    return [[name, format(value), shown, verdict(value <= budget)]];
  }
}
