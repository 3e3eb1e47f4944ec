import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { STORY_NOW } from "../support/storybook.story-support";
import { ComplaintThread, type ControlledComplaintThreadProps } from "./ComplaintThread";
import { LocalThread, SAMPLE_THREAD_ARGS } from "./ComplaintThread.story-support";
import { sampleFeedback } from "./fixtures";

const meta = {
  title: "Widgets/ComplaintThread/Rating",
  component: ComplaintThread,
  render: (args) => <LocalThread {...args} />,
  args: { ...SAMPLE_THREAD_ARGS, audience: "citizen", feedback: sampleFeedback({ status: "resolved" }) },
  parameters: {
    now: STORY_NOW,
    docs: {
      description: {
        component: [
          "The citizen rates a resolved or closed report on the contract's 1–5 scale (1 Rất không hài lòng … 5 Rất",
          "hài lòng): five real radio buttons drawn as stars, each with its number and words, so Tab reaches the",
          "group and the arrow keys move through it. A comment is optional. The rating may change while the",
          "platform's window (`ratingChangeableUntil`) is open; after a low rating (1 or 2, core's",
          "`FEEDBACK_LOW_RATING`) reopening is offered beside it. Staff see the rating in the header and timeline.",
          "Every story is also checked at 320 px and 200 % text (the preview's reflow check).",
        ].join(" "),
      },
    },
  },
} satisfies Meta<ControlledComplaintThreadProps>;

export default meta;
type Story = StoryObj<typeof meta>;

const rated = (rating: number, ratingChangeableUntil: string) =>
  sampleFeedback({ status: "resolved", rating, ratedAt: "2026-11-25T10:00:00+07:00", ratingChangeableUntil });

/** Not rated yet: the scale and an optional comment. */
export const RatingForm: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole("radio")).toHaveLength(5);
    // The inputs are transparent over their boxes: present and named, drawn by the box.
    await expect(canvas.getByRole("radio", { name: /^5 Rất hài lòng$/ })).toBeInTheDocument();
  },
};

/** A level chosen: the stars up to it fill, the chosen box is outlined. */
export const Choosing: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole("radio", { name: /^3 Bình thường$/ }));
    await expect(canvas.getByRole("radio", { name: /^3 Bình thường$/ })).toBeChecked();
    await expect(canvasElement.querySelectorAll(".cqs-complaint-thread__star[data-filled]")).toHaveLength(3);
  },
};

/** Rated, the window still open: the rating and "Đổi đánh giá" until the platform's deadline. */
export const Rated: Story = {
  args: { feedback: rated(4, "2026-12-02T10:00:00+07:00") },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/Bạn đã đánh giá: Hài lòng \(4\/5\)\./)).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Đổi đánh giá" })).toBeVisible();
  },
};

/** Changing the rating inside the window: the form opens on the rating given. */
export const Changing: Story = {
  args: { feedback: rated(4, "2026-12-02T10:00:00+07:00") },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Đổi đánh giá" }));
    await expect(canvas.getByRole("radio", { name: /^4 Hài lòng$/ })).toBeChecked();
    await expect(canvas.getByRole("radio", { name: /^4 Hài lòng$/ })).toHaveFocus();
  },
};

/** The window has closed: the rating shows, without a way to change it. */
export const WindowClosed: Story = {
  args: { feedback: rated(5, "2026-11-20T10:00:00+07:00") },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/Bạn đã đánh giá: Rất hài lòng \(5\/5\)\./)).toBeVisible();
    await expect(canvas.queryByRole("button", { name: "Đổi đánh giá" })).toBeNull();
  },
};

/** A low rating (1 or 2): reopening is offered next to it. */
export const LowRatingReopenOffer: Story = {
  args: { feedback: rated(2, "2026-12-02T10:00:00+07:00") },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button", { name: "Mở lại để xử lý tiếp" })).toBeVisible();
  },
};

/** Staff see the citizen's rating in the header and the timeline, with no form. */
export const StaffView: Story = {
  args: { audience: "staff", feedback: sampleFeedback({ status: "closed", rating: 2 }) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("Không hài lòng (2/5)")).toBeVisible();
    await expect(canvas.queryByRole("radio", { name: /Rất hài lòng/ })).toBeNull();
  },
};

export const English: Story = { globals: { locale: "en" } };

export const Dark: Story = {
  args: { feedback: rated(2, "2026-12-02T10:00:00+07:00") },
  globals: { theme: "dark" },
};
