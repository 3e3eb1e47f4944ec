import type { Document } from "@chinhquyenso/client";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { expectAccessProblem, FORBIDDEN_ERROR, NOT_FOUND_ERROR } from "../support/access.story-support";
import {
  expectActiveTabsShown,
  expectFocusRing,
  expectHiddenStaysHidden,
  expectMarkedApart,
  withHostReset,
} from "../support/hostCss.story-support";
import { withPendingRequest, withSandbox } from "../support/sandbox.story-support";
import { STORY_NOW } from "../support/storybook.story-support";
import { DocumentInbox } from "./DocumentInbox";
import { documentFixture, INBOX, ME } from "./fixtures";

/** The first story of a run also builds the seeded data set: allow it a few seconds. */
const LOADED = { timeout: 8000 };

const meta = {
  title: "Widgets/DocumentInbox",
  component: DocumentInbox,
  tags: ["autodocs"],
  args: { onRequestSignature: fn(), onOpen: fn() },
  parameters: {
    connected: true,
    now: STORY_NOW,
    docs: {
      description: {
        component:
          "Incoming and outgoing official documents with the Decree 30 fields: number and notation, issuer, type, subject, arrival number and date. Urgency and secrecy badges (hỏa tốc and thượng khẩn with an icon), due-date warnings from core's working-day rules, lead (chủ trì) and supporting (phối hợp) assignments with their instructions, national exchange status. “Chờ tôi ký số” filters the user's documents awaiting a signature; “Ký số” hands them to the host (`onRequestSignature`), which opens `SigningPrompt`. Connected (`documents.list`, `complete`, PDF download) or controlled (`documents`, `onComplete`, `onDownload`).",
      },
    },
  },
  beforeEach: withSandbox(),
} satisfies Meta<typeof DocumentInbox>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Incoming documents of the seeded agency, from the sandbox. */
export const Incoming: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole("table", {}, LOADED)).toBeVisible();
    await expect(canvas.getByRole("tab", { name: "Văn bản đến" })).toHaveAttribute("aria-selected", "true");
  },
};

/** The user's outgoing drafts awaiting a signature; selecting two offers batch signing. */
export const AwaitingMySignature: Story = {
  args: { defaultDirection: "outgoing", defaultFilter: "awaiting_my_signature" },
  play: async ({ canvas, args }) => {
    const table = await canvas.findByRole("table", {}, LOADED);
    const boxes = within(table).getAllByRole("checkbox");
    await userEvent.click(boxes[0] as HTMLElement);
    await userEvent.click(boxes[1] as HTMLElement);
    await userEvent.click(canvas.getByRole("button", { name: "Ký số 2 văn bản" }));
    await expect(args.onRequestSignature).toHaveBeenCalledWith([expect.anything(), expect.anything()]);
  },
};

export const PendingForMe: Story = { args: { defaultFilter: "pending" } };

/** Every badge, deadline and assignment case, controlled (no client). */
export const Controlled: Story = {
  parameters: { connected: false },
  args: { documents: INBOX, currentUserId: ME.id, onComplete: fn(), onDownload: fn() },
};

/** Keyboard: arrows between rows, Enter opens. */
export const KeyboardNavigation: Story = {
  ...Controlled,
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole("button", { name: "V/v ứng phó khẩn cấp mưa lớn, ngập úng" }));
    await userEvent.keyboard("{ArrowDown}{Enter}");
    await expect(args.onOpen).toHaveBeenLastCalledWith(expect.objectContaining({ id: "d_overdue" }));
  },
};

export const Loading: Story = { beforeEach: withPendingRequest("/v1/documents") };

export const EmptyIncoming: Story = {
  beforeEach: withSandbox({ scenarios: ["empty"] }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText("Chưa có văn bản đến.", {}, LOADED)).toBeVisible();
  },
};

export const EmptyAwaitingSignature: Story = {
  parameters: { connected: false },
  args: { documents: [], defaultFilter: "awaiting_my_signature" },
};

