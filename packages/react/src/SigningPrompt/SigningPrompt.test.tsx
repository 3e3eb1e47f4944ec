import { beforeEach, describe, expect, it, vi } from "vitest";
import { render } from "vitest-browser-react";
import { SigningPrompt } from "./SigningPrompt";
import { Connected, createTestPlatform, isCreate } from "./test-platform";

beforeEach(() => {
  sessionStorage.clear();
});

describe("SigningPrompt (Chromium, connected to the mocks' handlers)", () => {
  it("walks review → method → confirm → app confirmation with a countdown → success", async () => {
    const platform = createTestPlatform();
    const documents = platform.documents(2);
    const onSigned = vi.fn();
    const screen = await render(
      <Connected platform={platform}>
        <SigningPrompt documents={documents} pollInterval={100} onSigned={onSigned}>
          <button type="button">Ký số văn bản</button>
        </SigningPrompt>
      </Connected>,
    );
    await screen.getByRole("button", { name: "Ký số văn bản" }).click();
    const dialog = screen.getByRole("dialog", { name: "Kiểm tra văn bản cần ký" });
    await expect.element(dialog).toBeVisible();
    await expect.element(dialog).toHaveTextContent(documents[0]?.subject ?? "");
    // The fingerprint is computed from the downloaded PDF.
    await expect.element(dialog.getByText(/^[0-9A-F]{4}( [0-9A-F]{4}){15}$/).first()).toBeVisible();
    await screen.getByRole("button", { name: "Tiếp tục" }).click();

    await expect.element(screen.getByRole("dialog", { name: "Chọn phương thức ký" })).toBeVisible();
    await screen.getByRole("radio", { name: /VNPT SmartCA/ }).click();
    // Two valid certificates: one must be chosen; the expired one cannot be.
    const radios = screen.getByRole("radio", { name: /VNPT-CA/ });
    await expect.element(radios.nth(2)).toBeDisabled();
    await expect.element(screen.getByRole("button", { name: "Tiếp tục" })).toBeDisabled();
    await radios.first().click();
    await screen.getByRole("button", { name: "Tiếp tục" }).click();

    await expect
      .element(screen.getByRole("dialog", { name: "Xác nhận ký số" }))
      .toHaveTextContent("Bạn sắp ký 2 văn bản (Ký duyệt) bằng VNPT SmartCA.");
    await screen.getByRole("button", { name: "Ký số" }).click();
    await expect.element(screen.getByText(/Mở ứng dụng SmartCA để xác nhận — còn 0[34]:\d\d/)).toBeVisible();
    await expect.element(screen.getByRole("dialog", { name: "Đã ký số thành công" })).toBeVisible();
    expect(platform.created()).toHaveLength(1);
    expect(platform.calls.filter(isCreate)).toHaveLength(1);
    expect(onSigned).toHaveBeenCalledTimes(1);
    for (const document of documents) expect(platform.store.documents.get(document.id)?.state).toBe("signed");
    await expect
      .element(screen.getByText(/^Đã ký 2 văn bản lúc \d\d:\d\d \d\d\/\d\d\/2026\.$/))
      .toBeVisible();
    expect(screen.getByText("Đã ký", { exact: true }).elements()).toHaveLength(2);
  });
});
