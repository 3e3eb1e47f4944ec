import { describe, expect, it, vi } from "vitest";
import { page } from "vitest/browser";
import { render } from "vitest-browser-react";
import { ChinhQuyenSoProvider } from "../provider";
import { SigningError } from "./errors";
import { SigningPrompt } from "./SigningPrompt";
import { DATA_NOW } from "./SigningPrompt.test-support";
import type { SigningActions } from "./types";

const button = (name: string | RegExp) => page.getByRole("button", { name, exact: typeof name === "string" });
const dialog = (name: string) => page.getByRole("dialog", { name });

const certificate = (serial: string, status: string) => ({
  serial,
  subject: `CN=Nguyễn Văn A ${serial}`,
  issuer: "VNPT-CA",
  validFrom: "2025-01-01T00:00:00+07:00",
  validTo: "2027-01-01T00:00:00+07:00",
  status,
});

const remoteProvider = {
  provider: "smartca",
  name: "VNPT SmartCA",
  flow: "remote",
  available: true,
  confirmation: "app",
  transactionSeconds: 240,
};

function failingActions(code: string): SigningActions {
  return {
    createRequest: () => Promise.reject(new SigningError(code)),
    getRequest: () => Promise.reject(new SigningError("failed")),
    confirm: () => Promise.reject(new SigningError("failed")),
    cancel: () => Promise.reject(new SigningError("failed")),
  };
}

describe("SigningPrompt (Chromium, controlled)", () => {
  it("certificate expired at the provider: says so and goes back to choose another", async () => {
    await render(
      <ChinhQuyenSoProvider now={() => new Date(DATA_NOW)}>
        <SigningPrompt
          defaultOpen
          documents={[{ id: "doc_1", number: "12/QĐ-UBND", subject: "Quyết định phê duyệt" }]}
          actions={failingActions("certificate_expired")}
          providers={[remoteProvider]}
          certificates={{ smartca: [certificate("aa01", "valid")] }}
        />
      </ChinhQuyenSoProvider>,
    );
    await button("Tiếp tục").click();
    await page.getByRole("radio", { name: /VNPT SmartCA/ }).click();
    await button("Tiếp tục").click();
    await button("Ký số").click();
    await expect.element(page.getByRole("alert")).toHaveTextContent("Chứng thư số đã hết hạn.");
    await button("Chọn chứng thư khác").click();
    await expect.element(dialog("Chọn phương thức ký")).toBeVisible();
    await expect.element(page.getByRole("radio", { name: /VNPT SmartCA/ })).toBeChecked();
  });

  it("renders unknown values as their raw codes and refuses lists it cannot sign", async () => {
    const documents = Array.from({ length: 51 }, (_, index) => ({
      id: `doc_${index}`,
      subject: `Văn bản ${index}`,
    }));
    const { rerender } = await render(
      <SigningPrompt
        defaultOpen
        documents={documents}
        actions={failingActions("failed")}
        providers={[
          {
            provider: "bkav_remote",
            name: "Bkav Remote",
            flow: "remote",
            available: true,
            confirmation: "face_id",
          },
        ]}
        certificates={{ bkav_remote: [certificate("bb01", "valid"), certificate("bb02", "suspended")] }}
      />,
    );
    await expect
      .element(page.getByRole("alert"))
      .toHaveTextContent("Mỗi lượt ký tối đa 50 văn bản; bạn đã chọn 51. Hãy chia thành nhiều lượt.");
    await expect.element(button("Tiếp tục")).toHaveAttribute("aria-disabled", "true");
    await rerender(
      <SigningPrompt
        defaultOpen
        documents={documents.slice(0, 1)}
        kind={"sealed_copy" as never}
        actions={failingActions("hsm_on_fire")}
        providers={[
          {
            provider: "bkav_remote",
            name: "Bkav Remote",
            flow: "remote",
            available: true,
            confirmation: "face_id",
          },
        ]}
        certificates={{ bkav_remote: [certificate("bb01", "valid"), certificate("bb02", "suspended")] }}
      />,
    );
    await expect.element(page.getByText("Hình thức ký: sealed_copy")).toBeVisible();
    await button("Tiếp tục").click();
    await page.getByRole("radio", { name: /Bkav Remote/ }).click();
    await expect.element(page.getByText("Xác nhận theo hướng dẫn của nhà cung cấp")).toBeVisible();
    await expect.element(page.getByText("suspended", { exact: true })).toBeVisible();
    await button("Tiếp tục").click();
    await button("Ký số").click();
    await expect
      .element(page.getByRole("alert"))
      .toHaveTextContent("Ký số không thành công (mã lỗi: hsm_on_fire).");
  });

  it("leaves out malformed providers and certificates instead of crashing", async () => {
    await render(
      <SigningPrompt
        defaultOpen
        documents={[{ id: "doc_1" }]}
        actions={failingActions("failed")}
        providers={[null, { name: "no id" }, remoteProvider] as never}
        certificates={{ smartca: [null, certificate("aa01", "valid")] as never }}
      />,
    );
    await button("Tiếp tục").click();
    expect(page.getByRole("radio").elements()).toHaveLength(1);
    await page.getByRole("radio", { name: /VNPT SmartCA/ }).click();
    await expect.element(page.getByRole("radio", { name: /aa01/ })).toBeChecked();
  });

  it("without a client nor actions, the boundary shows a fallback and reports which widget", async () => {
    const onError = vi.fn();
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    await render(
      <ChinhQuyenSoProvider onError={onError}>
        <SigningPrompt documents={[{ id: "doc_1" }]} defaultOpen />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(page.getByRole("alert")).toHaveTextContent("Không hiển thị được hộp thoại ký số.");
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ message: expect.stringContaining("SigningPrompt: no platform client") }),
      expect.objectContaining({ widget: "SigningPrompt" }),
    );
    quiet.mockRestore();
  });
});