export const ErrorWithRetry: Story = {
  beforeEach: withSandbox({
    scenarios: [{ name: "operation_error", operationId: "documents.list", status: 503 }],
  }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole("alert", {}, LOADED)).toHaveTextContent(
      "Không tải được danh sách văn bản.",
    );
  },
};

/** Completing fails (the platform answers 503): the error names the document and offers a retry. */
export const CompleteFails: Story = {
  parameters: { connected: false },
  args: {
    documents: INBOX,
    currentUserId: ME.id,
    onComplete: async () => {
      throw Object.assign(new Error("Service unavailable"), { status: 503 });
    },
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Hoàn thành 142/UBND-VX" }));
    await expect(await canvas.findByRole("alert")).toHaveTextContent(
      "Chưa hoàn thành được văn bản 142/UBND-VX.",
    );
  },
};

const ISSUERS = ["Ủy ban nhân dân Thành phố Hồ Chí Minh", "Sở Tài chính", "Sở Nội vụ", "Văn phòng Chính phủ"];
const URGENCIES = ["normal", "normal", "urgent", "very_urgent", "flash"];

/** 150 incoming documents in one list: 50 rendered at a time, "Hiện thêm 50 văn bản" reveals the next 50. */
export const LargeData: Story = {
  parameters: { connected: false },
  args: {
    documents: Array.from(
      { length: 150 },
      (_, index): Document =>
        documentFixture({
          id: `big_${index}`,
          number: String(1000 + index),
          issuer: ISSUERS[index % ISSUERS.length] as string,
          urgency: URGENCIES[index % URGENCIES.length] as string,
          arrivalNumber: 2000 + index,
          dueAt: `2026-12-${String(1 + (index % 28)).padStart(2, "0")}T17:00:00+07:00`,
          subject: `V/v triển khai nhiệm vụ số ${index + 1} năm 2027`,
        }),
    ),
  },
};

/** A newer server's values (unknown urgency, secrecy, state) show as raw codes; an unreadable date as typed. */
export const UnknownValues: Story = {
  parameters: { connected: false },
  args: {
    documents: [
      documentFixture({ id: "odd", urgency: "extreme", secrecy: "cosmic", state: "archived", dueAt: "soon" }),
    ],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("extreme")).toBeVisible();
    await expect(canvas.getByText("archived")).toBeVisible();
  },
};

export const Dark: Story = { ...Controlled, globals: { theme: "dark" } };

/**
 * Inside a host app whose unlayered CSS resets buttons, backgrounds, borders and focus rings and overrides
 * `[hidden]`: the active tab, the pressed filter, the hidden tab panel and the focus ring hold.
 */
export const UnderHostReset: Story = {
  ...Controlled,
  args: { ...Controlled.args, defaultFilter: "pending" },
  decorators: [withHostReset],
  play: async ({ canvas, canvasElement }) => {
    expectActiveTabsShown(canvasElement);
    expectMarkedApart(
      canvas.getByRole("button", { pressed: true }),
      canvas.getAllByRole("button", { pressed: false })[0],
    );
    expectHiddenStaysHidden(canvasElement);
    const sort = canvas.getByRole("combobox");
    await expectFocusRing(sort, "{Shift>}{Tab}{/Shift}{Tab}");
    expect(document.activeElement).toBe(sort);
  },
};

export const English: Story = {
  ...Controlled,
  globals: { locale: "en" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("tab", { name: "Incoming" })).toBeVisible();
    await expect(canvas.getByText("3 days overdue")).toBeVisible();
  },
};

/** 403: the signed-in principal may not see this (a designed state: no retry, it would change nothing). */
export const Forbidden: Story = {
  args: { documents: [], status: "error", error: FORBIDDEN_ERROR },
  play: expectAccessProblem("forbidden"),
};

/** 404: not found, or another agency's — the platform answers both alike, so codes do not leak. */
export const NotFound: Story = {
  args: { documents: [], status: "error", error: NOT_FOUND_ERROR },
  play: expectAccessProblem("not_found"),
};

export const ForbiddenEnglish: Story = { ...Forbidden, globals: { locale: "en" } };
