import { createManualClock } from "@chinhquyenso/mocks";
import { useEffect, useState } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { page, userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { useConnection, useLiveState } from "../provider";
import { SigningPrompt, type SigningPromptProps } from "./SigningPrompt";
import {
  Connected,
  createTestPlatform,
  DATA_NOW,
  isCancel,
  isCreate,
  type TestPlatform,
} from "./SigningPrompt.test-support";
import type { SigningPlugin } from "./types";

beforeEach(() => {
  sessionStorage.clear();
});

function Prompt({
  platform,
  count = 1,
  locale,
  ...props
}: { platform: TestPlatform; count?: number; locale?: "vi" | "en" } & Partial<SigningPromptProps>) {
  return (
    <Connected platform={platform} {...(locale ? { locale } : {})}>
      <SigningPrompt documents={platform.documents(count)} pollInterval={100} {...props}>
        <button type="button">Ký số văn bản</button>
      </SigningPrompt>
    </Connected>
  );
}

const button = (name: string | RegExp) => page.getByRole("button", { name, exact: typeof name === "string" });
const dialog = (name: string) => page.getByRole("dialog", { name });

/** Opens the prompt and confirms with the provider whose radio matches (its only valid certificate). */
async function signWith(provider: RegExp) {
  await button("Ký số văn bản").click();
  await button("Tiếp tục").click();
  await page.getByRole("radio", { name: provider }).click();
  await button("Tiếp tục").click();
  await button("Ký số").click();
}

/** An OTP request awaiting its code, a minute on: "Gửi lại mã" (resend) is enabled. */
async function otpResendReady(): Promise<TestPlatform> {
  const clock = createManualClock(DATA_NOW);
  const platform = createTestPlatform({ scenarios: ["signing_needs_otp"], clock });
  await render(<Prompt platform={platform} />);
  await signWith(/Viettel MySign/);
  await expect.element(button("Gửi lại mã sau 01:00")).toBeDisabled();
  clock.advance(60_000);
  return platform;
}

// Each test walks the whole flow — 15 to 25 clicks and waits for a state, none for a time — so its length is a
// count of round trips: 5–10 s on a quiet machine, past the browser-mode default of 15 s on a loaded 2-core one
// (three timed out beside two CPU hogs). The budget catches a hang, not slowness.
describe("SigningPrompt (Chromium, connected to the mocks' handlers)", { timeout: 60_000 }, () => {
  it("walks review → method → confirm → app confirmation with a countdown → success", async () => {
    const platform = createTestPlatform({ signing: { confirmAfterMs: 600_000 } });
    const documents = platform.documents(2);
    const onSigned = vi.fn();
    await render(
      <Connected platform={platform}>
        <SigningPrompt documents={documents} pollInterval={100} onSigned={onSigned}>
          <button type="button">Ký số văn bản</button>
        </SigningPrompt>
      </Connected>,
    );
    await button("Ký số văn bản").click();
    const review = dialog("Kiểm tra văn bản cần ký");
    await expect.element(review).toBeVisible();
    await expect.element(review).toHaveTextContent(documents[0]?.subject ?? "");
    // The fingerprint is computed from the downloaded PDF; the placement follows Decree 30 for an approval.
    await expect.element(review.getByText(/^[0-9A-F]{4}( [0-9A-F]{4}){15}$/).first()).toBeVisible();
    await expect.element(review.getByText(/giữa chức vụ và họ tên người ký/).first()).toBeVisible();
    await button("Tiếp tục").click();

    await expect.element(dialog("Chọn phương thức ký")).toBeVisible();
    await page.getByRole("radio", { name: /VNPT SmartCA/ }).click();
    // Two valid certificates: one must be chosen; the expired one cannot be.
    const certificates = page.getByRole("radio", { name: /VNPT-CA/ });
    await expect.element(certificates.nth(2)).toBeDisabled();
    await expect.element(page.getByText("Đã hết hạn")).toBeVisible();
    await expect.element(button("Tiếp tục")).toBeDisabled();
    await certificates.first().click();
    await button("Tiếp tục").click();

    await expect
      .element(dialog("Xác nhận ký số"))
      .toHaveTextContent("Bạn sắp ký 2 văn bản (Ký duyệt) bằng VNPT SmartCA.");
    await button("Ký số").click();
    await expect.element(page.getByText(/Mở ứng dụng SmartCA để xác nhận — còn 0[34]:\d\d/)).toBeVisible();
    await expect.element(page.getByText("Đã ký 0/2 văn bản")).toBeVisible();
    platform.confirmInApp();
    await expect.element(dialog("Đã ký số thành công")).toBeVisible();
    expect(platform.created()).toHaveLength(1);
    expect(platform.calls.filter(isCreate)).toHaveLength(1);
    expect(onSigned).toHaveBeenCalledTimes(1);
    for (const document of documents) expect(platform.store.documents.get(document.id)?.state).toBe("signed");
    await expect.element(page.getByText(/^Đã ký 2 văn bản lúc \d\d:\d\d \d\d\/\d\d\/2026\.$/)).toBeVisible();
    expect(page.getByText("Đã ký", { exact: true }).elements()).toHaveLength(2);
  });

  it("live: the stream's signing.status_changed brings the result without waiting for the next poll", async () => {
    const platform = createTestPlatform({ signing: { confirmAfterMs: 600_000 } });
    await renderLive(platform);
    // An event sent before the stream is connected is not replayed (there is no id to resume from).
    await expect.element(page.getByTestId("live")).toHaveAttribute("data-state", "open");
    await signWith(/Viettel MySign/);
    await expect.element(page.getByText(/Mở ứng dụng MySign/)).toBeVisible();
    const polls = () =>
      platform.calls.filter((call) => call.method === "GET" && call.path.startsWith("/v1/signing/requests/"));
    expect(polls()).toHaveLength(0);
    platform.confirmInApp();
    await expect.element(dialog("Đã ký số thành công")).toBeVisible();
    expect(polls()).toHaveLength(1);
    expect(platform.calls.some((call) => call.path === "/v1/notification-stream")).toBe(true);
  });

  it("live: a stream that connects after the app confirmed asks for the request once it is open", async () => {
    const platform = createTestPlatform({ signing: { confirmAfterMs: 600_000 } });
    // The stream's request is held before it reaches the platform: the confirmation's event has no listener yet.
    const connect = platform.hold((call) => call.path === "/v1/notification-stream", "before");
    await renderLive(platform);
    await signWith(/Viettel MySign/);
    await expect.element(page.getByText(/Mở ứng dụng MySign/)).toBeVisible();
    platform.confirmInApp();
    await expect.element(page.getByTestId("live")).toHaveAttribute("data-state", "connecting");
    expect(page.getByText(/Mở ứng dụng MySign/).elements()).toHaveLength(1);
    connect();
    await expect.element(page.getByTestId("live")).toHaveAttribute("data-state", "open");
    await expect.element(dialog("Đã ký số thành công")).toBeVisible();
    const polls = platform.calls.filter(
      (call) => call.method === "GET" && call.path.startsWith("/v1/signing/requests/"),
    );
    expect(polls).toHaveLength(1);
  });

  it("live: an event that arrives before the request's answer is kept for it", async () => {
    const platform = createTestPlatform({ signing: { confirmAfterMs: 600_000 } });
    await renderLive(platform);
    await expect.element(page.getByTestId("live")).toHaveAttribute("data-state", "open");
    // The platform creates the request, but its answer is held: the user confirms in the app meanwhile.
    const answer = platform.hold((call) => call.method === "POST" && call.path === "/v1/signing/requests");
    await signWith(/Viettel MySign/);
    await expect.poll(() => platform.created()).toHaveLength(1);
    platform.confirmInApp();
    await expect
      .element(page.getByTestId("live"))
      .toHaveAttribute("data-last-event", "signing.status_changed");
    answer();
    await expect.element(dialog("Đã ký số thành công")).toBeVisible();
  });

  it("OTP: one-time-code field, a wrong code counts down the attempts, a pasted code with a space works", async () => {
    const platform = createTestPlatform({ scenarios: ["signing_needs_otp"] });
    await render(<Prompt platform={platform} />);
    await button("Ký số văn bản").click();
    await button("Tiếp tục").click();
    await page.getByRole("radio", { name: /NEAC/ }).click();
    // One valid certificate is chosen for the user; the revoked one says so and cannot be chosen.
    await expect.element(page.getByText("Đã bị thu hồi")).toBeVisible();
    await button("Tiếp tục").click();
    await button("Ký số").click();

    const field = page.getByLabelText("Mã OTP (6 chữ số)");
    await expect.element(field).toHaveAttribute("autocomplete", "one-time-code");
    await expect.element(field).toHaveAttribute("inputmode", "numeric");
    await expect.element(field).toHaveFocus();
    await expect.element(page.getByText("Còn 3 lần thử")).toBeVisible();
    await button("Xác nhận").click();
    await expect.element(page.getByText("Hãy nhập đủ 6 chữ số.")).toBeVisible();

    await userEvent.fill(field, "111111");
    await userEvent.keyboard("{Enter}");
    await expect.element(page.getByText("Mã OTP không đúng.")).toBeVisible();
    await expect.element(page.getByText("Còn 2 lần thử")).toBeVisible();
    await expect.element(field).toHaveValue("");

    await userEvent.fill(field, "123 456");
    await expect.element(field).toHaveValue("123456");
    await button("Xác nhận").click();
    await expect.element(dialog("Đã ký số thành công")).toBeVisible();
    expect(platform.calls.filter((call) => call.path.endsWith("/confirmation"))).toHaveLength(2);
  });

  it("OTP: too many wrong codes ends the request; signing again is a new request", async () => {
    const platform = createTestPlatform({ scenarios: ["signing_needs_otp"], signing: { otpAttempts: 1 } });
    await render(<Prompt platform={platform} />);
    await signWith(/Viettel MySign/);
    await userEvent.fill(page.getByLabelText("Mã OTP (6 chữ số)"), "000000");
    await button("Xác nhận").click();
    await expect.element(page.getByRole("alert")).toHaveTextContent("Đã nhập sai OTP quá số lần cho phép.");
    await button("Ký lại").click();
    await expect.element(page.getByLabelText("Mã OTP (6 chữ số)")).toBeVisible();
    const keys = platform.calls.filter(isCreate).map((call) => call.idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]);
    expect(platform.created()).toHaveLength(2);
  });

  it("OTP: resend (after its countdown) cancels the request and starts a new one", async () => {
    const platform = await otpResendReady();
    await button("Gửi lại mã").click();
    await expect.poll(() => platform.created()).toHaveLength(2);
    const [old = "", fresh = ""] = platform.created();
    await expect.poll(() => platform.store.signingRequests.get(old)?.state).toBe("cancelled");
    expect(platform.store.signingRequests.get(fresh)?.state).toBe("awaiting_user");
    await expect.element(page.getByLabelText("Mã OTP (6 chữ số)")).toBeVisible();
  });

  it("OTP: resend waits for the old request's cancellation before creating the new one (no 409 of its own)", async () => {
    const platform = await otpResendReady();
    // The cancellation is slow to reach the platform: a create sent meanwhile would meet the old, still open,
    // request and be refused with 409 signing_request_open.
    const release = platform.hold(isCancel, "before");
    await button("Gửi lại mã").click();
    await expect.poll(() => platform.calls.filter(isCancel)).toHaveLength(1);
    expect(platform.calls.filter(isCreate)).toHaveLength(1);
    release();
    await expect.poll(() => platform.created()).toHaveLength(2);
    const [old = "", fresh = ""] = platform.created();
    expect(platform.store.signingRequests.get(old)?.state).toBe("cancelled");
    expect(platform.store.signingRequests.get(fresh)?.state).toBe("awaiting_user");
    expect(platform.calls.filter(isCreate).map((call) => call.status)).toEqual([201, 201]);
    await expect.element(page.getByLabelText("Mã OTP (6 chữ số)")).toBeVisible();
  });

  it("expired: the countdown reaches zero, and reauthorising creates a new intent", async () => {
    const platform = createTestPlatform({
      scenarios: [{ name: "signing", outcome: "expire", transactionSeconds: 1 }],
    });
    await render(<Prompt platform={platform} />);
    await signWith(/Viettel MySign/);
    await expect
      .element(page.getByRole("alert"))
      .toHaveTextContent("Giao dịch ký đã hết hạn. Vui lòng ký lại.");
    platform.store.signing.outcome = "complete";
    await button("Xác thực lại và ký").click();
    await expect.element(dialog("Đã ký số thành công")).toBeVisible();
    expect(platform.created()).toHaveLength(2);
    const keys = platform.calls.filter(isCreate).map((call) => call.idempotencyKey);
    expect(new Set(keys).size).toBe(2);
  });

  it("rejected in the app: a distinct failure with 'sign again'", async () => {
    const platform = createTestPlatform({ scenarios: ["signing_rejected"] });
    await render(<Prompt platform={platform} />);
    await signWith(/Viettel MySign/);
    const alert = page.getByRole("alert");
    await expect.element(alert).toHaveTextContent("Bạn đã từ chối ký trên ứng dụng.");
    await expect.element(alert).toHaveAttribute("data-failure", "user_rejected");
    await expect.element(button("Ký lại")).toBeVisible();
  });

  it("providers down: every method says so and nothing can be chosen", async () => {
    const platform = createTestPlatform({ scenarios: ["signing_unavailable"] });
    await render(<Prompt platform={platform} />);
    await button("Ký số văn bản").click();
    await button("Tiếp tục").click();
    await expect.element(page.getByRole("radio", { name: /VNPT SmartCA/ })).toBeDisabled();
    expect(page.getByText("Tạm thời không khả dụng").elements().length).toBeGreaterThanOrEqual(3);
    await expect.element(button("Tiếp tục")).toBeDisabled();
  });

  it("cancel asks first (button or Escape), then cancels on the server and closes", async () => {
    const platform = createTestPlatform({ signing: { confirmAfterMs: 60_000 } });
    const onCancelled = vi.fn();
    await render(<Prompt platform={platform} onCancelled={onCancelled} />);
    await signWith(/Viettel MySign/);
    await expect.element(page.getByText(/Mở ứng dụng MySign/)).toBeVisible();
    await button("Hủy giao dịch").click();
    const ask = page.getByRole("alertdialog", { name: "Hủy giao dịch ký?" });
    await expect.element(ask).toBeVisible();
    await expect.element(ask.getByRole("button", { name: "Tiếp tục ký" })).toHaveFocus();
    await ask.getByRole("button", { name: "Tiếp tục ký" }).click();
    await expect.element(ask).not.toBeInTheDocument();
    await userEvent.keyboard("{Escape}");
    await expect.element(ask).toBeVisible();
    // Escape did not close the signing dialog (hidden from assistive tech while the question is asked).
    expect(document.querySelector('.cqs-signing-prompt[data-step="waiting"]')).not.toBeNull();
    await ask.getByRole("button", { name: "Hủy giao dịch" }).click();
    await expect.poll(() => document.querySelector(".cqs-signing-prompt")).toBeNull();
    const [requestId = ""] = platform.created();
    expect(platform.store.signingRequests.get(requestId)?.state).toBe("cancelled");
    expect(onCancelled).toHaveBeenCalledTimes(1);
    await expect.element(button("Ký số văn bản")).toHaveFocus();
  });

  it("VGCA plugin: install help when missing; once detected, each document is signed locally and uploaded", async () => {
    const platform = createTestPlatform();
    let installed = false;
    const signed: number[] = [];
    const plugin: SigningPlugin = {
      detect: () => installed,
      sign: async ({ itemIndex }) => {
        signed.push(itemIndex);
        return new Blob([`%PDF-1.7 signed item ${itemIndex}`], { type: "application/pdf" });
      },
    };
    await render(<Prompt platform={platform} count={2} plugin={plugin} />);
    await button("Ký số văn bản").click();
    await button("Tiếp tục").click();
    const vgca = page.getByRole("radio", { name: /VGCA/ });
    await expect.element(vgca).toBeDisabled();
    await expect
      .element(page.getByText("Chưa phát hiện phần mềm ký số VGCA trên máy tính này."))
      .toBeVisible();
    await expect
      .element(page.getByRole("link", { name: "Tải phần mềm ký số VGCA" }))
      .toHaveAttribute("href", "https://ca.gov.vn");
    installed = true;
    await button("Kiểm tra lại").click();
    await vgca.click();
    await button("Tiếp tục").click();
    await button("Ký số").click();
    await expect.element(dialog("Đã ký số thành công")).toBeVisible();
    expect(signed).toEqual([0, 1]);
    expect(platform.calls.filter((call) => call.path.endsWith("/signed-files"))).toHaveLength(2);
    expect(platform.created()).toHaveLength(1);
  });

  it("works by keyboard alone, and Escape closes it when nothing is live", async () => {
    const platform = createTestPlatform();
    await render(<Prompt platform={platform} />);
    (button("Ký số văn bản").element() as HTMLElement).focus();
    await userEvent.keyboard("{Enter}");
    await expect.element(page.getByRole("heading", { name: "Kiểm tra văn bản cần ký" })).toHaveFocus();
    await tabTo("Tiếp tục");
    await userEvent.keyboard("{Enter}");
    await expect.element(page.getByRole("heading", { name: "Chọn phương thức ký" })).toHaveFocus();
    await tabTo(/Ban Cơ yếu|VNPT SmartCA/);
    // Arrow keys move between the enabled radios (the plugin is not installed here).
    await userEvent.keyboard("{ArrowDown}");
    await expect.element(page.getByRole("radio", { name: /Viettel MySign/ })).toBeChecked();
    await tabTo("Tiếp tục");
    await userEvent.keyboard("{Enter}");
    await expect.element(page.getByRole("heading", { name: "Xác nhận ký số" })).toHaveFocus();
    await tabTo("Quay lại");
    await userEvent.keyboard("{Enter}");
    await expect.element(page.getByRole("radio", { name: /Viettel MySign/ })).toBeChecked();
    await userEvent.keyboard("{Escape}");
    await expect.element(dialog("Chọn phương thức ký")).not.toBeInTheDocument();
    await expect.element(button("Ký số văn bản")).toHaveFocus();
  });

  it("speaks English with the provider's locale", async () => {
    const platform = createTestPlatform({ signing: { confirmAfterMs: 60_000 } });
    await render(<Prompt platform={platform} locale="en" />);
    await button("Ký số văn bản").click();
    await expect.element(dialog("Check the documents to sign")).toBeVisible();
    await button("Continue").click();
    await page.getByRole("radio", { name: /VNPT SmartCA/ }).click();
    await page
      .getByRole("radio", { name: /VNPT-CA/ })
      .first()
      .click();
    await button("Continue").click();
    await button("Sign").click();
    await expect.element(page.getByText(/^Open the SmartCA app to confirm — 0[34]:\d\d left$/)).toBeVisible();
  });
});

/** Presses Tab until the focused element's accessible text matches (at most 15 times). */
async function tabTo(name: string | RegExp) {
  for (let presses = 0; presses < 15; presses += 1) {
    await userEvent.tab();
    const active = document.activeElement as HTMLElement | null;
    const label = active?.closest("label")?.textContent ?? active?.textContent ?? "";
    if (typeof name === "string" ? label.trim() === name : name.test(label)) return;
  }
  throw new Error(`focus never reached ${String(name)}`);
}

/** One document to sign over the live stream, polling too rarely to matter, with a probe of the stream. */
function renderLive(platform: TestPlatform) {
  return render(
    <Connected platform={platform} live>
      <LiveProbe />
      <SigningPrompt documents={platform.documents(1)} pollInterval={600_000}>
        <button type="button">Ký số văn bản</button>
      </SigningPrompt>
    </Connected>,
  );
}

/** The stream's state and the type of the last event it delivered, for tests to wait on. */
function LiveProbe() {
  const { live } = useConnection("LiveProbe");
  const [lastEvent, setLastEvent] = useState<string>();
  useEffect(() => live.subscribe((event) => setLastEvent(event.type)), [live]);
  return <span data-testid="live" data-state={useLiveState()} data-last-event={lastEvent} />;
}
