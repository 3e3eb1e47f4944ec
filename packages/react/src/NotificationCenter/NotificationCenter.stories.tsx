import type { Notification } from "@chinhquyenso/client";
import { createHandlers, type MockStore } from "@chinhquyenso/mocks";
import type { Meta, StoryObj } from "@storybook/react-vite";
import type { MswApi } from "msw-storybook-addon/types";
import { expect, fn, userEvent, waitFor } from "storybook/test";
import { expectAccessProblem, FORBIDDEN_ERROR, NOT_FOUND_ERROR } from "../support/access.story-support";
import { withPendingRequest, withSandbox } from "../support/sandbox.story-support";
import { STORY_API_URL, STORY_NOW } from "../support/storybook.story-support";
import { NOTIFICATIONS, notificationFixture } from "./fixtures";
import { NotificationCenter } from "./NotificationCenter";

/** The first story of a run also builds the seeded data set: allow it a few seconds. */
const LOADED = { timeout: 8000 };

const meta = {
  title: "Widgets/NotificationCenter",
  component: NotificationCenter,
  tags: ["autodocs"],
  args: { onNavigate: fn() },
  parameters: {
    connected: true,
    now: STORY_NOW,
    layout: "centered",
    docs: {
      description: {
        component:
          "A bell with the unread count in its name (“Thông báo, 3 chưa đọc”) and a panel of notifications grouped by kind. Mark one or all read; each item deep-links through `onNavigate`. Connected, it is live over the provider's notification stream — saying “Đang kết nối lại…” while the stream reconnects — and new notifications are announced politely, at most once per `announceInterval`. Controlled: `notifications`, `onMarkRead`, `onMarkAllRead`, `liveState`.",
      },
    },
  },
  beforeEach: withSandbox(),
} satisfies Meta<typeof NotificationCenter>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The bell, with the user's unread count from the sandbox. */
export const Bell: Story = {
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole("button", { name: /^Thông báo, \d+ chưa đọc$/ }, LOADED),
    ).toBeVisible();
  },
};

/**
 * Opened by keyboard (Tab, Enter). Escape and a click elsewhere close it and the browser returns focus to the
 * bell: the browser answers real key presses only, so that part is tested in `NotificationCenter.test.tsx`.
 */
export const OpenByKeyboard: Story = {
  play: async ({ canvas }) => {
    const bell = await canvas.findByRole("button", { name: /^Thông báo, \d+ chưa đọc$/ }, LOADED);
    await userEvent.tab();
    await expect(bell).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect(await canvas.findByRole("dialog", { name: "Thông báo" })).toBeVisible();
    await expect(bell).toHaveAttribute("aria-expanded", "true");
  },
};

export const Open: Story = { args: { defaultOpen: true } };

/** Grouped by kind, controlled (no client). */
export const Controlled: Story = {
  parameters: { connected: false },
  args: { notifications: NOTIFICATIONS, defaultOpen: true, onMarkRead: fn(), onMarkAllRead: fn() },
};

/** Marking everything read through the sandbox empties the count. */
export const MarkAllRead: Story = {
  args: { defaultOpen: true },
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole("button", { name: "Đánh dấu tất cả đã đọc" }, LOADED));
    await expect(await canvas.findByRole("button", { name: "Thông báo" })).toBeVisible();
  },
};

let liveStore: MockStore | undefined;

/** A notification arrives over the stream while the page is open: announced, counted, listed. */
export const LiveNotification: Story = {
  args: { defaultOpen: true, announceInterval: 0 },
  beforeEach: ({ msw }: { msw: MswApi }) => {
    const handlers = createHandlers({ baseUrl: STORY_API_URL, now: STORY_NOW, seed: 7 });
    liveStore = handlers.store;
    msw.use(...handlers);
  },
  play: async ({ canvas }) => {
    const store = liveStore as MockStore;
    await canvas.findByRole("dialog", {}, LOADED);
    await waitFor(() => expect(store.events.subscriberCount).toBeGreaterThan(0), LOADED);
    const at = Date.parse(STORY_NOW) + 60_000;
    const title = "Lịch họp mới: Họp khẩn về phòng chống thiên tai";
    store.notifications.set("nt_live", {
      id: "nt_live",
      type: "meeting.scheduled",
      title,
      resourceId: "mt_0001",
      createdAt: new Date(at).toISOString(),
      createdAtMs: at,
      readAt: null,
    });
    store.events.publish(
      {
        type: "meeting.scheduled",
        occurredAt: new Date(at).toISOString(),
        data: { meetingId: "mt_0001", title: "Họp khẩn về phòng chống thiên tai", startsAt: STORY_NOW },
      },
      at,
    );
    await expect(await canvas.findByText(title, {}, LOADED)).toBeVisible();
  },
};

