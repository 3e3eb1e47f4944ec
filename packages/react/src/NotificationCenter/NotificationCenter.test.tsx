import type { Notification } from "@chinhquyenso/client";
import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { ChinhQuyenSoProvider } from "../provider";
import { sandboxClient, TEST_NOW } from "../support/sandbox.test-support";
import { NOTIFICATIONS, notificationFixture } from "./fixtures";
import { NotificationCenter } from "./NotificationCenter";
// The real stylesheet: the panel's size and position decide what a pointer can reach.
import "../styles/tokens.css";
import "../styles/base.css";
import "./notification-center.css";

const now = () => new Date(TEST_NOW);
const noRetry = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

describe("NotificationCenter (Chromium)", () => {
  it("names the unread count on the bell and opens a panel grouped by kind, by keyboard", async () => {
    const screen = await render(<NotificationCenter notifications={NOTIFICATIONS} />);
    const bell = screen.getByRole("button", { name: "Thông báo, 3 chưa đọc" });
    await expect.element(bell).toBeVisible();
    await userEvent.tab();
    await expect.element(bell).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    const panel = screen.getByRole("dialog", { name: "Thông báo" });
    await expect.element(panel).toBeVisible();
    const headings = panel.getByRole("heading", { level: 3 });
    await expect.element(headings.nth(0)).toHaveTextContent("Hồ sơ (1 chưa đọc)");
    await expect.element(headings.nth(1)).toHaveTextContent("Văn bản (1 chưa đọc)");
    await expect.element(headings.nth(2)).toHaveTextContent("Lịch họp, lịch công tác (1 chưa đọc)");
    await expect.element(panel).toHaveTextContent("Văn bản chờ ký số · 08:10 26/11/2026");
    await userEvent.keyboard("{Escape}");
    await expect.element(screen.getByRole("dialog", { includeHidden: true })).not.toBeVisible();
    await expect.element(bell).toHaveFocus();
  });

  it("closes when the user clicks elsewhere (the browser's light dismiss)", async () => {
    const screen = await render(
      <div>
        <p>Trang chủ</p>
        <NotificationCenter notifications={NOTIFICATIONS} />
      </div>,
    );
    await screen.getByRole("button", { name: "Thông báo, 3 chưa đọc" }).click();
    await expect.element(screen.getByRole("dialog")).toBeVisible();
    await screen.getByText("Trang chủ").click();
    await expect.element(screen.getByRole("dialog", { includeHidden: true })).not.toBeVisible();
    await expect
      .element(screen.getByRole("button", { name: "Thông báo, 3 chưa đọc" }))
      .toHaveAttribute("aria-expanded", "false");
  });

  it("still opens and closes by keyboard in a browser without the Popover API", async () => {
    const showPopover = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "showPopover");
    delete (HTMLElement.prototype as Partial<HTMLElement>).showPopover;
    try {
      const screen = await render(<NotificationCenter notifications={NOTIFICATIONS} />);
      const bell = screen.getByRole("button", { name: "Thông báo, 3 chưa đọc" });
      await bell.click();
      const panel = screen.getByRole("dialog", { name: "Thông báo" });
      await expect.element(panel).toBeVisible();
      await expect.element(panel).toHaveFocus();
      await userEvent.keyboard("{Escape}");
      await expect.element(screen.getByRole("dialog", { includeHidden: true })).not.toBeVisible();
      await expect.element(bell).toHaveFocus();
    } finally {
      if (showPopover) Object.defineProperty(HTMLElement.prototype, "showPopover", showPopover);
    }
  });

  it("deep-links an item through onNavigate, marking it read", async () => {
    const onNavigate = vi.fn();
    const onMarkRead = vi.fn();
    const screen = await render(
      <NotificationCenter
        notifications={NOTIFICATIONS}
        defaultOpen
        onNavigate={onNavigate}
        onMarkRead={onMarkRead}
      />,
    );
    // Unread is said first, with no stray space before a comma ("tới hạn , chưa đọc").
    await expect.element(screen.getByRole("button", { name: /^Chưa đọc: / }).first()).toBeVisible();
    expect(screen.getByRole("button", { name: /\s,/ }).elements()).toEqual([]);
    await screen
      .getByRole("button", { name: /^Chưa đọc: Họp thẩm định dự án chuyển đổi số dời sang 14:00 / })
      .click();
    expect(onNavigate).toHaveBeenCalledWith(expect.objectContaining({ id: "n3", resourceId: "mt_0001" }));
    expect(onMarkRead).toHaveBeenCalledWith(expect.objectContaining({ id: "n3" }));
    await expect.element(screen.getByRole("dialog", { includeHidden: true })).not.toBeVisible();
  });

  it("marks one and all read, and offers a retry when that fails", async () => {
    let fail = true;
    const onMarkAllRead = vi.fn(async () => {
      if (fail) throw new Error("offline");
    });
    const onMarkRead = vi.fn();
    const screen = await render(
      <NotificationCenter
        notifications={NOTIFICATIONS}
        defaultOpen
        onMarkRead={onMarkRead}
        onMarkAllRead={onMarkAllRead}
      />,
    );
    await screen
      .getByRole("button", { name: "Đánh dấu đã đọc: Hồ sơ 000.00.00.X74-261120-0007 tới hạn" })
      .click();
    expect(onMarkRead).toHaveBeenCalledWith(expect.objectContaining({ id: "n1" }));
    await screen.getByRole("button", { name: "Đánh dấu tất cả đã đọc" }).click();
    await expect
      .element(screen.getByRole("alert"))
      .toHaveTextContent("Chưa đánh dấu đã đọc được; hãy thử lại.");
    fail = false;
    await screen.getByRole("button", { name: "Thử lại" }).click();
    expect(onMarkAllRead).toHaveBeenCalledTimes(2);
    expect(screen.getByRole("alert").query()).toBeNull();
  });

  it("says when the live connection is reconnecting", async () => {
    const screen = await render(
      <NotificationCenter notifications={[]} liveState="reconnecting" defaultOpen />,
    );
    await expect.element(screen.getByRole("dialog")).toHaveTextContent("Đang kết nối lại…");
    await expect.element(screen.getByRole("dialog")).toHaveTextContent("Bạn chưa có thông báo nào.");
    await expect.element(screen.getByRole("status")).toHaveTextContent("Đang kết nối lại…");
  });

  it("announces new notifications politely, at most once per interval", async () => {
    const screen = await render(<NotificationCenter notifications={NOTIFICATIONS} announceInterval={400} />);
    const region = () => screen.container.querySelector("[aria-live=polite]");
    expect(region()?.textContent).toBe("");
    const first = notificationFixture({
      id: "new1",
      title: "Phản ánh PA-0001 được giao cho bạn",
      type: "feedback.assigned",
    });
    await screen.rerender(
      <NotificationCenter notifications={[first, ...NOTIFICATIONS]} announceInterval={400} />,
    );
    await expect.poll(() => region()?.textContent).toBe("Thông báo mới: Phản ánh PA-0001 được giao cho bạn");
    const burst: Notification[] = ["a", "b", "c"].map((id) =>
      notificationFixture({ id, title: `Hồ sơ ${id}` }),
    );
    await screen.rerender(
      <NotificationCenter notifications={[...burst, first, ...NOTIFICATIONS]} announceInterval={400} />,
    );
    // Within the interval nothing more is said; then the burst is counted.
    expect(region()?.textContent).toBe("Thông báo mới: Phản ánh PA-0001 được giao cho bạn");
    await expect.poll(() => region()?.textContent, { timeout: 2000 }).toBe("3 thông báo mới");
  });

  it("is live over the platform's stream: a new notification is announced and listed; mark all read", async () => {
    const { client, store } = sandboxClient();
    const unread = [...store.notifications.values()].filter((item) => item.readAt === null).length;
    expect(unread, "the seeded data set has unread notifications").toBeGreaterThan(0);
    const screen = await render(
      <ChinhQuyenSoProvider client={client} queryClient={noRetry()} now={now}>
        <NotificationCenter announceInterval={0} />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(screen.getByRole("button", { name: `Thông báo, ${unread} chưa đọc` })).toBeVisible();
    await vi.waitFor(() => expect(store.events.subscriberCount).toBe(1));

    const at = Date.parse(TEST_NOW) + 60_000;
    store.notifications.set("nt_live", {
      id: "nt_live",
      type: "meeting.scheduled",
      title: "Lịch họp mới: Họp khẩn về phòng chống thiên tai",
      resourceId: "mt_0001",
      createdAt: new Date(at).toISOString(),
      createdAtMs: at,
      readAt: null,
    });
    store.events.publish(
      {
        type: "meeting.scheduled",
        occurredAt: new Date(at).toISOString(),
        data: { meetingId: "mt_0001", title: "Họp khẩn về phòng chống thiên tai", startsAt: TEST_NOW },
      },
      at,
    );
    const region = () => screen.container.querySelector("[aria-live=polite]")?.textContent;
    await expect.poll(region).toBe("Thông báo mới: Lịch họp mới: Họp khẩn về phòng chống thiên tai");
    const bell = screen.getByRole("button", { name: `Thông báo, ${unread + 1} chưa đọc` });
    await bell.click();
    await expect
      .element(screen.getByRole("dialog"))
      .toHaveTextContent("Lịch họp mới: Họp khẩn về phòng chống thiên tai");

    await screen.getByRole("button", { name: "Đánh dấu tất cả đã đọc" }).click();
    await expect.element(screen.getByRole("button", { name: "Thông báo" })).toBeVisible();
    await vi.waitFor(() =>
      expect([...store.notifications.values()].filter((item) => item.readAt === null)).toHaveLength(0),
    );
  });

  it("shows that the stream is reconnecting after the platform drops it", async () => {
    const { client, store } = sandboxClient();
    const screen = await render(
      <ChinhQuyenSoProvider client={client} queryClient={noRetry()} now={now}>
        <NotificationCenter defaultOpen />
      </ChinhQuyenSoProvider>,
    );
    await vi.waitFor(() => expect(store.events.subscriberCount).toBe(1));
    store.events.closeAll();
    await expect.element(screen.getByRole("dialog")).toHaveTextContent("Đang kết nối lại…");
    // The client reconnects on its own (the sandbox asks for a 3 s retry).
    await vi.waitFor(() => expect(store.events.subscriberCount).toBe(1), { timeout: 8000 });
    await expect
      .poll(() => screen.getByRole("dialog").element().textContent, { timeout: 3000 })
      .not.toContain("Đang kết nối lại…");
  });
});
