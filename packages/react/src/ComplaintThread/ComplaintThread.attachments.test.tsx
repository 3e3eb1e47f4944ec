import { createClient } from "@chinhquyenso/client";
import { UPLOAD_LIMITS } from "@chinhquyenso/client/uploads";
import { QueryClient } from "@tanstack/react-query";
import { describe, expect, inject, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { dropFiles, pdfFile, pngFile } from "../internal/upload/fixtures";
import { ChinhQuyenSoProvider } from "../provider";
import { ComplaintThread } from "./ComplaintThread";
import { apiError, deferred, renderStaff, TEST_NOW } from "./ComplaintThread.test-support";
import type { FeedbackUpdateInput, PostUpdateHandler, WriteMeta } from "./types";

const LIMITS = UPLOAD_LIMITS["feedback.postUpdate"];
const pdf = (name: string, size = 2048) => pdfFile(name, size);
// 600 bytes exactly, for the progress arithmetic below.
const image600 = (name: string) => new File([new Uint8Array(600)], name, { type: "image/png" });

const fileInput = (container: HTMLElement) =>
  container.querySelector('input[type="file"]') as HTMLInputElement;
const live = (container: HTMLElement) =>
  container.querySelector(".cqs-complaint-thread__files [aria-live]")?.textContent ?? "";

describe("ComplaintThread attachments (Chromium)", () => {
  it("takes files from the picker and by drop, and says inline why it refuses a type, a size, one too many", async () => {
    const screen = await renderStaff({ onPostUpdate: vi.fn() });
    await expect
      .element(
        screen.getByText(
          `Tối đa ${LIMITS.maxFiles} tệp, mỗi tệp không quá 10 MB; nhận JPEG, PNG, WebP, PDF.`,
        ),
      )
      .toBeVisible();
    await userEvent.upload(fileInput(screen.container), [pdf("to-trinh.pdf")]);
    await expect.element(screen.getByRole("button", { name: "Bỏ tệp to-trinh.pdf" })).toBeVisible();
    dropFiles(screen.container, [
      new File(["<b>x</b>"], "trang.html", { type: "text/html" }),
      pdf("qua-lon.pdf", LIMITS.maxFileBytes + 1),
      ...Array.from({ length: LIMITS.maxFiles }, (_, index) => pdf(`trang-${index + 1}.pdf`)),
    ]);
    const alert = screen.getByRole("alert");
    await expect.element(alert).toHaveTextContent("trang.html: không nhận loại tệp này.");
    await expect.element(alert).toHaveTextContent("qua-lon.pdf: tệp lớn hơn 10 MB.");
    await expect
      .element(alert)
      .toHaveTextContent(`trang-10.pdf: đã đủ ${LIMITS.maxFiles} tệp, không thêm được.`);
    expect(screen.container.querySelectorAll(".cqs-upload__item")).toHaveLength(LIMITS.maxFiles);
    expect(live(screen.container)).toBe(`Đã thêm ${LIMITS.maxFiles - 1} tệp.`);
    // Removing one by keyboard frees a place.
    await screen.getByRole("button", { name: "Bỏ tệp trang-1.pdf" }).click();
    expect(screen.container.querySelectorAll(".cqs-upload__item")).toHaveLength(LIMITS.maxFiles - 1);
    expect(live(screen.container)).toBe("Đã bỏ tệp trang-1.pdf.");
  });

  it("requires a description of each image, shows its thumbnail, sends files and descriptions with per-file progress", async () => {
    const sent = deferred<unknown>();
    const calls: [FeedbackUpdateInput, WriteMeta][] = [];
    const onPostUpdate = vi.fn<PostUpdateHandler>((update, meta) => {
      calls.push([update, meta]);
      return sent.promise;
    });
    const screen = await renderStaff({ onPostUpdate });
    await screen.getByRole("radio", { name: /Ghi chú nội bộ/ }).click();
    await screen.getByRole("textbox", { name: "Nội dung" }).fill("Ảnh hiện trường và biên bản.");
    dropFiles(screen.container, [image600("o-ga.png"), pdf("bien-ban.pdf", 6000)]);
    await screen.getByRole("button", { name: "Lưu ghi chú nội bộ" }).click();
    const altField = screen.getByRole("textbox", { name: /Mô tả ảnh o-ga.png/ });
    await expect.element(altField).toHaveFocus();
    await expect.element(altField).toHaveAttribute("aria-invalid", "true");
    await expect.element(screen.getByRole("alert")).toHaveTextContent("Hãy mô tả ảnh o-ga.png");
    expect(onPostUpdate).not.toHaveBeenCalled();

    await altField.fill("Ổ gà sâu khoảng 20 cm trước nhà số 12");
    await expect
      .element(screen.getByRole("img", { name: "Ổ gà sâu khoảng 20 cm trước nhà số 12" }))
      .toHaveAttribute("src", expect.stringMatching(/^blob:/));
    await screen.getByRole("button", { name: "Lưu ghi chú nội bộ" }).click();
    expect(onPostUpdate).toHaveBeenCalledTimes(1);
    const [update, meta] = calls[0] as [FeedbackUpdateInput, WriteMeta];
    expect(update.files?.map((file) => file.name)).toEqual(["o-ga.png", "bien-ban.pdf"]);
    expect(update.fileAlts).toEqual(["Ổ gà sâu khoảng 20 cm trước nhà số 12", ""]);
    expect(meta.signal?.aborted).toBe(false);

    // 600 + 6000 bytes of files in a 6800-byte body: half of it is the image and 2700 bytes of the PDF.
    meta.onUploadProgress?.({ loaded: 3400, total: 6800 });
    const bars = screen.getByRole("progressbar");
    await expect
      .element(screen.getByRole("progressbar", { name: "Tiến độ tải lên o-ga.png" }))
      .toHaveValue(100);
    await expect
      .element(screen.getByRole("progressbar", { name: "Tiến độ tải lên bien-ban.pdf" }))
      .toHaveValue(45);
    expect(bars.elements()).toHaveLength(2);
    expect(live(screen.container)).toBe("bien-ban.pdf: đã tải lên 25%.");
    sent.resolve({
      id: "te_900",
      entryType: "internal_note",
      body: "x",
      at: TEST_NOW.toISOString(),
      author: { id: "u", name: "A" },
    });
    await expect.poll(() => screen.container.querySelectorAll(".cqs-upload__item").length).toBe(0);
  });

  it("cancels one file (the reply stays, the rest sent again with a new key) and retries a failed send with the same key", async () => {
    const calls: [FeedbackUpdateInput, WriteMeta][] = [];
    const outcomes = [deferred<unknown>(), deferred<unknown>(), deferred<unknown>()];
    const onPostUpdate = vi.fn<PostUpdateHandler>((update, meta) => {
      const outcome = outcomes[calls.length] as ReturnType<typeof deferred<unknown>>;
      calls.push([update, meta]);
      meta.signal?.addEventListener("abort", () => outcome.reject(new DOMException("aborted", "AbortError")));
      return outcome.promise;
    });
    const screen = await renderStaff({ onPostUpdate });
    await screen.getByRole("radio", { name: /Trả lời công khai/ }).click();
    await screen.getByRole("textbox", { name: "Nội dung" }).fill("Kèm văn bản trả lời.");
    dropFiles(screen.container, [pdf("cong-van.pdf"), pdf("phu-luc.pdf")]);
    await screen.getByRole("button", { name: "Gửi trả lời công khai" }).click();
    await screen.getByRole("button", { name: "Hủy tải lên phu-luc.pdf" }).click();
    await expect.poll(() => live(screen.container)).toBe("Đã hủy tải lên phu-luc.pdf.");
    expect(calls[0]?.[1].signal?.aborted).toBe(true);
    expect(screen.container.querySelectorAll(".cqs-upload__item")).toHaveLength(1);
    await expect
      .element(screen.getByRole("textbox", { name: "Nội dung" }))
      .toHaveValue("Kèm văn bản trả lời.");
    expect(screen.getByRole("alert").elements()).toHaveLength(0);

    await screen.getByRole("button", { name: "Gửi trả lời công khai" }).click();
    expect(calls[1]?.[0].files?.map((file) => file.name)).toEqual(["cong-van.pdf"]);
    expect(calls[1]?.[1].idempotencyKey).not.toBe(calls[0]?.[1].idempotencyKey);
    outcomes[1]?.reject(Object.assign(new TypeError("Failed to fetch"), { name: "NetworkError" }));
    await expect.element(screen.getByText("Không tải lên được", { exact: true })).toBeVisible();
    await screen.getByRole("button", { name: "Thử lại cong-van.pdf" }).click();
    // The outcome of the failed send is unknown: the retry carries the same key, so the platform acts once.
    expect(calls[2]?.[1].idempotencyKey).toBe(calls[1]?.[1].idempotencyKey);
    outcomes[2]?.reject(apiError(413));
    await expect.element(screen.getByText("Không tải lên được", { exact: true })).toBeVisible();
  });
});

describe("ComplaintThread attachments over real HTTP (Chromium, sandbox on loopback)", () => {
  it("uploads through XMLHttpRequest with progress; the platform stores each file with its description", async () => {
    const baseUrl = inject("sandboxUrl");
    const client = createClient({ baseUrl, auth: { token: () => "sbx-officer" }, retry: false });
    const [target] = (await client.feedback.list({ status: ["in_progress"], limit: 1 })).items;
    if (!target) throw new Error("the sandbox has no feedback in progress for the officer");
    const opened = vi.spyOn(XMLHttpRequest.prototype, "open");
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const screen = await render(
      <ChinhQuyenSoProvider client={client} queryClient={queryClient} live={false} now={() => TEST_NOW}>
        <ComplaintThread audience="staff" feedbackId={target.id} assignees={[]} />
      </ChinhQuyenSoProvider>,
    );
    await screen.getByRole("radio", { name: /Ghi chú nội bộ/ }).click();
    await screen.getByRole("textbox", { name: "Nội dung" }).fill("Biên bản kiểm tra hiện trường.");
    dropFiles(screen.container, [pdf("bien-ban-kiem-tra.pdf", 1_500_000), pngFile("hien-truong.png")]);
    await screen
      .getByRole("textbox", { name: /Mô tả ảnh hien-truong.png/ })
      .fill("Cột đèn số 14 đã thay bóng");
    await screen.getByRole("button", { name: "Lưu ghi chú nội bộ" }).click();
    await expect.poll(() => screen.container.querySelectorAll(".cqs-upload__item").length).toBe(0);
    expect(opened.mock.calls.map(([method, url]) => `${method} ${new URL(String(url)).pathname}`)).toEqual([
      `POST /v1/feedback/${target.id}/thread`,
    ]);
    opened.mockRestore();
    const thread = await client.feedback.thread(target.id, { limit: 100 });
    const posted = thread.items.find((entry) => entry.body === "Biên bản kiểm tra hiện trường.");
    expect(posted?.attachments).toMatchObject([
      { name: "bien-ban-kiem-tra.pdf", size: 1_500_000, alt: null },
      { name: "hien-truong.png", contentType: "image/png", alt: "Cột đèn số 14 đã thay bóng" },
    ]);
  });
});
