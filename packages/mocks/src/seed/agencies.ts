// Building the agency lists of the maps (./maps) and their electronic identifiers. Names are real agencies of
// the map's time; the identifier sequence numbers are invented (real ones come from the province's code list).
import { SeedInputError } from "./errors";
import { isDistrictLevel, localityLabel } from "./locality";
import type {
  Agency,
  AgencyKind,
  AgencyUnit,
  Locality,
  LocalityAgencyKey,
  LocalityKey,
  Province,
  ProvinceAgencyKey,
} from "./maps/types";

export type {
  Agency,
  AgencyKey,
  AgencyKind,
  AgencyRole,
  AgencyUnit,
  LocalityAgencyKey,
  ProvinceAgencyKey,
} from "./maps/types";

/**
 * Placeholder province letter code for electronic agency identifiers (`000.00.00.X74`): deliberately unreal —
 * "X" is no province prefix — so that invented sequence numbers never pass for a real agency's identifier. Pass
 * the real code as `provinceCode` (Hồ Chí Minh City's is H29, domain.md §0).
 */
export const PLACEHOLDER_PROVINCE_CODE = "X74";

const PROVINCE_CODE_PATTERN = /^[A-Z][0-9]{2}$/;

export const unit = (code: string, name: string): AgencyUnit => ({ code, name });
const office = unit("VP", "Văn phòng");
const inspectorate = unit("TTr", "Thanh tra");

/** A provincial agency as a table row; `sequence` is the invented level-2 number of its identifier. */
export type ProvinceAgencyRow = readonly [
  key: ProvinceAgencyKey,
  sequence: string,
  name: string,
  nameEn: string,
  shortName: string,
  kind: AgencyKind,
  units: readonly AgencyUnit[],
];

/** The provincial People's Committee (identifier `000.00.00.X74`) and the agencies of `rows`. */
export function provinceAgencies(
  province: Province,
  committeeUnits: readonly AgencyUnit[],
  rows: readonly ProvinceAgencyRow[],
  mailDomain: string,
): Agency[] {
  const committee: Agency = {
    key: "ubnd_tinh",
    name: `Ủy ban nhân dân ${province.label}`,
    nameEn: `People's Committee of ${province.nameEn}`,
    shortName: `UBND ${province.tier}`,
    notationCode: "UBND",
    level: "province",
    kind: "committee",
    locality: null,
    sequence: null,
    units: committeeUnits,
    mailDomain,
  };
  return [
    committee,
    ...rows.map(
      ([key, sequence, name, nameEn, shortName, kind, units]): Agency => ({
        key,
        name,
        nameEn,
        shortName,
        notationCode: shortName,
        level: "province",
        kind,
        locality: null,
        sequence,
        units: kind === "department" ? [office, inspectorate, ...units] : [office, ...units],
        mailDomain,
      }),
    ),
  ];
}

const pad2 = (value: number) => String(value).padStart(2, "0");

/**
 * The People's Committee of every locality, numbered from `firstSequence` in the localities' order (41, as the
 * HCMC list numbers its districts). District-level units before 2025-07-01, commune-level ones after.
 */
export function localityCommittees(
  localities: readonly Locality[],
  firstSequence: number,
  unitsOf: (locality: Locality) => readonly AgencyUnit[],
  mailDomain: string,
): Agency[] {
  return localities.map((locality, index): Agency => {
    const label = localityLabel(locality);
    return {
      key: localityCommitteeKey(locality.key),
      name: `Ủy ban nhân dân ${label}`,
      nameEn: `People's Committee of ${locality.name} ${ENGLISH_KIND[locality.kind]}`,
      shortName: locality.kind === "city" ? `UBND TP. ${locality.name}` : `UBND ${label}`,
      notationCode: "UBND",
      level: isDistrictLevel(locality) ? "district" : "commune",
      kind: "committee",
      locality: locality.key,
      sequence: pad2(firstSequence + index),
      units: unitsOf(locality),
      mailDomain,
    };
  });
}

const ENGLISH_KIND = { city: "City", district: "District", ward: "Ward", commune: "Commune" } as const;

/** The People's Committee of a locality (where local dossiers are filed in the samples). */
export function localityCommitteeKey(locality: LocalityKey): LocalityAgencyKey {
  return `ubnd_${locality}`;
}

/**
 * The electronic identifier of an agency: `000.00.00.X74` for the provincial People's Committee, `00.02.X74`
 * for any other agency (the two-level form of domain.md). `provinceCode` is configurable: one capital letter
 * and two digits; it defaults to the unreal placeholder `X74`.
 */
export function agencyIdentifier(agency: Agency, provinceCode: string = PLACEHOLDER_PROVINCE_CODE): string {
  if (!PROVINCE_CODE_PATTERN.test(provinceCode))
    throw new SeedInputError(
      "provinceCode",
      `expected one capital letter and two digits (like "X74"), got "${provinceCode}"`,
    );
  return agency.sequence === null ? `000.00.00.${provinceCode}` : `00.${agency.sequence}.${provinceCode}`;
}

/** Leaders' titles by kind of agency: the head and the deputies. */
export const LEADER_TITLES: Record<AgencyKind, { readonly head: string; readonly deputy: string }> = {
  committee: { head: "Chủ tịch", deputy: "Phó Chủ tịch" },
  office: { head: "Chánh Văn phòng", deputy: "Phó Chánh Văn phòng" },
  service_centre: { head: "Giám đốc", deputy: "Phó Giám đốc" },
  inspectorate: { head: "Chánh Thanh tra", deputy: "Phó Chánh Thanh tra" },
  board: { head: "Trưởng ban", deputy: "Phó Trưởng ban" },
  department: { head: "Giám đốc", deputy: "Phó Giám đốc" },
};