/** The stream dropped and the client is reconnecting: said in the panel and to screen readers. */
export const Reconnecting: Story = {
  parameters: { connected: false },
  args: { notifications: NOTIFICATIONS, liveState: "reconnecting", defaultOpen: true },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByText("Đang kết nối lại…").length).toBeGreaterThan(0);
  },
};

/** The stream gave up (e.g. refused): the panel says new notifications no longer arrive by themselves. */
export const StreamStopped: Story = {
  parameters: { connected: false },
  args: { notifications: NOTIFICATIONS, liveState: "stopped", defaultOpen: true },
};

export const Loading: Story = {
  args: { defaultOpen: true },
  beforeEach: withPendingRequest("/v1/notifications"),
};

export const Empty: Story = {
  args: { defaultOpen: true },
  beforeEach: withSandbox({ scenarios: ["empty"] }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText("Bạn chưa có thông báo nào.", {}, LOADED)).toBeVisible();
  },
};

export const ErrorWithRetry: Story = {
  args: { defaultOpen: true },
  beforeEach: withSandbox({
    scenarios: [{ name: "operation_error", operationId: "notifications.list", status: 503 }],
  }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole("alert", {}, LOADED)).toHaveTextContent("Không tải được thông báo.");
  },
};

const TYPES = ["dossier.due_soon", "dossier.overdue", "document.awaiting_signature", "feedback.assigned"];

/** 150 unread notifications: the badge, and the bell's name, say 99+. */
export const LargeData: Story = {
  parameters: { connected: false },
  args: {
    defaultOpen: true,
    notifications: Array.from(
      { length: 150 },
      (_, index): Notification =>
        notificationFixture({
          id: `big_${index}`,
          type: TYPES[index % TYPES.length] as string,
          title: `Thông báo số ${index + 1}`,
          createdAt: new Date(Date.parse(STORY_NOW) - index * 600_000).toISOString(),
        }),
    ),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button", { name: "Thông báo, 99+ chưa đọc" })).toHaveTextContent("99+");
  },
};

/** A kind this version does not know goes to "Khác", with its raw type. */
export const UnknownKind: Story = {
  parameters: { connected: false },
  args: {
    defaultOpen: true,
    notifications: [
      notificationFixture({ id: "x", type: "payment.received", title: "Đã nhận thanh toán lệ phí" }),
    ],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("heading", { name: "Khác (1 chưa đọc)" })).toBeVisible();
    await expect(canvas.getByText(/payment\.received/)).toBeVisible();
  },
};

export const Dark: Story = { ...Controlled, globals: { theme: "dark" } };

export const English: Story = {
  ...Controlled,
  globals: { locale: "en" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button", { name: "Notifications, 3 unread" })).toBeVisible();
  },
};

/** 403: the signed-in principal may not see this (a designed state: no retry, it would change nothing). */
export const Forbidden: Story = {
  args: { notifications: [], status: "error", error: FORBIDDEN_ERROR },
  play: expectAccessProblem("forbidden", /^(Thông báo|Notifications)/),
};

/** 404: not found, or another agency's — the platform answers both alike, so codes do not leak. */
export const NotFound: Story = {
  args: { notifications: [], status: "error", error: NOT_FOUND_ERROR },
  play: expectAccessProblem("not_found", /^(Thông báo|Notifications)/),
};

export const ForbiddenEnglish: Story = { ...Forbidden, globals: { locale: "en" } };
