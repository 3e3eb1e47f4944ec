// Sample rows for stories and tests (never exported from the package): the mocks' seeded data set, as the API
// returns it, frozen at the stories' clock.
import type { Dossier } from "@chinhquyenso/client";
import { createDataset } from "@chinhquyenso/mocks";
import { STORY_NOW } from "../support/storybook.story-support";

const cache = new Map<number, Dossier[]>();

/** `size` seeded dossiers (10 to 100,000) as of STORY_NOW. */
export function sampleDossiers(size = 200): Dossier[] {
  let rows = cache.get(size);
  if (!rows) {
    rows = createDataset({ size, seed: 7, now: STORY_NOW }).dossiers as Dossier[];
    cache.set(size, rows);
  }
  return rows;
}

/**
 * `count` rows made by repeating 2,000 seeded dossiers with unique codes (`…-000001` upwards): cheap enough to
 * build 100,000 rows in a test or a story.
 */
export function manyDossiers(count: number): Dossier[] {
  const base = sampleDossiers(2000);
  return Array.from({ length: count }, (_, index) => {
    const row = base[index % base.length] as Dossier;
    const code = `${row.agencyCode}-261126-${String(index + 1).padStart(6, "0")}`;
    return { ...row, code, etag: `"x-${index}"` };
  });
}
