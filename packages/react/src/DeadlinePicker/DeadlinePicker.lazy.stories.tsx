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

/** What each state says, in the provider's two languages (the field's own strings, from its catalogues). */
const TEXT = {
  vi: {
    label: "Hạn bổ sung",
    loading: "Đang tải lịch chọn hạn…",
    failed: "Không tải được lịch chọn hạn (mạng chập chờn hoặc ứng dụng vừa được cập nhật).",
    retry: "Tải lại lịch chọn hạn",
    openCalendar: "Chọn ngày trên lịch",
    count: "5 ngày làm việc kể từ 26/11/2026",
  },
  en: {
    label: "Supplement deadline",
    loading: "Loading the deadline calendar…",
    failed: "The deadline calendar could not be loaded (a network hiccup or the app was just updated).",
    retry: "Load the deadline calendar again",
    openCalendar: "Pick the date on a calendar",
    count: "5 working days from 26/11/2026",
  },
} as const;
type Language = keyof typeof TEXT;

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
  args: { loader: "real", label: TEXT.vi.label, minWorkingDays: 1 },
} satisfies Meta<typeof LazyFieldPreview>;

export default meta;
type Story = StoryObj<typeof meta>;
type Play = NonNullable<Story["play"]>;

/** The placeholder: a group named by the label, its status message as tall as the field's controls. */
const expectLoading =
  (language: Language): Play =>
  async ({ canvas }) => {
    const text = TEXT[language];
    const status = canvas.getByRole("status");
    await expect(status).toHaveTextContent(text.loading);
    await expect(canvas.getByRole("group", { name: text.label })).toContainElement(status);
    await expect(status.getBoundingClientRect().height).toBeGreaterThanOrEqual(controlHeight() - 0.5);
    // Nothing to type in yet, and nothing pretends to be a field.
    await expect(canvas.queryByRole("textbox")).toBeNull();
  };

/** The failed fetch: an alert in the group named by the label, and the retry button. */
const expectLoadFailed =
  (language: Language): Play =>
  async ({ canvas }) => {
    const text = TEXT[language];
    const alert = await canvas.findByRole("alert");
    await expect(alert).toHaveTextContent(text.failed);
    await expect(canvas.getByRole("group", { name: text.label })).toContainElement(alert);
    await expect(canvas.getByRole("button", { name: text.retry })).toBeVisible();
    await expect(canvas.queryByRole("textbox")).toBeNull();
  };

/** The real field is there: a day typed is counted in working days from the story's clock. */
async function expectWorkingField(canvas: Parameters<Play>[0]["canvas"], language: Language) {
  const text = TEXT[language];
  const field = await canvas.findByRole("textbox", { name: text.label });
  await expect(canvas.getByRole("button", { name: text.openCalendar })).toBeVisible();
  await userEvent.type(field, "03/12/2026{Enter}");
  await expect(canvas.getByText(text.count)).toBeVisible();
}

/** Pressing retry fetches the real code: the field appears with the focus in it and works. */
const expectRetryRecovers =
  (language: Language): Play =>
  async ({ canvas }) => {
    const text = TEXT[language];
    await userEvent.click(await canvas.findByRole("button", { name: text.retry }));
    const field = await canvas.findByRole("textbox", { name: text.label });
    // The pressed button is gone: the focus lands in the field it brought back, not on the page.
    await waitFor(() => expect(field).toHaveFocus());
    await expect(canvas.queryByRole("alert")).toBeNull();
    await expectWorkingField(canvas, language);
  };

const expectLoaded =
  (language: Language): Play =>
  async ({ canvas }) => {
    await expectWorkingField(canvas, language);
    await expect(canvas.queryByRole("status")).toBeNull();
  };

const ENGLISH = { globals: { locale: "en" }, args: { label: TEXT.en.label } } as const;

/** The code is still on its way: the label and a loading message, the height of the field's controls. */
export const Loading: Story = { args: { loader: "never" }, play: expectLoading("vi") };

export const LoadingEnglish: Story = {
  globals: ENGLISH.globals,
  args: { ...ENGLISH.args, loader: "never" },
  play: expectLoading("en"),
};

/** The fetch failed: the field's place says so and offers to fetch again (pressing it loads the real field). */
export const LoadFailed: Story = { args: { loader: "fails-once" }, play: expectLoadFailed("vi") };

export const LoadFailedEnglish: Story = {
  globals: ENGLISH.globals,
  args: { ...ENGLISH.args, loader: "fails-once" },
  play: expectLoadFailed("en"),
};

/** After a failed fetch, “Tải lại lịch chọn hạn” fetches the real code: the field appears with the focus in it. */
export const RetryRecovers: Story = { args: { loader: "fails-once" }, play: expectRetryRecovers("vi") };

export const RetryRecoversEnglish: Story = {
  globals: ENGLISH.globals,
  args: { ...ENGLISH.args, loader: "fails-once" },
  play: expectRetryRecovers("en"),
};

/** The code has arrived: the real field in the placeholder's place. */
export const Loaded: Story = { play: expectLoaded("vi") };

export const LoadedEnglish: Story = { ...ENGLISH, play: expectLoaded("en") };
