export { DossierPayments } from "./DossierPayments";
export { dossierPaymentsMessages } from "./messages";
export type { DossierPaymentsProps, WriteOutcome } from "./types";
export { type FeeRow, type UseDossierPaymentsOptions, useDossierPayments } from "./useDossierPayments";
