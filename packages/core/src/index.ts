// @chinhquyenso/core — domain rules of Vietnamese provincial e-government. Zero runtime dependencies;
// every module is side-effect free, so bundlers keep only what an app imports.

export {
  AGENCY_LEVEL_LABELS,
  AGENCY_LEVEL_RULES,
  AGENCY_LEVELS,
  type AgencyLevel,
  type AgencyLevelOptions,
  type AgencyLevelRule,
  agencyLevelProblem,
  agencyLevelRuleOn,
  checkAgencyLevel,
} from "./administration/agency-level";
export {
  LEGACY_SERVICE_LEVELS,
  parseServiceLevel,
  procedureServiceLevel,
  SERVICE_LEVEL_LABELS,
  SERVICE_LEVELS,
  type ServiceLevel,
  type ServiceLevelInput,
} from "./administration/service-level";
export { bundledHolidayYears } from "./calendar/bundled";
export { createCalendar, defaultCalendar, WorkingCalendar } from "./calendar/calendar";
export { lunarDate } from "./calendar/lunar";
export { describeProvisional, PROVISIONAL_LABEL, PROVISIONAL_REASON } from "./calendar/provisional";
export {
  DEFAULT_HOLIDAY_RULES,
  type HolidayRule,
  LABOUR_CODE_2012_RULES,
  LABOUR_CODE_2019_RULES,
  VIETNAM_CULTURE_DAY,
} from "./calendar/rules";
export {
  type CalendarOptions,
  type CalendarWarning,
  type DayInfo,
  type DayReason,
  DEFAULT_OFFICE_HOURS,
  DEFAULT_WEEKEND_DAYS,
  HOLIDAY_KIND_LABELS,
  HOLIDAY_KINDS,
  type HolidayEntry,
  type HolidayItem,
  type HolidayKind,
  type HolidayYear,
  type OfficePeriod,
  type UncoveredYearPolicy,
  type YearBasis,
} from "./calendar/types";
export { addWorkingDays, type WorkingDayOptions, workingDaysBetween } from "./calendar/working-days";
export {
  composeLookupReason,
  HOUSEHOLD_FIELD_LABELS,
  HOUSEHOLD_FIELDS,
  type HouseholdField,
  LOOKUP_AUDIT_KIND_LABELS,
  LOOKUP_AUDIT_KINDS,
  LOOKUP_DETAIL_MIN,
  LOOKUP_PURPOSES,
  LOOKUP_REASON_LENGTH,
  LOOKUP_REASON_PROBLEM_LABELS,
  type LookupAuditKind,
  type LookupPurpose,
  type LookupReasonProblem,
  lookupPurposeLabel,
  lookupPurposesOn,
  lookupReasonProblem,
} from "./citizens/lookup-purposes";
export { type AgencyId, agencyIdProblem, isAgencyId, parseAgencyId } from "./codes/agency";
export {
  type DossierCode,
  dossierCodeProblem,
  formatDossierCode,
  isDossierCode,
  parseDossierCode,
} from "./codes/dossier-code";
export {
  formatProcedureCode,
  isProcedureCode,
  type ProcedureCode,
  parseProcedureCode,
  procedureCodeProblem,
} from "./codes/procedure";
export type { ClockPause } from "./deadline/compute";
export { type DueDateOptions, dueDate } from "./deadline/due-date";
export { DURATION_UNIT_LABELS, DURATION_UNITS, type Duration, type DurationUnit } from "./deadline/duration";
export { type DueDateExplanation, type ExplainOptions, explainDueDate } from "./deadline/explain";
export {
  type MeasureOptions,
  remainingWorkingTime,
  type WorkingTime,
  workingTimeBetween,
} from "./deadline/measure";
export type { CountingStartReason, DueDateStep } from "./deadline/steps";
export {
  type DossierTimelinessInput,
  FINISHED_TIMELINESS,
  type FinishedTimeliness,
  OPEN_TIMELINESS,
  type OpenTimeliness,
  TIMELINESS_LABELS,
  TIMELINESS_VALUES,
  type Timeliness,
  type TimelinessOptions,
  timeliness,
} from "./deadline/timeliness";
export * from "./documents/enums";
export { caseDuration, type ProcedureCaseInput } from "./dossier/case-duration";
export { CHANNEL_LABELS, CHANNELS, type Channel, channelFromId, channelId } from "./dossier/channels";
export {
  CITIZEN_DUE_NOTE_LABELS,
  CITIZEN_DUE_NOTES,
  CITIZEN_NEXT_STEP_LABELS,
  CITIZEN_NEXT_STEPS,
  CITIZEN_STATUS_TEXTS,
  type CitizenDueNote,
  type CitizenNextStep,
  citizenDueNote,
  citizenNextStep,
} from "./dossier/citizen-status";
export {
  loadNationalStatusMapping,
  type NationalStatusId,
  type NationalStatusLookup,
  type NationalStatusMapping,
  type NationalStatusMappingData,
  type NationalStatusUnmappedReason,
  type NationalStatusWord,
} from "./dossier/national-status";
export {
  fromNationalStatus,
  NATIONAL_STATUS_CODES,
  NATIONAL_STATUS_MAPPINGS,
  type NationalStatusCode,
  OPENCPS_V2_STATUS_WORDS,
  TD_DICHVUCONG_STATUS_WORDS,
  toNationalStatus,
} from "./dossier/national-status-mappings";
export {
  DOSSIER_QUEUE_FILTERS,
  DOSSIER_QUEUE_LABELS,
  DOSSIER_QUEUES,
  type DossierQueue,
  filterQueue,
  matchesQueue,
  type QueueDossierInput,
  type QueueFilter,
  type QueueOptions,
} from "./dossier/queues";
export {
  CLOCK_PAUSE_LABELS,
  CLOCK_PAUSE_STATUSES,
  type ClockPauseStatus,
  type ClockState,
  DOSSIER_CLOCK,
  DOSSIER_STATUS_LABELS,
  DOSSIER_STATUSES,
  type DossierStatus,
  dossierStatusFromId,
  dossierStatusId,
  isFinishedStatus,
  isOpenStatus,
  stopsClock,
} from "./dossier/status";
export {
  allowedActions,
  canTransition,
  checkTransition,
  commonActions,
  DOSSIER_ACTION_INPUTS,
  DOSSIER_ACTION_LABELS,
  DOSSIER_ACTIONS,
  DOSSIER_TRANSITIONS,
  type DossierAction,
  type DossierTransition,
  IllegalTransitionError,
  nextStatus,
  type TransitionCheck,
  type TransitionInputs,
  transitionInputs,
} from "./dossier/transitions";
export {
  CalendarCoverageError,
  CalendarDataError,
  CodeFormatError,
  CoreError,
  InvalidInputError,
  UnknownValueError,
} from "./errors";
export * from "./feedback/enums";
export {
  type FeedbackOpen311Input,
  type Open311Options,
  type Open311ServiceRequest,
  toOpen311ServiceRequest,
  toOpen311Status,
} from "./feedback/open311";
export {
  checkOpen311Attributes,
  OPEN311_ATTRIBUTE_DATATYPES,
  type Open311Attribute,
  type Open311AttributeDatatype,
  type Open311Problem,
} from "./feedback/open311-attributes";
export {
  checkOpen311Submission,
  type Open311Submission,
  type Open311SubmissionCheck,
  type Open311SubmissionFields,
  open311FeedbackTitle,
} from "./feedback/open311-submission";
export {
  containsMarkup,
  OPEN311_DESCRIPTION_MAX,
  toOpen311Description,
} from "./feedback/open311-text";
export {
  FEEDBACK_LOW_RATING,
  FEEDBACK_RATING_LABELS,
  FEEDBACK_RATINGS,
  type FeedbackRating,
  feedbackRatingLabel,
  isFeedbackRating,
  isLowFeedbackRating,
  type LowRatingRule,
} from "./feedback/rating";
export {
  canRateFeedback,
  canReopenFeedback,
  FEEDBACK_STATUS_CHANGES,
  feedbackAcceptsPosts,
  feedbackStatusChangesFrom,
  isFeedbackOpen,
} from "./feedback/transitions";
export { formatDate, formatDateTime, formatTime, formatVnd } from "./format/datetime";
export { type DeadlineFormatOptions, formatDeadline } from "./format/deadline";
export {
  FRESHNESS_LABELS,
  FRESHNESS_STATES,
  type Freshness,
  INDICATOR_FRESH_DAYS,
  type IndicatorThresholds,
  indicatorFreshness,
  THRESHOLD_STATE_LABELS,
  THRESHOLD_STATES,
  type ThresholdState,
  thresholdState,
} from "./indicators/thresholds";
export { isOneOf, type Label, type LabelTable, type Locale, labelOf } from "./labels";
export * from "./notifications/events";
export * from "./payments";
export {
  hasPersonalNumber,
  maskAddress,
  maskBirthDate,
  maskCitizenId,
  maskEmail,
  maskName,
  maskPersonalNumbers,
  maskPhone,
} from "./redaction/mask";
export { MIN_SECRET_LENGTH, redact, redactValue } from "./redaction/redact";
export { DECISION_766_GROUP_LABELS, DECISION_766_GROUPS, type Decision766Group } from "./reports/groups";
export {
  type ReportDossierInput,
  type ReportOptions,
  type TimelinessReport,
  timelinessReport,
} from "./reports/timeliness-report";
export * from "./signing/enums";
export { normalizeVietnamese } from "./text/normalize";
export {
  type IndexOptions,
  type QueryOptions,
  type SearchHit,
  type SearchRanking,
  type SearchRankingBuild,
  type SearchResult,
  type TextRange,
  VietnameseSearchIndex,
} from "./text/search";
export {
  createSearchIndex,
  type SearchIndexBuild,
  searchVietnamese,
  startSearchIndex,
} from "./text/search-entry";
export { type InstantInput, toEpochMs, toVietnamIso } from "./time/instant";
