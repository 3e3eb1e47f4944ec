// The widgets under an aggressive host stylesheet: every state they show (active tab, pressed filter, selected
// row, focus ring, hidden panel) must survive it. The stylesheet is unlayered, as a host app's CSS usually is,
// and so beats every ordinary rule of the widgets' `@layer chinhquyenso`; only the layered !important state
// declarations (styles/base.css) hold. This story is the guard: its play function fails if one is erased.
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor } from "storybook/test";
import { DocumentInbox } from "../DocumentInbox/DocumentInbox";
import { INBOX, ME } from "../DocumentInbox/fixtures";
import { DossierQueue } from "../DossierQueue/DossierQueue";
import { sampleDossiers } from "../DossierQueue/fixtures";
import { STORY_NOW } from "../support/storybook.story-support";

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

function HostApp() {
  const rows = sampleDossiers(40);
  // Every other row, so that rendered rows of both kinds exist whatever the virtual window shows.
  const selected = rows.filter((_, index) => index % 2 === 0).map((row) => row.code);
  return (
    <div className="host-reset">
      <style>{HOST_RESET}</style>
      <DossierQueue
        rows={rows}
        defaultSelected={selected}
        queues={["all", "in_progress", "due_or_overdue"]}
      />
      <DocumentInbox documents={INBOX} currentUserId={ME.id} defaultFilter="pending" />
    </div>
  );
}

const meta = {
  title: "Styles/Host CSS",
  component: HostApp,
  parameters: {
    now: STORY_NOW,
    docs: {
      description: {
        component:
          "The widgets inside a host app whose unlayered CSS resets buttons, backgrounds, borders and focus rings and even overrides `[hidden]`. The widgets' stylesheet is one cascade layer, so the host wins every ordinary declaration; the declarations that carry a state are `!important` inside the layer and hold. Restyle states through the `--cqs-*` tokens they read.",
      },
    },
  },
} satisfies Meta<typeof HostApp>;

export default meta;
type Story = StoryObj<typeof meta>;

const style = (element: Element) => getComputedStyle(element);

export const AggressiveReset: Story = {
  play: async ({ canvas, canvasElement, step }) => {
    await step("the active tab of each tab list stands out", async () => {
      for (const list of await canvas.findAllByRole("tablist")) {
        const tabs = [...list.querySelectorAll('[role="tab"]')];
        const active = tabs.find((tab) => tab.getAttribute("aria-selected") === "true");
        const inactive = tabs.find((tab) => tab.getAttribute("aria-selected") === "false");
        if (!active || !inactive) throw new Error("a tab list without an active and an inactive tab");
        expect(style(active).borderBottomStyle).toBe("solid");
        expect(style(active).borderBottomWidth).toBe("3px");
        expect(style(active).borderBottomColor).not.toBe(style(inactive).borderBottomColor);
      }
    });

    await step("a pressed filter and a selected row keep their background", async () => {
      const pressed = await canvas.findByRole("button", { pressed: true });
      const unpressed = canvas.getAllByRole("button", { pressed: false })[0];
      expect(style(pressed).backgroundColor).not.toBe(style(unpressed as Element).backgroundColor);
      const selectedRow = canvasElement.querySelector('.cqs-queue__row[aria-selected="true"]');
      const otherRow = canvasElement.querySelector('.cqs-queue__row[aria-selected="false"]');
      if (!selectedRow || !otherRow) throw new Error("no selected and unselected rows");
      expect(style(selectedRow).backgroundColor).not.toBe(style(otherRow).backgroundColor);
    });

    await step("hidden panels stay hidden", async () => {
      const hidden = [...canvasElement.querySelectorAll<HTMLElement>('[role="tabpanel"][hidden]')];
      expect(hidden.length).toBeGreaterThan(0);
      for (const panel of hidden) expect(style(panel).display).toBe("none");
    });

    await step("the focused grid cell keeps its inset ring", async () => {
      const cell = canvasElement.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]');
      if (!cell) throw new Error("the grid has no tab stop");
      cell.focus();
      await userEvent.keyboard("{ArrowDown}");
      await waitFor(() => expect(document.activeElement?.getAttribute("role")).toBe("gridcell"));
      const focused = document.activeElement as HTMLElement;
      expect(focused.matches(":focus-visible")).toBe(true);
      expect(style(focused).outlineStyle).toBe("solid");
      expect(style(focused).outlineWidth).toBe("3px");
      expect(style(focused).outlineOffset).toBe("-3px");
    });

    await step("a focused button keeps the widgets' ring", async () => {
      const button = canvas.getByRole("button", { name: /Bộ lọc|Filters/ });
      button.focus();
      await userEvent.keyboard("{Shift>}{Tab}{/Shift}{Tab}");
      expect(document.activeElement).toBe(button);
      expect(style(button).boxShadow).not.toBe("none");
    });
  },
};
