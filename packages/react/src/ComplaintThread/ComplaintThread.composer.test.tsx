import type { ThreadEntry } from "@chinhquyenso/client";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { ComplaintThread } from "./ComplaintThread";
import { apiError, deferred, renderStaff, Staffed, visibleText } from "./ComplaintThread.test-support";
import { ASSIGNEES, OFFICER, sampleFeedback } from "./fixtures";
import type { FeedbackUpdateInput, PostUpdateHandler, WriteMeta } from "./types";

const reply = (body: string, id = "te_100"): ThreadEntry => ({
  id,
  entryType: "public_reply",
  body,
  at: "2026-11-26T09:05:00+07:00",
  author: OFFICER,
  attachments: [],
});

/** A host that keeps the draft itself (controlled) and upper-cases what is typed. */
function DraftHost({ changes }: { changes: string[] }) {
  const [draft, setDraft] = useState("Bản nháp");
  return (
    <Staffed>
      <ComplaintThread
        audience="staff"
        feedback={sampleFeedback()}
        entries={[]}
        draft={draft}
        onDraftChange={(next) => {
          changes.push(next);
          setDraft(next.toUpperCase());
        }}
        onPostUpdate={vi.fn()}
      />
    </Staffed>
  );
}

const sendShortcut = () => userEvent.keyboard("{Control>}{Enter}{/Control}");

