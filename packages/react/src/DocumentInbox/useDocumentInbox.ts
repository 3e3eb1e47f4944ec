import type { Document, DocumentsListParams } from "@chinhquyenso/client";
import { useControllableState } from "@radix-ui/react-use-controllable-state";
import { type KeyboardEvent, useCallback, useMemo } from "react";
import { type DocumentOrder, type InboxSort, orderDocuments } from "./documentOrder";

export type { DocumentOrder, InboxSort };

export type InboxDirection = "incoming" | "outgoing";
/** `pending` and `awaiting_my_signature` are the user's own queues (assignee "me"). */
export type InboxFilter = "all" | "pending" | "awaiting_my_signature";

const PENDING_STATES = ["received", "registered", "assigned", "in_progress"] as const;
const COMPLETABLE_STATES: ReadonlySet<string> = new Set(["assigned", "in_progress"]);

export interface UseDocumentInboxOptions {
  direction?: InboxDirection;
  defaultDirection?: InboxDirection;
  onDirectionChange?: (direction: InboxDirection) => void;
  filter?: InboxFilter;
  defaultFilter?: InboxFilter;
  onFilterChange?: (filter: InboxFilter) => void;
  sort?: InboxSort;
  defaultSort?: InboxSort;
  onSortChange?: (sort: InboxSort) => void;
  /** Ids of the selected documents (for batch signing). */
  selectedIds?: readonly string[];
  defaultSelectedIds?: readonly string[];
  onSelectedIdsChange?: (ids: readonly string[]) => void;
  /**
   * The signed-in civil servant's id: documents with an open assignment to this id are "mine" (can be signed
   * or completed). Without it, the user's own queues (`pending`, `awaiting_my_signature`) are taken as
   * theirs — as the platform's `assignee=me` filter returns them — and the "all" view offers no such action.
   */
  currentUserId?: string;
}

