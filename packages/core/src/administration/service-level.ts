import { describeValue, InvalidInputError } from "../errors";
import type { LabelTable } from "../labels";

/**
 * How much of a procedure can be done online, as Decree 42/2022/NĐ-CP classifies online public services:
 * `full_online` (toàn trình — submission, payment and result all online) or `partial_online` (một phần).
 * A procedure with no online service has no service level (docs/domain.md §7).
 */
export const SERVICE_LEVELS = ["full_online", "partial_online"] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

export const SERVICE_LEVEL_LABELS: LabelTable<ServiceLevel> = {
  full_online: { vi: "Trực tuyến toàn trình", en: "Fully online" },
  partial_online: { vi: "Trực tuyến một phần", en: "Partly online" },
};

/**
 * The scale of online service levels 2–4 that Decree 42/2022 replaced, still found in older records, and the
 * current level each maps to. [I] The mapping is our reading, not a published table: level 4 (submit, pay and
 * receive the result online) meets the conditions of `full_online`; levels 3 (submit online, result at the
 * counter) and 2 (forms to download only) do not, so they map to `partial_online`.
 */
export const LEGACY_SERVICE_LEVELS: Readonly<Record<2 | 3 | 4, ServiceLevel>> = {
  2: "partial_online",
  3: "partial_online",
  4: "full_online",
};

function legacyNumber(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "string" && /^\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

/**
 * Reads a service level, current (`full_online`, `partial_online`) or legacy (2, 3, 4, as a number or a numeric
 * string), as a current one. Throws `InvalidInputError` naming `field` for anything else: level 1 was information
 * only and is no online service (`not_an_online_service`); other numbers and strings are `unknown_service_level`.
 */
export function parseServiceLevel(value: unknown, field = "serviceLevel"): ServiceLevel {
  if (typeof value === "string" && (SERVICE_LEVELS as readonly string[]).includes(value)) {
    return value as ServiceLevel;
  }
  const legacy = legacyNumber(value);
  if (legacy === 2 || legacy === 3 || legacy === 4) return LEGACY_SERVICE_LEVELS[legacy];
  if (legacy === 1) {
    throw new InvalidInputError(
      "not_an_online_service",
      field,
      "level 1 (information only) is not an online public service under Decree 42/2022: leave the service level out",
    );
  }
  const what = legacy === undefined ? describeValue(value) : `level ${legacy}`;
  throw new InvalidInputError(
    "unknown_service_level",
    field,
    // Joined here, not at module level: a top-level call would stay in every bundle that imports anything from core.
    `${what} is not a service level; expected ${SERVICE_LEVELS.join(", ")} (or a legacy level 2, 3 or 4)`,
  );
}

/** A procedure as records carry it: the current `serviceLevel`, a legacy numeric `level`, both or neither. */
export interface ServiceLevelInput {
  readonly serviceLevel?: unknown;
  readonly level?: unknown;
}

/**
 * The current service level of a procedure record: `serviceLevel` when present, else its legacy `level` mapped;
 * `undefined` when it has neither (no online service). Both are checked — a bad value is never dropped — and
 * they must agree (`conflicting_service_level`, naming `level`).
 */
export function procedureServiceLevel(procedure: ServiceLevelInput): ServiceLevel | undefined {
  const present = (value: unknown) => value !== undefined && value !== null;
  const current = present(procedure.serviceLevel)
    ? parseServiceLevel(procedure.serviceLevel, "serviceLevel")
    : undefined;
  const legacy = present(procedure.level) ? parseServiceLevel(procedure.level, "level") : undefined;
  if (current !== undefined && legacy !== undefined && current !== legacy) {
    throw new InvalidInputError(
      "conflicting_service_level",
      "level",
      `legacy level ${describeValue(procedure.level)} means ${legacy}, but serviceLevel is ${current}`,
    );
  }
  return current ?? legacy;
}