// The composer and the actions: explicit choice, Ctrl+Enter, optimistic post, draft kept, idempotency keys,
// status change, assign, reopen.
describe("ComplaintThread composer (Chromium)", () => {
  it("will not send until staff choose public or internal, and says so where the choice is", async () => {
    const onPostUpdate = vi.fn<PostUpdateHandler>();
    const screen = await renderStaff({ onPostUpdate });
    await screen.getByRole("textbox", { name: "Nội dung" }).fill("Đã thay bóng đèn.");
    await sendShortcut();
    await expect
      .element(screen.getByRole("alert"))
      .toHaveTextContent("Hãy chọn gửi trả lời công khai hay lưu ghi chú nội bộ.");
    await expect.element(screen.getByRole("radio", { name: /Trả lời công khai/ })).toHaveFocus();
    expect(onPostUpdate).not.toHaveBeenCalled();
    await expect.element(screen.getByRole("radio", { name: /Ghi chú nội bộ/ })).not.toBeChecked();
  });

  it("sends with Ctrl+Enter, shows the post at once, then the platform's entry, and clears the choice", async () => {
    const sent = deferred<ThreadEntry>();
    const onPostUpdate = vi.fn<PostUpdateHandler>(() => sent.promise);
    const screen = await renderStaff({ onPostUpdate });
    await screen.getByRole("radio", { name: /Trả lời công khai/ }).click();
    await expect.element(screen.getByRole("button", { name: "Gửi trả lời công khai" })).toBeVisible();
    const textarea = screen.getByRole("textbox", { name: "Nội dung" });
    await textarea.fill("  Đã thay bóng đèn, mời anh kiểm tra.  ");
    await sendShortcut();

    expect(onPostUpdate).toHaveBeenCalledTimes(1);
    expect(onPostUpdate.mock.calls[0]?.[0]).toEqual({
      entryType: "public_reply",
      body: "Đã thay bóng đèn, mời anh kiểm tra.",
    });
    const pending = screen.container.querySelector('[data-delivery="sending"]') as HTMLElement;
    expect(visibleText(pending)).toContain("Đang gửi…");
    expect(visibleText(pending)).toContain("Đã thay bóng đèn, mời anh kiểm tra.");

    sent.resolve(reply("Đã thay bóng đèn, mời anh kiểm tra."));
    await expect.element(screen.getByRole("status").last()).toHaveTextContent("Đã gửi trả lời công khai.");
    expect(screen.container.querySelector('[data-delivery="sending"]')).toBeNull();
    expect(screen.container.querySelectorAll(".cqs-complaint-thread__timeline > li")).toHaveLength(6);
    await expect.element(textarea).toHaveValue("");
    await expect.element(screen.getByRole("radio", { name: /Trả lời công khai/ })).not.toBeChecked();
  });

  it("keeps the draft when sending fails, retries with the same key, and sends once on a double click", async () => {
    const first = deferred<ThreadEntry>();
    const second = deferred<ThreadEntry>();
    const calls: [FeedbackUpdateInput, WriteMeta][] = [];
    const onPostUpdate = vi.fn<PostUpdateHandler>((update, meta) => {
      calls.push([update, meta]);
      return calls.length === 1 ? first.promise : second.promise;
    });
    const screen = await renderStaff({ onPostUpdate });
    await screen.getByRole("radio", { name: /Ghi chú nội bộ/ }).click();
    await screen.getByRole("textbox", { name: "Nội dung" }).fill("Đã gọi Điện lực.");
    const submit = screen.getByRole("button", { name: "Lưu ghi chú nội bộ" });
    await submit.click();
    first.reject(apiError(503));
    const alert = screen.getByRole("alert");
    await expect.element(alert).toHaveTextContent("Hệ thống đang gặp sự cố nên chưa thực hiện được.");
    await expect.element(alert).toHaveTextContent("Nội dung bạn đã nhập vẫn được giữ nguyên.");
    await expect.element(alert).toHaveTextContent("Mã tra cứu lỗi: req_7f3a");
    await expect.element(alert).not.toHaveTextContent("0912345678");
    await expect.element(screen.getByRole("textbox", { name: "Nội dung" })).toHaveValue("Đã gọi Điện lực.");
    expect(screen.container.querySelector('[data-delivery="sending"]')).toBeNull();

    (submit.element() as HTMLButtonElement).click();
    (submit.element() as HTMLButtonElement).click();
    expect(onPostUpdate).toHaveBeenCalledTimes(2);
    expect(calls[1]?.[1].idempotencyKey).toBe(calls[0]?.[1].idempotencyKey);
    second.resolve({ ...reply("Đã gọi Điện lực.", "te_101"), entryType: "internal_note" });
    await expect.element(screen.getByRole("status").last()).toHaveTextContent("Đã lưu ghi chú nội bộ.");
    expect(onPostUpdate).toHaveBeenCalledTimes(2);
  });

  it("gets a new key after a definite refusal, and after the draft changes", async () => {
    const keys: string[] = [];
    const onPostUpdate = vi.fn<PostUpdateHandler>((_update, meta) => {
      keys.push(meta.idempotencyKey);
      return Promise.reject(apiError(keys.length === 1 ? 409 : 503));
    });
    const screen = await renderStaff({ onPostUpdate });
    await screen.getByRole("radio", { name: /Trả lời công khai/ }).click();
    const textarea = screen.getByRole("textbox", { name: "Nội dung" });
    await textarea.fill("Một");
    await sendShortcut();
    await expect.element(screen.getByRole("alert")).toHaveTextContent("không cho phép thao tác này");
    await sendShortcut();
    await expect.element(screen.getByRole("alert")).toHaveTextContent("đang gặp sự cố");
    await sendShortcut();
    await textarea.fill("Hai");
    await sendShortcut();
    await vi.waitFor(() => expect(keys).toHaveLength(4));
    expect(keys[1]).not.toBe(keys[0]);
    expect(keys[2]).toBe(keys[1]);
    expect(keys[3]).not.toBe(keys[2]);
  });

  it("sends an optional status change with the reply, among the moves the status allows", async () => {
    const onPostUpdate = vi.fn<PostUpdateHandler>(async (update) => reply(update.body));
    const screen = await renderStaff({ onPostUpdate });
    const select = screen.getByRole("combobox", { name: "Đổi trạng thái (không bắt buộc)" });
    const options = [...(select.element() as HTMLSelectElement).options].map((option) => option.text);
    expect(options).toEqual(["Giữ nguyên: Đang xử lý", "Đã giải quyết", "Không thuộc thẩm quyền / từ chối"]);
    await select.selectOptions("resolved");
    await screen.getByRole("radio", { name: /Trả lời công khai/ }).click();
    await screen.getByRole("textbox", { name: "Nội dung" }).fill("Đã khắc phục xong.");
    await screen.getByRole("button", { name: "Gửi trả lời công khai" }).click();
    expect(onPostUpdate.mock.calls[0]?.[0]).toEqual({
      entryType: "public_reply",
      body: "Đã khắc phục xong.",
      status: "resolved",
    });
  });

  it("refuses an empty or too long message without sending", async () => {
    const onPostUpdate = vi.fn<PostUpdateHandler>();
    const screen = await renderStaff({ onPostUpdate, defaultEntryType: "internal_note" });
    await expect.element(screen.getByRole("radio", { name: /Ghi chú nội bộ/ })).toBeChecked();
    await screen.getByRole("button", { name: "Lưu ghi chú nội bộ" }).click();
    await expect.element(screen.getByRole("alert")).toHaveTextContent("Hãy nhập nội dung.");
    await screen.getByRole("textbox", { name: "Nội dung" }).fill("a".repeat(5001));
    await sendShortcut();
    await expect
      .element(screen.getByRole("alert"))
      .toHaveTextContent("Nội dung dài 5.001 ký tự; tối đa 5.000 ký tự.");
    expect(onPostUpdate).not.toHaveBeenCalled();
  });

  it("works with a controlled draft", async () => {
    const changes: string[] = [];
    const screen = await render(<DraftHost changes={changes} />);
    const textarea = screen.getByRole("textbox", { name: "Nội dung" });
    await expect.element(textarea).toHaveValue("Bản nháp");
    await textarea.fill("mới");
    await expect.element(textarea).toHaveValue("MỚI");
    expect(changes).toContain("mới");
    await expect.element(screen.getByText("Chưa có trao đổi nào về phản ánh này.")).toBeVisible();
  });

  it("is read-only when the feedback is closed", async () => {
    const screen = await renderStaff({
      feedback: sampleFeedback({ status: "closed" }),
      onPostUpdate: vi.fn(),
    });
    await expect
      .element(screen.getByText("Phản ánh đã đóng. Mở lại phản ánh để tiếp tục trao đổi."))
      .toBeVisible();
    await expect.element(screen.getByRole("textbox", { name: "Nội dung" })).toBeDisabled();
  });
});

