import { describe, expect, it } from "vitest";
import { MAX_BOARD_TILES, parseIndicatorBoard } from "./board";

describe("parseIndicatorBoard", () => {
  it("reads a stored board, as a string or a value", () => {
    const board = {
      version: 1,
      tiles: [
        { code: "HCC-01", view: "trend" },
        { code: "YT-02", view: "card" },
      ],
    };
    expect(parseIndicatorBoard(JSON.stringify(board))).toEqual(board);
    expect(parseIndicatorBoard(board)).toEqual(board);
  });

  it("never throws on what storage holds, and keeps what it can", () => {
    for (const junk of ["{", "null", 42, null, undefined, { tiles: "x" }, []])
      expect(parseIndicatorBoard(junk)).toEqual({ version: 1, tiles: [] });
    expect(
      parseIndicatorBoard({
        tiles: [
          { code: "A" },
          { code: "A", view: "trend" },
          { view: "card" },
          null,
          { code: 5 },
          { code: "B", view: "pie" },
        ],
      }).tiles,
    ).toEqual([
      { code: "A", view: "card" },
      { code: "B", view: "card" },
    ]);
    const many = { tiles: Array.from({ length: 100 }, (_, index) => ({ code: `C-${index}` })) };
    expect(parseIndicatorBoard(many).tiles).toHaveLength(MAX_BOARD_TILES);
  });
});
