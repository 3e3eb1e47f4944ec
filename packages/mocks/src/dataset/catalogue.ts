// Agencies, the procedure catalogue, procedure fields and the civil servants who handle dossiers.
import type { Random } from "../random";
import { AGENCIES, type AgencyKey, agencyByKey, districtCommitteeKey, LEADER_TITLES } from "../seed/agencies";
import { generateCivilServant } from "../seed/people";
import { DISTRICTS, districtByKey, districtLabel, PROVINCE } from "../seed/places";
import { FIELDS, type FieldKey, PROCEDURES, type Procedure } from "../seed/procedures";
import type { ResolvedDatasetOptions } from "./options";
import type { AgencyRecord, ApiProcedure, ApiProcedureField, UserRecord } from "./types";

const PROVINCIAL_ADDRESS = `Trung tâm Hành chính tập trung, phường Hòa Phú, thành phố Thủ Dầu Một, ${PROVINCE.label}`;

/** The current user of the samples: a specialist of the Thủ Dầu Một People's Committee. */
export const CURRENT_USER_AGENCY: AgencyKey = "ubnd_thu_dau_mot";

export function buildAgencies(options: ResolvedDatasetOptions): AgencyRecord[] {
  const provinceCode = options.agencyCodes.ubnd_tinh;
  return AGENCIES.map((agency): AgencyRecord => {
    const district = agency.district ? districtByKey(agency.district) : null;
    return {
      key: agency.key,
      code: options.agencyCodes[agency.key],
      name: agency.name,
      shortName: agency.shortName,
      level: agency.key === "ubnd_tinh" ? "province" : district ? "district" : "department",
      parentCode: agency.key === "ubnd_tinh" ? null : provinceCode,
      address: district
        ? `Trụ sở Ủy ban nhân dân ${districtLabel(district)}, ${PROVINCE.label}`
        : PROVINCIAL_ADDRESS,
    };
  });
}

/** Agencies that publish a procedure: its provincial agency, or every district committee. */
export function publishingAgencies(procedure: Procedure): AgencyKey[] {
  return procedure.authority.level === "province"
    ? [procedure.authority.agency]
    : DISTRICTS.map((district) => districtCommitteeKey(district.key));
}

/** Online service level: 4 when it can be filed online, else 3 with postal filing, else 2. */
function serviceLevel(procedure: Procedure): 2 | 3 | 4 {
  return procedure.channels.includes("online") ? 4 : procedure.channels.includes("post") ? 3 : 2;
}

export function procedureCode(procedure: Procedure, agencyCode: string): string {
  return `${procedure.nationalCode}.${agencyCode}`;
}

export function buildProcedures(options: ResolvedDatasetOptions): ApiProcedure[] {
  return PROCEDURES.flatMap((procedure) =>
    publishingAgencies(procedure).map((agencyKey): ApiProcedure => {
      const agencyCode = options.agencyCodes[agencyKey];
      return {
        code: procedureCode(procedure, agencyCode),
        nationalCode: procedure.nationalCode,
        agencyCode,
        name: procedure.name,
        fieldCode: procedure.field,
        fieldName: FIELDS[procedure.field].vi,
        level: serviceLevel(procedure),
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

export function buildProcedureFields(): ApiProcedureField[] {
  const used = new Set(PROCEDURES.map((procedure) => procedure.field));
  return (Object.keys(FIELDS) as FieldKey[])
    .filter((key) => used.has(key))
    .map((key) => ({ code: key, name: FIELDS[key].vi }));
}

function staffCount(key: AgencyKey): number {
  if (key === "ttpvhcc" || key.startsWith("ubnd_")) return key === "ubnd_tinh" ? 6 : 10;
  return 6;
}

/**
 * Civil servants of every agency (`u_001`, …); the first of `CURRENT_USER_AGENCY` is the current user and the
 * second its agency's deputy head (so that the agency has a leader: the sandbox's default leader principal).
 */
export function buildUsers(random: Random, options: ResolvedDatasetOptions): UserRecord[] {
  const users: UserRecord[] = [];
  for (const agency of AGENCIES) {
    for (let index = 0; index < staffCount(agency.key); index++) {
      const servant = generateCivilServant(random, agencyByKey(agency.key));
      const isCurrentUser = agency.key === CURRENT_USER_AGENCY && index === 0;
      const isLeader = agency.key === CURRENT_USER_AGENCY && index === 1;
      users.push({
        id: `u_${String(users.length + 1).padStart(3, "0")}`,
        name: servant.name.full,
        position: isCurrentUser
          ? "Chuyên viên"
          : isLeader
            ? LEADER_TITLES[agencyByKey(agency.key).kind].deputy
            : servant.title,
        agencyKey: agency.key,
        agencyCode: options.agencyCodes[agency.key],
      });
    }
  }
  return users;
}
