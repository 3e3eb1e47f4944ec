import "../styles/tokens.css";
import "../styles/base.css";
import "../internal/dossier/dossier-parts.css";
import "../DeadlinePicker/deadline-picker.css";
import "./dossier-actions.css";
import type { Dossier } from "@chinhquyenso/client";
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { Connected, createPlatform, type Platform } from "../support/platform.test-support";
import { DossierActions } from "./DossierActions";

/** The transitions sent after the `from`th request (the test's own set-up requests come before). */
const transitions = (platform: Platform, code: string, from = 0) =>
  platform.requests
    .slice(from)
    .filter(
      (request) =>
        request.method === "POST" && new URL(request.url).pathname === `/v1/dossiers/${code}/transitions`,
    );

/** A dossier in `status` as the platform serves it, and its code. */
async function dossierIn(platform: Platform, status: string): Promise<Dossier> {
  const page = await platform.client.dossiers.list({ queue: "in_progress", limit: 100 });
  const found = page.items.find((item) => item.status === status);
  if (!found) throw new Error(`no ${status} dossier in the seed`);
  return found;
}

/** Another officer acts on the dossier first: the copy the widget holds becomes stale. */
async function changedElsewhere(platform: Platform, dossier: Dossier, action: "request_payment" | "finish") {
  return platform.client.dossiers.transition(dossier.code, { action }, { ifMatch: dossier.etag });
}

/** DossierActions over a dossier being processed, as the platform serves it. */
async function renderProcessing() {
  const platform = createPlatform();
  const dossier = await dossierIn(platform, "processing");
  const screen = await render(
    <Connected platform={platform}>
      <DossierActions dossier={dossier} />
    </Connected>,
  );
  return { platform, dossier, screen };
}

const outcome = () =>
  document.querySelector<HTMLElement>('[data-cqs-focus-target="dossier-actions-outcome"]');

