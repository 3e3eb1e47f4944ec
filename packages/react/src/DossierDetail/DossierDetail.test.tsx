import "../styles/tokens.css";
import "../styles/base.css";
import "../internal/dossier/dossier-parts.css";
import "../DossierActions/dossier-actions.css";
import "../DossierTimeline/dossier-timeline.css";
import "../DueDateExplanation/due-date-explanation.css";
import "./dossier-detail.css";
import { describe, expect, it } from "vitest";
import { render } from "vitest-browser-react";
import { Connected, createPlatform } from "../support/platform.test-support";
import { DossierDetail } from "./DossierDetail";

describe("DossierDetail (Chromium, the mocks' handlers)", () => {
  it("shows the facts, actions, due-date steps and timeline, and refreshes them after a transition", async () => {
    const platform = createPlatform();
    const page = await platform.client.dossiers.list({ queue: "in_progress", limit: 50 });
    const dossier = page.items.find((item) => item.status === "processing");
    if (!dossier) throw new Error("the seed has a dossier being processed");
    const screen = await render(
      <Connected platform={platform}>
        <DossierDetail code={dossier.code} />
      </Connected>,
    );
    await expect
      .element(screen.getByRole("heading", { level: 2, name: `Hồ sơ ${dossier.code}` }))
      .toBeVisible();
    await expect.element(screen.getByTestId("dossier-status")).toHaveTextContent("Đang xử lý");
    for (const name of ["Thao tác", "Cách tính hạn trả kết quả", "Quá trình xử lý"])
      await expect.element(screen.getByRole("heading", { level: 3, name })).toBeVisible();
    await expect
      .poll(() => document.querySelectorAll(".cqs-dossier-timeline__entry").length)
      .toBeGreaterThan(0);
    const pausesBefore = document.querySelectorAll(".cqs-dossier-timeline__pause").length;

    await screen.getByRole("button", { name: "Yêu cầu thực hiện nghĩa vụ tài chính" }).click();
    await expect
      .element(screen.getByTestId("dossier-status"))
      .toHaveTextContent("Yêu cầu thực hiện nghĩa vụ tài chính");
    // The clock stopped: the timeline gains the change and an open pause, once the history is read again.
    await expect
      .poll(() => document.querySelectorAll(".cqs-dossier-timeline__pause").length)
      .toBe(pausesBefore + 1);
    await expect.element(screen.getByText(/^Đồng hồ đang dừng từ/)).toBeVisible();
    expect(document.activeElement?.getAttribute("data-cqs-focus-target")).toBe("dossier-actions-outcome");
  });

  it("says a dossier was not found without offering a pointless retry", async () => {
    const platform = createPlatform();
    const screen = await render(
      <Connected platform={platform} locale="en">
        <DossierDetail code="000.00.00.H29-260101-9999" />
      </Connected>,
    );
    await expect
      .element(screen.getByRole("alert"))
      .toHaveTextContent("Dossier 000.00.00.H29-260101-9999 was not found, or you may not see it.");
    expect(screen.getByRole("button", { name: "Retry" }).query()).toBeNull();
  });
});
