import { agencyIdProblem } from "@chinhquyenso/core";
import { MockOptionsError } from "../errors";
import { AGENCIES, type AgencyKey, agencyIdentifier, PLACEHOLDER_PROVINCE_CODE } from "../seed/agencies";
import { MINUTE_MS } from "../util";

export interface DatasetOptions {
  /** Same seed (with the same `now` and `size`) → the same data. Default 1. */
  readonly seed?: number;
  /** Number of dossiers, 10 to 100,000. Other collections scale with it. Default 200. */
  readonly size?: number;
  /**
   * The moment the data set is "as of" (a Date, an ISO string or epoch ms). Default: the current time rounded
   * down to the minute, so a demo looks live; pass a fixed value in tests.
   */
  readonly now?: Date | string | number;
  /**
   * Letter and statistics code in agency identifiers (`000.00.00.X74`). Default `X74`, a deliberately unreal
   * placeholder: Bình Dương's letter code is unconfirmed.
   */
  readonly provinceCode?: string;
  /** Identifiers of particular agencies, by key (`sxd`, `ubnd_thu_dau_mot`…), overriding the generated ones. */
  readonly agencyCodes?: Partial<Record<AgencyKey, string>>;
}

export interface ResolvedDatasetOptions {
  readonly seed: number;
  readonly size: number;
  readonly nowMs: number;
  readonly provinceCode: string;
  /** The identifier of every agency. */
  readonly agencyCodes: Readonly<Record<AgencyKey, string>>;
}

export const MIN_SIZE = 10;
export const MAX_SIZE = 100_000;
export const DEFAULT_SIZE = 200;

/** Epoch ms of a `now`-like option; throws `MockOptionsError` naming `option` when it is not a valid instant. */
export function instantOption(value: Date | string | number, option: string): number {
  const ms =
    value instanceof Date ? value.getTime() : typeof value === "number" ? value : Date.parse(String(value));
  if (!Number.isFinite(ms))
    throw new MockOptionsError(option, "must be a Date, an ISO 8601 date-time or epoch milliseconds");
  return ms;
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
  const nowMs =
    options.now === undefined
      ? Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS
      : instantOption(options.now, "now");
  const year = new Date(nowMs).getUTCFullYear();
  if (year < 2001 || year > 2098)
    throw new MockOptionsError("now", `must be in 2001–2098 (dossier codes use yy), got ${year}`);
  const provinceCode = options.provinceCode ?? PLACEHOLDER_PROVINCE_CODE;
  if (!/^[A-Z]\d{2}$/.test(provinceCode))
    throw new MockOptionsError("provinceCode", `must be one capital letter and two digits, like "X74"`);

  const codes = {} as Record<AgencyKey, string>;
  for (const agency of AGENCIES) codes[agency.key] = agencyIdentifier(agency, provinceCode);
  for (const [key, code] of Object.entries(options.agencyCodes ?? {})) {
    if (!(key in codes))
      throw new MockOptionsError(`agencyCodes.${key}`, "is not an agency key of the samples");
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
  return { seed, size, nowMs, provinceCode, agencyCodes: codes };
}
