import { createClient } from "@chinhquyenso/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChinhQuyenSoProvider } from "../provider";
import { MEETINGS } from "./fixtures";
import { MeetingNotice } from "./MeetingNotice";

const now = () => new Date("2026-11-26T09:00:00+07:00");

describe("MeetingNotice on the server", () => {
  it("renders controlled meetings without a DOM", () => {
    expect(typeof window).toBe("undefined");
    const html = renderToString(
      <ChinhQuyenSoProvider now={now} locale="en">
        <MeetingNotice meetings={MEETINGS} onConfirmAttendance={() => {}} />
      </ChinhQuyenSoProvider>,
    );
    expect(html).toContain("14:00 – 16:30, Friday 27/11/2026");
    expect(html).toContain("You have not answered yet.");
  });

  it("renders the connected notice as a loading skeleton, without fetching", () => {
    const client = createClient({ baseUrl: "http://127.0.0.1:9" });
    const html = renderToString(
      <ChinhQuyenSoProvider client={client} now={now}>
        <MeetingNotice />
      </ChinhQuyenSoProvider>,
    );
    expect(html).toContain('data-state="loading"');
  });
});
