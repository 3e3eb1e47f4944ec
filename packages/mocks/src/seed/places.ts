// Sample addresses and locations on an administrative map (./maps): today's Hồ Chí Minh City by default, or the
// labelled pre-merger snapshot of Bình Dương. FOR SAMPLES ONLY: real place and street names, invented house
// numbers, neighbourhoods and coordinates.
import type { Random } from "../random";
import { SeedInputError } from "./errors";
import { localityLabel, placeLabel } from "./locality";
import { CURRENT_MAP } from "./maps";
import type { AdministrativeMap, GeoPoint, Locality, LocalityKey, Ward } from "./maps/types";
import { type WeightedPool, weightedPool } from "./weighted";

export {
  isDistrictLevel,
  localHealthFacility,
  localityLabel,
  oneStopDesk,
  placeLabel,
  wardLabel,
} from "./locality";

const pools = new WeakMap<AdministrativeMap, WeightedPool<Locality>>();
const byKey = new WeakMap<AdministrativeMap, ReadonlyMap<string, Locality>>();
// The place ("phường Phú Cường, thành phố Thủ Dầu Một") and the address suffix after the line (", phường Phú
// Cường, thành phố Thủ Dầu Một, tỉnh Bình Dương") of every ward of a map, built once.
const wardTexts = new WeakMap<AdministrativeMap, ReadonlyMap<Ward, { place: string; suffix: string }>>();

function cached<T>(cache: WeakMap<AdministrativeMap, T>, map: AdministrativeMap, build: () => T): T {
  let value = cache.get(map);
  if (value === undefined) {
    value = build();
    cache.set(map, value);
  }
  return value;
}

/** The locality with this key on `map`; throws `SeedInputError` naming `locality` when there is none. */
export function localityByKey(key: LocalityKey, map: AdministrativeMap = CURRENT_MAP): Locality {
  const locality = cached(byKey, map, () => new Map(map.localities.map((item) => [item.key, item]))).get(key);
  if (!locality) throw new SeedInputError("locality", `no locality "${String(key)}" on the map "${map.id}"`);
  return locality;
}

/** A locality drawn with realistic weights (the populous southern units more often). */
export function pickLocality(random: Random, map: AdministrativeMap = CURRENT_MAP): Locality {
  return cached(pools, map, () =>
    weightedPool(map.localities.map((locality) => [locality, locality.weight] as const)),
  ).pick(random);
}

/** A point near the locality's centre (uniform over a disc of radius `spread`), rounded to 6 decimals. */
export function jitterLocation(random: Random, locality: Locality): GeoPoint {
  const radius = locality.spread * Math.sqrt(random.next());
  const angle = 2 * Math.PI * random.next();
  return {
    lat: round6(locality.centre.lat + radius * Math.sin(angle)),
    long: round6(locality.centre.long + radius * Math.cos(angle)),
  };
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

export interface SampleAddress {
  readonly locality: Locality;
  /** The ward, commune or township: a commune-level locality is its own single ward. */
  readonly ward: Ward;
  /** The street when the address is on one ("đường Yersin"); null for "tổ 4, ấp 3" style rural addresses. */
  readonly street: string | null;
  /** House number, street and neighbourhood: "Số 125 đường Yersin, khu phố 3". */
  readonly line: string;
  /** Ward and, before 2025-07-01, district: "phường Thủ Dầu Một" or "phường Phú Cường, thành phố Thủ Dầu Một". */
  readonly place: string;
  /** The whole address down to the province. */
  readonly full: string;
  readonly location: GeoPoint;
}

export interface AddressOptions {
  /** The administrative map (default today's). */
  readonly map?: AdministrativeMap;
  /** Restrict to one locality; otherwise drawn with population weights. */
  readonly locality?: LocalityKey;
}

/**
 * A fictional address: a real ward and a real street of the locality, with an invented house number and
 * neighbourhood (the street is not checked to cross that ward). Never a real person's address.
 */
export function generateAddress(random: Random, options: AddressOptions = {}): SampleAddress {
  const map = options.map ?? CURRENT_MAP;
  const locality =
    options.locality === undefined ? pickLocality(random, map) : localityByKey(options.locality, map);
  const ward = random.pick(locality.wards);
  // Wards and townships are divided into khu phố; communes into ấp.
  const neighbourhood = ward.kind === "commune" ? `ấp ${random.int(1, 6)}` : `khu phố ${random.int(1, 9)}`;
  const urban = locality.kind === "city" || locality.kind === "ward";
  const onStreet = urban ? random.next() < 0.85 : random.next() < 0.4;
  let street: string | null = null;
  let line: string;
  if (onStreet) {
    street = random.pick(locality.streets);
    line = `Số ${houseNumber(random)} ${street}, ${neighbourhood}`;
  } else {
    line = `Tổ ${random.int(1, 15)}, ${neighbourhood}`;
  }
  const texts = cached(wardTexts, map, () => {
    const built = new Map<Ward, { place: string; suffix: string }>();
    for (const item of map.localities)
      for (const each of item.wards) {
        const place = placeLabel(item, each);
        built.set(each, { place, suffix: `, ${place}, ${map.province.label}` });
      }
    return built;
  }).get(ward) as { place: string; suffix: string };
  return {
    locality,
    ward,
    street,
    line,
    place: texts.place,
    full: `${line}${texts.suffix}`,
    location: jitterLocation(random, locality),
  };
}

/** "125", sometimes an alley number "45/12". */
function houseNumber(random: Random): string {
  const main = random.int(1, 480);
  return random.next() < 0.3 ? `${main}/${random.int(1, 40)}` : String(main);
}

/** "thành phố Thủ Dầu Một" or "phường Thủ Dầu Một" for a locality drawn from `map`. */
export function randomLocalityLabel(random: Random, map: AdministrativeMap): string {
  return localityLabel(random.pick(map.localities));
}
