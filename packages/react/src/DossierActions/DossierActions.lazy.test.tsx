import "../styles/tokens.css";
import "../styles/base.css";
import "../internal/dossier/dossier-parts.css";
import "../DeadlinePicker/deadline-picker.css";
import "./dossier-actions.css";
import { describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { Connected, createPlatform } from "../support/platform.test-support";
import { DossierActions } from "./DossierActions";

// The deadline picker's code arrives only when the test lets it: the real module, held back.
const gate = vi.hoisted(() => {
  let release: () => void = () => {};
  const arrived = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { arrived, release: () => release(), requested: 0 };
});
vi.mock("../internal/deadlinePicker/WorkingDayField", async (importOriginal) => {
  gate.requested += 1;
  await gate.arrived;
  return importOriginal();
});

describe("DossierActions when the deadline picker's code arrives late (Chromium)", () => {
  it("fetches it on hover, keeps the form usable with a labelled placeholder, then shows the field without moving the focus", async () => {
    const platform = createPlatform();
    const page = await platform.client.dossiers.list({ queue: "in_progress", limit: 100 });
    const dossier = page.items.find((item) => item.status === "processing");
    if (!dossier) throw new Error("no processing dossier in the seed");
    const screen = await render(
      <Connected platform={platform}>
        <DossierActions dossier={dossier} />
      </Connected>,
    );
    expect(gate.requested).toBe(0);
    const opener = screen.getByRole("button", { name: "Yêu cầu bổ sung" });
    await opener.hover();
    await expect.poll(() => gate.requested).toBe(1);

    await opener.click();
    const reason = screen.getByRole("textbox", { name: "Lý do — Yêu cầu bổ sung" });
    await expect.element(reason).toHaveFocus();
    // The placeholder names the field and says what is happening; the picker is not there yet.
    await expect
      .element(screen.getByRole("status").filter({ hasText: "Đang tải lịch chọn hạn…" }))
      .toBeVisible();
    await expect.element(screen.getByText("Hạn bổ sung")).toBeVisible();
    expect(screen.getByRole("textbox", { name: "Hạn bổ sung" }).query()).toBeNull();
    await userEvent.keyboard("Thiếu bản sao giấy khai sinh");

    gate.release();
    const deadline = screen.getByRole("textbox", { name: "Hạn bổ sung" });
    await expect.element(deadline).toBeVisible();
    // Typing went on in the reason field: the arrival took nothing and moved no focus.
    await expect.element(reason).toHaveFocus();
    await expect.element(reason).toHaveValue("Thiếu bản sao giấy khai sinh");
    expect(screen.getByText("Đang tải lịch chọn hạn…").query()).toBeNull();

    await deadline.fill("03/12/2026");
    await userEvent.keyboard("{Enter}");
    await screen.getByRole("button", { name: "Xác nhận" }).click();
    await expect.element(screen.getByText(/Hồ sơ hiện ở trạng thái “Yêu cầu bổ sung giấy tờ”/)).toBeVisible();
    const sent = platform.requests.find(
      (request) =>
        request.method === "POST" && request.url.endsWith(`/v1/dossiers/${dossier.code}/transitions`),
    );
    expect(await sent?.json()).toEqual({
      action: "request_supplement",
      supplement: { reason: "Thiếu bản sao giấy khai sinh", deadline: "2026-12-03T17:00:00+07:00" },
    });
    // Fetched once, however often the button was hovered and the form opened.
    expect(gate.requested).toBe(1);
  });
});
