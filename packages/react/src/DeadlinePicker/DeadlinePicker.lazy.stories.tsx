import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, userEvent, waitFor } from "storybook/test";
import { deadlineFieldPart, LazyFieldOf, type LazyPart } from "../internal/deadlinePicker/LazyDeadlineField";
import { STORY_NOW } from "../support/storybook.story-support";

// The working-day field as DossierActions, DossierDetail and DossierQueue's bulk form show it: its code is fetched
// on first use. Those widgets share one loader of the real chunk, so their stories cannot hold it back or make it
// fail; here each story gives the same real field (LazyFieldOf) a loader of its own.

type Loader = "never" | "fails-once" | "real";

const realField = () => import("../internal/deadlinePicker/WorkingDayField");

/** The first fetch fails as a dropped connection or a redeployed app makes it fail; the next is the real one. */
function failingOnce(): () => ReturnType<typeof realField> {
  let requests = 0;
  return async () => {
    requests += 1;
    if (requests === 1) throw new TypeError("Failed to fetch dynamically imported module");
    return realField();
  };
}

const loaders: Record<Loader, () => () => ReturnType<typeof realField>> = {
  // A fetch that never answers: the placeholder stays for as long as the reader looks.
  never: () => () => new Promise(() => {}),
  "fails-once": failingOnce,
  real: () => realField,
};

interface LazyFieldPreviewProps {
  /** How the field's code arrives: never, a failed fetch and then the real code on retry, or the real code. */
  loader: Loader;
  label: string;
  minWorkingDays?: number;
}

/** The lazy field over a loader of its own, one per mount, so a story shown again starts from its own state. */
function LazyFieldPreview({ loader, label, minWorkingDays }: LazyFieldPreviewProps) {
  const [part] = useState<LazyPart>(() => deadlineFieldPart(loaders[loader]()));
  const [day, setDay] = useState<string | null>(null);
  return (
    <div className="cqs-root">
      <LazyFieldOf
        part={part}
        label={label}
        value={day}
        onChange={setDay}
        required
        {...(minWorkingDays === undefined ? {} : { minWorkingDays })}
      />
    </div>
  );
}

/** The height of the field's control row (the text box and calendar button), from the token they use. */
function controlHeight(): number {
  const probe = document.createElement("div");
  probe.style.height = "var(--cqs-control-height)";
  document.body.append(probe);
  const height = probe.getBoundingClientRect().height;
  probe.remove();
  return height;
}

const meta = {
  title: "Widgets/DeadlinePicker/Lazy field",
  component: LazyFieldPreview,
  tags: ["autodocs"],
  parameters: {
    now: STORY_NOW,
    docs: {
      description: {
        component: [
          "DossierActions, DossierDetail and DossierQueue's bulk form fetch the picker's code (month grid, typed-date",
          "rules, working-day count) when it is first needed, usually on hover or focus of the button that opens the",
          "form. While it loads, the field's label and “Đang tải lịch chọn hạn…” hold the place of its text box at",
          "the same height, so nothing jumps when it arrives and the rest of the form can be filled meanwhile. If",
          "the fetch fails (a network hiccup, or an app redeployed under an open page) the place says so, with a",
          "“Tải lại lịch chọn hạn” button that fetches it again and puts the focus in the field. Both are a group",
          "named by the field's label. Every story is also checked at 320 px and 200 % text (the preview's reflow",
          "check).",
        ].join(" "),
      },
    },
  },
  args: { loader: "real", label: "Hạn bổ sung", minWorkingDays: 1 },
} satisfies Meta<typeof LazyFieldPreview>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The code is still on its way: the label and a loading message, the height of the field's controls. */
export const Loading: Story = {
  args: { loader: "never" },
  play: async ({ canvas, args }) => {
    const placeholder = canvas.getByRole("group", { name: args.label });
    const status = canvas.getByRole("status");
    await expect(status).toHaveTextContent("Đang tải lịch chọn hạn…");
    await expect(placeholder).toContainElement(status);
    await expect(status.getBoundingClientRect().height).toBeGreaterThanOrEqual(controlHeight() - 0.5);
    // Nothing to type in yet, and nothing pretends to be a field.
    await expect(canvas.queryByRole("textbox")).toBeNull();
  },
};

