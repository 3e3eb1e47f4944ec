import type { Dossier } from "@chinhquyenso/client";
import { type CSSProperties, type MouseEvent, memo, useCallback, useRef } from "react";
import { commonMessages } from "../i18n/common";
import { useTranslator } from "../i18n/useTranslator";
import { type CellContext, cellContent, columnHeader, columnTracks } from "./cells";
import { GridCell, GridRow, GridRowGroup } from "./gridParts";
import type { DossierQueueModel, ResolvedColumn } from "./model";
import { rowKey } from "./useDossierGrid";

interface RowProps {
  row: Dossier;
  index: number;
  start: number;
  /** Column of the focused cell when this row holds focus, else -1. */
  focusCol: number;
  selectable: boolean;
  selected: boolean;
  updated: boolean;
  columns: readonly ResolvedColumn[];
  context: CellContext;
  onClick(index: number, event: MouseEvent<HTMLElement>): void;
  onCheck(index: number, range: boolean): void;
}

const noop = () => {};

/** One virtual row; memoised so that moving focus re-renders two rows, not the window. */
const QueueRow = /* @__PURE__ */ memo(function QueueRow(props: RowProps) {
  const { row, index, focusCol, selectable, selected, columns, context } = props;
  const valid = !!row && typeof row === "object";
  const offset = selectable ? 1 : 0;
  const code = valid && typeof row.code === "string" ? row.code : "";
  return (
    <GridRow
      aria-rowindex={index + 2}
      aria-selected={selectable ? selected : undefined}
      className="cqs-queue__row"
      data-selected={selected || undefined}
      data-updated={props.updated || undefined}
      data-focused={focusCol >= 0 || undefined}
      style={{ transform: `translateY(${props.start}px)` }}
      onClick={(event) => props.onClick(index, event)}
    >
      {selectable ? (
        <GridCell
          aria-colindex={1}
          className="cqs-queue__cell cqs-queue__cell--select"
          data-cell={`${index}:0`}
          tabIndex={focusCol === 0 ? 0 : -1}
        >
          <input
            type="checkbox"
            className="cqs-queue__check"
            tabIndex={-1}
            checked={selected}
            aria-label={context.t("queue.selectRow", { code })}
            onClick={(event) => {
              event.stopPropagation();
              props.onCheck(index, event.shiftKey);
            }}
            onChange={noop}
          />
        </GridCell>
      ) : null}
      {columns.map((column, position) => (
        <GridCell
          key={column.id}
          aria-colindex={position + offset + 1}
          className="cqs-queue__cell"
          data-column={column.id}
          data-cell={`${index}:${position + offset}`}
          tabIndex={focusCol === position + offset ? 0 : -1}
        >
          {!valid ? (
            position === 0 ? (
              context.t("queue.invalidRow")
            ) : null
          ) : (
            <>
              {cellContent(column, row, context)}
              {position === 0 && props.updated ? (
                <span className="cqs-queue__updated">{context.t("queue.updated")}</span>
              ) : null}
            </>
          )}
        </GridCell>
      ))}
    </GridRow>
  );
});

interface QueueGridProps {
  model: DossierQueueModel;
  context: CellContext;
  label: string;
}

