// Vietnamese vocabulary and seeded generators for the samples: a labelled pre-merger snapshot of Bình Dương.
// Every generator takes a `Random` (createRandom(seed)) and nothing else that varies, so a seed always yields
// the same data. See README.md beside this file for sources and caveats.

// The masks are core's (one redaction module for the platform); re-exported where they have always been.
export { maskCitizenId, maskName, maskPhone } from "@chinhquyenso/core";
export {
  AGENCIES,
  type Agency,
  type AgencyKey,
  type AgencyKind,
  type AgencyUnit,
  agencyByKey,
  agencyIdentifier,
  type DistrictAgencyKey,
  districtCommitteeKey,
  LEADER_TITLES,
  PLACEHOLDER_PROVINCE_CODE,
  type ProvinceAgencyKey,
} from "./agencies";
export {
  DEFAULT_OFFICE_HOURS,
  daysAfter,
  daysBefore,
  drawOfficeTime,
  drawTimeBetween,
  formatVietnamDate,
  formatVietnamIso,
  formatVietnamTime,
  isWeekday,
  type LocalDay,
  type OfficeHours,
  type OfficeTimeOptions,
  type TimeWindow,
  VIETNAM_UTC_OFFSET_MS,
  vietnamDay,
  windowBefore,
} from "./dates";
export { SeedInputError } from "./errors";
export {
  BRAND_NAMES,
  BUSINESS_LINES,
  type CitizenIdOptions,
  type CivilServant,
  FAMILY_NAME_LIST,
  type Gender,
  GIVEN_NAMES,
  generateCitizenId,
  generateCivilServant,
  generateEmail,
  generateOrganisationName,
  generatePersonName,
  generatePhoneNumber,
  honorific,
  MOBILE_PREFIXES,
  ORGANISATION_FORMS,
  type OrganisationForm,
  type OrganisationNameOptions,
  type PersonName,
  type PersonNameOptions,
  POSITION_LABELS,
  type PositionKey,
} from "./people";
export {
  type AddressOptions,
  DISTRICTS,
  type District,
  type DistrictKey,
  type DistrictKind,
  districtByKey,
  districtLabel,
  type GeoPoint,
  generateAddress,
  jitterLocation,
  PROVINCE,
  pickDistrict,
  type SampleAddress,
  type Ward,
  type WardKind,
  wardLabel,
} from "./places";
export {
  agencyProcedureCode,
  type Channel,
  type Duration,
  type DurationUnit,
  FIELDS,
  type FieldKey,
  PROCEDURES,
  type Procedure,
  type ProcedureAuthority,
  type ProcedureCase,
  type ProcedureKey,
  pickProcedure,
  procedureByKey,
  responsibleAgencyKey,
} from "./procedures";
export * from "./texts";
export { type WeightedPool, weightedPool } from "./weighted";
