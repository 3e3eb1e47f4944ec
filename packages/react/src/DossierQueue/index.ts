export { useWorkingCalendar } from "../hooks/useWorkingCalendar";
export type {
  DossierTransitionFailure,
  DossierTransitionOutcome,
} from "../internal/dossierTransition/outcome";
export {
  type DossierTransitionInput,
  type DossierTransitions,
  type TransitionTarget,
  useDossierTransition,
} from "../internal/dossierTransition/useDossierTransition";
export { DossierQueue, type DossierQueueProps } from "./DossierQueue";
export { DossierQueueView, type DossierQueueViewProps } from "./DossierQueueView";
export { useDossierQueueCounts, useDossiers } from "./dossierData";
export type { DossierQueueScope } from "./listParams";
export { queueMessages } from "./messages";
export type { BulkRunner, DossierQueueModel, QueueStatus, ResolvedColumn } from "./model";
export {
  DOSSIER_QUEUE_COLUMNS,
  type DossierBulkActionHandler,
  type DossierBulkInput,
  type DossierQueueColumn,
  type DossierQueueColumnId,
  type DossierQueueCount,
  type DossierQueueCustomColumn,
  type DossierQueueFilters,
  type DossierQueueRow,
  type DossierQueueSort,
  type ProcedureOption,
} from "./types";
export { type UseConnectedDossierQueueOptions, useConnectedDossierQueue } from "./useConnectedDossierQueue";
export type { DossierGrid } from "./useDossierGrid";
export {
  type DossierQueueBaseOptions,
  type UseDossierQueueOptions,
  useDossierQueue,
} from "./useDossierQueue";
export type { QueueView, QueueViewProps } from "./useQueueView";
