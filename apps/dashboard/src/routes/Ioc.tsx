import {
  IndicatorBoard,
  type IndicatorBoardConfig,
  IndicatorExplorer,
  parseIndicatorBoard,
} from "@chinhquyenso/react";
import { useState } from "react";
import { useMessages } from "../messages";
import { Page } from "../shell/Page";

const BOARD_KEY = "cqs-dashboard:ioc-board";

/** A department's first board until it composes its own. */
const STARTER: IndicatorBoardConfig = {
  version: 1,
  tiles: [
    { code: "HCC-01", view: "card" },
    { code: "TT-02", view: "card" },
    { code: "ANTT-01", view: "card" },
    { code: "YT-02", view: "trend" },
  ],
};

function readBoard(): IndicatorBoardConfig {
  try {
    const stored = window.localStorage.getItem(BOARD_KEY);
    return stored === null ? STARTER : parseIndicatorBoard(stored);
  } catch {
    return STARTER;
  }
}

/** The IOC screen: the explorer composes the board, the board is stored as JSON and drawn from it. */
export default function Ioc() {
  const messages = useMessages();
  const [board, setBoard] = useState<IndicatorBoardConfig>(readBoard);
  const change = (next: IndicatorBoardConfig) => {
    setBoard(next);
    try {
      window.localStorage.setItem(BOARD_KEY, JSON.stringify(next));
    } catch {
      // Storage unavailable: the board lasts for this page only.
    }
  };
  return (
    <Page title={messages.iocTitle}>
      <IndicatorExplorer
        board={board}
        onBoardChange={change}
        renderBoard={(current) => <IndicatorBoard board={current} />}
      />
    </Page>
  );
}
