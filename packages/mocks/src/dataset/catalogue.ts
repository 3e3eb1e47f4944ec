// Agencies, the procedure catalogue, procedure fields and the civil servants who handle dossiers.
import { checkAgencyLevel } from "@chinhquyenso/core";
import type { Random } from "../random";
import { type AgencyKey, LEADER_TITLES, localityCommitteeKey } from "../seed/agencies";
import { generateCivilServant } from "../seed/people";
import { localityByKey, localityLabel } from "../seed/places";
import { FIELDS, type FieldKey, type Procedure, proceduresOf, serviceLevelOf } from "../seed/procedures";
import type { ResolvedDatasetOptions } from "./options";
import type { AgencyRecord, ApiProcedure, ApiProcedureField, UserRecord } from "./types";

/**
 * The current user of the samples: a specialist of the Thủ Dầu Một People's Committee — the ward's today, the
 * city's on the pre-merger snapshot (same key and identifier on both maps).
 */
export const CURRENT_USER_AGENCY: AgencyKey = "ubnd_thu_dau_mot";

/** The agencies as the API lists them; every level is checked against the law on the data set's date. */
export function buildAgencies(options: ResolvedDatasetOptions): AgencyRecord[] {
  const { map } = options;
  const provinceCode = options.agencyCodes.ubnd_tinh;
  return map.agencies.map((agency): AgencyRecord => {
    const locality = agency.locality === null ? null : localityByKey(agency.locality, map);
    const level = agency.key === "ubnd_tinh" ? "province" : locality ? agency.level : "department";
    return {
      key: agency.key,
      code: options.agencyCodes[agency.key],
      name: agency.name,
      shortName: agency.shortName,
      level: checkAgencyLevel(level, new Date(options.nowMs), { field: `agencies.${agency.key}.level` }),
      parentCode: agency.key === "ubnd_tinh" ? null : provinceCode,
      address: locality
        ? `Trụ sở Ủy ban nhân dân ${localityLabel(locality)}, ${map.province.label}`
        : map.provincialAddress,
    };
  });
}

/** Agencies that publish a procedure: the agency playing its role, or every local People's Committee. */
export function publishingAgencies(procedure: Procedure, options: ResolvedDatasetOptions): AgencyKey[] {
  const { map } = options;
  return procedure.authority.level === "province"
    ? [map.roles[procedure.authority.role]]
    : map.localities.map((locality) => localityCommitteeKey(locality.key));
}

export function procedureCode(procedure: Procedure, agencyCode: string): string {
  return `${procedure.nationalCode}.${agencyCode}`;
}

export function buildProcedures(options: ResolvedDatasetOptions): ApiProcedure[] {
  return proceduresOf(options.map).flatMap((procedure) =>
    publishingAgencies(procedure, options).map((agencyKey): ApiProcedure => {
      const agencyCode = options.agencyCodes[agencyKey];
      const serviceLevel = serviceLevelOf(procedure);
      return {
        code: procedureCode(procedure, agencyCode),
        nationalCode: procedure.nationalCode,
        agencyCode,
        name: procedure.name,
        fieldCode: procedure.field,
        fieldName: FIELDS[procedure.field].vi,
        ...(serviceLevel === null ? {} : { serviceLevel }),
        cases: procedure.cases.map((item, index) => ({
          code: `TH${index + 1}`,
          name: item.name,
          duration: item.duration.amount,
          unit: item.duration.unit,
          fee: item.feeVnd,
        })),
      };
    }),
  );
}

export function buildProcedureFields(options: ResolvedDatasetOptions): ApiProcedureField[] {
  const used = new Set(proceduresOf(options.map).map((procedure) => procedure.field));
  return (Object.keys(FIELDS) as FieldKey[])
    .filter((key) => used.has(key))
    .map((key) => ({ code: key, name: FIELDS[key].vi }));
}

function staffCount(key: AgencyKey, options: ResolvedDatasetOptions): number {
  if (key === CURRENT_USER_AGENCY || key === "ttpvhcc") return 10;
  if (key === "ubnd_tinh") return 6;
  return key.startsWith("ubnd_") ? options.map.localStaff : 6;
}

/**
 * Civil servants of every agency (`u_001`, …); the first of `CURRENT_USER_AGENCY` is the current user and the
 * second its agency's deputy head (so that the agency has a leader: the sandbox's default leader principal).
 */
export function buildUsers(random: Random, options: ResolvedDatasetOptions): UserRecord[] {
  const users: UserRecord[] = [];
  for (const agency of options.map.agencies) {
    for (let index = 0; index < staffCount(agency.key, options); index++) {
      const servant = generateCivilServant(random, agency);
      const isCurrentUser = agency.key === CURRENT_USER_AGENCY && index === 0;
      const isLeader = agency.key === CURRENT_USER_AGENCY && index === 1;
      users.push({
        id: `u_${String(users.length + 1).padStart(3, "0")}`,
        name: servant.name.full,
        position: isCurrentUser
          ? "Chuyên viên"
          : isLeader
            ? LEADER_TITLES[agency.kind].deputy
            : servant.title,
        agencyKey: agency.key,
        agencyCode: options.agencyCodes[agency.key],
      });
    }
  }
  return users;
}
