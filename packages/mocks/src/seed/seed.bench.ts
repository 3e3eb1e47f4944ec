// `pnpm --filter @chinhquyenso/mocks bench:vocabulary`: 100,000 dossier-like records (name, address, summary, dates), the
// load the task budgets at "well under a second". Results and machine are in src/seed/README.md.
import { bench, describe } from "vitest";
import { createRandom } from "../random";
import {
  drawOfficeTime,
  formatVietnamIso,
  generateAddress,
  generateDossierSummary,
  generateFeedbackReport,
  generatePersonName,
  pickFeedbackCategory,
  pickProcedure,
  windowBefore,
} from "./index";

const RECORDS = 100_000;
const NOW = new Date("2025-06-02T09:30:00+07:00");
const WINDOW = windowBefore(NOW, 365);
// Keeps the results alive so the engine cannot drop the work.
let sink = 0;

function dossierRecords(withFeedback: boolean) {
  const random = createRandom(1);
  for (let i = 0; i < RECORDS; i++) {
    const applicant = generatePersonName(random);
    const address = generateAddress(random);
    const procedure = pickProcedure(random);
    const submittedAt = drawOfficeTime(random, WINDOW);
    const summary = generateDossierSummary(random, procedure, { applicant, address, submittedAt });
    sink += summary.length + formatVietnamIso(submittedAt).length + applicant.full.length;
    if (withFeedback)
      sink += generateFeedbackReport(random, pickFeedbackCategory(random), { address, at: submittedAt }).body
        .length;
  }
}

describe(`${RECORDS.toLocaleString("en")} records`, () => {
  const options = { iterations: 10, warmupIterations: 2, time: 0 };
  bench("dossier-like: name + address + summary + office-hour date", () => dossierRecords(false), options);
  bench("the same plus a 1022 feedback report", () => dossierRecords(true), options);
});

export { sink };
