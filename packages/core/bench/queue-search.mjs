// The DossierQueue case (issue 8): 100,000 dossier-like records, four fields joined per row. Memory of the
// index and the broad first keystrokes, the former index (bench/reference.mjs) vs the compact one, same run.
// Needs `node --expose-gc` (run.mjs restarts itself with it).
import { createSearchIndex } from "../dist/index.js";
import { dossierRecords, recordText } from "./data.mjs";
import { loadReferenceIndex } from "./reference.mjs";

const MB = 1024 * 1024;
const QUERIES = ["n", "h", "ng", "t", "nguyen", "ho so dat dai", "nguyen van an", "h29 01 260305"];

// ArrayBuffer contents are freed by a concurrent sweeper after gc(): let it run before reading the figures.
async function settle() {
  for (let i = 0; i < 3; i++) {
    global.gc();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return process.memoryUsage();
}

/** Retained by `build()`: JS heap (heapUsed) and ArrayBuffer contents (typed arrays live outside the heap). */
async function retained(build) {
  const before = await settle();
  const started = performance.now();
  const index = build();
  const ms = performance.now() - started;
  const after = await settle();
  return {
    index,
    ms,
    heap: (after.heapUsed - before.heapUsed) / MB,
    buffers: (after.arrayBuffers - before.arrayBuffers) / MB,
  };
}

/** Median ms per query over `rounds` rounds of 10, the two indexes alternating so load hits both alike. */
function timeQuery(indexes, query, rounds = 7) {
  const times = indexes.map(() => []);
  for (const index of indexes) for (let i = 0; i < 5; i++) index.search(query);
  for (let round = 0; round < rounds; round++) {
    indexes.forEach((index, which) => {
      const started = performance.now();
      for (let i = 0; i < 10; i++) index.search(query);
      times[which].push((performance.now() - started) / 10);
    });
  }
  return times.map((list) => list.sort((a, b) => a - b)[list.length >> 1]);
}

export async function queueSearchBench(out, fmt) {
  const ReferenceSearchIndex = await loadReferenceIndex();
  const records = dossierRecords(100_000);
  let chars = 0;
  let words = 0;
  for (const record of records) {
    const text = recordText(record);
    chars += text.length;
    words += text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;
  }
  const before = await retained(() => new ReferenceSearchIndex(records, recordText));
  const after = await retained(() => createSearchIndex(records, { text: recordText }));
  for (const query of QUERIES) {
    const expected = before.index.search(query, { limit: 20 });
    const actual = after.index.search(query, { limit: 20 });
    if (
      JSON.stringify({ ...expected, hits: expected.hits.map(({ item, ...hit }) => hit) }) !==
      JSON.stringify({ ...actual, hits: actual.hits.map(({ item, ...hit }) => hit) })
    )
      throw new Error(`former and compact index disagree on "${query}"`);
  }

  out(
    `| DossierQueue-like index, 100,000 records (${fmt(chars / 1e6, 1)} M chars, ${fmt(words / 1e6, 2)} M words) | former | compact | ratio |`,
  );
  out("|---|---:|---:|---:|");
  const row = (label, a, b, digits = 1) =>
    out(`| ${label} | ${fmt(a, digits)} | ${fmt(b, digits)} | ${fmt(b / a, 2)}× |`);
  row("JS heap retained (MB, heapUsed delta after gc)", before.heap, after.heap);
  row("ArrayBuffers retained (MB, typed arrays)", before.buffers, after.buffers);
  row("total retained (MB)", before.heap + before.buffers, after.heap + after.buffers);
  row("build (ms, once)", before.ms, after.ms, 0);
  for (const query of QUERIES) {
    const [a, b] = timeQuery([before.index, after.index], query);
    const total = after.index.search(query).total;
    row(`\`${query}\` (${fmt(total)} matches), ms/query`, a, b, 2);
  }
  out(
    `\nBoth indexes answered the ${QUERIES.length} queries identically (top 20, scores, highlights, totals). ` +
      "Query times: median of 7 rounds of 10, the two indexes alternating.\n",
  );
}
