import type { Duration, DurationUnit } from "../deadline/duration";

/** The fields of a procedure case the processing time reads; the API's `ProcedureCase` satisfies it. */
export interface ProcedureCaseInput {
  readonly name: string;
  readonly duration: number;
  readonly unit: DurationUnit | (string & {});
}

/**
 * The processing time of a dossier: the procedure case it names (`caseName`), or the procedure's only case when it
 * names none that exists. `undefined` when it cannot be told (several cases, none named) — a due date must then
 * come from the platform, never from a guess.
 */
export function caseDuration(
  cases: readonly ProcedureCaseInput[] | null | undefined,
  caseName: string | null | undefined,
): Duration | undefined {
  const list = Array.isArray(cases) ? cases : [];
  const chosen = list.find((item) => item?.name === caseName) ?? (list.length === 1 ? list[0] : undefined);
  return chosen ? ({ amount: chosen.duration, unit: chosen.unit } as Duration) : undefined;
}
