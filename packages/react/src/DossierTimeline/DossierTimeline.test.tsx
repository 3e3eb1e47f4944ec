import "../styles/tokens.css";
import "../styles/base.css";
import "../internal/dossier/dossier-parts.css";
import "./dossier-timeline.css";
import { applyScenario } from "@chinhquyenso/mocks";
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { DossierPayments } from "../DossierPayments";
import { ChinhQuyenSoProvider, useLiveState } from "../provider";
import { Connected, createPlatform, testNow } from "../support/platform.test-support";
import { DossierTimeline } from "./DossierTimeline";
import {
  PAYMENT_HISTORY,
  PAYMENT_PAUSES,
  PAYMENT_REQUESTS,
  TIMELINE_HISTORY,
  TIMELINE_PAUSES,
  TIMELINE_SUPPLEMENT,
} from "./fixtures";

/** The provider's stream state, so that the test acts on the platform only once the stream listens. */
function LiveProbe() {
  return <output data-testid="live">{useLiveState()}</output>;
}

const text = (element: Element) => (element.textContent ?? "").replace(/\s+/g, " ");
const paymentLines = () => [...document.querySelectorAll(".cqs-dossier-timeline__payment")].map(text);

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
        "Tạm dừng tính thời gian: chờ bổ sung hồ sơĐồng hồ dừng từ 10:00 17/11/2026 đến 08:30 20/11/2026",
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

  it("names a wait for payment as such, shaded like the other pauses, with each request's amount and state", async () => {
    const screen = await render(
      <ChinhQuyenSoProvider now={testNow}>
        <DossierTimeline
          history={PAYMENT_HISTORY}
          pauses={PAYMENT_PAUSES}
          paymentRequests={PAYMENT_REQUESTS}
        />
        <DossierTimeline history={TIMELINE_HISTORY} pauses={TIMELINE_PAUSES} headingLevel={3} />
      </ChinhQuyenSoProvider>,
    );
    const payment = screen
      .getByRole("listitem")
      .filter({ hasText: "chờ thực hiện nghĩa vụ tài chính" })
      .first();
    await expect.element(payment).toHaveAttribute("data-reason", "awaiting_payment");
    await expect
      .element(payment)
      .toHaveTextContent(
        "Tạm dừng tính thời gian: chờ thực hiện nghĩa vụ tài chínhĐồng hồ dừng từ 14:00 24/11/2026 đến 08:40 26/11/2026",
      );
    // Oldest first, whatever order the contract listed them in.
    expect(paymentLines()).toEqual([
      "Yêu cầu thanh toán lúc 14:05 24/11/2026: 62.500.000 ₫ — Thanh toán không thành công",
      "Yêu cầu thanh toán lúc 10:00 25/11/2026: 62.500.000 ₫ — Đã thanh toán",
    ]);
    const supplement = document.querySelector('[data-reason="awaiting_supplement"]');
    expect(supplement).not.toBeNull();
    const shade = getComputedStyle(payment.element()).backgroundColor;
    expect(shade).toBe(getComputedStyle(supplement as Element).backgroundColor);
    expect(shade).not.toBe(getComputedStyle(screen.getByRole("listitem").first().element()).backgroundColor);
  });

  it("says it in English, and shows an invalid amount or an unknown state as such", async () => {
    const odd = [
      { ...PAYMENT_REQUESTS[0], id: "pay_x", amount: -5, state: "chargeback" },
    ] as unknown as typeof PAYMENT_REQUESTS;
    await render(
      <ChinhQuyenSoProvider now={testNow} locale="en">
        <DossierTimeline history={PAYMENT_HISTORY} pauses={PAYMENT_PAUSES} paymentRequests={odd} />
      </ChinhQuyenSoProvider>,
    );
    const pause = document.querySelector('[data-reason="awaiting_payment"]');
    expect(text(pause as Element)).toContain("Clock paused: awaiting payment of fees and charges");
    expect(paymentLines()).toEqual([
      "Payment requested at 10:00 25/11/2026: Invalid amount — unknown state (chargeback)",
    ]);
  });

  it("sees a dossier awaiting payment resume live once the officer confirms what the platform reports paid", async () => {
    const platform = createPlatform();
    const { store } = platform.handlers;
    const record = [...store.dossiers.values()].find(
      (item) => item.agencyCode === store.currentUser.agencyCode && item.status === "awaiting_payment",
    );
    if (!record) throw new Error("the seed has a dossier of the officer's agency awaiting payment");
    const unpaid = record.fees.filter((fee) => fee.state === "unpaid").map((fee) => fee.id);
    const screen = await render(
      <Connected platform={platform} live>
        <DossierPayments dossierCode={record.code} />
        <DossierTimeline code={record.code} />
        <LiveProbe />
      </Connected>,
    );
    await expect.element(screen.getByTestId("live")).toHaveTextContent("open");
    await expect.element(screen.getByText(/^Đồng hồ đang dừng từ/)).toBeVisible();
    const request = await platform.client.dossiers.requestPayment(record.code, { feeIds: unpaid });
    applyScenario(store, {
      name: "payment",
      paymentRequestId: request.id,
      outcome: "pay",
      confirmAfterMs: null,
    });
    // The stream refetches: the request shows on the pause, and the officer reconciles it.
    await expect.poll(() => paymentLines().some((line) => line.includes("Chờ thanh toán"))).toBe(true);
    await userEvent.click(screen.getByRole("button", { name: `Xác nhận đã thu ${request.id}` }));
    // dossier.status_changed on the stream: the pause closes and the resumption shows, with no reload.
    const resumed = screen.getByRole("listitem").filter({ hasText: "Tiếp tục xử lý → Đang xử lý" });
    await expect.element(resumed).toBeVisible();
    await expect.element(resumed).toHaveTextContent("Đã hoàn thành nghĩa vụ tài chính");
    await expect.element(screen.getByText(/^Đồng hồ dừng từ .* đến /)).toBeVisible();
    expect(document.querySelector('[data-reason="awaiting_payment"][data-open]')).toBeNull();
    expect(paymentLines().at(-1)).toContain("Đã thanh toán");
  });
});
