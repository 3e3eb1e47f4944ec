import type { AttendanceInput, Meeting } from "@chinhquyenso/client";
import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { ChinhQuyenSoProvider } from "../provider";
import { sandboxClient, TEST_NOW } from "../WorkCalendar/sandbox.test-support";
import { MEETINGS } from "./fixtures.test-support";
import { MeetingNotice } from "./MeetingNotice";

const now = () => new Date(TEST_NOW);
const noRetry = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("MeetingNotice (Chromium)", () => {
  it("shows the next meetings soonest first, with time, room, agenda and documents", async () => {
    const screen = await render(
      <ChinhQuyenSoProvider now={now}>
        <MeetingNotice meetings={MEETINGS} limit={3} onDownloadDocument={() => {}} />
      </ChinhQuyenSoProvider>,
    );
    const cards = screen.getByRole("article");
    await expect.element(cards).toHaveLength(3);
    await expect.element(cards.nth(0)).toHaveTextContent("Họp trực tuyến với các phường");
    await expect.element(cards.nth(0)).toHaveTextContent("Đang họp");
    await expect.element(cards.nth(1)).toHaveTextContent("14:00 – 16:30, Thứ Sáu 27/11/2026");
    await expect.element(cards.nth(1)).toHaveTextContent("Phòng họp trực tuyến A");
    await expect.element(cards.nth(1)).toHaveTextContent("Báo cáo tiến độ dự án");
    await expect.element(cards.nth(1)).toHaveTextContent("14:15 · Sở Khoa học và Công nghệ");
    await expect.element(cards.nth(1)).toHaveTextContent("393 KB");
    await expect.element(cards.nth(1)).toHaveTextContent("2,5 MB");
    await expect.element(cards.nth(2)).toHaveTextContent("Đã hủy");
    // A cancelled meeting cannot be answered; the ended one is not shown.
    expect(cards.nth(2).getByRole("button").query()).toBeNull();
    expect(screen.getByText("Họp đã xong").query()).toBeNull();
  });

  it("shows an answer at once, then confirms it", async () => {
    const pending = deferred();
    const onConfirmAttendance = vi.fn(() => pending.promise);
    const screen = await render(
      <ChinhQuyenSoProvider now={now}>
        <MeetingNotice meetings={[MEETINGS[2] as Meeting]} onConfirmAttendance={onConfirmAttendance} />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(screen.getByText("Bạn chưa xác nhận tham dự.")).toBeVisible();
    await screen.getByRole("button", { name: "Tham dự" }).click();
    await expect.element(screen.getByText("Bạn sẽ tham dự.")).toBeVisible();
    await expect.element(screen.getByRole("status")).toHaveTextContent("Đang gửi xác nhận…");
    expect(onConfirmAttendance).toHaveBeenCalledWith(expect.objectContaining({ id: "next" }), {
      response: "attending",
    } satisfies AttendanceInput);
    pending.resolve();
    await expect
      .element(screen.getByRole("status"))
      .toHaveTextContent("Đã gửi xác nhận cho cuộc họp “Họp thẩm định dự án chuyển đổi số”.");
  });

  it("asks for a reason, rolls back a failed answer, keeps the reason and retries", async () => {
    let attempts = 0;
    const onConfirmAttendance = vi.fn(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error("offline");
    });
    const screen = await render(
      <ChinhQuyenSoProvider now={now}>
        <MeetingNotice meetings={[MEETINGS[2] as Meeting]} onConfirmAttendance={onConfirmAttendance} />
      </ChinhQuyenSoProvider>,
    );
    await screen.getByRole("button", { name: "Báo vắng" }).click();
    const reason = screen.getByRole("textbox", { name: "Lý do vắng mặt" });
    await expect
      .element(reason)
      .toHaveFocus()
      .catch(() => {}); // focus is not moved; only checked below
    await screen.getByRole("button", { name: "Gửi xác nhận" }).click();
    await expect.element(screen.getByText("Nhập lý do vắng mặt.")).toBeVisible();
    await expect.element(reason).toHaveAttribute("aria-invalid", "true");
    expect(onConfirmAttendance).not.toHaveBeenCalled();

    await reason.fill("Đi công tác tại Hà Nội");
    await screen.getByRole("button", { name: "Gửi xác nhận" }).click();
    await expect.element(screen.getByRole("alert")).toHaveTextContent("đã trả lại lựa chọn trước đó");
    await expect.element(screen.getByText("Bạn chưa xác nhận tham dự.")).toBeVisible();
    await expect.element(reason).toHaveValue("Đi công tác tại Hà Nội");

    await screen.getByRole("button", { name: "Thử lại" }).click();
    await expect.element(screen.getByText("Bạn đã báo vắng.")).toBeVisible();
    expect(onConfirmAttendance).toHaveBeenLastCalledWith(expect.objectContaining({ id: "next" }), {
      response: "absent",
      note: "Đi công tác tại Hà Nội",
    });
  });

  it("sends a delegate by name", async () => {
    const onConfirmAttendance = vi.fn(async () => {});
    const screen = await render(
      <ChinhQuyenSoProvider now={now}>
        <MeetingNotice meetings={[MEETINGS[2] as Meeting]} onConfirmAttendance={onConfirmAttendance} />
      </ChinhQuyenSoProvider>,
    );
    await screen.getByRole("button", { name: "Cử người dự thay" }).click();
    await expect.element(screen.getByRole("textbox", { name: "Họ tên người dự thay" })).toHaveFocus();
    await screen.getByRole("button", { name: "Gửi xác nhận" }).click();
    await expect.element(screen.getByText("Nhập họ tên người dự thay.")).toBeVisible();
    await screen.getByRole("textbox", { name: "Họ tên người dự thay" }).fill("  Nguyễn Thị Lan ");
    await screen.getByRole("button", { name: "Gửi xác nhận" }).click();
    await expect.element(screen.getByText("Bạn cử Nguyễn Thị Lan dự thay.")).toBeVisible();
    expect(onConfirmAttendance).toHaveBeenCalledWith(expect.anything(), {
      response: "delegated",
      delegateName: "Nguyễn Thị Lan",
    });
    // The form closes after a successful answer.
    expect(screen.getByRole("textbox").query()).toBeNull();
  });

  it("is answered from the keyboard alone", async () => {
    const onConfirmAttendance = vi.fn(async () => {});
    const screen = await render(
      <ChinhQuyenSoProvider now={now}>
        <MeetingNotice meetings={[MEETINGS[2] as Meeting]} onConfirmAttendance={onConfirmAttendance} />
      </ChinhQuyenSoProvider>,
    );
    await userEvent.tab(); // documents are plain text without onDownloadDocument
    await expect.element(screen.getByRole("button", { name: "Tham dự" })).toHaveFocus();
    await userEvent.tab();
    await userEvent.keyboard("{Enter}");
    await expect.element(screen.getByRole("textbox", { name: "Lý do vắng mặt" })).toHaveFocus();
    await userEvent.keyboard("Họp Hội đồng nhân dân");
    await userEvent.tab(); // "Gửi xác nhận"
    await userEvent.keyboard("{Enter}");
    await expect.element(screen.getByText("Bạn đã báo vắng.")).toBeVisible();
    expect(onConfirmAttendance).toHaveBeenCalledWith(expect.anything(), {
      response: "absent",
      note: "Họp Hội đồng nhân dân",
    });
  });

  it("answers through the platform, and rolls back when the platform refuses", async () => {
    const { client, store } = sandboxClient({
      scenarios: [
        { name: "operation_error", operationId: "meetings.confirmAttendance", status: 503, times: 1 },
      ],
    });
    const nowMs = Date.parse(TEST_NOW);
    const next = [...store.meetings.values()]
      .filter((meeting) => meeting.endsAtMs >= nowMs && meeting.state !== "ended")
      .sort((a, b) => a.startsAtMs - b.startsAtMs)[0];
    expect(next, "the seeded data set has an upcoming meeting").toBeDefined();
    const screen = await render(
      <ChinhQuyenSoProvider client={client} queryClient={noRetry()} now={now} live={false}>
        <MeetingNotice limit={1} />
      </ChinhQuyenSoProvider>,
    );
    const card = screen.getByRole("article");
    await expect.element(card).toHaveTextContent(String(next?.title));
    const before = next?.attendance.response;
    const attend = card.getByRole("button", { name: "Tham dự" });
    if (before === "attending") {
      // Already attending: decline instead, so the answer changes.
      await card.getByRole("button", { name: "Báo vắng" }).click();
      await card.getByRole("textbox").fill("Trùng lịch tiếp dân");
      await card.getByRole("button", { name: "Gửi xác nhận" }).click();
    } else {
      await attend.click();
    }
    await expect.element(screen.getByRole("alert")).toHaveTextContent("Chưa gửi được xác nhận");
    expect(store.meetings.get(next?.id ?? "")?.attendance.response).toBe(before);

    await screen.getByRole("button", { name: "Thử lại" }).click();
    await expect.element(screen.getByRole("status")).toHaveTextContent("Đã gửi xác nhận");
    expect(store.meetings.get(next?.id ?? "")?.attendance.response).toBe(
      before === "attending" ? "absent" : "attending",
    );
  });
});
