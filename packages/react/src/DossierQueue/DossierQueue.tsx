import { WidgetBoundary } from "../boundary/WidgetBoundary";
import { useTranslator } from "../i18n/useTranslator";
import { useChinhQuyenSoSettings } from "../provider/hooks";
import { DossierQueueView } from "./DossierQueueView";
import { queueMessages } from "./messages";
import { type UseConnectedDossierQueueOptions, useConnectedDossierQueue } from "./useConnectedDossierQueue";
import { type UseDossierQueueOptions, useDossierQueue } from "./useDossierQueue";

export interface DossierQueueProps
  extends UseDossierQueueOptions,
    Pick<UseConnectedDossierQueueOptions, "scope" | "pageSize" | "searchDelay"> {
  /** Menus shown as tabs, in order (default: the eight of the glossary); `[]` hides the tabs. */
  queues?: readonly string[];
  /** Accessible name of the grid (default "Danh sách hồ sơ"). */
  label?: string;
  className?: string;
  /**
   * The dossier the user is coming back from (its code), e.g. after opening it from this queue: once its row is
   * loaded, the grid scrolls to it and puts focus on it, so "back" does not restart at row 1.
   */
  returnTo?: string | undefined;
}

function ControlledQueue({ queues, label, className, returnTo, ...options }: DossierQueueProps) {
  if (options.rows === undefined && options.loading === undefined && options.error === undefined) {
    throw new Error(
      "DossierQueue: no rows and no platform client. Pass `rows` (or `loading` / `error`), or wrap it in <ChinhQuyenSoProvider client={createClient(…)}>.",
    );
  }
  const model = useDossierQueue(options);
  return (
    <DossierQueueView model={model} queues={queues} className={className} label={label} returnTo={returnTo} />
  );
}

function ConnectedQueue({ queues, label, className, returnTo, ...options }: DossierQueueProps) {
  const model = useConnectedDossierQueue(options);
  return (
    <DossierQueueView model={model} queues={queues} className={className} label={label} returnTo={returnTo} />
  );
}

/**
 * The one-stop dossier queue: menus as tabs with live counts, search (accents optional), filters, sortable
 * columns, multi-select with the bulk actions the state machine allows, and a virtualised, keyboard-operable
 * ARIA grid for 100,000 rows.
 *
 * - **Controlled / client mode** — give `rows` (all of them; menus, filters, search and sort run in memory),
 *   or `manual` rows from your own data layer; `onBulkAction` handles confirmed bulk actions.
 * - **Connected / server mode** — no `rows`, inside a `ChinhQuyenSoProvider` with a `client`: cursor pages,
 *   server-side filters and search, live counts and rows from the notification stream, transitions applied
 *   through the client (If-Match, Idempotency-Key).
 */
export function DossierQueue(props: DossierQueueProps) {
  const { connection } = useChinhQuyenSoSettings();
  const t = useTranslator(queueMessages);
  const controlled =
    props.rows !== undefined ||
    props.manual === true ||
    props.loading !== undefined ||
    props.error !== undefined ||
    !connection;
  return (
    <WidgetBoundary widget="DossierQueue" label={t("queue.boundaryLabel")}>
      {controlled ? <ControlledQueue {...props} /> : <ConnectedQueue {...props} />}
    </WidgetBoundary>
  );
}
