import { applyScenario } from "@chinhquyenso/mocks";
import { HttpResponse, http } from "msw";
import { describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import {
  AWAITING_CONFIRMATION,
  BAD_FEES,
  BAD_REQUESTS,
  DOSSIER_CODE,
  LAND_TRANSFER_FEES,
  PAID,
} from "../internal/payments/fixtures";
import { useLiveState } from "../provider";
import { Connected, createPlatform } from "../support/platform.test-support";

/** The provider's stream state, so that a test acts on the platform only once the stream listens. */
function LiveProbe() {
  return <output data-testid="live">{useLiveState()}</output>;
}

import { DossierPayments } from "./DossierPayments";

describe("DossierPayments, controlled (Chromium)", () => {
  it("shows each obligation with its kind, legal basis, notice, payer, due date and the amounts as given", async () => {
    const screen = await render(
      <DossierPayments dossierCode={DOSSIER_CODE} fees={LAND_TRANSFER_FEES} paymentRequests={[]} />,
    );
    const row = screen.getByRole("row", { name: /Lệ phí trước bạ nhà, đất/ });
    await expect.element(row).toHaveTextContent("Do cơ quan thuế xác định");
    await expect.element(row).toHaveTextContent("Thông báo số TB-03311/LPTB");
    await expect.element(row).toHaveTextContent("Bên nhận chuyển nhượng");
    await expect.element(row).toHaveTextContent("17:00 30/11/2026");
    await expect.element(row).toHaveTextContent("12.500.000 ₫");
    // The total is the platform's (62.550.000), not a sum the widget made.
    await expect
      .element(screen.getByRole("row", { name: /Tổng phải nộp/ }))
      .toHaveTextContent("62.550.000 ₫");
  });

  it("shows invalid amounts and unknown states as such, offers no payment for them, and throws nothing", async () => {
    const screen = await render(
      <DossierPayments
        dossierCode={DOSSIER_CODE}
        fees={BAD_FEES}
        paymentRequests={BAD_REQUESTS}
        onRequestPayment={vi.fn()}
      />,
    );
    await expect
      .element(screen.getByRole("row", { name: /Khoản âm/ }))
      .toHaveTextContent("Số tiền không hợp lệ");
    await expect
      .element(screen.getByRole("row", { name: /Khoản lẻ/ }))
      .toHaveTextContent("Số tiền không hợp lệ");
    await expect
      .element(screen.getByRole("row", { name: /Khoản lạ/ }))
      .toHaveTextContent("Trạng thái chưa xác định (on_hold)");
    await expect.element(screen.getByText("Trạng thái chưa xác định (chargeback)")).toBeVisible();
    expect(screen.getByRole("checkbox").elements()).toHaveLength(0);
    // An unsafe payment URL is never a link.
    expect(screen.container.querySelectorAll("a[href^='javascript']")).toHaveLength(0);
    expect(screen.container.querySelector(".cqs-widget-fallback")).toBeNull();
  });

  it("selects unpaid items by keyboard and sends one payment request for them", async () => {
    const onRequestPayment = vi.fn(async () => ({ ok: true as const, id: "pay_00103" }));
    const screen = await render(
      <DossierPayments
        dossierCode={DOSSIER_CODE}
        fees={LAND_TRANSFER_FEES}
        paymentRequests={[]}
        onRequestPayment={onRequestPayment}
      />,
    );
    const send = screen.getByRole("button", { name: "Gửi yêu cầu thanh toán" });
    await expect.element(send).toHaveAttribute("aria-disabled", "true");
    await userEvent.click(send, { force: true });
    expect(onRequestPayment).not.toHaveBeenCalled();
    (screen.getByRole("checkbox", { name: /Lệ phí trước bạ/ }).element() as HTMLElement).focus();
    await userEvent.keyboard(" ");
    await userEvent.tab();
    await userEvent.keyboard(" ");
    await expect.element(screen.getByText("Đã chọn 2 khoản.")).toBeVisible();
    await userEvent.click(send);
    expect(onRequestPayment).toHaveBeenCalledWith(["fee_2", "fee_3"]);
    await expect.element(screen.getByRole("status").filter({ hasText: "pay_00103" })).toBeVisible();
  });

  it("lists what the platform reports paid but the agency has not confirmed, and confirms it", async () => {
    const onConfirmPayment = vi.fn(async () => ({
      ok: false as const,
      error: { status: 409, problem: { code: "payment_not_reported_paid" } },
    }));
    const screen = await render(
      <DossierPayments
        dossierCode={DOSSIER_CODE}
        fees={LAND_TRANSFER_FEES}
        paymentRequests={AWAITING_CONFIRMATION}
        onConfirmPayment={onConfirmPayment}
        dossierStatus="awaiting_payment"
      />,
    );
    await expect.element(screen.getByText(/thời hạn giải quyết tạm dừng/)).toBeVisible();
    await expect.element(screen.getByText(/GD-20261126-0042/)).toBeVisible();
    await userEvent.click(screen.getByRole("button", { name: "Xác nhận đã thu pay_00102" }));
    expect(onConfirmPayment).toHaveBeenCalledWith("pay_00102");
    await expect.element(screen.getByRole("alert")).toHaveTextContent("Nền tảng chưa báo đã thanh toán");
  });

  it("announces a state that changes while shown (a live update), in English too", async () => {
    const screen = await render(
      <Connected platform={createPlatform()} locale="en">
        <DossierPayments
          dossierCode={DOSSIER_CODE}
          fees={LAND_TRANSFER_FEES}
          paymentRequests={AWAITING_CONFIRMATION}
        />
      </Connected>,
    );
    await expect
      .element(screen.getByRole("heading", { name: "Fees, charges and obligations" }))
      .toBeVisible();
    await screen.rerender(
      <Connected platform={createPlatform()} locale="en">
        <DossierPayments dossierCode={DOSSIER_CODE} fees={LAND_TRANSFER_FEES} paymentRequests={PAID} />
      </Connected>,
    );
    await expect
      .poll(() => screen.container.querySelector("[aria-live='polite']")?.textContent)
      .toBe("Payment request pay_00102: Paid.");
  });
});

describe("DossierPayments, connected to the mocks' platform (Chromium)", () => {
  function dossierWithUnpaidFees(platform: ReturnType<typeof createPlatform>) {
    const { store } = platform.handlers;
    // The platform's default principal is an officer: only their agency's dossiers are visible.
    const record = [...store.dossiers.values()].find(
      (item) =>
        item.agencyCode === store.currentUser.agencyCode &&
        item.fees.some((fee) => fee.state === "unpaid") &&
        item.paymentRequests.length === 0,
    );
    if (!record) throw new Error("the data set has no dossier with unpaid fees");
    return record;
  }

  it("requests payment with one idempotency key per intent, even when the first attempt fails on the network", async () => {
    const platform = createPlatform();
    const record = dossierWithUnpaidFees(platform);
    let failures = 1;
    platform.overrides.push(
      http.post("*/v1/dossiers/:code/payment-requests", () => {
        if (failures-- > 0) return HttpResponse.error();
        return undefined;
      }),
    );
    const screen = await render(
      <Connected platform={platform}>
        <DossierPayments dossierCode={record.code} />
      </Connected>,
    );
    await expect.element(screen.getByRole("checkbox").first()).toBeVisible();
    for (const checkbox of screen.getByRole("checkbox").elements()) await userEvent.click(checkbox);
    const send = screen.getByRole("button", { name: "Gửi yêu cầu thanh toán" });
    await userEvent.click(send);
    await expect.element(screen.getByRole("alert")).toHaveTextContent("sẽ không bị gửi hai lần");
    await userEvent.click(send);
    await expect
      .element(screen.getByRole("status").filter({ hasText: "Đã gửi yêu cầu thanh toán" }))
      .toBeVisible();
    const keys = platform.requests
      .filter((request) => request.method === "POST" && request.url.endsWith("/payment-requests"))
      .map((request) => request.headers.get("idempotency-key"));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
    await expect.element(screen.getByRole("row", { name: /pay_/ })).toHaveTextContent("Chờ thanh toán");
  });

  it("follows the platform live: paid on the platform, awaiting reconciliation, then confirmed with receipts", async () => {
    const platform = createPlatform();
    const record = dossierWithUnpaidFees(platform);
    const screen = await render(
      <Connected platform={platform} live>
        <DossierPayments dossierCode={record.code} />
        <LiveProbe />
      </Connected>,
    );
    await expect.element(screen.getByTestId("live")).toHaveTextContent("open");
    await expect.element(screen.getByRole("checkbox").first()).toBeVisible();
    for (const checkbox of screen.getByRole("checkbox").elements()) await userEvent.click(checkbox);
    await userEvent.click(screen.getByRole("button", { name: "Gửi yêu cầu thanh toán" }));
    await expect.element(screen.getByText("Không có khoản nào chờ đối soát.")).toBeVisible();
    // That text shows before the request too: wait for the platform to hold the request (state, not time).
    await expect.poll(() => record.paymentRequests.length).toBeGreaterThan(0);
    const id = record.paymentRequests.at(-1)?.id ?? "";
    applyScenario(platform.handlers.store, {
      name: "payment",
      paymentRequestId: id,
      outcome: "pay",
      confirmAfterMs: null,
    });
    // The stream's payment.status_changed refetches the requests: no reload, no polling.
    const confirm = screen.getByRole("button", { name: `Xác nhận đã thu ${id}` });
    await expect.element(confirm).toBeVisible();
    await userEvent.click(confirm);
    await expect
      .element(screen.getByRole("status").filter({ hasText: "Đã xác nhận thanh toán" }))
      .toBeVisible();
    await expect
      .element(screen.getByRole("row", { name: new RegExp(id) }))
      .toHaveTextContent("Đã thanh toán");
    await expect.element(screen.getByRole("button", { name: /Tải biên lai/ })).toBeVisible();
  });

  it.each([
    [403, "Bạn không có quyền xem thông tin thanh toán của hồ sơ này.", false],
    [404, "Không tìm thấy hồ sơ hoặc yêu cầu thanh toán.", false],
    [429, "Bạn thao tác quá nhanh. Hãy thử lại sau 7 giây.", true],
    [503, "Không tải được thông tin thanh toán.", true],
  ])("designs the %s answer", async (status, message, canRetry) => {
    const platform = createPlatform();
    platform.overrides.push(
      http.get("*/v1/dossiers/:code/fees", () =>
        HttpResponse.json(
          { type: "about:blank", title: "x", status, code: "x", retryAfter: 7 },
          { status, headers: { "content-type": "application/problem+json", "retry-after": "7" } },
        ),
      ),
    );
    const screen = await render(
      <Connected platform={platform}>
        <DossierPayments dossierCode={DOSSIER_CODE} />
      </Connected>,
    );
    await expect.element(screen.getByRole("alert")).toHaveTextContent(message);
    expect(screen.getByRole("button", { name: "Thử lại" }).elements()).toHaveLength(canRetry ? 1 : 0);
  });
});
