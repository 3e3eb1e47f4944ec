// Keyboard model of the queue grid (WAI-ARIA APG data grid), as a pure function of the key and the position.

/** A cell: `row` -1 is the header row, 0… the data rows (absolute index in the shown rows). */
export interface GridPosition {
  row: number;
  col: number;
}

export interface GridBounds {
  /** Data rows that can take focus (the loaded ones). */
  rowCount: number;
  colCount: number;
  /** Rows moved by PageUp / PageDown: about one viewport. */
  pageSize: number;
}

export interface KeyInput {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export type GridCommand =
  /** Move focus; `extend` also selects from the anchor to the new row (Shift+arrows). */
  | { type: "move"; to: GridPosition; extend: boolean }
  /** Space: select or deselect the focused row (and make it the anchor). */
  | { type: "toggle" }
  /** Shift+Space: select the rows from the anchor to the focused row. */
  | { type: "selectRange" }
  /** Ctrl/Cmd+A: select every shown row, or none when all are selected. */
  | { type: "selectAll" }
  /** Enter (or Space on a header cell): activate the row, or the header cell (sort, select all). */
  | { type: "activate" }
  | { type: "clearSelection" };

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));

/** The command for a key press at `at`, or null when the grid leaves the key alone (Tab, letters…). */
export function gridCommand(input: KeyInput, at: GridPosition, bounds: GridBounds): GridCommand | null {
  const { key, shiftKey, altKey } = input;
  const ctrl = input.ctrlKey || input.metaKey;
  if (altKey) return null;
  const lastRow = bounds.rowCount - 1;
  const lastCol = bounds.colCount - 1;
  const header = at.row < 0;
  const move = (row: number, col: number, extend = false): GridCommand => {
    // Shift+arrows never extend into the header; without rows, focus stays in the header.
    const target = lastRow < 0 ? -1 : clamp(row, extend ? 0 : -1, lastRow);
    return {
      type: "move",
      to: { row: target, col: clamp(col, 0, lastCol) },
      extend: extend && !header && target >= 0,
    };
  };
  switch (key) {
    case "ArrowDown":
      return move(at.row + 1, at.col, shiftKey);
    case "ArrowUp":
      return move(at.row - 1, at.col, shiftKey);
    case "ArrowRight":
      return ctrl ? move(at.row, lastCol) : move(at.row, at.col + 1);
    case "ArrowLeft":
      return ctrl ? move(at.row, 0) : move(at.row, at.col - 1);
    case "Home":
      return ctrl ? move(0, 0) : move(at.row, 0);
    case "End":
      return ctrl ? move(lastRow, lastCol) : move(at.row, lastCol);
    case "PageDown":
      return move(Math.max(at.row, 0) + bounds.pageSize, at.col, shiftKey);
    case "PageUp":
      return move(header ? -1 : Math.max(at.row - bounds.pageSize, 0), at.col, shiftKey);
    case " ":
    case "Spacebar":
      if (ctrl) return null;
      if (header) return { type: "activate" };
      return shiftKey ? { type: "selectRange" } : { type: "toggle" };
    case "Enter":
      return { type: "activate" };
    case "a":
    case "A":
      return ctrl && !shiftKey ? { type: "selectAll" } : null;
    case "Escape":
      return { type: "clearSelection" };
    default:
      return null;
  }
}
