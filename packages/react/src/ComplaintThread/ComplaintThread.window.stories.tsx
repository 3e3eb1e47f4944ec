import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor } from "storybook/test";
import { STORY_NOW } from "../support/storybook.story-support";
import { ComplaintThread, type ControlledComplaintThreadProps } from "./ComplaintThread";
import { LocalThread } from "./ComplaintThread.story-support";
import { ASSIGNEES, CATEGORIES, largeThread, sampleFeedback } from "./fixtures";

const meta = {
  title: "Widgets/ComplaintThread/Long thread, windowed",
  component: ComplaintThread,
  render: (args) => <LocalThread {...args} />,
  args: {
    audience: "staff",
    feedback: sampleFeedback(),
    entries: largeThread(500),
    categories: CATEGORIES,
    assignees: ASSIGNEES,
    pageSize: Number.POSITIVE_INFINITY,
  },
  parameters: {
    now: STORY_NOW,
    docs: {
      description: {
        component: [
          "Past 60 shown entries the timeline scrolls in a named box of its own and renders only the entries near",
          "its viewport (TanStack Virtual), the newest in view. Tab to the box and scroll it with the arrow keys,",
          "Page Up/Down, Home and End; every entry still says where it stands in the whole thread.",
        ].join(" "),
      },
    },
  },
} satisfies Meta<ControlledComplaintThreadProps>;

export default meta;
type Story = StoryObj<typeof meta>;

const rendered = (root: HTMLElement) => root.querySelectorAll(".cqs-complaint-thread__timeline > li");

/** 500 entries all shown: a dozen or so rendered, the newest (500 of 500) among them. */
export const Windowed: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole("region", { name: "Diễn biến xử lý, 500 mục, cuộn để xem" })).toBeVisible();
    await waitFor(() =>
      expect(canvasElement.querySelector('[aria-posinset="500"]')).toHaveAttribute("aria-setsize", "500"),
    );
    await expect(rendered(canvasElement).length).toBeLessThan(60);
  },
};

/** Home on the focused box goes to the first entry. */
export const WindowedAtStart: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    const box = canvas.getByRole("region", { name: /cuộn để xem/ });
    box.focus();
    await userEvent.keyboard("{Home}");
    await waitFor(() => expect(canvasElement.querySelector('[aria-posinset="1"]')).toBeVisible());
  },
};

/** A citizen's long thread in English: no internal entry rendered anywhere in the window. */
export const WindowedCitizenEnglish: Story = {
  args: { audience: "citizen" },
  globals: { locale: "en" },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole("region", { name: /scroll to read/ })).toBeVisible();
    await expect(canvasElement.querySelector('[data-entry-type="internal_note"]')).toBeNull();
  },
};
