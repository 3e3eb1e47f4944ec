import type { ThreadEntry } from "@chinhquyenso/client";
import { describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { ChinhQuyenSoProvider } from "../provider";
import { ComplaintThread } from "./ComplaintThread";
import { apiError, renderStaff, Staffed, visibleText } from "./ComplaintThread.test-support";
import { open311IntakeEntry, sampleEntries, sampleFeedback } from "./fixtures";

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
            rating: "meh" as never,
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

  it("shows a feedback filed through Open311: the channel in words, the intake's answers, its media as a link", async () => {
    for (const [locale, channel] of [
      ["vi", "Ứng dụng kết nối Open311"],
      ["en", "Open311 app"],
    ] as const) {
      const screen = await render(
        <Staffed locale={locale}>
          <ComplaintThread
            audience="staff"
            feedback={sampleFeedback({ channel: "open311" })}
            entries={[open311IntakeEntry()]}
          />
        </Staffed>,
      );
      const facts = screen.container.querySelector(".cqs-complaint-thread__facts") as HTMLElement;
      await expect.poll(() => visibleText(facts)).toContain(channel);
      const timeline = visibleText(screen.container);
      expect(timeline).toContain("Ứng dụng phản ánh hiện trường");
      expect(timeline).toContain("Đèn bị làm sao: Không sáng");
      // The citizen's media is a link, never an image loaded from a host the platform does not know.
      await expect
        .element(screen.getByRole("link", { name: /img\.example\.vn\/den-duong\.jpg/ }))
        .toHaveAttribute("href", "https://img.example.vn/den-duong.jpg");
      expect(screen.container.querySelector("img")).toBeNull();
      await screen.unmount();
    }
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

  it("reads a rating from its structured field with the body as the comment; a body alone stays as written", async () => {
    const rated = (id: string, fields: Partial<ThreadEntry>): ThreadEntry => ({
      id,
      entryType: "activity",
      activity: "rated",
      at: "2026-11-25T10:00:00+07:00",
      author: { id: "op_1", name: "Tổng đài 1022" },
      ...fields,
    });
    const screen = await render(
      <Staffed>
        <ComplaintThread
          audience="citizen"
          feedback={sampleFeedback({ status: "closed", rating: 2 })}
          entries={[
            rated("te_r1", { rating: 2, body: "Xử lý chậm: 5 ngày." }),
            rated("te_r2", { rating: 5 }),
            rated("te_r3", { body: "4: Cảm ơn" }),
            rated("te_r4", { rating: "satisfied" as never }),
          ]}
        />
      </Staffed>,
    );
    await expect.element(screen.getByRole("list", { name: /Diễn biến xử lý/ })).toBeVisible();
    const entries = [...screen.container.querySelectorAll(".cqs-complaint-thread__timeline > li")].map(
      (entry) => visibleText(entry),
    );
    // The comment is shown as written, even when it looks like "code: text".
    expect(entries[0]).toContain("Không hài lòng (2/5) — Xử lý chậm: 5 ngày.");
    expect(entries[1]).toContain("Rất hài lòng (5/5)");
    // No structured rating: the body is not parsed for one.
    expect(entries[2]).toContain("4: Cảm ơn");
    expect(entries[2]).not.toContain("/5");
    // An older server's word scale shows as it came.
    expect(entries[3]).toContain("satisfied");
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
