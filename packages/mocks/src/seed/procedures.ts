// Looking up and drawing the sample procedures; the data is in procedure-catalogue.ts.
import type { Random } from "../random";
import { type Agency, type AgencyKey, agencyIdentifier, districtCommitteeKey } from "./agencies";
import { SeedInputError } from "./errors";
import type { DistrictKey } from "./places";
import { PROCEDURES, type Procedure, type ProcedureKey } from "./procedure-catalogue";
import { weightedPool } from "./weighted";

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
const PROCEDURE_POOL = weightedPool<Procedure>(PROCEDURES.map((procedure) => [procedure, procedure.weight]));

export function procedureByKey(key: ProcedureKey): Procedure {
  const procedure = PROCEDURE_BY_KEY.get(key);
  if (!procedure) throw new SeedInputError("procedure", `unknown procedure key "${String(key)}"`);
  return procedure;
}

/** A procedure drawn with realistic volumes (certifications and civil status often, permits rarely). */
export function pickProcedure(random: Random): Procedure {
  return PROCEDURE_POOL.pick(random);
}

/** The agency that handles a dossier of this procedure filed by someone living in `district`. */
export function responsibleAgencyKey(procedure: Procedure, district: DistrictKey): AgencyKey {
  return procedure.authority.level === "province"
    ? procedure.authority.agency
    : districtCommitteeKey(district);
}

/** The procedure code as published by an agency: national code + agency identifier (`1.900101.000.00.00.X74`). */
export function agencyProcedureCode(procedure: Procedure, agency: Agency, provinceCode?: string): string {
  return `${procedure.nationalCode}.${agencyIdentifier(agency, provinceCode)}`;
}
