import type { ThreadEntry } from "@chinhquyenso/client";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { ChinhQuyenSoProvider } from "../provider";
import { ComplaintThread } from "./ComplaintThread";
import { ASSIGNEES, CATEGORIES, OFFICER, sampleEntries, sampleFeedback } from "./fixtures";
import { apiError, deferred, Staffed, visibleText } from "./test-support";
import type { FeedbackUpdateInput, PostUpdateHandler, WriteMeta } from "./types";

const reply = (body: string, id = "te_100"): ThreadEntry => ({
  id,
  entryType: "public_reply",
  body,
  at: "2026-11-26T09:05:00+07:00",
  author: OFFICER,
  attachments: [],
});

function renderStaff(props: Partial<Parameters<typeof ComplaintThread>[0]> = {}) {
  return render(
    <Staffed>
      <ComplaintThread
        audience="staff"
        feedback={sampleFeedback()}
        entries={sampleEntries()}
        categories={CATEGORIES}
        assignees={ASSIGNEES}
        {...(props as object)}
      />
    </Staffed>,
  );
}

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

describe("ComplaintThread header (Chromium)", () => {
  it("shows the feedback with personal data masked and the SLA counted in working days", async () => {
    const screen = await renderStaff();
    await expect
      .element(screen.getByRole("heading", { level: 2 }))
      .toHaveTextContent("Đèn đường hư trên đường Yersin");
    const facts = screen.container.querySelector(".cqs-complaint-thread__facts") as HTMLElement;
    // Thu 26/11 09:00 → Mon 30/11 17:00: Friday and Monday are the working days left.
    const countdown = screen.getByText("còn 2 ngày làm việc");
    await expect.element(countdown).toHaveAttribute("data-timeliness", "within_time");
    expect(visibleText(facts)).toContain("Nguyễn V. A. · *******678 · a***@example.vn");
    expect(visibleText(facts)).toContain("Hạ tầng đô thị");
    expect(visibleText(facts)).toContain("Điện thoại 1022");
    expect(visibleText(facts)).toContain("PA-2026-004512");
    const status = screen.container.querySelector(".cqs-complaint-thread__status") as HTMLElement;
    expect(status.getAttribute("data-status")).toBe("in_progress");
    expect(status.textContent).toBe("Trạng thái: Đang xử lý");
    // The phone number the citizen typed into the report is masked too; nothing personal is anywhere.
    const all = screen.container.textContent ?? "";
    expect(all).toContain("Liên hệ *******678 khi cần.");
    for (const secret of ["0912", "345 678", "Văn An", "an.nguyen"]) expect(all).not.toContain(secret);
  });

  it("marks an overdue feedback and shows unknown values as their raw code", async () => {
    const screen = await render(
      <Staffed>
        <ComplaintThread
          audience="staff"
          feedback={sampleFeedback({
            status: "escalated",
            channel: "tiktok",
            categoryCode: "an_ninh",
            rating: "meh",
            dueAt: "2026-11-20T17:00:00+07:00",
            reporter: null as never,
            assignee: { id: 5 } as never,
            location: "?" as never,
          })}
          entries={[
            { id: "x", entryType: "private_memo", body: "Mục mới", at: "sai", author: null as never },
            42 as never,
          ]}
        />
      </Staffed>,
    );
    const text = () => visibleText(screen.container);
    await expect.element(screen.getByText("escalated")).toHaveAttribute("data-status", "unknown");
    expect(text()).toContain("tiktok");
    expect(text()).toContain("an_ninh");
    expect(text()).toContain("meh");
    expect(text()).toContain("Ẩn danh");
    expect(text()).toContain("Chưa phân công");
    expect(text()).toContain("Mục chưa hỗ trợ: private_memo");
    expect(text()).toContain("Mục không đọc được");
    expect(text()).toContain("không rõ thời gian");
    // The status is unknown, so no countdown is guessed: the date is shown alone.
    expect(text()).toContain("Hạn xử lý17:00 20/11/2026");
    expect(screen.container.querySelector("[data-timeliness]")).toBeNull();
    expect(screen.container.querySelector('[role="alert"]')).toBeNull();
  });

  it("counts an overdue open feedback in days", async () => {
    const screen = await renderStaff({ feedback: sampleFeedback({ dueAt: "2026-11-23T17:00:00+07:00" }) });
    await expect.element(screen.getByText("quá hạn 3 ngày")).toHaveAttribute("data-timeliness", "overdue");
  });
});

