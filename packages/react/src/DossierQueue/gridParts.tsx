// ARIA grid parts on <div>s: a virtualised grid positions each row absolutely, which table elements do not
// allow without losing their semantics in some browsers; the roles are explicit instead.
import { forwardRef, type HTMLAttributes } from "react";

type DivProps = HTMLAttributes<HTMLDivElement>;

export const GridRow = /* @__PURE__ */ forwardRef<HTMLDivElement, DivProps>(function GridRow(props, ref) {
  // Keyboard activation of rows is handled by the grid's keydown (Enter), clicks here.
  // biome-ignore lint/a11y/useSemanticElements: absolutely positioned row of a virtualised grid
  // biome-ignore lint/a11y/useFocusableInteractive: focus is on the row's cells (roving tabindex)
  return <div ref={ref} role="row" {...props} />;
});

export function GridRowGroup(props: DivProps) {
  // biome-ignore lint/a11y/useSemanticElements: row group of a virtualised grid
  return <div role="rowgroup" {...props} />;
}

/** A cell or a column header; every cell takes part in the grid's roving tabindex. */
export function GridCell({ header, tabIndex, ...props }: DivProps & { header?: boolean; tabIndex: number }) {
  return header ? (
    // biome-ignore lint/a11y/useSemanticElements: header cell of a virtualised grid
    <div role="columnheader" tabIndex={tabIndex} {...props} />
  ) : (
    // biome-ignore lint/a11y/useSemanticElements: cell of a virtualised grid
    <div role="gridcell" tabIndex={tabIndex} {...props} />
  );
}