describe("DossierActions (Chromium, the mocks' handlers)", () => {
  it("answers a stale ETag by reloading, saying what changed, and retrying only when asked", async () => {
    const platform = createPlatform();
    const dossier = await dossierIn(platform, "processing");
    // Someone asks for the fee meanwhile: "suspend" still applies to the new status, with a new etag.
    const fresh = await changedElsewhere(platform, dossier, "request_payment");
    const mark = platform.requests.length;
    const screen = await render(
      <Connected platform={platform}>
        <DossierActions dossier={dossier} />
      </Connected>,
    );
    await screen.getByRole("button", { name: "Dừng xử lý" }).click();
    const reason = screen.getByRole("textbox", { name: "Lý do — Dừng xử lý" });
    await expect.element(reason).toHaveFocus();
    await reason.fill("Chờ ý kiến của cơ quan liên quan");
    await screen.getByRole("button", { name: "Xác nhận" }).click();

    await expect
      .element(screen.getByText(/vừa được thay đổi ở nơi khác nên “Dừng xử lý” chưa được thực hiện/))
      .toHaveTextContent("trạng thái hiện tại là “Yêu cầu thực hiện nghĩa vụ tài chính”");
    // The focus is on the message, not lost to the page.
    await expect.poll(() => document.activeElement).toBe(outcome());
    expect(transitions(platform, dossier.code, mark)).toHaveLength(1);
    expect(transitions(platform, dossier.code, mark)[0]?.headers.get("if-match")).toBe(dossier.etag);
    // Nothing is sent again by itself; what was typed is kept for the retry.
    await expect.element(reason).toHaveValue("Chờ ý kiến của cơ quan liên quan");

    await screen.getByRole("button", { name: "Thực hiện lại “Dừng xử lý”" }).click();
    await expect
      .element(screen.getByText("Đã thực hiện “Dừng xử lý”. Hồ sơ hiện ở trạng thái “Dừng xử lý”."))
      .toBeVisible();
    await expect.poll(() => document.activeElement).toBe(outcome());
    const [first, second] = transitions(platform, dossier.code, mark);
    expect(second?.headers.get("if-match")).toBe(fresh.etag);
    // A new intent, a new key: the platform must not replay the refused first attempt.
    expect(second?.headers.get("idempotency-key")).toMatch(/^[0-9a-f-]{36}$/);
    expect(second?.headers.get("idempotency-key")).not.toBe(first?.headers.get("idempotency-key"));
    expect(await second?.json()).toEqual({ action: "suspend", reason: "Chờ ý kiến của cơ quan liên quan" });
    // The buttons are now those of the new status (resume, withdraw).
    await expect.element(screen.getByRole("button", { name: "Tiếp tục xử lý" })).toBeVisible();
  });

  it("says so when the action no longer applies after the reload, and offers no retry", async () => {
    const platform = createPlatform();
    const dossier = await dossierIn(platform, "processing");
    await changedElsewhere(platform, dossier, "finish");
    const mark = platform.requests.length;
    const screen = await render(
      <Connected platform={platform}>
        <DossierActions dossier={dossier} />
      </Connected>,
    );
    await screen.getByRole("button", { name: "Yêu cầu thực hiện nghĩa vụ tài chính" }).click();
    await expect
      .element(
        screen.getByText(
          /trạng thái hiện tại là “Đã xử lý xong \(chờ trả\)”, thao tác này không còn áp dụng/,
        ),
      )
      .toBeVisible();
    await expect.poll(() => document.activeElement).toBe(outcome());
    expect(screen.getByRole("button", { name: /Thực hiện lại/ }).query()).toBeNull();
    await expect.element(screen.getByRole("button", { name: "Trả kết quả" })).toBeVisible();
    expect(transitions(platform, dossier.code, mark)).toHaveLength(1);
  });

  it("asks for the reason and a working-day deadline before requesting a supplement", async () => {
    const { platform, dossier, screen } = await renderProcessing();
    const opener = screen.getByRole("button", { name: "Yêu cầu bổ sung" });
    await opener.click();
    await expect.element(opener).toHaveAttribute("aria-expanded", "true");
    await screen.getByRole("button", { name: "Xác nhận" }).click();
    await expect.element(screen.getByText("Nhập lý do.")).toBeVisible();
    const reason = screen.getByRole("textbox", { name: "Lý do — Yêu cầu bổ sung" });
    await expect.element(reason).toHaveFocus();
    await reason.fill("Thiếu bản sao giấy khai sinh");
    await screen.getByRole("button", { name: "Xác nhận" }).click();
    await expect
      .element(screen.getByText("Chọn hạn bổ sung là một ngày làm việc sau hôm nay."))
      .toBeVisible();
    const deadline = screen.getByRole("textbox", { name: "Hạn bổ sung" });
    await expect.element(deadline).toHaveFocus();
    // Saturday: refused and named.
    await deadline.fill("28/11/2026");
    await userEvent.keyboard("{Enter}");
    await expect
      .element(screen.getByText("28/11/2026 là ngày nghỉ (Nghỉ cuối tuần); hãy chọn một ngày làm việc."))
      .toBeVisible();
    await deadline.fill("03/12/2026");
    await userEvent.keyboard("{Enter}");
    await expect.element(screen.getByText("5 ngày làm việc kể từ 26/11/2026")).toBeVisible();
    await screen.getByRole("button", { name: "Xác nhận" }).click();
    await expect.element(screen.getByText(/Hồ sơ hiện ở trạng thái “Yêu cầu bổ sung giấy tờ”/)).toBeVisible();
    const sent = transitions(platform, dossier.code)[0];
    expect(await sent?.json()).toEqual({
      action: "request_supplement",
      supplement: { reason: "Thiếu bản sao giấy khai sinh", deadline: "2026-12-03T17:00:00+07:00" },
    });
  });

  it("Escape in the deadline's calendar closes the calendar only: the form stays, the focus on the calendar's button", async () => {
    const { screen } = await renderProcessing();
    const opener = screen.getByRole("button", { name: "Yêu cầu bổ sung" });
    await opener.click();
    const reason = screen.getByRole("textbox", { name: "Lý do — Yêu cầu bổ sung" });
    await reason.fill("Thiếu bản sao giấy khai sinh");
    const calendarButton = screen.getByRole("button", { name: "Chọn ngày trên lịch" });
    await calendarButton.click();
    await expect.poll(() => document.activeElement?.hasAttribute("data-day")).toBe(true);
    await userEvent.keyboard("{ArrowRight}{Escape}");
    await expect.poll(() => document.querySelector("[data-day]")).toBeNull();
    await expect.element(calendarButton).toHaveFocus();
    await expect.element(reason).toHaveValue("Thiếu bản sao giấy khai sinh");
    await expect.element(opener).toHaveAttribute("aria-expanded", "true");
  });

  it("cancelling a form returns the focus to the button that opened it", async () => {
    const { screen } = await renderProcessing();
    const opener = screen.getByRole("button", { name: "Rút hồ sơ" });
    await opener.click();
    await screen.getByRole("button", { name: "Hủy" }).click();
    await expect.element(opener).toHaveFocus();
    await expect.element(opener).toHaveAttribute("aria-expanded", "false");
  });
});
