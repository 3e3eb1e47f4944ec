import { type ReactNode, useId } from "react";
import { RetryAlert } from "../boundary/RetryAlert";
import { WidgetBoundary } from "../boundary/WidgetBoundary";
import { useTranslator } from "../i18n/useTranslator";
import type { HeadingLevel } from "../internal/headings";
import {
  type IndicatorBoardConfig,
  MAX_BOARD_TILES,
  useIndicatorFields,
  useIndicators,
} from "../internal/indicators";
import { useLocale } from "../provider/hooks";
import { useWidgetRoot } from "../theme/useWidgetRoot";
import { BoardEditor } from "./BoardEditor";
import { ExplorerGrid } from "./ExplorerGrid";
import { ExplorerToolbar } from "./ExplorerToolbar";
import { indicatorExplorerMessages } from "./messages";
import type { ExplorerField, ExplorerIndicator } from "./types";
import {
  type IndicatorExplorerState,
  type UseIndicatorExplorerOptions,
  useIndicatorExplorer,
} from "./useIndicatorExplorer";

export interface IndicatorExplorerProps extends Omit<UseIndicatorExplorerOptions, "indicators" | "fields"> {
  /** Controlled data: the indicators (`indicators.list`) and the fields (`indicators.listFields`). Without both,
   * the explorer loads them through the provider's client. */
  indicators?: readonly ExplorerIndicator[] | undefined;
  fields?: readonly ExplorerField[] | undefined;
  /** Controlled mode: your data is loading / failed (a generic message shows with `onRetry`). */
  loading?: boolean | undefined;
  error?: unknown;
  onRetry?: (() => void) | undefined;
  /**
   * Draws the composed board under its editor: pass `(board) => <IndicatorBoard board={board} />` (from
   * `@chinhquyenso/react/boards`) or your own layout. Without it only the editor shows.
   */
  renderBoard?: ((board: IndicatorBoardConfig, state: IndicatorExplorerState) => ReactNode) | undefined;
  /** Level of the widget's heading (default 2); the board's heading uses the next level. */
  headingLevel?: HeadingLevel | undefined;
  className?: string | undefined;
}

function ExplorerBody(
  props: IndicatorExplorerProps & {
    indicators: readonly ExplorerIndicator[];
    fields: readonly ExplorerField[];
  },
) {
  const t = useTranslator(indicatorExplorerMessages);
  const locale = useLocale();
  const state = useIndicatorExplorer(props);
  const level = props.headingLevel ?? 2;
  const Board = `h${Math.min(6, level + 1) as HeadingLevel}` as const;
  const boardId = useId();
  return (
    <>
      <ExplorerToolbar state={state} fields={props.fields} t={t} locale={locale} />
      {state.preparing ? (
        <ExplorerGrid state={state} t={t} locale={locale} caption={t("explorer.list")} />
      ) : state.total === 0 ? (
        <p>{t("explorer.noData")}</p>
      ) : state.rows.length === 0 ? (
        <p>{t("explorer.empty")}</p>
      ) : (
        <ExplorerGrid state={state} t={t} locale={locale} caption={t("explorer.list")} />
      )}
      <section className="cqs-explorer__board" aria-labelledby={boardId}>
        <Board id={boardId}>
          {t("explorer.board", { count: state.board.tiles.length, max: MAX_BOARD_TILES })}
        </Board>
        <BoardEditor state={state} t={t} />
        {props.renderBoard && state.board.tiles.length > 0 ? props.renderBoard(state.board, state) : null}
      </section>
    </>
  );
}

function ConnectedExplorer(props: IndicatorExplorerProps) {
  const t = useTranslator(indicatorExplorerMessages);
  const fields = useIndicatorFields();
  const indicators = useIndicators();
  const error = fields.error ?? indicators.error;
  if ((fields.data === undefined || indicators.data === undefined) && error) {
    // Read by shape, not class: a second copy of the client in an app still classifies.
    const forbidden = (error as { status?: unknown }).status === 403;
    return (
      <RetryAlert
        className="cqs-explorer__problem"
        message={t(forbidden ? "explorer.forbidden" : "explorer.error")}
        onRetry={
          forbidden
            ? undefined
            : () => {
                void fields.refetch();
                void indicators.refetch();
              }
        }
      />
    );
  }
  if (fields.data === undefined || indicators.data === undefined)
    return <p aria-busy="true">{t("explorer.loading")}</p>;
  return (
    <ExplorerBody
      {...props}
      fields={Array.isArray(fields.data.items) ? fields.data.items : []}
      indicators={Array.isArray(indicators.data.items) ? indicators.data.items : []}
    />
  );
}

function IndicatorExplorerInner(props: IndicatorExplorerProps) {
  const t = useTranslator(indicatorExplorerMessages);
  const root = useWidgetRoot("cqs-explorer", props.className);
  const titleId = useId();
  const Heading = `h${props.headingLevel ?? 2}` as const;
  let body: ReactNode;
  if (props.loading) body = <p aria-busy="true">{t("explorer.loading")}</p>;
  else if (props.error)
    body = (
      <RetryAlert className="cqs-explorer__problem" message={t("explorer.error")} onRetry={props.onRetry} />
    );
  else if (props.indicators && props.fields)
    body = <ExplorerBody {...props} indicators={props.indicators} fields={props.fields} />;
  else body = <ConnectedExplorer {...props} />;
  return (
    <section {...root} aria-labelledby={titleId}>
      <Heading id={titleId} className="cqs-explorer__title">
        {t("explorer.title")}
      </Heading>
      {body}
    </section>
  );
}

/**
 * The IOC's fields and indicators in a searchable, filterable grid — latest value, target, threshold state,
 * trend, source and freshness — where selecting indicators composes a supervision board the host persists as
 * JSON (`board`/`onBoardChange`, or uncontrolled `defaultBoard`). Controlled (`indicators`, `fields`) or connected.
 */
export function IndicatorExplorer(props: IndicatorExplorerProps) {
  const t = useTranslator(indicatorExplorerMessages);
  return (
    <WidgetBoundary widget="IndicatorExplorer" label={t("explorer.name")}>
      <IndicatorExplorerInner {...props} />
    </WidgetBoundary>
  );
}
