import { createClient } from "@chinhquyenso/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChinhQuyenSoProvider } from "../provider";
import { ComplaintThread } from "./ComplaintThread";
import { SECRET_NOTE, sampleEntries, sampleFeedback } from "./fixtures";

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
