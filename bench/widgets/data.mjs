// The bench's data, from @chinhquyenso/mocks' seeded generator (fixed seed and clock, so every run sees the
// same rows): 100 and 100,000 dossiers, and a 500-entry feedback thread made of the data set's own thread
// entries. Also the number of matches the queue must show for each prefix of the search text, worked out here
// with core's index over the same fields the widget searches, so the page can tell when the grid shows them.
import { createSearchIndex } from "@chinhquyenso/core";
import { createDataset } from "@chinhquyenso/mocks";

export const NOW = "2026-11-26T09:00:00+07:00";
const SEED = 20261126;
const THREAD_ENTRIES = 500;

/** The widget's searchable text of a dossier (DossierQueue clientRows.ts `searchText`). */
const searchText = (row) =>
  [row.code, row.applicant?.fullName, row.summary, row.procedureName]
    .filter((part) => typeof part === "string")
    .join(" ");

/** One long thread: the entries of the data set's threads, one after another, with unique ids and times. */
function longThread(dataset) {
  const feedback = dataset.feedback.find((item) => item.status === "in_progress");
  if (!feedback) throw new Error("the data set has no feedback in progress");
  const entries = [];
  const start = Date.parse(feedback.createdAt);
  for (const thread of Object.values(dataset.feedbackThreads)) {
    for (const entry of thread) {
      if (entries.length === THREAD_ENTRIES) break;
      const at = new Date(start + entries.length * 17 * 60_000).toISOString();
      entries.push({ ...entry, id: `te_bench_${entries.length}`, at });
    }
    if (entries.length === THREAD_ENTRIES) break;
  }
  if (entries.length < THREAD_ENTRIES) throw new Error(`only ${entries.length} thread entries`);
  return { feedback, entries };
}

export function generateData(search) {
  const now = new Date(NOW);
  const large = createDataset({ size: 100_000, seed: SEED, now });
  const small = createDataset({ size: 100, seed: SEED, now });
  const index = createSearchIndex(large.dossiers, { text: searchText });
  const expected = [...search].map((_, i) => index.search(search.slice(0, i + 1), { limit: 0 }).total);
  const thread = longThread(large);
  const payload = { now: NOW, queues: { 100: small.dossiers, 100000: large.dossiers }, thread };
  return {
    json: JSON.stringify(payload),
    expected,
    sizes: [small.dossiers.length, large.dossiers.length],
    threadEntries: thread.entries.length,
  };
}
