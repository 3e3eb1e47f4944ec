// Behaviour of the virtualised ARIA grid: roving focus kept by dossier code (so a refresh from the stream does
// not move it), keyboard commands, range selection, row activation, loading more near the end, and which rows
// changed since the user last saw them. No markup.
import type { Dossier } from "@chinhquyenso/client";
import {
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { useIsomorphicLayoutEffect } from "../internal/useIsomorphicLayoutEffect";
import { type GridPosition, gridCommand } from "./keyboard";
import { type FocusDeparture, useFocusKeeper } from "./useFocusKeeper";
import { type RowWindowItem, useRowVirtualizer } from "./useRowVirtualizer";

/** The key of a row: its dossier code, or its position when the data lacks one. */
export function rowKey(row: Dossier | undefined, index: number): string {
  return typeof row?.code === "string" && row.code !== "" ? row.code : `#${index}`;
}

export interface DossierGridOptions {
  rows: readonly Dossier[];
  /** More rows can be loaded (server mode): a loading row follows the last one. */
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore?: (() => void) | undefined;
  /** Columns, the selection column included. */
  columnCount: number;
  selectable: boolean;
  selected: ReadonlySet<string>;
  onSelect: (codes: ReadonlySet<string>) => void;
  onActivateRow?: ((row: Dossier, index: number) => void) | undefined;
  /** Enter or Space on a header cell (sort, select all). */
  onActivateHeader?: ((col: number) => void) | undefined;
  /** When it changes (another menu, search or filter), focus and scroll go back to the top. */
  resetKey: string;
  /** Column that takes focus first (the code, after the selection column). */
  firstColumn: number;
}

export interface DossierGrid {
  scrollRef: RefObject<HTMLDivElement | null>;
  headerRef: RefObject<HTMLDivElement | null>;
  virtualItems: RowWindowItem[];
  totalSize: number;
  /** Offset of the rows below the sticky header, for positioning. */
  scrollMargin: number;
  /** The focused cell (row -1: header). */
  focus: GridPosition;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  onFocus(event: FocusEvent<HTMLElement>): void;
  onRowClick(index: number, event: MouseEvent<HTMLElement>): void;
  /** Checkbox of a row: toggle, or select the range from the anchor with Shift. */
  onRowCheck(index: number, range: boolean): void;
  /** A click on a header cell (sort). */
  activateHeader(col: number): void;
  /** All shown rows selected (for the header checkbox). */
  allSelected: boolean;
  toggleAll(): void;
  /** The row's data changed since the user last saw it (another etag). */
  isUpdated(row: Dossier, index: number): boolean;
  /**
   * Scrolls to the row with this key (dossier code) and focuses its first data cell, as a keyboard move would.
   * False when no loaded row has that key.
   */
  focusRow(key: string): boolean;
  /** Focuses the grid's current cell (its one tab stop): where focus goes when what held it disappears. */
  focusCurrent(): void;
  /** The focused dossier left the list and focus moved to a neighbour (for the status region). */
  departure: FocusDeparture | undefined;
  onBlur(event: FocusEvent<HTMLElement>): void;
}

const DEFAULT_ROW_HEIGHT = 44;

export function useDossierGrid(options: DossierGridOptions): DossierGrid {
  const { rows, hasMore, loadingMore, onLoadMore, columnCount, selectable, selected, onSelect } = options;
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const headerRef = useRef<HTMLDivElement | null>(null);
  const [rowHeight, setRowHeight] = useState(DEFAULT_ROW_HEIGHT);
  const [focus, setFocusState] = useState<{ code: string | null; row: number; col: number }>(() => ({
    code: null,
    row: 0,
    col: options.firstColumn,
  }));
  // Selection anchor (a row key) and the selection before the current Shift range began.
  const anchor = useRef<{ key: string | null; index: number; base: ReadonlySet<string> }>({
    key: null,
    index: -1,
    base: new Set(),
  });
  // A keyboard move waiting for its cell to render: the target, so that a render committed in between (a
  // background refresh) cannot take the request for itself.
  const focusRequest = useRef<{ key: string | null; col: number } | null>(null);
  const seen = useRef(new Map<string, string>());

  // The focused row follows its dossier when rows are re-sorted or refreshed; a row that left stays put.
  const focusRow = useMemo(() => {
    if (focus.row < 0 || rows.length === 0) return -1;
    if (focus.code !== null) {
      if (rowKey(rows[focus.row], focus.row) === focus.code) return focus.row;
      const found = rows.findIndex((row, index) => rowKey(row, index) === focus.code);
      if (found >= 0) return found;
    }
    return Math.min(focus.row, rows.length - 1);
  }, [rows, focus]);
  const col = Math.min(focus.col, columnCount - 1);

  const virtualizer = useRowVirtualizer({
    count: rows.length + (hasMore ? 1 : 0),
    rowHeight,
    scrollMargin: rowHeight,
    scrollRef,
    overscan: 6,
    initialHeight: 12 * DEFAULT_ROW_HEIGHT,
    // The focused row stays rendered when scrolled away, so it keeps DOM focus and stays reachable.
    keep: focusRow,
  });

  const keeper = useFocusKeeper({
    scrollRef,
    cellSelector: `[data-cell="${focusRow}:${col}"]`,
    currentKey: focusRow < 0 ? null : rowKey(rows[focusRow], focusRow),
    scrollToCell: () => {
      if (focusRow >= 0) virtualizer.scrollToIndex(focusRow);
    },
  });

  // Row height comes from the --cqs-row-height token: measure the header row (same height) once it exists.
  const measuredHeader = useRef<HTMLElement | null>(null);
  useIsomorphicLayoutEffect(() => {
    const header = headerRef.current;
    if (!header || header === measuredHeader.current) return;
    measuredHeader.current = header;
    if (header.offsetHeight > 0) setRowHeight(header.offsetHeight);
  });

  const virtualItems = virtualizer.items;
  const { scrollToIndex, scrollToOffset } = virtualizer;
  const lastIndex = virtualItems[virtualItems.length - 1]?.index ?? -1;
  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= 0 && lastIndex >= rows.length - 5) onLoadMore?.();
  }, [hasMore, loadingMore, lastIndex, rows.length, onLoadMore]);

  // A new view (menu, search, filters, sort) starts at the top — in the same render, so that focus never rests
  // on a row of the old view. A dossier that holds DOM focus and is still shown keeps it (a filter changed from
  // elsewhere); focus stays in the header when the change came from it (sorting by Enter).
  const { resetKey } = options;
  const [viewKey, setViewKey] = useState(resetKey);
  const resetTo = useRef<"top" | "focus" | null>(null);
  if (viewKey !== resetKey) {
    setViewKey(resetKey);
    const held = focus.row >= 0 ? keeper.heldKey() : null;
    const stays = held !== null && rows.some((row, index) => rowKey(row, index) === held);
    resetTo.current = stays ? "focus" : "top";
    if (stays) setFocusState({ code: held, row: focus.row, col: focus.col });
    else setFocusState({ code: null, row: focus.row < 0 ? -1 : 0, col: focus.col });
  }
  useEffect(() => {
    if (resetTo.current === null) return;
    const to = resetTo.current;
    resetTo.current = null;
    anchor.current = { key: null, index: -1, base: new Set() };
    if (to === "focus" && focusRow >= 0) scrollToIndex(focusRow);
    else scrollToOffset(0);
  });

  // Move DOM focus after a keyboard move, once the target cell is rendered.
  useEffect(() => {
    const request = focusRequest.current;
    if (!request || request.col !== col) return;
    if (request.key !== (focusRow < 0 ? null : rowKey(rows[focusRow], focusRow))) return;
    const cell = scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${focusRow}:${col}"]`);
    if (cell) {
      focusRequest.current = null;
      cell.focus({ preventScroll: true });
    }
  });

  const keyAt = useCallback((index: number) => rowKey(rows[index], index), [rows]);
  const markSeen = useCallback(
    (index: number) => {
      const row = rows[index];
      if (row) seen.current.set(keyAt(index), String(row.etag ?? row.updatedAt ?? ""));
    },
    [rows, keyAt],
  );

  const moveTo = useCallback(
    (to: GridPosition, request: boolean) => {
      if (to.row >= 0) markSeen(to.row);
      const key = to.row >= 0 ? keyAt(to.row) : null;
      setFocusState({ code: key, row: to.row, col: to.col });
      if (request) {
        focusRequest.current = { key, col: to.col };
        if (to.row >= 0) scrollToIndex(to.row);
      }
    },
    [keyAt, markSeen, scrollToIndex],
  );

  const setAnchor = useCallback(
    (index: number, base: ReadonlySet<string>) => {
      anchor.current = { key: keyAt(index), index, base };
    },
    [keyAt],
  );

  const anchorIndex = useCallback(() => {
    const { key, index } = anchor.current;
    if (key === null) return -1;
    if (keyAt(index) === key) return index;
    return rows.findIndex((_, position) => keyAt(position) === key);
  }, [rows, keyAt]);

  const toggle = useCallback(
    (index: number) => {
      if (!selectable || index < 0) return;
      const key = keyAt(index);
      const next = new Set(selected);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      setAnchor(index, next);
      onSelect(next);
    },
    [selectable, selected, keyAt, setAnchor, onSelect],
  );

  const selectRange = useCallback(
    (to: number) => {
      if (!selectable || to < 0) return;
      let from = anchorIndex();
      if (from < 0) {
        from = to;
        anchor.current = { key: keyAt(to), index: to, base: selected };
      }
      const next = new Set(anchor.current.base);
      for (let index = Math.min(from, to); index <= Math.max(from, to); index++) next.add(keyAt(index));
      onSelect(next);
    },
    [selectable, anchorIndex, keyAt, selected, onSelect],
  );

  // Cheap unless nearly everything is selected: a 100,000-row grid re-renders on every focus move.
  const allSelected =
    rows.length > 0 &&
    selected.size >= rows.length &&
    rows.every((row, index) => selected.has(rowKey(row, index)));
  const toggleAll = useCallback(() => {
    if (!selectable) return;
    anchor.current = { key: null, index: -1, base: new Set() };
    if (allSelected) onSelect(new Set());
    else onSelect(new Set(rows.map((row, index) => rowKey(row, index))));
  }, [selectable, allSelected, rows, onSelect]);

  const pageSize = () => {
    const height = scrollRef.current?.clientHeight ?? 0;
    return Math.max(1, Math.floor((height - rowHeight) / rowHeight) - 1);
  };

  const { onActivateRow, onActivateHeader } = options;
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const command = gridCommand(
      event,
      { row: focusRow, col },
      { rowCount: rows.length, colCount: columnCount, pageSize: pageSize() },
    );
    if (!command) return;
    event.preventDefault();
    switch (command.type) {
      case "move":
        // Shift+arrows extend from the anchor (the last row toggled), or from where the focus was.
        if (command.extend && anchor.current.key === null && focusRow >= 0) setAnchor(focusRow, selected);
        moveTo(command.to, true);
        if (command.extend) selectRange(command.to.row);
        return;
      case "toggle":
        return toggle(focusRow);
      case "selectRange":
        return selectRange(focusRow);
      case "selectAll":
        return toggleAll();
      case "clearSelection":
        anchor.current = { key: null, index: -1, base: new Set() };
        if (selected.size > 0) onSelect(new Set());
        return;
      case "activate": {
        if (focusRow < 0) return selectable && col === 0 ? toggleAll() : onActivateHeader?.(col);
        const row = rows[focusRow];
        markSeen(focusRow);
        if (row) onActivateRow?.(row, focusRow);
        return;
      }
    }
  };

  // Focus that arrives by mouse or by Tab updates the roving position.
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>("[data-cell]");
    const [row, column] = (cell?.dataset.cell ?? "").split(":").map(Number);
    if (row === undefined || column === undefined || Number.isNaN(row) || Number.isNaN(column)) return;
    keeper.onFocus(row >= 0 ? keyAt(row) : null);
    if (row !== focusRow || column !== col) moveTo({ row, col: column }, false);
  };

  const onRowClick = (index: number, event: MouseEvent<HTMLElement>) => {
    if (event.shiftKey) return selectRange(index);
    if (event.ctrlKey || event.metaKey) return toggle(index);
    setAnchor(index, selected);
    markSeen(index);
    const row = rows[index];
    if (row) onActivateRow?.(row, index);
  };

  const onRowCheck = (index: number, range: boolean) => (range ? selectRange(index) : toggle(index));

  const isUpdated = (row: Dossier, index: number) => {
    const key = rowKey(row, index);
    const version = String(row?.etag ?? row?.updatedAt ?? "");
    const known = seen.current.get(key);
    if (known === undefined) {
      seen.current.set(key, version);
      return false;
    }
    return known !== version;
  };

  const { firstColumn } = options;
  const focusRowByKey = (key: string) => {
    const index = rows.findIndex((row, position) => rowKey(row, position) === key);
    if (index < 0) return false;
    moveTo({ row: index, col: firstColumn }, true);
    scrollToIndex(index, "center");
    return true;
  };
  const focusCurrent = () => {
    const grid = scrollRef.current;
    (grid?.querySelector<HTMLElement>('[data-cell][tabindex="0"]') ?? grid)?.focus();
  };

  return {
    scrollRef,
    headerRef,
    virtualItems,
    totalSize: virtualizer.totalSize,
    scrollMargin: rowHeight,
    focus: { row: focusRow, col },
    onKeyDown,
    onFocus,
    onRowClick,
    onRowCheck,
    activateHeader: (column: number) => onActivateHeader?.(column),
    allSelected,
    toggleAll,
    isUpdated,
    focusRow: focusRowByKey,
    focusCurrent,
    departure: keeper.departure,
    onBlur: keeper.onBlur,
  };
}
