import type {
  Dossier,
  DossierAction,
  DossierChannel,
  DossierQueue,
  DossierSort,
  DossierStatus,
  OpenTimeliness,
  QueueCount,
} from "@chinhquyenso/client";
import type { ReactNode } from "react";

/** A row of the queue: a dossier as the API returns it. */
export type DossierQueueRow = Dossier;

/** Built-in columns, in their default order. */
export const DOSSIER_QUEUE_COLUMNS = [
  "code",
  "applicant",
  "procedure",
  "received",
  "due",
  "timeliness",
  "status",
  "handler",
] as const;
export type DossierQueueColumnId = (typeof DOSSIER_QUEUE_COLUMNS)[number];

/** A column of your own, e.g. the agency or the current step. Render text, never HTML. */
export interface DossierQueueCustomColumn {
  /** Unique among the columns; becomes `data-column`. */
  id: string;
  header: string;
  cell: (dossier: Dossier) => ReactNode;
  /** A CSS grid track, e.g. `"10rem"` or `"minmax(8rem, 1fr)"` (default `minmax(8rem, 1fr)`). */
  width?: string;
}

export type DossierQueueColumn = DossierQueueColumnId | DossierQueueCustomColumn;

/** Filters within the current queue menu; every given criterion must hold. */
export interface DossierQueueFilters {
  /** Any of these statuses. */
  status?: readonly DossierStatus[];
  procedureCode?: string;
  channel?: DossierChannel;
  /** Open dossiers only: within time, due soon or overdue (as the API judges each dossier). */
  timeliness?: OpenTimeliness;
}

/** Sort keys of the API: a field, descending with a leading `-`. */
export type DossierQueueSort = DossierSort;

/** Counts of one queue menu (the `dossiers.counts` item shape). */
export type DossierQueueCount = Pick<QueueCount, "queue" | "count"> &
  Partial<Pick<QueueCount, "dueSoon" | "overdue">>;

/** A procedure offered by the procedure filter. */
export interface ProcedureOption {
  code: string;
  name: string;
}

/** What the bulk form collected for an action (reason, supplement deadline, comment). */
export interface DossierBulkInput {
  comment?: string;
  reason?: string;
  /** Request supplement: the deadline (ISO date-time, end of the chosen day in Vietnam time). */
  supplementDeadline?: string;
}

/** Called in controlled mode when the user confirms a bulk action; reject to show the failure. */
export type DossierBulkActionHandler = (
  action: DossierAction,
  dossiers: readonly Dossier[],
  input: DossierBulkInput,
) => void | Promise<void>;

export type { DossierQueue as DossierQueueMenu };
