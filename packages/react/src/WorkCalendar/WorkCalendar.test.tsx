import type { CalendarEvent } from "@chinhquyenso/client";
import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { ChinhQuyenSoProvider } from "../provider";
import { sandboxClient, TEST_NOW } from "../support/sandbox.test-support";
import { WorkCalendar } from "./WorkCalendar";

const now = () => new Date(TEST_NOW);
const noRetry = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

const event = (id: string, startsAt: string, endsAt: string, extra: Partial<CalendarEvent> = {}) =>
  ({
    id,
    title: `Sự kiện ${id}`,
    startsAt,
    endsAt,
    allDay: false,
    agencyCode: "000.00.00.X74",
    updatedAt: "2026-11-20T08:00:00+07:00",
    ...extra,
  }) as CalendarEvent;

const WEEK: CalendarEvent[] = [
  // 00:30 UTC is 07:30 in Vietnam, on Thursday 26/11 whatever the browser's zone.
  event("a", "2026-11-26T00:30:00Z", "2026-11-26T02:00:00Z", {
    location: "Phòng họp số 1",
    chairperson: "Giám đốc Sở",
    participants: ["Văn phòng", "Phòng Tài chính – Kế hoạch"],
  }),
  event("b", "2026-11-23T14:00:00+07:00", "2026-11-23T16:00:00+07:00", {
    updatedAt: "2026-11-25T10:00:00+07:00",
  }),
  event("c", "2026-11-30T08:00:00+07:00", "2026-11-30T09:00:00+07:00"),
];

