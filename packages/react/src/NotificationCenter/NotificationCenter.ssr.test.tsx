import { createClient } from "@chinhquyenso/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChinhQuyenSoProvider } from "../provider";
import { NOTIFICATIONS } from "./fixtures";
import { NotificationCenter } from "./NotificationCenter";

describe("NotificationCenter on the server", () => {
  it("renders the bell with its unread count without a DOM", () => {
    expect(typeof window).toBe("undefined");
    const html = renderToString(
      <ChinhQuyenSoProvider locale="en">
        <NotificationCenter notifications={NOTIFICATIONS} />
      </ChinhQuyenSoProvider>,
    );
    expect(html).toContain('aria-label="Notifications, 3 unread"');
  });

  it("renders the connected bell without fetching or opening the stream", () => {
    const client = createClient({ baseUrl: "http://127.0.0.1:9" });
    const html = renderToString(
      <ChinhQuyenSoProvider client={client}>
        <NotificationCenter />
      </ChinhQuyenSoProvider>,
    );
    expect(html).toContain('aria-label="Thông báo"');
    expect(html).toContain('data-live="idle"');
  });
});
