export type { HeadingLevel } from "../internal/headings";
export { HouseholdLookup, type HouseholdLookupProps } from "./HouseholdLookup";
export { type LookupError, type LookupErrorKind, lookupErrorOf } from "./lookupErrors";
export { householdLookupMessages } from "./messages";
export {
  type HouseholdLookupState,
  type RevealKey,
  type UseHouseholdLookupOptions,
  useHouseholdLookup,
} from "./useHouseholdLookup";
export { useLookupAudit } from "./useLookupAudit";