export interface DocumentInboxState {
  direction: InboxDirection;
  setDirection: (direction: InboxDirection) => void;
  filter: InboxFilter;
  setFilter: (filter: InboxFilter) => void;
  sort: InboxSort;
  setSort: (sort: InboxSort) => void;
  selectedIds: readonly string[];
  isSelected: (document: Document) => boolean;
  toggleSelected: (document: Document) => void;
  clearSelection: () => void;
  /** The query of the platform's `documents.list` for this direction and filter. */
  listParams: DocumentsListParams;
  /**
   * The documents to show, filtered (when `filterLocally`, i.e. controlled data), with their order computed as far
   * as asked: `orderOf(documents, true).first(50)` selects one page without sorting every document, and `.size`
   * counts them without building a list.
   */
  orderOf: (documents: readonly Document[], filterLocally: boolean) => DocumentOrder;
  /** The documents to show, filtered (when `filterLocally`) and sorted: `orderOf(…).first(Infinity)`. */
  rowsOf: (documents: readonly Document[], filterLocally: boolean) => Document[];
  isMine: (document: Document) => boolean;
  canSign: (document: Document) => boolean;
  canComplete: (document: Document) => boolean;
  /** Arrow keys, Home and End move between rows (on the element holding the rows). */
  onRowsKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/** Headless document inbox: direction, filter, sort, selection and row keyboard — no markup, no data. */
export function useDocumentInbox(options: UseDocumentInboxOptions = {}): DocumentInboxState {
  const [direction, setDirectionState] = useControllableState<InboxDirection>({
    prop: options.direction,
    defaultProp: options.defaultDirection ?? "incoming",
    onChange: options.onDirectionChange,
    caller: "DocumentInbox",
  });
  const [filter, setFilterState] = useControllableState<InboxFilter>({
    prop: options.filter,
    defaultProp: options.defaultFilter ?? "all",
    onChange: options.onFilterChange,
    caller: "DocumentInbox",
  });
  const [sort, setSort] = useControllableState<InboxSort>({
    prop: options.sort,
    defaultProp: options.defaultSort ?? "urgency",
    onChange: options.onSortChange,
    caller: "DocumentInbox",
  });
  const [selectedIds, setSelectedIds] = useControllableState<readonly string[]>({
    prop: options.selectedIds,
    defaultProp: options.defaultSelectedIds ?? [],
    onChange: options.onSelectedIdsChange,
    caller: "DocumentInbox",
  });
  const { currentUserId } = options;

  const isMine = useCallback(
    (document: Document) => {
      if (currentUserId === undefined) return filter !== "all";
      const assignments = Array.isArray(document.assignments) ? document.assignments : [];
      return assignments.some((item) => item?.assignee?.id === currentUserId && !item.completedAt);
    },
    [currentUserId, filter],
  );
  const canSign = useCallback(
    (document: Document) => document.state === "awaiting_signature" && isMine(document),
    [isMine],
  );
  const canComplete = useCallback(
    (document: Document) => COMPLETABLE_STATES.has(document.state) && isMine(document),
    [isMine],
  );

  const listParams = useMemo<DocumentsListParams>(() => {
    if (filter === "pending") return { direction, assignee: "me", state: [...PENDING_STATES], limit: 50 };
    if (filter === "awaiting_my_signature") {
      return { direction, assignee: "me", state: ["awaiting_signature"], limit: 50 };
    }
    return { direction, limit: 50 };
  }, [direction, filter]);

  const orderOf = useCallback(
    (documents: readonly Document[], filterLocally: boolean) =>
      orderDocuments(
        Array.isArray(documents) ? documents : [],
        sort,
        filterLocally
          ? (document) => {
              if (document.direction !== direction) return false;
              if (filter === "pending") {
                return (PENDING_STATES as readonly string[]).includes(document.state) && isMine(document);
              }
              if (filter === "awaiting_my_signature") return canSign(document);
              return true;
            }
          : undefined,
      ),
    [direction, filter, sort, isMine, canSign],
  );
  const rowsOf = useCallback(
    (documents: readonly Document[], filterLocally: boolean) =>
      orderOf(documents, filterLocally).first(Number.POSITIVE_INFINITY),
    [orderOf],
  );

  return {
    direction,
    setDirection: (next) => {
      setSelectedIds([]);
      setDirectionState(next);
    },
    filter,
    setFilter: (next) => {
      setSelectedIds([]);
      setFilterState(next);
    },
    sort,
    setSort,
    selectedIds,
    isSelected: (document) => selectedIds.includes(document.id),
    toggleSelected: (document) =>
      setSelectedIds(
        selectedIds.includes(document.id)
          ? selectedIds.filter((id) => id !== document.id)
          : [...selectedIds, document.id],
      ),
    clearSelection: () => setSelectedIds([]),
    listParams,
    orderOf,
    rowsOf,
    isMine,
    canSign,
    canComplete,
    onRowsKeyDown: moveBetweenRows,
  };
}

const ROW_TARGET = "[data-cqs-row-target]";

function moveBetweenRows(event: KeyboardEvent<HTMLElement>) {
  const keys = ["ArrowDown", "ArrowUp", "Home", "End"];
  if (!keys.includes(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target as HTMLElement;
  if (target.tagName === "SELECT" || target.tagName === "INPUT" || target.tagName === "TEXTAREA") return;
  const targets = [...event.currentTarget.querySelectorAll<HTMLElement>(ROW_TARGET)];
  if (targets.length === 0) return;
  const row = target.closest("tr, li");
  const index = targets.findIndex((item) => item.closest("tr, li") === row);
  const next =
    event.key === "Home"
      ? 0
      : event.key === "End"
        ? targets.length - 1
        : Math.min(targets.length - 1, Math.max(0, index + (event.key === "ArrowDown" ? 1 : -1)));
  event.preventDefault();
  targets[next]?.focus();
}
