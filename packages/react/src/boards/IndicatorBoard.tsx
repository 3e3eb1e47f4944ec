// Entry-level composition (docs/architecture.md: only entry points compose widgets): a supervision board drawn
// from its JSON config with the IndicatorCard and IndicatorTrend widgets, each connected by the indicator's code.
import { IndicatorCard } from "../IndicatorCard";
import { IndicatorTrend } from "../IndicatorTrend";
import { useTranslator } from "../i18n/useTranslator";
import type { HeadingLevel } from "../internal/headings";
import { type IndicatorBoardConfig, parseIndicatorBoard } from "../internal/indicators";
import { useWidgetRoot } from "../theme/useWidgetRoot";
import { boardMessages } from "./messages";

export interface IndicatorBoardProps {
  /** The board (as IndicatorExplorer composes it, or read back from storage: it is checked, never trusted). */
  board: IndicatorBoardConfig | unknown;
  /** Level of each tile's heading (default 3). */
  headingLevel?: HeadingLevel | undefined;
  className?: string | undefined;
}

/** The tiles of a board in order: cards in a wrapping row, charts full width. Needs the provider's client. */
export function IndicatorBoard({ board, headingLevel = 3, className }: IndicatorBoardProps) {
  const t = useTranslator(boardMessages);
  const root = useWidgetRoot("cqs-indicator-board", className);
  const { tiles } = parseIndicatorBoard(board);
  if (tiles.length === 0) return <p {...root}>{t("board.empty")}</p>;
  return (
    <ul {...root} aria-label={t("board.label")}>
      {tiles.map((tile) => (
        <li key={tile.code} data-view={tile.view}>
          {tile.view === "trend" ? (
            <IndicatorTrend code={tile.code} headingLevel={headingLevel} height={200} />
          ) : (
            <IndicatorCard code={tile.code} headingLevel={headingLevel} />
          )}
        </li>
      ))}
    </ul>
  );
}
