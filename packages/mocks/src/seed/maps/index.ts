// The administrative maps of the samples: today's (the default) and the labelled pre-merger snapshot.
import { SeedInputError } from "../errors";
import { CURRENT_MAP } from "./current";
import { PRE_MERGER_MAP } from "./pre-merger";
import type { AdministrativeMap, Agency, AgencyKey, AgencyRole, MapId } from "./types";

export { CURRENT_MAP } from "./current";
export { PRE_MERGER_MAP } from "./pre-merger";
export * from "./types";

export const ADMINISTRATIVE_MAPS: Readonly<Record<MapId, AdministrativeMap>> = {
  current: CURRENT_MAP,
  "pre-2025-07": PRE_MERGER_MAP,
};

export const MAP_IDS = Object.keys(ADMINISTRATIVE_MAPS) as MapId[];

/** The map with this id; throws `SeedInputError` naming `snapshot` for an unknown one. */
export function administrativeMap(id: string): AdministrativeMap {
  if (!Object.hasOwn(ADMINISTRATIVE_MAPS, id))
    throw new SeedInputError("snapshot", `unknown map "${id}" (known: ${MAP_IDS.join(", ")})`);
  return ADMINISTRATIVE_MAPS[id as MapId];
}

const agencyIndex = new WeakMap<AdministrativeMap, ReadonlyMap<string, Agency>>();

/** The agency with this key on `map` (default today's); throws `SeedInputError` naming `agency` otherwise. */
export function agencyByKey(key: AgencyKey, map: AdministrativeMap = CURRENT_MAP): Agency {
  let index = agencyIndex.get(map);
  if (!index) {
    index = new Map(map.agencies.map((agency) => [agency.key, agency]));
    agencyIndex.set(map, index);
  }
  const agency = index.get(key);
  if (!agency) throw new SeedInputError("agency", `no agency "${String(key)}" on the map "${map.id}"`);
  return agency;
}

/** The agency of `map` that plays `role` ("environment" is Sở Tài nguyên và Môi trường before 2025…). */
export function agencyOfRole(role: AgencyRole, map: AdministrativeMap = CURRENT_MAP): Agency {
  return agencyByKey(map.roles[role], map);
}
