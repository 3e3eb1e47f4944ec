import { agencyIdProblem } from "@chinhquyenso/core";
import { MockOptionsError } from "../errors";
import { type AgencyKey, agencyIdentifier, PLACEHOLDER_PROVINCE_CODE } from "../seed/agencies";
import { type AdministrativeMap, administrativeMap, MAP_IDS, type MapId } from "../seed/maps";
import { DAY_MS, MINUTE_MS } from "../util";

export interface DatasetOptions {
  /** Same seed (with the same `now`, `size` and `snapshot`) → the same data. Default 1. */
  readonly seed?: number;
  /** Number of dossiers, 10 to 100,000. Other collections scale with it. Default 200. */
  readonly size?: number;
  /**
   * The moment the data set is "as of" (a Date, an ISO string or epoch ms). Default: the current time rounded
   * down to the minute, so a demo looks live — or, for the pre-merger snapshot, `PRE_MERGER_DEFAULT_NOW`.
   * Pass a fixed value in tests. It must fall in the snapshot's dates (see `snapshot`).
   */
  readonly now?: Date | string | number;
  /**
   * The administrative map: `"current"` (default) — Hồ Chí Minh City since 2025-07-01, two tiers, 2025
   * department names; `now` must leave the whole history (150 days) after 2025-07-01. `"pre-2025-07"` — the
   * labelled pre-merger snapshot of Bình Dương; `now` must leave the calendar ahead (32 days) before 2025-07-01.
   */
  readonly snapshot?: MapId;
  /**
   * Letter and statistics code in agency identifiers (`000.00.00.X74`). Default `X74`, a deliberately unreal
   * placeholder (Hồ Chí Minh City's real letter code is H29).
   */
  readonly provinceCode?: string;
  /** Identifiers of particular agencies, by key (`sxd`, `ubnd_thu_dau_mot`…), overriding the generated ones. */
  readonly agencyCodes?: Partial<Record<AgencyKey, string>>;
}

export interface ResolvedDatasetOptions {
  readonly seed: number;
  readonly size: number;
  readonly nowMs: number;
  readonly snapshot: MapId;
  readonly map: AdministrativeMap;
  readonly provinceCode: string;
  /** The identifier of every agency of the map. */
  readonly agencyCodes: Readonly<Record<AgencyKey, string>>;
  /** The identifiers passed in `agencyCodes`, to resolve the options again (reset). */
  readonly agencyCodeOverrides: Readonly<Partial<Record<AgencyKey, string>>>;
}

export const MIN_SIZE = 10;
export const MAX_SIZE = 100_000;
export const DEFAULT_SIZE = 200;
/** How far back the records of a data set go (dossiers are submitted up to 150 days before `now`). */
export const HISTORY_DAYS = 150;
/** How far ahead they go (the work calendar shows the next month). */
export const AHEAD_DAYS = 32;
/** The pre-merger snapshot's default `now`: a Wednesday morning a month before the merger. */
export const PRE_MERGER_DEFAULT_NOW = "2025-05-28T10:00:00+07:00";

/** Epoch ms of a `now`-like option; throws `MockOptionsError` naming `option` when it is not a valid instant. */
export function instantOption(value: Date | string | number, option: string): number {
  const ms =
    value instanceof Date ? value.getTime() : typeof value === "number" ? value : Date.parse(String(value));
  if (!Number.isFinite(ms))
    throw new MockOptionsError(option, "must be a Date, an ISO 8601 date-time or epoch milliseconds");
  return ms;
}

const vietnamMidnight = (day: string) => Date.parse(`${day}T00:00:00+07:00`);
const vietnamDay = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * The range of `now` a map allows: every record of the data set, from `now - HISTORY_DAYS` to `now + AHEAD_DAYS`,
 * must fall within the map's dates — never 2026 records with 2023 geography, nor the reverse.
 */
