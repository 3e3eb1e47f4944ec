import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent } from "storybook/test";
import { DeadlinePicker } from "./DeadlinePicker";

/** Thursday 12 February 2026, the last working days before Tết (Monday 16 to Friday 20 February). */
const BEFORE_TET = "2026-02-12T09:00:00+07:00";
const focusedDay = () => (document.activeElement as HTMLElement | null)?.dataset.day;

const meta = {
  title: "Widgets/DeadlinePicker",
  component: DeadlinePicker,
  tags: ["autodocs"],
  parameters: {
    now: BEFORE_TET,
    docs: {
      description: {
        component:
          "A date field on the working calendar: type dd/mm/yyyy or pick on a month grid where days off are disabled and named (public holiday, compensatory, swapped; weekends), with the count of working days as you pick, earliest and latest days in working days. Keyboard: arrows, Home/End, Page Up/Down (Shift: a year), Enter, Escape. A small grid of our own rather than react-aria (see the README for the measurement).",
      },
    },
  },
  args: { label: "Hạn bổ sung", minWorkingDays: 1, maxWorkingDays: 30, onChange: fn() },
} satisfies Meta<typeof DeadlinePicker>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

/** The grid over Tết 2026: the five days off are struck through, named in the legend, and cannot be picked. */
export const AroundTet: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Chọn ngày trên lịch" }));
    await expect(focusedDay()).toBe("2026-02-13");
    await userEvent.keyboard("{ArrowDown}");
    await expect(focusedDay()).toBe("2026-02-20");
    await expect(document.activeElement?.textContent).toMatch(/ngày nghỉ: Tết Nguyên đán/);
    await userEvent.keyboard("{Enter}");
    await expect(canvas.getByText(/^20\/02\/2026 là ngày nghỉ/)).toBeVisible();
    await expect(args.onChange).not.toHaveBeenCalledWith("2026-02-20");
    await expect(canvas.getAllByRole("listitem")).toHaveLength(5);
  },
};

/** A picked day: the field shows it and the count of working days from today. */
export const Picked: Story = {
  args: { defaultValue: "2026-02-24" },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("3 ngày làm việc kể từ 12/02/2026")).toBeVisible();
  },
};

/** What was typed cannot be used: the message says what to do. */
export const TypedError: Story = {
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByRole("textbox", { name: "Hạn bổ sung" }), "31/02/2026{Enter}");
    await expect(canvas.getByText("Ngày 31/02/2026 không có trong lịch.")).toBeVisible();
  },
};

/** With a time of day (office hours end at 17:00, the default). */
export const WithTime: Story = {
  args: { withTime: true, defaultValue: "2026-02-24" },
};

/** 2027 has no official holiday notice yet: its days off come from the statute and are provisional. */
export const ProvisionalYear: Story = {
  args: { defaultValue: "2027-03-10", maxWorkingDays: 400 },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Chọn ngày trên lịch" }));
    await expect(
      canvas.getByText("Ngày nghỉ năm 2027 là dự kiến (chưa có thông báo chính thức)."),
    ).toBeVisible();
  },
};
