import type { Translate } from "../i18n/translator";
import type { BoardTileView } from "../internal/indicators";
import { MAX_BOARD_TILES } from "../internal/indicators";
import type { indicatorExplorerMessages } from "./messages";
import type { IndicatorExplorerState } from "./useIndicatorExplorer";

type Key = keyof (typeof indicatorExplorerMessages)["vi"];

/** The board's tiles in order: each shown as a card or a chart, moved or removed by keyboard. */
export function BoardEditor({ state, t }: { state: IndicatorExplorerState; t: Translate<Key> }) {
  const tiles = state.board.tiles;
  return (
    <div className="cqs-explorer__board-editor">
      {tiles.length === 0 ? (
        <p className="cqs-explorer__hint">{t("explorer.boardEmpty")}</p>
      ) : (
        <ol className="cqs-explorer__tiles">
          {tiles.map((tile, index) => {
            const row = state.byCode.get(tile.code);
            const name = row?.indicator.name ?? tile.code;
            // While a long list is prepared, a tile is not yet known, not missing.
            const missing = !row && !state.preparing;
            return (
              <li key={tile.code} data-missing={missing || undefined}>
                <span className="cqs-explorer__tile-name">
                  {missing ? t("explorer.boardMissing", { code: tile.code }) : name}
                </span>
                <label>
                  <span className="cqs-visually-hidden">{t("explorer.view", { name })}</span>
                  <select
                    className="cqs-control"
                    value={tile.view}
                    onChange={(event) => state.setView(tile.code, event.target.value as BoardTileView)}
                  >
                    <option value="card">{t("explorer.view.card")}</option>
                    <option value="trend">{t("explorer.view.trend")}</option>
                  </select>
                </label>
                <button
                  type="button"
                  className="cqs-button cqs-explorer__small"
                  onClick={() => state.move(tile.code, -1)}
                  disabled={index === 0}
                  aria-label={t("explorer.moveUp", { name })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="cqs-button cqs-explorer__small"
                  onClick={() => state.move(tile.code, 1)}
                  disabled={index === tiles.length - 1}
                  aria-label={t("explorer.moveDown", { name })}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="cqs-button cqs-explorer__small"
                  onClick={() => state.remove(tile.code)}
                  aria-label={t("explorer.remove", { name })}
                >
                  ✕
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {state.boardFull ? (
        <p className="cqs-explorer__hint">{t("explorer.boardFull", { max: MAX_BOARD_TILES })}</p>
      ) : null}
      {tiles.length > 0 ? (
        <button type="button" className="cqs-button" onClick={state.clear}>
          {t("explorer.clear")}
        </button>
      ) : null}
    </div>
  );
}
