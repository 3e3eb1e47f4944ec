// The user's view of the queue — menu, sort, filters, search, selection — each controlled (value +
// onChange) or uncontrolled (default…), Radix style.
import { useControllableState } from "@radix-ui/react-use-controllable-state";
import { useCallback, useMemo } from "react";
import type { DossierQueueFilters, DossierQueueSort } from "./types";

export interface QueueViewProps {
  /** The queue menu shown (controlled). */
  queue?: string;
  /** The menu shown first (uncontrolled; default `all`). */
  defaultQueue?: string;
  onQueueChange?: (queue: string) => void;
  /** Sort key (controlled); `null` for the server's or the given order. */
  sort?: DossierQueueSort | null;
  defaultSort?: DossierQueueSort | null;
  onSortChange?: (sort: DossierQueueSort | null) => void;
  filters?: DossierQueueFilters;
  defaultFilters?: DossierQueueFilters;
  onFiltersChange?: (filters: DossierQueueFilters) => void;
  /** Search text (controlled). */
  search?: string;
  defaultSearch?: string;
  onSearchChange?: (search: string) => void;
  /** Codes of the selected dossiers (controlled). */
  selected?: readonly string[];
  defaultSelected?: readonly string[];
  onSelectedChange?: (codes: string[]) => void;
}

export interface QueueView {
  queue: string;
  sort: DossierQueueSort | null;
  filters: DossierQueueFilters;
  search: string;
  selected: ReadonlySet<string>;
  /** Changing the menu also clears the selection and the status filter (statuses differ per menu). */
  setQueue(queue: string): void;
  setSort(sort: DossierQueueSort | null): void;
  setFilters(filters: DossierQueueFilters): void;
  setSearch(search: string): void;
  setSelected(codes: ReadonlySet<string>): void;
}

const NO_FILTERS: DossierQueueFilters = {};
const NO_CODES: readonly string[] = [];

export function useQueueView(props: QueueViewProps): QueueView {
  const [queue, setQueueState] = useControllableState({
    prop: props.queue,
    defaultProp: props.defaultQueue ?? "all",
    onChange: props.onQueueChange,
    caller: "DossierQueue",
  });
  const [sort, setSort] = useControllableState<DossierQueueSort | null>({
    prop: props.sort,
    defaultProp: props.defaultSort ?? null,
    onChange: props.onSortChange,
    caller: "DossierQueue",
  });
  const [filters, setFilters] = useControllableState({
    prop: props.filters,
    defaultProp: props.defaultFilters ?? NO_FILTERS,
    onChange: props.onFiltersChange,
    caller: "DossierQueue",
  });
  const [search, setSearch] = useControllableState({
    prop: props.search,
    defaultProp: props.defaultSearch ?? "",
    onChange: props.onSearchChange,
    caller: "DossierQueue",
  });
  const onSelectedChange = props.onSelectedChange;
  const [codes, setCodes] = useControllableState<readonly string[]>({
    prop: props.selected,
    defaultProp: props.defaultSelected ?? NO_CODES,
    onChange: onSelectedChange ? (next) => onSelectedChange([...next]) : undefined,
    caller: "DossierQueue",
  });
  const selected = useMemo(() => new Set(codes), [codes]);
  const setSelected = useCallback((next: ReadonlySet<string>) => setCodes([...next]), [setCodes]);

  const setQueue = useCallback(
    (next: string) => {
      if (next === queue) return;
      setQueueState(next);
      if (codes.length > 0) setCodes(NO_CODES);
      if (filters.status !== undefined) {
        const { status: _status, ...rest } = filters;
        setFilters(rest);
      }
    },
    [queue, codes, filters, setQueueState, setCodes, setFilters],
  );

  return {
    queue,
    sort,
    filters,
    search,
    selected,
    setQueue,
    setSort,
    setFilters,
    setSearch,
    setSelected,
  };
}