describe("ComplaintThread timeline (Chromium)", () => {
  it("labels internal notes in words, lists entries in order and skips to the composer by keyboard", async () => {
    const screen = await renderStaff({ onPostUpdate: vi.fn() });
    const list = screen.getByRole("list", { name: /Diễn biến xử lý/ });
    await expect.element(list).toBeVisible();
    const entries = screen.container.querySelectorAll(".cqs-complaint-thread__timeline > li");
    expect([...entries].map((entry) => entry.getAttribute("data-entry-type"))).toEqual([
      "activity",
      "internal_note",
      "activity",
      "activity",
      "public_reply",
    ]);
    expect(visibleText(entries[1] as Element)).toContain("Ghi chú nội bộ");
    expect(visibleText(entries[1] as Element)).toContain("Người phản ánh không thấy ghi chú này");
    expect(visibleText(entries[3] as Element)).toContain("Đổi trạng thái: Chờ phân công → Đang xử lý");
    const link = screen.getByRole("link", { name: /hatang\.binhduong\.gov\.vn/ });
    await expect.element(link).toHaveAttribute("href", "https://hatang.binhduong.gov.vn/lich-sua-chua");
    await expect.element(link).toHaveAttribute("rel", "noopener noreferrer");

    const skip = screen.getByRole("button", { name: "Đến ô soạn phản hồi" });
    (skip.element() as HTMLElement).focus();
    await userEvent.keyboard("{Enter}");
    await expect.element(screen.getByRole("textbox", { name: "Nội dung" })).toHaveFocus();
  });

  it("shows attachments: images with alt text through the app's URLs, files with name and size, bad URLs unlinked", async () => {
    const entries = sampleEntries();
    const last = entries[4] as ThreadEntry;
    last.attachments = [
      { id: "fa_1", name: "hien-truong.jpg", contentType: "image/jpeg", size: 482_133 },
      { id: "fa_2", name: "bien-ban.pdf", contentType: "application/pdf", size: 1_254_000 },
      { id: "fa_3", name: "script.pdf", contentType: "application/pdf", size: 10 },
      Object.assign(
        { id: "fa_4", name: "anh-co-mo-ta.png", contentType: "image/png", size: 900 },
        { alt: "Trụ đèn số 3 bị gãy" },
      ),
    ];
    const image = URL.createObjectURL(
      new Blob(["<svg xmlns='http://www.w3.org/2000/svg'/>"], { type: "image/svg+xml" }),
    );
    const screen = await renderStaff({
      entries,
      attachmentUrl: (file) =>
        file.id === "fa_3"
          ? "javascript:alert(1)"
          : file.id === "fa_2"
            ? "https://files.example.vn/fa_2"
            : image,
    });
    await expect.element(screen.getByRole("img", { name: "Ảnh đính kèm: hien-truong.jpg" })).toBeVisible();
    await expect.element(screen.getByRole("img", { name: "Trụ đèn số 3 bị gãy" })).toBeVisible();
    await expect
      .element(screen.getByRole("link", { name: /bien-ban\.pdf/ }))
      .toHaveAttribute("href", "https://files.example.vn/fa_2");
    await expect.element(screen.getByText("1,3 MB")).toBeVisible();
    await expect.element(screen.getByText("script.pdf")).toBeVisible();
    for (const anchor of screen.container.querySelectorAll("a"))
      expect(anchor.href).toMatch(/^(https?|blob):/);
  });
});

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
    expect(onAssign).toHaveBeenCalledWith(ASSIGNEES[1], { idempotencyKey: expect.any(String) });
    await expect
      .element(screen.getByRole("status").last())
      .toHaveTextContent("Đã phân công cho Nguyễn Thị Thu Hà.");
  });

  it("reopens with a reason, by keyboard, moving focus in and back", async () => {
    const onReopen = vi.fn(async () => undefined);
    const screen = await renderStaff({
      feedback: sampleFeedback({ status: "resolved", rating: "satisfied" }),
      onReopen,
    });
    await expect
      .element(screen.getByText("Hài lòng", { exact: true }))
      .toHaveAttribute("data-rating", "satisfied");
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
    expect(onReopen).toHaveBeenCalledWith("Đèn lại hư sau hai ngày.", { idempotencyKey: expect.any(String) });
    await expect.element(screen.getByRole("button", { name: "Mở lại phản ánh" })).toHaveFocus();
    await expect.element(screen.getByRole("status").last()).toHaveTextContent("Đã mở lại phản ánh.");
  });
});