describe("WorkCalendar (Chromium)", () => {
  it("lists the week's events under their Vietnam day, with times in Vietnam time", async () => {
    const screen = await render(
      <ChinhQuyenSoProvider now={now}>
        <WorkCalendar events={WEEK} />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(screen.getByText("Tuần từ 23/11/2026 đến 29/11/2026")).toBeVisible();
    const thursday = screen.getByRole("listitem").filter({ hasText: "Thứ Năm, 26/11/2026" }).first();
    await expect.element(thursday).toHaveTextContent("07:30 – 09:00");
    await expect.element(thursday).toHaveTextContent("Sự kiện a");
    await expect.element(thursday).toHaveTextContent("Chủ trìGiám đốc Sở");
    await expect.element(thursday).toHaveTextContent("Thành phầnVăn phòng; Phòng Tài chính – Kế hoạch");
    await expect
      .element(screen.getByRole("heading", { name: "Thứ Năm, 26/11/2026 (hôm nay)" }))
      .toHaveAttribute("aria-current", "date");
    // Next Monday's event belongs to next week.
    expect(screen.getByText("Sự kiện c").query()).toBeNull();
  });

  it("marks events changed since last seen in words, and forgets them once seen", async () => {
    const onLastSeenAtChange = vi.fn();
    const screen = await render(
      <ChinhQuyenSoProvider now={now}>
        <WorkCalendar
          events={WEEK}
          defaultLastSeenAt="2026-11-24T00:00:00+07:00"
          onLastSeenAtChange={onLastSeenAtChange}
        />
      </ChinhQuyenSoProvider>,
    );
    const changed = screen.getByRole("listitem").filter({ hasText: "Sự kiện b" }).last();
    await expect.element(changed).toHaveTextContent("Mới thay đổi");
    await expect.element(changed).toHaveAttribute("data-changed");
    await expect
      .element(screen.getByRole("status").filter({ hasText: "thay đổi" }))
      .toHaveTextContent("1 lịch thay đổi từ lần xem trước");
    await screen.getByRole("button", { name: "Đánh dấu đã xem" }).click();
    expect(onLastSeenAtChange).toHaveBeenCalledWith(now().toISOString());
    await expect.element(screen.getByText("Không có thay đổi từ lần xem trước")).toBeVisible();
    expect(screen.getByText("Mới thay đổi").query()).toBeNull();
  });

  it("is operated from the keyboard: next week, today, day view", async () => {
    const onDateChange = vi.fn();
    const screen = await render(
      <ChinhQuyenSoProvider now={now}>
        <WorkCalendar events={WEEK} onDateChange={onDateChange} />
      </ChinhQuyenSoProvider>,
    );
    await userEvent.tab(); // previous
    await userEvent.tab(); // today
    await userEvent.tab(); // next
    await expect.element(screen.getByRole("button", { name: "Tuần sau" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    expect(onDateChange).toHaveBeenLastCalledWith("2026-12-03");
    await expect.element(screen.getByText("Tuần từ 30/11/2026 đến 06/12/2026")).toBeVisible();
    await expect.element(screen.getByText("Sự kiện c")).toBeVisible();

    await userEvent.tab(); // "Ngày"
    await userEvent.keyboard(" ");
    await expect
      .element(screen.getByRole("button", { name: "Ngày", exact: true }))
      .toHaveAttribute("aria-pressed", "true");
    await expect.element(screen.getByRole("heading", { name: "Thứ Năm, 03/12/2026" })).toBeVisible();
    await userEvent.keyboard("{Shift>}{Tab}{/Shift}{Shift>}{Tab}{/Shift}{Enter}");
    await expect
      .element(screen.getByRole("heading", { name: "Thứ Năm, 26/11/2026 (hôm nay)" }))
      .toBeVisible();
    await expect.element(screen.getByText("Sự kiện a")).toBeVisible();
  });

  it("shows malformed events with their raw values instead of failing", async () => {
    const broken = [
      event("x", "not-a-date", "also-not", { title: "" }),
      { id: "y", startsAt: "2026-11-24T08:00:00+07:00" } as unknown as CalendarEvent,
    ];
    const screen = await render(
      <ChinhQuyenSoProvider now={now}>
        <WorkCalendar events={broken} />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(screen.getByText("not-a-date – also-not")).toBeVisible();
    await expect.element(screen.getByText("(Chưa có nội dung)").first()).toBeVisible();
    const tuesday = screen.getByRole("listitem").filter({ hasText: "Thứ Ba, 24/11/2026" }).first();
    await expect.element(tuesday).toHaveTextContent("08:00");
  });

  it("shows loading, then error with a retry, in controlled mode", async () => {
    const onRetry = vi.fn();
    const screen = await render(<WorkCalendar events={[]} status="loading" />);
    await expect.element(screen.getByRole("status").filter({ hasText: "Đang tải…" })).toBeInTheDocument();
    await screen.rerender(<WorkCalendar events={[]} status="error" onRetry={onRetry} />);
    await expect.element(screen.getByRole("alert")).toHaveTextContent("Không tải được lịch công tác.");
    await screen.getByRole("button", { name: "Thử lại" }).click();
    expect(onRetry).toHaveBeenCalledOnce();
    await screen.rerender(<WorkCalendar events={[]} />);
    await expect.element(screen.getByText("Tuần này chưa có lịch công tác.")).toBeVisible();
  });

  it("loads the week from the platform, and retries after a failure", async () => {
    const { client, store } = sandboxClient({
      scenarios: [{ name: "operation_error", operationId: "calendar.listEvents", status: 503, times: 1 }],
    });
    const expected = store.world.calendarEvents.find(
      (item) =>
        item.agencyCode === store.currentUser.agencyCode &&
        item.startsAt >= "2026-11-23" &&
        item.startsAt < "2026-11-30",
    );
    expect(expected, "the seeded data set has an event this week").toBeDefined();
    const screen = await render(
      <ChinhQuyenSoProvider client={client} queryClient={noRetry()} now={now} live={false}>
        <WorkCalendar />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(screen.getByRole("alert")).toHaveTextContent("Không tải được lịch công tác.");
    await screen.getByRole("button", { name: "Thử lại" }).click();
    await expect.element(screen.getByText(expected?.title ?? "").first()).toBeVisible();
  });

  it("names the missing client when used with neither data nor provider", async () => {
    const onError = vi.fn();
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const screen = await render(
      <ChinhQuyenSoProvider onError={onError}>
        <WorkCalendar />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(screen.getByRole("alert")).toHaveTextContent("Không hiển thị được lịch công tác.");
    expect(String(onError.mock.calls[0]?.[0])).toContain("WorkCalendar: no platform client");
    quiet.mockRestore();
  });
});
