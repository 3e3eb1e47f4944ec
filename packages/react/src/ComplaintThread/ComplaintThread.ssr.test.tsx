import { createClient } from "@chinhquyenso/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChinhQuyenSoProvider } from "../provider";
import { ComplaintThread } from "./ComplaintThread";
import { largeThread, SECRET_NOTE, sampleEntries, sampleFeedback } from "./fixtures";

const now = () => new Date("2026-11-26T09:00:00+07:00");

describe("ComplaintThread on the server", () => {
  it("renders a controlled thread to a string without a DOM, notes for staff only", () => {
    expect(typeof window).toBe("undefined");
    const render = (audience: "staff" | "citizen") =>
      renderToString(
        <ChinhQuyenSoProvider now={now}>
          <ComplaintThread
            audience={audience}
            feedback={sampleFeedback()}
            entries={sampleEntries()}
            onPostUpdate={async () => undefined}
          />
        </ChinhQuyenSoProvider>,
      );
    const staff = render("staff");
    expect(staff).toContain("Đèn đường hư trên đường Yersin");
    expect(staff).toContain("còn 2 ngày làm việc");
    expect(staff).toContain(SECRET_NOTE);
    expect(staff).toContain("Trả lời công khai");
    expect(staff).not.toContain("0912345678");
    const citizen = render("citizen");
    expect(citizen).not.toContain(SECRET_NOTE);
    expect(citizen).toContain("Gửi trả lời");
  });

  it("renders a windowed thread's newest entries, not all of them", () => {
    const html = renderToString(
      <ChinhQuyenSoProvider now={now}>
        <ComplaintThread
          audience="staff"
          feedback={sampleFeedback()}
          entries={largeThread(500)}
          pageSize={Number.POSITIVE_INFINITY}
          readOnly
        />
      </ChinhQuyenSoProvider>,
    );
    expect(html).toContain('aria-label="Diễn biến xử lý, 500 mục, cuộn để xem"');
    const positions = [...html.matchAll(/aria-posinset="(\d+)"/g)].map((match) => Number(match[1]));
    expect(positions.length).toBeGreaterThan(0);
    expect(positions.length).toBeLessThan(30);
    expect(Math.max(...positions)).toBe(500);
    expect(html).not.toContain('data-entry-key="id:te_0"');
  });

  it("renders a connected thread as its loading skeleton, without fetching", () => {
    let fetched = 0;
    const client = createClient({
      baseUrl: "http://127.0.0.1:9",
      fetch: async () => {
        fetched += 1;
        return new Response("{}");
      },
    });
    const html = renderToString(
      <ChinhQuyenSoProvider client={client} locale="en">
        <ComplaintThread audience="staff" feedbackId="fb_1" />
      </ChinhQuyenSoProvider>,
    );
    expect(html).toContain('data-state="loading"');
    expect(html).toContain("Loading the feedback…");
    expect(fetched).toBe(0);
  });
});
