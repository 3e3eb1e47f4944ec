// "One request never produces two signing transactions": double click, retry, remount (and reload) and network
// drop, each counted in the platform's store (the mocks' stateful handlers) and in the calls that reached it.
import { beforeEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { SigningPrompt } from "./SigningPrompt";
import {
  Connected,
  createTestPlatform,
  isCreate,
  isPoll,
  type TestPlatform,
} from "./SigningPrompt.test-support";
import type { SigningDocument } from "./types";

beforeEach(() => {
  sessionStorage.clear();
});

function Prompt({ platform, documents }: { platform: TestPlatform; documents: SigningDocument[] }) {
  return (
    <Connected platform={platform}>
      <SigningPrompt documents={documents} pollInterval={100}>
        <button type="button">Ký số văn bản</button>
      </SigningPrompt>
    </Connected>
  );
}

/** Opens the prompt and goes to the confirm step with Viettel MySign (one valid certificate). */
async function toConfirm() {
  await page.getByRole("button", { name: "Ký số văn bản" }).click();
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await page.getByRole("radio", { name: /Viettel MySign/ }).click();
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect.element(page.getByRole("dialog", { name: "Xác nhận ký số" })).toBeVisible();
}

const waitingForApp = () => page.getByText(/Mở ứng dụng MySign để xác nhận — còn \d\d:\d\d/);
const creates = (platform: TestPlatform) => platform.calls.filter(isCreate);

describe("one confirmation, one signing transaction (Chromium)", () => {
  it("double click: a second click on Sign creates nothing", async () => {
    const platform = createTestPlatform({ signing: { confirmAfterMs: 60_000 } });
    await render(<Prompt platform={platform} documents={platform.documents(1)} />);
    await toConfirm();
    const sign = page.getByRole("button", { name: "Ký số" });
    const element = sign.element() as HTMLButtonElement;
    await userEvent.dblClick(sign);
    // And two more clicks on the very same element, as fast as the DOM allows.
    element.click();
    element.click();
    await expect.element(waitingForApp()).toBeVisible();
    expect(creates(platform)).toHaveLength(1);
    expect(platform.created()).toHaveLength(1);
  });

  it("retry: an answer lost after the platform acted is retried with the same key, and the platform acts once", async () => {
    const platform = createTestPlatform({ signing: { confirmAfterMs: 60_000 } });
    platform.dropAfter(isCreate);
    await render(<Prompt platform={platform} documents={platform.documents(2)} />);
    await toConfirm();
    await page.getByRole("button", { name: "Ký số" }).click();
    await expect.element(page.getByRole("alert")).toHaveTextContent("Mất kết nối tới hệ thống.");
    await expect.element(page.getByRole("alert")).toHaveTextContent("không tạo giao dịch mới");
    await page.getByRole("button", { name: "Thử lại" }).click();
    await expect.element(waitingForApp()).toBeVisible();
    const keys = creates(platform).map((call) => call.idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(platform.created()).toHaveLength(1);
  });

  it("remount: a new mount resumes the pending request instead of creating another", async () => {
    const platform = createTestPlatform({ signing: { confirmAfterMs: 600_000 } });
    const documents = platform.documents(2);
    const first = await render(<Prompt platform={platform} documents={documents} />);
    await toConfirm();
    await page.getByRole("button", { name: "Ký số" }).click();
    await expect.element(waitingForApp()).toBeVisible();
    const [requestId] = platform.created();
    await first.unmount();

    // The same documents in another order: the same intent.
    await render(<Prompt platform={platform} documents={[...documents].reverse()} />);
    await page.getByRole("button", { name: "Ký số văn bản" }).click();
    await expect.element(waitingForApp()).toBeVisible();
    platform.confirmInApp();
    await expect.element(page.getByRole("dialog", { name: "Đã ký số thành công" })).toBeVisible();
    expect(creates(platform)).toHaveLength(1);
    expect(platform.created()).toEqual([requestId]);
    expect(
      platform.calls.some(
        (call) => call.method === "GET" && call.path === `/v1/signing/requests/${requestId}`,
      ),
    ).toBe(true);
  });

  it("remount while the create call is in flight: the new mount joins it", async () => {
    const platform = createTestPlatform({ signing: { confirmAfterMs: 60_000 } });
    const documents = platform.documents(1);
    const release = platform.hold(isCreate);
    const first = await render(<Prompt platform={platform} documents={documents} />);
    await toConfirm();
    await page.getByRole("button", { name: "Ký số" }).click();
    await expect.element(page.getByRole("dialog", { name: "Đang gửi yêu cầu ký" })).toBeVisible();
    await first.unmount();

    await render(<Prompt platform={platform} documents={documents} />);
    await page.getByRole("button", { name: "Ký số văn bản" }).click();
    await expect.element(page.getByText("Đang tiếp tục yêu cầu ký còn dang dở…")).toBeVisible();
    release();
    await expect.element(waitingForApp()).toBeVisible();
    expect(creates(platform)).toHaveLength(1);
    expect(platform.created()).toHaveLength(1);
  });

  it("reload: with only the stored intent left, the same key is sent again and the platform answers the same request", async () => {
    const platform = createTestPlatform({ signing: { confirmAfterMs: 60_000 } });
    const documents = platform.documents(1);
    platform.dropAfter(isCreate);
    const first = await render(<Prompt platform={platform} documents={documents} />);
    await toConfirm();
    await page.getByRole("button", { name: "Ký số" }).click();
    await expect.element(page.getByRole("alert")).toHaveTextContent("Mất kết nối tới hệ thống.");
    await first.unmount();

    await render(<Prompt platform={platform} documents={documents} />);
    await page.getByRole("button", { name: "Ký số văn bản" }).click();
    await expect.element(waitingForApp()).toBeVisible();
    const keys = creates(platform).map((call) => call.idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(platform.created()).toHaveLength(1);
  });

  it("close and reopen after a lost answer: the same intent is resumed, not a new one", async () => {
    const platform = createTestPlatform({ signing: { confirmAfterMs: 600_000 } });
    platform.dropAfter(isCreate);
    await render(<Prompt platform={platform} documents={platform.documents(1)} />);
    await toConfirm();
    await page.getByRole("button", { name: "Ký số" }).click();
    await expect.element(page.getByRole("alert")).toHaveTextContent("Mất kết nối tới hệ thống.");
    await page.getByRole("button", { name: "Đóng", exact: true }).first().click();
    await expect.element(page.getByRole("dialog")).not.toBeInTheDocument();
    await page.getByRole("button", { name: "Ký số văn bản" }).click();
    await expect.element(waitingForApp()).toBeVisible();
    const keys = creates(platform).map((call) => call.idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(platform.created()).toHaveLength(1);
  });

  it("network drop while waiting: polling goes on for the same request, nothing is created again", async () => {
    const platform = createTestPlatform({ signing: { confirmAfterMs: 60_000 } });
    await render(<Prompt platform={platform} documents={platform.documents(1)} />);
    await toConfirm();
    await page.getByRole("button", { name: "Ký số" }).click();
    await expect.element(waitingForApp()).toBeVisible();
    platform.offline(isPoll);
    await expect
      .element(page.getByText("Mất kết nối — đang thử lại. Giao dịch ký vẫn được giữ nguyên."))
      .toBeVisible();
    // The user confirms in the app meanwhile.
    platform.confirmInApp();
    const [requestId = ""] = platform.created();
    platform.restore();
    await expect.element(page.getByRole("dialog", { name: "Đã ký số thành công" })).toBeVisible();
    expect(creates(platform)).toHaveLength(1);
    expect(platform.created()).toEqual([requestId]);
  });
});
