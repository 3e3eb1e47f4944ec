import "../styles/tokens.css";
import "../styles/base.css";
import "../internal/dossier/dossier-parts.css";
import "./dossier-timeline.css";
import { describe, expect, it } from "vitest";
import { render } from "vitest-browser-react";
import { ChinhQuyenSoProvider } from "../provider";
import { Connected, createPlatform, testNow } from "../support/platform.test-support";
import { DossierTimeline } from "./DossierTimeline";
import { TIMELINE_HISTORY, TIMELINE_PAUSES, TIMELINE_SUPPLEMENT } from "./fixtures";

describe("DossierTimeline (Chromium)", () => {
  it("lists every change oldest first, with the clock's pauses shaded and said in words", async () => {
    const screen = await render(
      <ChinhQuyenSoProvider now={testNow}>
        <DossierTimeline
          history={[...TIMELINE_HISTORY].reverse()}
          pauses={TIMELINE_PAUSES}
          supplementRequest={TIMELINE_SUPPLEMENT}
        />
      </ChinhQuyenSoProvider>,
    );
    const items = screen.getByRole("listitem");
    await expect.element(items.first()).toHaveTextContent("09:00 16/11/2026 Tiếp nhận → Được tiếp nhận");
    expect(items.elements()).toHaveLength(8);
    await expect
      .element(items.nth(3))
      .toHaveTextContent(
        "Đồng hồ dừng từ 10:00 17/11/2026 đến 08:30 20/11/2026Lý do: Yêu cầu bổ sung giấy tờ",
      );
    await expect.element(items.nth(2)).toHaveTextContent("Hạn bổ sung: 24/11/2026");
    await expect.element(items.nth(4)).toHaveTextContent("Trả lời yêu cầu bổ sung → Đang xử lý");
    await expect.element(items.nth(6)).toHaveTextContent("Đồng hồ đang dừng từ 14:00 24/11/2026");
    // Suspended while the clock already stood still: shaded, and said.
    await expect.element(items.nth(7)).toHaveAttribute("data-paused", "");
    await expect.element(items.nth(7)).toHaveTextContent("(trong thời gian dừng)");
    // Comments are text: markup typed by a person is shown, never rendered.
    expect(document.querySelector(".cqs-dossier-timeline b")).toBeNull();
    await expect.element(items.nth(2)).toHaveTextContent("<b>có chứng thực</b>");
    const shaded = getComputedStyle(items.nth(3).element()).backgroundColor;
    expect(shaded).not.toBe(getComputedStyle(items.nth(1).element()).backgroundColor);
  });

  it("says when there is nothing yet, and offers a retry when loading failed", async () => {
    const screen = await render(
      <ChinhQuyenSoProvider now={testNow} locale="en">
        <DossierTimeline history={[]} pauses={[]} />
        <DossierTimeline history={[]} status="error" onRetry={() => {}} />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(screen.getByText("The dossier has had no status change yet.")).toBeVisible();
    await expect
      .element(screen.getByRole("alert"))
      .toHaveTextContent("The processing history could not be loaded.");
    await expect.element(screen.getByRole("button", { name: "Retry" })).toBeVisible();
  });

  it("loads the history and the dossier's pauses from the platform", async () => {
    const platform = createPlatform();
    const page = await platform.client.dossiers.list({ queue: "awaiting_supplement", limit: 1 });
    const dossier = page.items[0];
    if (!dossier) throw new Error("the seed has a dossier awaiting a supplement");
    const screen = await render(
      <Connected platform={platform}>
        <DossierTimeline code={dossier.code} />
      </Connected>,
    );
    await expect.element(screen.getByRole("heading", { name: "Quá trình xử lý" })).toBeVisible();
    await expect
      .poll(() => document.querySelectorAll(".cqs-dossier-timeline__pause").length)
      .toBe(dossier.pauses.length);
    await expect.element(screen.getByText(/^Đồng hồ đang dừng từ/)).toBeVisible();
  });
});
