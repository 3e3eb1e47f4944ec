import { ProblemError } from "../store/problem";
import type { MockStore } from "../store/store";

/**
 * GeoReport v2 `jurisdiction_id`: optional where one jurisdiction is served. Absent or empty is accepted (v2:
 * an empty optional argument is as not sent); another jurisdiction answers 404.
 */
export function checkJurisdiction(store: MockStore, value: string | undefined): void {
  const given = value?.trim() ?? "";
  if (given !== "" && given !== store.open311.jurisdictionId)
    throw new ProblemError(
      404,
      "unknown_jurisdiction",
      "Not found",
      `jurisdiction_id: this endpoint serves ${store.open311.jurisdictionId} only`,
    );
}