describe("ComplaintThread actions (Chromium)", () => {
  it("assigns an officer, asking for one first", async () => {
    const onAssign = vi.fn(async () => undefined);
    const screen = await renderStaff({ onAssign });
    const select = screen.getByRole("combobox", { name: "Phân công cho" });
    const options = [...(select.element() as HTMLSelectElement).options].map((option) => option.text);
    expect(options[1]).toBe("Phạm Minh Đức (đang xử lý) — Chuyên viên");
    await screen.getByRole("button", { name: "Phân công" }).click();
    await expect.element(screen.getByRole("alert")).toHaveTextContent("Hãy chọn cán bộ được phân công.");
    await expect.element(select).toHaveFocus();
    await select.selectOptions("u_331");
    await screen.getByRole("button", { name: "Phân công" }).click();
    expect(onAssign).toHaveBeenCalledWith(ASSIGNEES[1], {
      idempotencyKey: expect.any(String),
      signal: expect.any(AbortSignal),
    });
    await expect
      .element(screen.getByRole("status").last())
      .toHaveTextContent("Đã phân công cho Nguyễn Thị Thu Hà.");
  });

  it("reopens with a reason, by keyboard, moving focus in and back", async () => {
    const onReopen = vi.fn(async () => undefined);
    const screen = await renderStaff({
      feedback: sampleFeedback({ status: "resolved", rating: 4 }),
      onReopen,
    });
    await expect
      .element(screen.getByText("Hài lòng (4/5)", { exact: true }))
      .toHaveAttribute("data-rating", "4");
    expect(screen.container.querySelector('select[id$="assignee"]')).toBeNull();
    const open = screen.getByRole("button", { name: "Mở lại phản ánh" });
    (open.element() as HTMLElement).focus();
    await userEvent.keyboard("{Enter}");
    const reason = screen.getByRole("textbox", { name: "Lý do mở lại" });
    await expect.element(reason).toHaveFocus();
    await userEvent.keyboard("{Escape}");
    await expect.element(screen.getByRole("button", { name: "Mở lại phản ánh" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await screen.getByRole("button", { name: "Xác nhận mở lại" }).click();
    await expect.element(screen.getByRole("alert")).toHaveTextContent("Hãy nhập lý do mở lại.");
    await userEvent.keyboard("Đèn lại hư sau hai ngày.");
    await screen.getByRole("button", { name: "Xác nhận mở lại" }).click();
    expect(onReopen).toHaveBeenCalledWith("Đèn lại hư sau hai ngày.", {
      idempotencyKey: expect.any(String),
      signal: expect.any(AbortSignal),
    });
    await expect.element(screen.getByRole("button", { name: "Mở lại phản ánh" })).toHaveFocus();
    await expect.element(screen.getByRole("status").last()).toHaveTextContent("Đã mở lại phản ánh.");
  });
});
