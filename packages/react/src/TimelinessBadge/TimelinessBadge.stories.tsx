import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { TimelinessBadge } from ".";

const meta = {
  title: "Primitives/TimelinessBadge",
  component: TimelinessBadge,
  tags: ["autodocs"],
  args: { timeliness: "within_time" },
  argTypes: {
    timeliness: {
      control: "select",
      options: ["within_time", "due_soon", "overdue", "early", "on_time", "late", "paused_by_law"],
    },
  },
} satisfies Meta<typeof TimelinessBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WithinTime: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText("Trong hạn")).toHaveAttribute("data-timeliness", "within_time");
  },
};
export const DueSoon: Story = { args: { timeliness: "due_soon" } };
export const Overdue: Story = { args: { timeliness: "overdue" } };
export const Early: Story = { args: { timeliness: "early" } };
export const OnTime: Story = { args: { timeliness: "on_time" } };
export const Late: Story = { args: { timeliness: "late" } };

/** A status the widget does not know yet (from a newer server) shows its raw code instead of failing. */
export const UnknownValue: Story = {
  args: { timeliness: "paused_by_law" },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("paused_by_law")).toHaveAttribute("data-timeliness", "unknown");
  },
};

export const English: Story = {
  args: { timeliness: "overdue" },
  globals: { locale: "en" },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("Overdue")).toBeVisible();
  },
};

export const Dark: Story = { args: { timeliness: "due_soon" }, globals: { theme: "dark" } };
