import { createSearchIndex } from "@chinhquyenso/core";
import { createDataset } from "@chinhquyenso/mocks";

const rows = createDataset({
  size: 100000,
  seed: 20261126,
  now: new Date("2026-11-26T09:00:00+07:00"),
}).dossiers;
const text = (row) =>
  [row.code, row.applicant?.fullName, row.summary, row.procedureName]
    .filter((p) => typeof p === "string")
    .join(" ");
let t = performance.now();
const index = createSearchIndex(rows, { text });
console.log("build", (performance.now() - t).toFixed(0));
for (const q of ["n", "ng", "ngu", "nguy", "nguyen", "phan"]) {
  const r = {};
  for (const limit of [100000, 500, 0]) {
    for (let i = 0; i < 3; i++) index.search(q, { limit });
    t = performance.now();
    for (let i = 0; i < 5; i++) index.search(q, { limit });
    r[limit] = ((performance.now() - t) / 5).toFixed(1);
  }
  console.log(q, index.search(q, { limit: 0 }).total, r);
}
