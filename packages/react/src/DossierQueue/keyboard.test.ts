import { describe, expect, it } from "vitest";
import { gridCommand, type KeyInput } from "./keyboard";

const key = (name: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key: name,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const bounds = { rowCount: 100_000, colCount: 9, pageSize: 10 };

describe("grid keyboard model", () => {
  it("moves by cell, page, row end and grid end, clamped to the grid", () => {
    const at = { row: 5, col: 3 };
    expect(gridCommand(key("ArrowDown"), at, bounds)).toEqual({
      type: "move",
      to: { row: 6, col: 3 },
      extend: false,
    });
    expect(gridCommand(key("ArrowUp"), { row: 0, col: 3 }, bounds)).toMatchObject({
      to: { row: -1, col: 3 },
    });
    expect(gridCommand(key("ArrowUp"), { row: -1, col: 3 }, bounds)).toMatchObject({
      to: { row: -1, col: 3 },
    });
    expect(gridCommand(key("ArrowRight"), { row: 5, col: 8 }, bounds)).toMatchObject({
      to: { row: 5, col: 8 },
    });
    expect(gridCommand(key("Home"), at, bounds)).toMatchObject({ to: { row: 5, col: 0 } });
    expect(gridCommand(key("End"), at, bounds)).toMatchObject({ to: { row: 5, col: 8 } });
    expect(gridCommand(key("Home", { ctrlKey: true }), at, bounds)).toMatchObject({ to: { row: 0, col: 0 } });
    expect(gridCommand(key("End", { metaKey: true }), at, bounds)).toMatchObject({
      to: { row: 99_999, col: 8 },
    });
    expect(gridCommand(key("PageDown"), { row: 99_995, col: 1 }, bounds)).toMatchObject({
      to: { row: 99_999 },
    });
    expect(gridCommand(key("PageUp"), at, bounds)).toMatchObject({ to: { row: 0 } });
    expect(gridCommand(key("PageDown"), { row: -1, col: 1 }, bounds)).toMatchObject({ to: { row: 10 } });
  });

  it("selects with Space, ranges with Shift, all with Ctrl+A, and activates with Enter", () => {
    const at = { row: 5, col: 3 };
    expect(gridCommand(key(" "), at, bounds)).toEqual({ type: "toggle" });
    expect(gridCommand(key(" ", { shiftKey: true }), at, bounds)).toEqual({ type: "selectRange" });
    expect(gridCommand(key("ArrowDown", { shiftKey: true }), at, bounds)).toMatchObject({ extend: true });
    // Shift+Up from the first row does not extend into the header.
    expect(gridCommand(key("ArrowUp", { shiftKey: true }), { row: 0, col: 3 }, bounds)).toMatchObject({
      to: { row: 0 },
      extend: true,
    });
    expect(gridCommand(key("a", { ctrlKey: true }), at, bounds)).toEqual({ type: "selectAll" });
    expect(gridCommand(key("Enter"), at, bounds)).toEqual({ type: "activate" });
    expect(gridCommand(key(" "), { row: -1, col: 4 }, bounds)).toEqual({ type: "activate" });
    expect(gridCommand(key("Escape"), at, bounds)).toEqual({ type: "clearSelection" });
  });

  it("leaves other keys to the page", () => {
    const at = { row: 5, col: 3 };
    for (const name of ["Tab", "a", "F5"]) expect(gridCommand(key(name), at, bounds)).toBeNull();
    expect(gridCommand(key("ArrowDown", { altKey: true }), at, bounds)).toBeNull();
    expect(gridCommand(key(" ", { ctrlKey: true }), at, bounds)).toBeNull();
  });

  it("keeps focus in the header when there are no rows", () => {
    expect(gridCommand(key("ArrowDown"), { row: -1, col: 2 }, { ...bounds, rowCount: 0 })).toMatchObject({
      to: { row: -1, col: 2 },
    });
  });
});