/** The virtualised ARIA grid: sticky header, absolute-index rows, a loading row when more pages exist. */
export function QueueGrid({ model, context, label }: QueueGridProps) {
  const { grid, columns, selectable, rows, view } = model;
  const t = context.t;
  const common = useTranslator(commonMessages);
  const offset = selectable ? 1 : 0;
  const colCount = columns.length + offset;
  // Stable handlers for the memoised rows, always calling the latest grid behaviour.
  const latest = useRef(grid);
  latest.current = grid;
  const onClick = useCallback((index: number, event: MouseEvent<HTMLElement>) => {
    latest.current.onRowClick(index, event);
  }, []);
  const onCheck = useCallback((index: number, range: boolean) => latest.current.onRowCheck(index, range), []);
  const headerFocus = grid.focus.row < 0 ? grid.focus.col : -1;
  // The height cap and the scrolling are inline so that virtualisation holds even without the stylesheet:
  // an unbounded grid would render all of its rows.
  const style = {
    "--cqs-queue-columns": columnTracks(columns, selectable),
    maxHeight: "var(--cqs-queue-max-height, 100vh)",
    overflow: "auto",
  } as CSSProperties;

  const sortState = (column: ResolvedColumn) => {
    if (!column.sortField) return undefined;
    if (view.sort === column.sortField) return "ascending" as const;
    if (view.sort === `-${column.sortField}`) return "descending" as const;
    return "none" as const;
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a virtualised grid cannot be a <table>
    <div
      ref={grid.scrollRef}
      role="grid"
      aria-label={label}
      aria-rowcount={model.total === undefined ? -1 : model.total + 1}
      aria-colcount={colCount}
      aria-multiselectable={selectable || undefined}
      aria-busy={model.refreshing || undefined}
      className="cqs-queue__grid"
      style={style}
      onKeyDown={grid.onKeyDown}
      onFocus={grid.onFocus}
      onBlur={grid.onBlur}
    >
      <GridRowGroup className="cqs-queue__head">
        <GridRow aria-rowindex={1} ref={grid.headerRef} className="cqs-queue__row cqs-queue__row--header">
          {selectable ? (
            <GridCell
              header
              aria-colindex={1}
              className="cqs-queue__cell cqs-queue__cell--select"
              data-cell="-1:0"
              tabIndex={headerFocus === 0 ? 0 : -1}
            >
              <input
                type="checkbox"
                className="cqs-queue__check"
                tabIndex={-1}
                checked={grid.allSelected}
                aria-label={t("queue.selectAll")}
                onClick={grid.toggleAll}
                onChange={noop}
              />
            </GridCell>
          ) : null}
          {columns.map((column, position) => {
            const sort = sortState(column);
            return (
              <GridCell
                header
                key={column.id}
                aria-colindex={position + offset + 1}
                aria-sort={sort}
                className="cqs-queue__cell"
                data-column={column.id}
                data-sortable={sort ? true : undefined}
                data-cell={`-1:${position + offset}`}
                tabIndex={headerFocus === position + offset ? 0 : -1}
                onClick={sort ? () => latest.current.activateHeader(position + offset) : undefined}
              >
                {columnHeader(column, t)}
                {sort && sort !== "none" ? (
                  <span className="cqs-queue__sort" aria-hidden="true">
                    {sort === "ascending" ? "▲" : "▼"}
                  </span>
                ) : null}
              </GridCell>
            );
          })}
        </GridRow>
      </GridRowGroup>
      <GridRowGroup className="cqs-queue__body" style={{ height: grid.totalSize }}>
        {grid.virtualItems.map((item) => {
          const start = item.start - grid.scrollMargin;
          if (item.index >= rows.length) {
            return (
              <GridRow
                key="__more"
                aria-rowindex={item.index + 2}
                className="cqs-queue__row cqs-queue__row--more"
                style={{ transform: `translateY(${start}px)` }}
              >
                <GridCell aria-colindex={1} aria-colspan={colCount} className="cqs-queue__cell" tabIndex={-1}>
                  {model.loadMoreFailed ? (
                    <>
                      {t("queue.loadMoreFailed")}{" "}
                      <button type="button" className="cqs-button" onClick={model.loadMore}>
                        {common("common.retry")}
                      </button>
                    </>
                  ) : (
                    <span className="cqs-skeleton cqs-queue__more-skeleton">
                      <span className="cqs-visually-hidden">{t("queue.loadingMore")}</span>
                    </span>
                  )}
                </GridCell>
              </GridRow>
            );
          }
          const row = rows[item.index] as Dossier;
          const key = rowKey(row, item.index);
          return (
            <QueueRow
              key={key}
              row={row}
              index={item.index}
              start={start}
              focusCol={grid.focus.row === item.index ? grid.focus.col : -1}
              selectable={selectable}
              selected={view.selected.has(key)}
              updated={grid.isUpdated(row, item.index)}
              columns={columns}
              context={context}
              onClick={onClick}
              onCheck={onCheck}
            />
          );
        })}
      </GridRowGroup>
    </div>
  );
}
