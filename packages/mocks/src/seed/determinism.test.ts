// A seed must give the same data in every process, on every machine, release after release: Storybook stories,
// screenshots and department developers' tests depend on it. The snapshot pins one composed record per seed;
// update it (vitest -u) only on purpose, when a pool or a template changes, and say so in the changeset.
import { describe, expect, it } from "vitest";
import { createRandom } from "../random";
import * as seed from "./index";

/** A composed record on a map, dated in that map's time. */
function sample(seedValue: number, map: seed.AdministrativeMap = seed.CURRENT_MAP) {
  const now = new Date(map === seed.CURRENT_MAP ? "2026-03-02T09:30:00+07:00" : "2025-05-02T09:30:00+07:00");
  const random = createRandom(seedValue);
  const applicant = seed.generatePersonName(random);
  const address = seed.generateAddress(random, { map });
  const procedure = seed.pickProcedure(random, map);
  const submittedAt = seed.drawOfficeTime(random, seed.windowBefore(now, 60));
  const birthYear = random.int(1960, 2005);
  const category = seed.pickFeedbackCategory(random);
  const report = seed.generateFeedbackReport(random, category, { address, at: submittedAt });
  const agency = seed.agencyByKey(seed.responsibleAgencyKey(procedure, address.locality.key, map), map);
  return {
    applicant: applicant.full,
    // Synthetic, but masked all the same: a failing snapshot prints into CI logs.
    citizenId: seed.maskCitizenId(seed.generateCitizenId(random, { gender: applicant.gender, birthYear })),
    phone: seed.maskPhone(seed.generatePhoneNumber(random)),
    address: address.full,
    location: address.location,
    procedure: seed.agencyProcedureCode(procedure, agency),
    agency: agency.name,
    summary: seed.generateDossierSummary(random, procedure, { applicant, address, submittedAt, map }),
    submittedAt: seed.formatVietnamIso(submittedAt),
    feedback: report,
  };
}

describe("determinism", () => {
  it("gives the same record for the same seed, in this and any other process", () => {
    expect(sample(2025)).toEqual(sample(2025));
    expect(sample(2025)).toMatchSnapshot();
    expect(sample(1)).toMatchSnapshot();
    expect(sample(2025, seed.PRE_MERGER_MAP)).toMatchSnapshot();
  });

  it("gives a different record for another seed", () => {
    expect(sample(2025)).not.toEqual(sample(2026));
  });
});
