import { formatDeadline } from "@chinhquyenso/core";
import { HttpResponse, http } from "msw";
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { render } from "vitest-browser-react";
import { Connected, createPlatform } from "../DossierQueue/test-support";
import { type CalendarNotice, ChinhQuyenSoProvider } from "../provider";
import { useWorkingCalendar } from "./useWorkingCalendar";

// Wednesday 30/12/2026; due Monday 04/01/2027. By the statute (2027 has no official notice): Thu 31/12 and
// Mon 04/01 are working days (Fri 01/01 is New Year's Day) — "còn 2 ngày làm việc".
const NOW = new Date("2026-12-30T09:00:00+07:00");
const DUE = "2027-01-04T17:00:00+07:00";

function Probe() {
  const calendar = useWorkingCalendar([2027, 2027, 2026]);
  return <output>{formatDeadline(DUE, NOW, { calendar })}</output>;
}

const holidays2027 = (items: unknown[]) =>
  http.get("*/v1/holidays", ({ request }) =>
    new URL(request.url).searchParams.get("year") === "2027"
      ? HttpResponse.json({ year: 2027, items })
      : HttpResponse.json({ year: 2026, items: [] }),
  );

const holidayRequests = (requests: Request[]) =>
  requests
    .filter((request) => new URL(request.url).pathname === "/v1/holidays")
    .map((request) => request.url);

describe("the provider's holiday refresh (Chromium)", () => {
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    warn = vi.spyOn(console, "warn");
  });
  afterEach(() => {
    // The host is told through onCalendarNotice, never through the console.
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it("loads the platform's notice for a year the provider's calendar has none for, and uses it", async () => {
    const notices: CalendarNotice[] = [];
    const platform = createPlatform();
    // A notice that differs from the statute: Monday 04/01/2027 swapped for a Saturday.
    platform.overrides.push(
      holidays2027([
        { date: "2027-01-01", kind: "holiday", name: "Tết Dương lịch", source: "Thông báo …/TB-BNV" },
        { date: "2027-01-04", kind: "swapped_off", name: "Hoán đổi", source: "Thông báo …/TB-BNV" },
        { date: "2027-01-09", kind: "makeup_workday", name: "Làm bù", source: "Thông báo …/TB-BNV" },
      ]),
    );
    const screen = await render(
      <Connected platform={platform} onCalendarNotice={(notice) => notices.push(notice)}>
        <Probe />
      </Connected>,
    );
    await expect.element(screen.getByRole("status")).toHaveTextContent("còn 1 ngày làm việc");
    // Only the year without a notice is asked for, once.
    expect(holidayRequests(platform.requests)).toEqual(["https://platform.test/v1/holidays?year=2027"]);
    expect(notices).toEqual([]);
  });

  it("computes the year from the statute and tells the host once when the platform has no notice", async () => {
    const notices: CalendarNotice[] = [];
    const platform = createPlatform();
    let answered = 0;
    platform.overrides.push(
      http.get("*/v1/holidays", () => {
        answered += 1;
        return HttpResponse.json({ year: 2027, items: [] });
      }),
    );
    const screen = await render(
      <Connected platform={platform} onCalendarNotice={(notice) => notices.push(notice)}>
        <Probe />
        <Probe />
      </Connected>,
    );
    await expect.poll(() => notices).toEqual([{ kind: "provisional_years", years: [2027] }]);
    expect(answered).toBe(1);
    await expect.element(screen.getByRole("status").first()).toHaveTextContent("còn 2 ngày làm việc");
  });

  it("tells the host which entries core refused, and keeps the year provisional", async () => {
    const notices: CalendarNotice[] = [];
    const platform = createPlatform();
    platform.overrides.push(holidays2027([{ date: "2027-01-01", kind: "bogus_kind", name: "?" }]));
    const screen = await render(
      <Connected platform={platform} onCalendarNotice={(notice) => notices.push(notice)}>
        <Probe />
      </Connected>,
    );
    await expect
      .poll(() => notices.map((notice) => notice.kind))
      .toEqual(["holidays_rejected", "provisional_years"]);
    expect(notices[0]).toMatchObject({
      kind: "holidays_rejected",
      year: 2027,
      error: { code: "unknown_holiday_kind" },
    });
    expect((notices[0] as { error: Error }).error.message).toMatch(
      /^holidays\[0\]\.items\[0\]: .*bogus_kind/,
    );
    await expect.element(screen.getByRole("status")).toHaveTextContent("còn 2 ngày làm việc");
  });

  it("keeps the year provisional when the platform cannot be reached", async () => {
    const notices: CalendarNotice[] = [];
    const platform = createPlatform();
    platform.overrides.push(
      http.get("*/v1/holidays", () => HttpResponse.json({ title: "down" }, { status: 503 })),
    );
    const screen = await render(
      <Connected platform={platform} onCalendarNotice={(notice) => notices.push(notice)}>
        <Probe />
      </Connected>,
    );
    await expect.poll(() => notices).toEqual([{ kind: "provisional_years", years: [2027] }]);
    await expect.element(screen.getByRole("status")).toHaveTextContent("còn 2 ngày làm việc");
  });

  it("without a client, is the provider's calendar and still tells the host", async () => {
    const notices: CalendarNotice[] = [];
    const screen = await render(
      <ChinhQuyenSoProvider onCalendarNotice={(notice) => notices.push(notice)}>
        <Probe />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(screen.getByRole("status")).toHaveTextContent("còn 2 ngày làm việc");
    await expect.poll(() => notices).toEqual([{ kind: "provisional_years", years: [2027] }]);
  });
});
