import { formatDeadline } from "@chinhquyenso/core";
import { HttpResponse, http } from "msw";
import { describe, expect, it, vi } from "vitest";
import { render } from "vitest-browser-react";
import { ChinhQuyenSoProvider } from "../provider";
import { Connected, createPlatform } from "../support/platform.test-support";
import { useWorkingCalendar } from "./useWorkingCalendar";

// Wednesday 30/12/2026; due Monday 04/01/2027. Working days after today: Thu 31, (Fri 1 = New Year), Mon 4.
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

describe("useWorkingCalendar (Chromium)", () => {
  it("adds the platform's holidays for a year the bundled calendar lacks", async () => {
    const quiet = vi.spyOn(console, "warn").mockImplementation(() => {});
    const platform = createPlatform();
    platform.overrides.push(
      holidays2027([
        { date: "2027-01-01", kind: "holiday", name: "Tết Dương lịch", source: "Bộ luật Lao động 2019" },
      ]),
    );
    const screen = await render(
      <Connected platform={platform}>
        <Probe />
      </Connected>,
    );
    await expect.element(screen.getByRole("status")).toHaveTextContent("còn 2 ngày làm việc");
    // Only the uncovered year is asked for, once.
    expect(holidayRequests(platform.requests)).toEqual(["https://platform.test/v1/holidays?year=2027"]);
    quiet.mockRestore();
  });

  it("keeps the provider's calendar when the platform has no entries for the year", async () => {
    const quiet = vi.spyOn(console, "warn").mockImplementation(() => {});
    const platform = createPlatform();
    let answered = 0;
    platform.overrides.push(
      http.get("*/v1/holidays", () => {
        answered += 1;
        return HttpResponse.json({ year: 2027, items: [] });
      }),
    );
    const screen = await render(
      <Connected platform={platform}>
        <Probe />
      </Connected>,
    );
    await expect.poll(() => answered).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect.element(screen.getByRole("status")).toHaveTextContent("còn 3 ngày làm việc");
    quiet.mockRestore();
  });

  it("keeps the provider's calendar, with a warning, when core refuses the platform's entries", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const platform = createPlatform();
    platform.overrides.push(holidays2027([{ date: "2027-01-01", kind: "bogus_kind", name: "?" }]));
    const screen = await render(
      <Connected platform={platform}>
        <Probe />
      </Connected>,
    );
    await expect
      .poll(() =>
        warn.mock.calls.some(([message]) => String(message).includes("holidays for 2027 were not used")),
      )
      .toBe(true);
    await expect.element(screen.getByRole("status")).toHaveTextContent("còn 3 ngày làm việc");
    warn.mockRestore();
  });

  it("without a client, is the provider's calendar", async () => {
    const quiet = vi.spyOn(console, "warn").mockImplementation(() => {});
    const screen = await render(
      <ChinhQuyenSoProvider>
        <Probe />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(screen.getByRole("status")).toHaveTextContent("còn 3 ngày làm việc");
    quiet.mockRestore();
  });
});
