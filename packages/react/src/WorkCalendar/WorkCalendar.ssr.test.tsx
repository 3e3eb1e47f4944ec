import { createClient } from "@chinhquyenso/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChinhQuyenSoProvider } from "../provider";
import { WorkCalendar } from "./WorkCalendar";

const now = () => new Date("2026-11-26T09:00:00+07:00");

describe("WorkCalendar on the server", () => {
  it("renders controlled events without a DOM", () => {
    expect(typeof window).toBe("undefined");
    const html = renderToString(
      <ChinhQuyenSoProvider now={now} locale="en">
        <WorkCalendar
          events={[
            {
              id: "ev_1",
              title: "Họp giao ban tuần",
              startsAt: "2026-11-23T07:30:00+07:00",
              endsAt: "2026-11-23T09:00:00+07:00",
              allDay: false,
              agencyCode: "000.00.00.X74",
              updatedAt: "2026-11-20T08:00:00+07:00",
            },
          ]}
        />
      </ChinhQuyenSoProvider>,
    );
    expect(html).toContain("Week of 23/11/2026 to 29/11/2026");
    expect(html).toContain("07:30 – 09:00");
    expect(html).toContain("Họp giao ban tuần");
  });

  it("renders the connected calendar as a loading skeleton, without fetching", () => {
    const client = createClient({ baseUrl: "http://127.0.0.1:9" });
    const html = renderToString(
      <ChinhQuyenSoProvider client={client} now={now}>
        <WorkCalendar defaultView="day" />
      </ChinhQuyenSoProvider>,
    );
    expect(html).toContain('data-state="loading"');
    expect(html).toContain("Thứ Năm, 26/11/2026");
  });
});
