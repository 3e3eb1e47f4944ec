import { applyScenario } from "@chinhquyenso/mocks";
import { describe, expect, it } from "vitest";
import { render } from "vitest-browser-react";
import {
  AWAITING_CONFIRMATION,
  BAD_REQUESTS,
  DOSSIER_CODE,
  LAND_TRANSFER_FEES,
  PAID,
  PENDING,
} from "../internal/payments/fixtures";
import { useLiveState } from "../provider";
import { Connected, createPlatform } from "../support/platform.test-support";

/** The provider's stream state, so that a test acts on the platform only once the stream listens. */
function LiveProbe() {
  return <output data-testid="live">{useLiveState()}</output>;
}

import { PaymentStatus } from "./PaymentStatus";

describe("PaymentStatus (Chromium)", () => {
  it("tells the citizen what to pay, on what basis, by when, with a link to pay on the platform", async () => {
    const screen = await render(
      <PaymentStatus dossierCode={DOSSIER_CODE} fees={LAND_TRANSFER_FEES} paymentRequests={PENDING} />,
    );
    await expect.element(screen.getByText(/Đang chờ bạn thanh toán 62\.500\.000/)).toBeVisible();
    await expect
      .element(screen.getByRole("link", { name: /Thanh toán trực tuyến/ }))
      .toHaveAttribute("href", "https://thanhtoan.dichvucong.example/pay/pay_00102");
    await expect.element(screen.getByText(/Thông báo số TB-03311\/TNCN/)).toBeVisible();
    await expect.element(screen.getByText(/Bên chuyển nhượng/)).toBeVisible();
    // The receipt of the fee paid at intake.
    // Without a platform client or a host handler, the receipt's number (to quote at the desk).
    await expect.element(screen.getByText("Biên lai rcp_00041")).toBeVisible();
  });

  it("says a payment that arrived awaits the agency's confirmation, without platform jargon", async () => {
    const screen = await render(
      <PaymentStatus
        dossierCode={DOSSIER_CODE}
        fees={LAND_TRANSFER_FEES}
        paymentRequests={AWAITING_CONFIRMATION}
      />,
    );
    await expect
      .element(screen.getByText(/Đã nhận được tiền 62\.500\.000.*Cơ quan đang xác nhận/))
      .toBeVisible();
    expect(screen.getByRole("link").elements()).toHaveLength(0);
  });

  it("shows an unknown state and an unsafe link safely", async () => {
    const screen = await render(
      <PaymentStatus dossierCode={DOSSIER_CODE} fees={LAND_TRANSFER_FEES} paymentRequests={BAD_REQUESTS} />,
    );
    await expect.element(screen.getByText(/Chưa xác định được tình trạng thanh toán/)).toBeVisible();
    expect(screen.container.querySelectorAll("a[href^='javascript']")).toHaveLength(0);
  });

  it("shows a paid request in English, with its receipt", async () => {
    const screen = await render(
      <Connected platform={createPlatform()} locale="en">
        <PaymentStatus dossierCode={DOSSIER_CODE} fees={LAND_TRANSFER_FEES} paymentRequests={PAID} />
      </Connected>,
    );
    await expect.element(screen.getByText(/Paid VND\s62,500,000 at 08:40 26\/11\/2026/)).toBeVisible();
  });

  it("follows the platform live: pending, then paid (confirmed at once), announced politely", async () => {
    const platform = createPlatform();
    const { store } = platform.handlers;
    // The platform's default principal is an officer: only their agency's dossiers are visible.
    const record = [...store.dossiers.values()].find(
      (item) =>
        item.agencyCode === store.currentUser.agencyCode && item.fees.some((fee) => fee.state === "unpaid"),
    );
    if (!record) throw new Error("the data set has no unpaid fee");
    await platform.client.dossiers.requestPayment(record.code, {
      feeIds: record.fees.filter((fee) => fee.state === "unpaid").map((fee) => fee.id),
    });
    const screen = await render(
      <Connected platform={platform} live>
        <PaymentStatus dossierCode={record.code} />
        <LiveProbe />
      </Connected>,
    );
    await expect.element(screen.getByTestId("live")).toHaveTextContent("open");
    await expect.element(screen.getByText(/Đang chờ bạn thanh toán/)).toBeVisible();
    applyScenario(platform.handlers.store, { name: "payment", dossierCode: record.code, outcome: "pay" });
    await expect
      .poll(() => screen.container.querySelector("section")?.getAttribute("data-view"))
      .toBe("paid");
    await expect.element(screen.getByText(/Đã thanh toán [0-9.]+\s₫ lúc/)).toBeVisible();
    await expect.element(screen.getByRole("button", { name: /Tải biên lai/ }).first()).toBeVisible();
    await expect
      .poll(() => screen.container.querySelector("[aria-live='polite']")?.textContent)
      .toMatch(/Đã thanh toán/);
  });
});
