// A host app's careless CSS, for the "Under Host Reset" stories: every state a widget shows (active tab, pressed
// toggle, selected row, focus ring, hidden panel) must survive it. The stylesheet is unlayered, as a host app's
// CSS usually is, and so beats every ordinary rule of the widgets' `@layer chinhquyenso`; only the layered
// !important state declarations (styles/base.css) hold. The checks fail the story if one is erased.
import type { Decorator } from "@storybook/react-vite";
import { expect, userEvent, waitFor } from "storybook/test";

/** What a careless host app ships: resets on every element, focus rings removed, [hidden] overridden. */
const HOST_RESET = `
.host-reset :where(button, input, select, [role="tab"]) { all: unset; box-sizing: border-box; cursor: pointer; }
.host-reset * {
  background: transparent;
  border: 0 none;
  box-shadow: none !important;
  outline: 0 none !important;
  color: inherit;
  font-weight: inherit;
}
.host-reset [hidden] { display: block !important; }
.host-reset :focus, .host-reset :focus-visible { outline: none !important; box-shadow: none !important; }
`;

/** Renders the story inside the host reset. */
export const withHostReset: Decorator = (Story) => (
  <div className="host-reset">
    <style>{HOST_RESET}</style>
    <Story />
  </div>
);

const style = (element: Element) => getComputedStyle(element);

/** Every tab list shows its active tab: a solid 3 px underline in another colour than the inactive tabs'. */
export function expectActiveTabsShown(root: HTMLElement): void {
  const lists = [...root.querySelectorAll('[role="tablist"]')];
  expect(lists.length).toBeGreaterThan(0);
  for (const list of lists) {
    const tabs = [...list.querySelectorAll('[role="tab"]')];
    const active = tabs.find((tab) => tab.getAttribute("aria-selected") === "true");
    const inactive = tabs.find((tab) => tab.getAttribute("aria-selected") === "false");
    if (!active || !inactive) throw new Error("a tab list without an active and an inactive tab");
    expect(style(active).borderBottomStyle).toBe("solid");
    expect(style(active).borderBottomWidth).toBe("3px");
    expect(style(active).borderBottomColor).not.toBe(style(inactive).borderBottomColor);
  }
}

/** Selected rows (or pressed toggles) keep a background the others do not have. */
export function expectMarkedApart(
  marked: Element | null | undefined,
  other: Element | null | undefined,
): void {
  if (!marked || !other) throw new Error("nothing marked, or nothing to compare it with");
  expect(style(marked).backgroundColor).not.toBe(style(other).backgroundColor);
}

/** Panels with `hidden` are not displayed, whatever the host says about [hidden]. */
export function expectHiddenStaysHidden(root: HTMLElement): void {
  const hidden = [...root.querySelectorAll<HTMLElement>("[hidden]")];
  expect(hidden.length).toBeGreaterThan(0);
  for (const element of hidden) expect(style(element).display).toBe("none");
}

/** Focus reached by keyboard on `target` shows a ring (box-shadow or outline). */
export async function expectFocusRing(target: HTMLElement, keys: string): Promise<HTMLElement> {
  target.focus();
  await userEvent.keyboard(keys);
  await waitFor(() => expect(document.activeElement).not.toBe(document.body));
  const focused = document.activeElement as HTMLElement;
  expect(focused.matches(":focus-visible")).toBe(true);
  const computed = style(focused);
  expect(computed.boxShadow !== "none" || computed.outlineStyle === "solid").toBe(true);
  return focused;
}
