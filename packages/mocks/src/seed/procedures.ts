// Looking up and drawing the sample procedures; the data is in procedure-catalogue.ts.
import type { ServiceLevel } from "@chinhquyenso/core";
import type { Random } from "../random";
import { type Agency, type AgencyKey, agencyIdentifier, localityCommitteeKey } from "./agencies";
import { SeedInputError } from "./errors";
import { CURRENT_MAP } from "./maps";
import type { AdministrativeMap, LocalityKey } from "./maps/types";
import { PROCEDURES, type Procedure, type ProcedureKey } from "./procedure-catalogue";
import { type WeightedPool, weightedPool } from "./weighted";

export { PROCEDURES, type Procedure, type ProcedureKey } from "./procedure-catalogue";
export {
  type Channel,
  type Duration,
  type DurationUnit,
  FIELDS,
  type FieldKey,
  type ProcedureAuthority,
  type ProcedureCase,
} from "./procedure-types";

const PROCEDURE_BY_KEY = new Map<string, Procedure>(
  PROCEDURES.map((procedure) => [procedure.key, procedure]),
);

export function procedureByKey(key: ProcedureKey): Procedure {
  const procedure = PROCEDURE_BY_KEY.get(key);
  if (!procedure) throw new SeedInputError("procedure", `unknown procedure key "${String(key)}"`);
  return procedure;
}

const available = new WeakMap<AdministrativeMap, readonly Procedure[]>();
const pools = new WeakMap<AdministrativeMap, WeightedPool<Procedure>>();

/** The procedures some agency of `map` handles (none handles driving licences after 2025, for instance). */
export function proceduresOf(map: AdministrativeMap = CURRENT_MAP): readonly Procedure[] {
  let list = available.get(map);
  if (!list) {
    const without = map.withoutProcedures ?? [];
    list = PROCEDURES.filter((procedure) => !without.includes(procedure.key));
    available.set(map, list);
  }
  return list;
}

/** A procedure of `map` drawn with realistic volumes (certifications and civil status often, permits rarely). */
export function pickProcedure(random: Random, map: AdministrativeMap = CURRENT_MAP): Procedure {
  let pool = pools.get(map);
  if (!pool) {
    pool = weightedPool<Procedure>(proceduresOf(map).map((procedure) => [procedure, procedure.weight]));
    pools.set(map, pool);
  }
  return pool.pick(random);
}

/**
 * The agency of `map` that handles a dossier of this procedure filed by someone living in `locality`: the agency
 * playing the procedure's role, or the locality's People's Committee.
 */
export function responsibleAgencyKey(
  procedure: Procedure,
  locality: LocalityKey,
  map: AdministrativeMap = CURRENT_MAP,
): AgencyKey {
  return procedure.authority.level === "province"
    ? map.roles[procedure.authority.role]
    : localityCommitteeKey(locality);
}

// [I] Which sample procedures are toàn trình: those the national portal runs end to end (registration of
// enterprises and household businesses, civil status extracts and registrations, residence, criminal records,
// certified copies of diplomas, driving licence renewal). The others with an online channel are một phần.
const FULL_ONLINE: ReadonlySet<string> = new Set<ProcedureKey>([
  "enterprise_llc",
  "enterprise_jsc",
  "enterprise_change",
  "household_business",
  "birth_registration",
  "death_registration",
  "civil_status_extract",
  "permanent_residence",
  "temporary_residence",
  "criminal_record",
  "diploma_copy",
  "driving_licence_renewal",
]);

/** Decree 42/2022 service level of a procedure: none without an online channel. */
export function serviceLevelOf(procedure: Procedure): ServiceLevel | null {
  if (!(procedure.channels as readonly string[]).includes("online")) return null;
  return FULL_ONLINE.has(procedure.key) ? "full_online" : "partial_online";
}

/** The procedure code as published by an agency: national code + agency identifier (`1.900101.000.00.00.X74`). */
export function agencyProcedureCode(procedure: Procedure, agency: Agency, provinceCode?: string): string {
  return `${procedure.nationalCode}.${agencyIdentifier(agency, provinceCode)}`;
}
