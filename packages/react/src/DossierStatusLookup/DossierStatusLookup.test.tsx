import { dossierLookupPin } from "@chinhquyenso/mocks";
import { HttpResponse, http } from "msw";
import { describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { Connected, createPlatform } from "../support/platform.test-support";
import { DossierStatusLookup } from "./DossierStatusLookup";

async function lookUp(screen: Awaited<ReturnType<typeof render>>, code: string, pin: string) {
  await userEvent.fill(screen.getByRole("textbox", { name: "Mã hồ sơ" }), code);
  await userEvent.fill(screen.getByRole("textbox", { name: "Mã tra cứu" }), pin);
  await userEvent.click(screen.getByRole("button", { name: "Tra cứu" }));
}

describe("DossierStatusLookup (Chromium)", () => {
  it("checks the input before asking: an empty code, a PIN that is not six digits", async () => {
    const onLookup = vi.fn();
    const screen = await render(<DossierStatusLookup onLookup={onLookup} />);
    await userEvent.click(screen.getByRole("button", { name: "Tra cứu" }));
    const code = screen.getByRole("textbox", { name: "Mã hồ sơ" });
    await expect.element(code).toHaveAttribute("aria-invalid", "true");
    await expect.element(code).toHaveFocus();
    await expect.element(code).toHaveAccessibleDescription(/Nhập mã hồ sơ\./);
    await userEvent.fill(code, "000.00.04.H29-261120-0007");
    await userEvent.fill(screen.getByRole("textbox", { name: "Mã tra cứu" }), "12a4");
    await userEvent.keyboard("{Enter}");
    await expect.element(screen.getByRole("textbox", { name: "Mã tra cứu" })).toHaveFocus();
    expect(onLookup).not.toHaveBeenCalled();
  });

  it("finds a dossier awaiting payment by code and PIN: plain status, next step, amount, paused date", async () => {
    const platform = createPlatform();
    const record = [...platform.handlers.store.dossiers.values()].find(
      (item) => item.status === "awaiting_payment" && item.fees.some((fee) => fee.state !== "paid"),
    );
    if (!record) throw new Error("the data set has no dossier awaiting payment");
    const screen = await render(
      <Connected platform={platform}>
        <DossierStatusLookup />
      </Connected>,
    );
    await lookUp(screen, record.code, dossierLookupPin(platform.handlers.store, record.code));
    const heading = screen.getByRole("heading", { name: `Hồ sơ ${record.code}` });
    await expect.element(heading).toHaveFocus();
    await expect.element(screen.getByTestId("status-text")).toHaveTextContent(/chờ bạn nộp phí/);
    await expect.element(screen.getByText(/Nộp phí, lệ phí hoặc nghĩa vụ tài chính/)).toBeVisible();
    await expect.element(screen.getByText(/Số tiền cần nộp: .*₫/)).toBeVisible();
    await expect.element(screen.getByText(/Thời hạn đang tạm dừng/)).toBeVisible();
    // The PIN travelled in a header, never in the URL.
    const sent = platform.requests.find((request) => request.url.includes("/public/dossier-status/"));
    expect(sent?.url).not.toContain(dossierLookupPin(platform.handlers.store, record.code));
    expect(sent?.headers.get("x-lookup-pin")).toBe(dossierLookupPin(platform.handlers.store, record.code));
  });

  it("never renders internal data, even when a platform sends it", async () => {
    const platform = createPlatform();
    platform.overrides.push(
      http.get("*/v1/public/dossier-status/:code", ({ params }) =>
        HttpResponse.json({
          code: params.code,
          procedureName: "Đăng ký thường trú",
          agencyName: "Công an phường Thủ Dầu Một",
          status: "processing",
          statusId: 4,
          receivedAt: "2026-11-20T09:00:00+07:00",
          dueAt: "2026-12-02T17:00:00+07:00",
          returnedAt: null,
          pausedAt: null,
          amountDue: null,
          // What must never reach a citizen's screen:
          applicant: { fullName: "Nguyễn Văn Bí Mật", citizenId: "079123456789", phone: "0912345678" },
          assignee: { id: "u_102", name: "Trần Cán Bộ" },
          internalNote: "GHI CHÚ NỘI BỘ",
          currentStep: "Thẩm định nội bộ",
        }),
      ),
    );
    const screen = await render(
      <Connected platform={platform}>
        <DossierStatusLookup />
      </Connected>,
    );
    await lookUp(screen, "000.00.04.H29-261120-0007", "123456");
    await expect
      .element(screen.getByTestId("status-text"))
      .toHaveTextContent("Hồ sơ đang được cơ quan giải quyết.");
    const text = screen.container.textContent ?? "";
    for (const secret of [
      "Bí Mật",
      "079123456789",
      "0912345678",
      "Trần Cán Bộ",
      "NỘI BỘ",
      "Thẩm định nội bộ",
      "u_102",
    ])
      expect(text).not.toContain(secret);
    expect(screen.container.innerHTML).not.toContain("079123456789");
  });

  it.each([
    [404, /Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu này/],
    [429, /thử lại sau 2 phút/],
    [503, /Chưa tra cứu được/],
  ])("designs the %s answer", async (status, message) => {
    const platform = createPlatform();
    platform.overrides.push(
      http.get("*/v1/public/dossier-status/:code", () =>
        HttpResponse.json(
          { type: "about:blank", title: "x", status, code: "x", retryAfter: 90 },
          { status, headers: { "content-type": "application/problem+json", "retry-after": "90" } },
        ),
      ),
    );
    const screen = await render(
      <Connected platform={platform}>
        <DossierStatusLookup />
      </Connected>,
    );
    await lookUp(screen, "000.00.04.H29-261120-0007", "123456");
    await expect.element(screen.getByRole("alert")).toHaveTextContent(message);
  });

  it("answers a wrong PIN exactly like an unknown code, and locks after repeated tries", async () => {
    const platform = createPlatform();
    const code = [...platform.handlers.store.dossiers.keys()][3] ?? "";
    const right = dossierLookupPin(platform.handlers.store, code);
    const wrong = right === "000000" ? "111111" : "000000";
    const screen = await render(
      <Connected platform={platform} locale="en">
        <DossierStatusLookup />
      </Connected>,
    );
    await userEvent.fill(screen.getByRole("textbox", { name: "Dossier code" }), code);
    await userEvent.fill(screen.getByRole("textbox", { name: "Lookup PIN" }), wrong);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await userEvent.click(screen.getByRole("button", { name: "Check" }));
      await expect.element(screen.getByRole("alert")).toHaveTextContent(/No application matches/);
    }
    await userEvent.fill(screen.getByRole("textbox", { name: "Lookup PIN" }), right);
    await userEvent.click(screen.getByRole("button", { name: "Check" }));
    await expect
      .element(screen.getByRole("alert"))
      .toHaveTextContent(/Too many wrong attempts. Try again in 15 minutes/);
  });
});