export const LoadingEnglish: Story = {
  globals: { locale: "en" },
  args: { loader: "never", label: "Supplement deadline" },
  play: async ({ canvas, args }) => {
    const status = canvas.getByRole("status");
    await expect(status).toHaveTextContent("Loading the deadline calendar…");
    await expect(canvas.getByRole("group", { name: args.label })).toContainElement(status);
    await expect(status.getBoundingClientRect().height).toBeGreaterThanOrEqual(controlHeight() - 0.5);
  },
};

/** The fetch failed: the field's place says so and offers to fetch again (pressing it loads the real field). */
export const LoadFailed: Story = {
  args: { loader: "fails-once" },
  play: async ({ canvas, args }) => {
    const alert = await canvas.findByRole("alert");
    await expect(alert).toHaveTextContent(
      "Không tải được lịch chọn hạn (mạng chập chờn hoặc ứng dụng vừa được cập nhật).",
    );
    await expect(canvas.getByRole("group", { name: args.label })).toContainElement(alert);
    await expect(canvas.getByRole("button", { name: "Tải lại lịch chọn hạn" })).toBeVisible();
    await expect(canvas.queryByRole("textbox")).toBeNull();
  },
};

export const LoadFailedEnglish: Story = {
  globals: { locale: "en" },
  args: { loader: "fails-once", label: "Supplement deadline" },
  play: async ({ canvas, args }) => {
    const alert = await canvas.findByRole("alert");
    await expect(alert).toHaveTextContent(
      "The deadline calendar could not be loaded (a network hiccup or the app was just updated).",
    );
    await expect(canvas.getByRole("group", { name: args.label })).toContainElement(alert);
    await expect(canvas.getByRole("button", { name: "Load the deadline calendar again" })).toBeVisible();
  },
};

/** After a failed fetch, “Tải lại lịch chọn hạn” fetches the real code: the field appears with the focus in it. */
export const RetryRecovers: Story = {
  args: { loader: "fails-once" },
  play: async ({ canvas, args }) => {
    await userEvent.click(await canvas.findByRole("button", { name: "Tải lại lịch chọn hạn" }));
    const field = await canvas.findByRole("textbox", { name: args.label });
    // The pressed button is gone: the focus lands in the field it brought back, not on the page.
    await waitFor(() => expect(field).toHaveFocus());
    await expect(canvas.queryByRole("alert")).toBeNull();
    await userEvent.type(field, "03/12/2026{Enter}");
    await expect(canvas.getByText("5 ngày làm việc kể từ 26/11/2026")).toBeVisible();
  },
};

export const RetryRecoversEnglish: Story = {
  globals: { locale: "en" },
  args: { loader: "fails-once", label: "Supplement deadline" },
  play: async ({ canvas, args }) => {
    await userEvent.click(await canvas.findByRole("button", { name: "Load the deadline calendar again" }));
    const field = await canvas.findByRole("textbox", { name: args.label });
    await waitFor(() => expect(field).toHaveFocus());
    await expect(canvas.queryByRole("alert")).toBeNull();
  },
};

/** The code has arrived: the real field in the placeholder's place. */
export const Loaded: Story = {
  play: async ({ canvas, args }) => {
    const field = await canvas.findByRole("textbox", { name: args.label });
    await expect(canvas.queryByRole("status")).toBeNull();
    await expect(canvas.getByRole("button", { name: "Chọn ngày trên lịch" })).toBeVisible();
    await userEvent.type(field, "03/12/2026{Enter}");
    await expect(canvas.getByText("5 ngày làm việc kể từ 26/11/2026")).toBeVisible();
  },
};

export const LoadedEnglish: Story = {
  globals: { locale: "en" },
  args: { label: "Supplement deadline" },
  play: async ({ canvas, args }) => {
    const field = await canvas.findByRole("textbox", { name: args.label });
    await expect(canvas.getByRole("button", { name: "Pick the date on a calendar" })).toBeVisible();
    await userEvent.type(field, "03/12/2026{Enter}");
    await expect(canvas.getByText("5 working days from 26/11/2026")).toBeVisible();
  },
};