export function nowRange(map: AdministrativeMap): { readonly earliest: number; readonly latest: number } {
  return {
    earliest: map.validFrom === null ? -Infinity : vietnamMidnight(map.validFrom) + HISTORY_DAYS * DAY_MS,
    // Any time of the last allowed day: the calendar counts whole days from `now`'s midnight.
    latest:
      map.validUntil === null ? Infinity : vietnamMidnight(map.validUntil) - (AHEAD_DAYS - 1) * DAY_MS - 1,
  };
}

function checkNowOnMap(nowMs: number, map: AdministrativeMap): void {
  const { earliest, latest } = nowRange(map);
  if (nowMs < earliest)
    throw new MockOptionsError(
      "now",
      `${vietnamDay(nowMs)} is too early for the snapshot "${map.id}" (${map.description}): its records reach ${HISTORY_DAYS} days back and must not precede ${map.validFrom}, so now must be on or after ${vietnamDay(earliest)}; for earlier dates use the snapshot "pre-2025-07"`,
    );
  if (nowMs > latest)
    throw new MockOptionsError(
      "now",
      `${vietnamDay(nowMs)} is too late for the snapshot "${map.id}" (${map.description}): its calendar reaches ${AHEAD_DAYS} days ahead and must end before ${map.validUntil}, so now must be on or before ${vietnamDay(latest)}; for later dates use the snapshot "current"`,
    );
}

function resolveMap(snapshot: unknown): AdministrativeMap {
  if (typeof snapshot !== "string" || !(MAP_IDS as readonly string[]).includes(snapshot))
    throw new MockOptionsError("snapshot", `must be one of ${MAP_IDS.map((id) => `"${id}"`).join(", ")}`);
  return administrativeMap(snapshot);
}

export function resolveDatasetOptions(options: DatasetOptions = {}): ResolvedDatasetOptions {
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) throw new MockOptionsError("seed", `must be an integer, got ${String(seed)}`);
  const size = options.size ?? DEFAULT_SIZE;
  if (!Number.isInteger(size) || size < MIN_SIZE || size > MAX_SIZE)
    throw new MockOptionsError(
      "size",
      `must be an integer from ${MIN_SIZE} to ${MAX_SIZE}, got ${String(size)}`,
    );
  const map = resolveMap(options.snapshot ?? "current");
  const nowMs =
    options.now !== undefined
      ? instantOption(options.now, "now")
      : map.validUntil !== null
        ? Date.parse(PRE_MERGER_DEFAULT_NOW)
        : Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS;
  const year = new Date(nowMs).getUTCFullYear();
  if (year < 2001 || year > 2098)
    throw new MockOptionsError("now", `must be in 2001–2098 (dossier codes use yy), got ${year}`);
  checkNowOnMap(nowMs, map);
  const provinceCode = options.provinceCode ?? PLACEHOLDER_PROVINCE_CODE;
  if (!/^[A-Z]\d{2}$/.test(provinceCode))
    throw new MockOptionsError("provinceCode", `must be one capital letter and two digits, like "X74"`);

  const codes = {} as Record<AgencyKey, string>;
  for (const agency of map.agencies) codes[agency.key] = agencyIdentifier(agency, provinceCode);
  const overrides = options.agencyCodes ?? {};
  for (const [key, code] of Object.entries(overrides)) {
    if (!(key in codes))
      throw new MockOptionsError(
        `agencyCodes.${key}`,
        `is not an agency key of the snapshot "${map.id}" (keys are in @chinhquyenso/mocks/seed's maps)`,
      );
    const problem = agencyIdProblem(code);
    if (problem !== undefined) throw new MockOptionsError(`agencyCodes.${key}`, problem);
    codes[key as AgencyKey] = code as string;
  }
  const seen = new Map<string, string>();
  for (const [key, code] of Object.entries(codes)) {
    const other = seen.get(code);
    if (other) throw new MockOptionsError(`agencyCodes.${key}`, `"${code}" is already the code of ${other}`);
    seen.set(code, key);
  }
  return {
    seed,
    size,
    nowMs,
    snapshot: map.id,
    map,
    provinceCode,
    agencyCodes: codes,
    agencyCodeOverrides: { ...overrides },
  };
}