describe("ComplaintThread states (Chromium)", () => {
  it("shows a skeleton while loading", async () => {
    const screen = await render(<ComplaintThread audience="staff" feedback={undefined} />);
    await expect.element(screen.getByRole("status").first()).toHaveTextContent("Đang tải phản ánh…");
    expect(screen.container.querySelector('[aria-busy="true"]')).not.toBeNull();
  });

  it("shows why loading failed, with a retry", async () => {
    const onRetry = vi.fn();
    const screen = await render(
      <ComplaintThread
        audience="staff"
        feedback={undefined}
        error={new TypeError("Failed to fetch")}
        onRetry={onRetry}
      />,
    );
    await expect.element(screen.getByRole("alert")).toHaveTextContent("Không kết nối được tới hệ thống.");
    await screen.getByRole("button", { name: "Thử lại" }).click();
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it("says when the feedback does not exist", async () => {
    const screen = await render(<ComplaintThread audience="staff" feedback={null} />);
    await expect.element(screen.getByRole("alert")).toHaveTextContent("Không tìm thấy phản ánh này");
  });

  it("shows the header while the thread is still loading, without claiming it is empty", async () => {
    const screen = await renderStaff({ entries: undefined });
    await expect.element(screen.getByRole("heading", { level: 2 })).toBeVisible();
    await expect.element(screen.getByText("Đang tải diễn biến xử lý…")).toBeInTheDocument();
    expect(screen.container.textContent).not.toContain("Chưa có trao đổi nào");
    expect(screen.container.textContent).not.toContain("mục)");
  });

  it("keeps the header when only the thread failed", async () => {
    const screen = await renderStaff({ entries: undefined, threadError: apiError(500), onRetry: vi.fn() });
    await expect.element(screen.getByRole("heading", { level: 2 })).toBeVisible();
    await expect
      .element(screen.getByRole("alert"))
      .toHaveTextContent("Hệ thống đang gặp sự cố nên chưa tải được phản ánh.");
  });

  it("never carries a draft over to another feedback", async () => {
    const screen = await renderStaff({ onPostUpdate: vi.fn() });
    await screen.getByRole("textbox", { name: "Nội dung" }).fill("Trả lời cho phản ánh 4512");
    await screen.rerender(
      <Staffed>
        <ComplaintThread
          audience="staff"
          feedback={sampleFeedback({ id: "fb_9", code: "PA-2026-000009" })}
          entries={[]}
          onPostUpdate={vi.fn()}
        />
      </Staffed>,
    );
    await expect.element(screen.getByRole("textbox", { name: "Nội dung" })).toHaveValue("");
  });

  it("reports a connected thread without a client through the error boundary", async () => {
    const onError = vi.fn();
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const screen = await render(
      <ChinhQuyenSoProvider onError={onError}>
        <ComplaintThread audience="staff" feedbackId="fb_1" />
      </ChinhQuyenSoProvider>,
    );
    await expect
      .element(screen.getByRole("alert"))
      .toHaveTextContent("Không hiển thị được luồng trao đổi phản ánh.");
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ message: expect.stringContaining("useFeedbackThread: no platform client") }),
      expect.objectContaining({ widget: "ComplaintThread" }),
    );
    quiet.mockRestore();
  });

  it("speaks English with the provider's locale", async () => {
    const screen = await render(
      <Staffed locale="en">
        <ComplaintThread
          audience="staff"
          feedback={sampleFeedback()}
          entries={sampleEntries()}
          onPostUpdate={vi.fn()}
        />
      </Staffed>,
    );
    await expect.element(screen.getByText("due in 2 working days")).toBeVisible();
    await expect.element(screen.getByRole("radio", { name: /Internal note/ })).toBeVisible();
    expect(screen.container.querySelector(".cqs-complaint-thread__status")?.textContent).toBe(
      "Status: In progress",
    );
  });
});
