import { describe, expect, it } from "vitest";
import { createCalendar } from "../calendar/calendar";
import { explainDueDate } from "./explain";

const wd = (amount: number) => ({ amount, unit: "working_day" as const });

describe("explainDueDate", () => {
  it("lists the Tết days skipped, in Vietnamese", () => {
    const { dueAt, steps } = explainDueDate("2026-02-13T18:00:00+07:00", wd(3));
    expect(dueAt).toBe("2026-02-25T17:00:00+07:00");
    expect(steps.map((step) => step.text)).toEqual([
      "Tiếp nhận lúc 18:00 thứ Sáu 13/02/2026",
      "Thời hạn giải quyết: 3 ngày làm việc (24 giờ làm việc)",
      "Bỏ qua thứ Bảy 14/02/2026 (nghỉ cuối tuần)",
      "Bỏ qua Chủ nhật 15/02/2026 (nghỉ cuối tuần)",
      "Bỏ qua thứ Hai 16/02/2026 (ngày lễ, Tết: Tết Nguyên đán (29 tháng Chạp Ất Tỵ))",
      "Bỏ qua thứ Ba 17/02/2026 (ngày lễ, Tết: Tết Nguyên đán (mùng 1 Bính Ngọ))",
      "Bỏ qua thứ Tư 18/02/2026 (ngày lễ, Tết: Tết Nguyên đán (mùng 2))",
      "Bỏ qua thứ Năm 19/02/2026 (ngày lễ, Tết: Tết Nguyên đán (mùng 3))",
      "Bỏ qua thứ Sáu 20/02/2026 (ngày lễ, Tết: Tết Nguyên đán (mùng 4))",
      "Bỏ qua thứ Bảy 21/02/2026 (nghỉ cuối tuần)",
      "Bỏ qua Chủ nhật 22/02/2026 (nghỉ cuối tuần)",
      "Tiếp nhận sau giờ làm việc: bắt đầu tính từ 07:00 thứ Hai 23/02/2026",
      "Hẹn trả kết quả: 17:00 thứ Tư 25/02/2026",
    ]);
    expect(steps[4]).toMatchObject({ kind: "day_off", date: "2026-02-16", reason: "holiday" });
    expect(steps[11]).toMatchObject({ kind: "counting_starts", reason: "after_hours" });
  });

  it("shows a make-up Saturday, a swapped day and a pause, in English", () => {
    const { steps } = explainDueDate("2026-08-28T10:00:00+07:00", wd(2), {
      locale: "en",
      pauses: [
        { from: "2026-08-28T13:30:00+07:00", to: "2026-08-28T15:30:00+07:00", status: "awaiting_payment" },
      ],
    });
    expect(steps.map((step) => step.text)).toEqual([
      "Received at 10:00 on Friday 28/08/2026",
      "Processing time: 2 working days (16 working hours)",
      "Clock stopped from 13:30 on Friday 28/08/2026 to 15:30 on Friday 28/08/2026 (Awaiting payment of fees and charges): due date pushed back by 2 working hours",
      "Skipped Saturday 29/08/2026 (weekend)",
      "Skipped Sunday 30/08/2026 (weekend)",
      "Skipped Monday 31/08/2026 (swapped day off: Hoán đổi – dịp Quốc khánh (worked back Sat 22/08))",
      "Skipped Tuesday 01/09/2026 (public holiday: Quốc khánh – ngày liền kề)",
      "Skipped Wednesday 02/09/2026 (public holiday: Quốc khánh 2/9)",
      "Due at 14:00 on Friday 04/09/2026",
    ]);
    const withMakeup = explainDueDate("2026-08-21T10:00:00+07:00", wd(1), { locale: "en" }).steps;
    expect(withMakeup.map((step) => step.kind)).toEqual(["received", "duration", "makeup_workday", "due"]);
    expect(withMakeup[2]?.text).toBe(
      "Counted Saturday 22/08/2026 as a working day (make-up working day: Làm bù (for Mon 31/08))",
    );
  });

  it("names why counting did not start at intake", () => {
    const reason = (at: string) =>
      explainDueDate(at, wd(1)).steps.find((step) => step.kind === "counting_starts");
    expect(reason("2026-03-02T06:30:00+07:00")).toMatchObject({
      reason: "before_hours",
      at: "2026-03-02T07:00:00+07:00",
    });
    expect(reason("2026-03-02T12:15:00+07:00")).toMatchObject({
      reason: "lunch_break",
      at: "2026-03-02T13:30:00+07:00",
    });
    expect(reason("2026-03-02T17:00:00+07:00")).toMatchObject({
      reason: "after_hours",
      at: "2026-03-03T07:00:00+07:00",
    });
    expect(reason("2026-03-07T09:00:00+07:00")).toMatchObject({
      reason: "day_off",
      at: "2026-03-09T07:00:00+07:00",
    });
    expect(reason("2026-03-02T09:00:00+07:00")).toBeUndefined();
    expect(explainDueDate("2026-03-02T12:15:00+07:00", wd(1), { locale: "en" }).steps[2]?.text).toBe(
      "Received during the lunch break: counting starts at 13:30 on Monday 02/03/2026",
    );
  });

  it("explains a calendar-day due date moved off a holiday", () => {
    const { steps } = explainDueDate("2026-04-24T10:00:00+07:00", { amount: 2, unit: "calendar_day" });
    expect(steps.map((step) => step.text)).toEqual([
      "Tiếp nhận lúc 10:00 thứ Sáu 24/04/2026",
      "Thời hạn giải quyết: 2 ngày, tính cả ngày nghỉ nhưng hạn không rơi vào ngày nghỉ",
      "Hạn rơi vào 10:00 Chủ nhật 26/04/2026 (ngày lễ, Tết): chuyển sang 07:00 thứ Ba 28/04/2026",
      "Hẹn trả kết quả: 07:00 thứ Ba 28/04/2026",
    ]);
    expect(steps[2]).toMatchObject({ kind: "moved_to_office_hours", reason: "holiday" });
  });

  it("marks a due date provisional when a year has no official notice, in both languages", () => {
    const vi = explainDueDate("2026-12-30T09:00:00+07:00", wd(2));
    expect(vi).toMatchObject({
      dueAt: "2027-01-04T09:00:00+07:00",
      provisional: true,
      provisionalYears: [2027],
    });
    expect(vi.steps.map((step) => step.text)).toEqual([
      "Tiếp nhận lúc 09:00 thứ Tư 30/12/2026",
      "Thời hạn giải quyết: 2 ngày làm việc (16 giờ làm việc)",
      "Bỏ qua thứ Sáu 01/01/2027 (ngày lễ, Tết: Tết Dương lịch)",
      "Bỏ qua thứ Bảy 02/01/2027 (nghỉ cuối tuần)",
      "Bỏ qua Chủ nhật 03/01/2027 (nghỉ cuối tuần)",
      "Chưa có thông báo nghỉ lễ chính thức năm 2027: ngày nghỉ được tính theo luật định (Bộ luật Lao động 2019, Điều 112), nên hạn là dự kiến",
      "Hẹn trả kết quả (dự kiến): 09:00 thứ Hai 04/01/2027",
    ]);
    expect(vi.steps.at(-2)).toMatchObject({
      kind: "provisional_year",
      year: 2027,
      basis: "statute",
      sources: ["Bộ luật Lao động 2019, Điều 112"],
    });
    expect(vi.steps.at(-1)).toMatchObject({ kind: "due", provisional: true });
    const en = explainDueDate("2027-04-15T09:00:00+07:00", wd(2), { locale: "en" });
    expect(en.dueAt).toBe("2027-04-20T09:00:00+07:00");
    expect(en.steps.map((step) => step.text).slice(-3)).toEqual([
      "Skipped Sunday 18/04/2027 (weekend)",
      "No official holiday notice for 2027 is loaded: its days off are computed from the statute (Bộ luật Lao động 2019, Điều 112), so the due date is provisional",
      "Due at 09:00 on Tuesday 20/04/2027 (provisional)",
    ]);
    expect(en.steps.find((step) => step.kind === "day_off")?.text).toBe(
      "Skipped Friday 16/04/2027 (public holiday: Giỗ Tổ Hùng Vương)",
    );
    const may = explainDueDate("2027-04-29T09:00:00+07:00", wd(2));
    expect(may).toMatchObject({ dueAt: "2027-05-05T09:00:00+07:00", provisional: true });
    expect(may.steps.filter((step) => step.kind === "day_off").map((step) => step.text)).toEqual([
      "Bỏ qua thứ Sáu 30/04/2027 (ngày lễ, Tết: Ngày Chiến thắng)",
      "Bỏ qua thứ Bảy 01/05/2027 (ngày lễ, Tết: Ngày Quốc tế Lao động)",
      "Bỏ qua Chủ nhật 02/05/2027 (nghỉ cuối tuần)",
      "Bỏ qua thứ Hai 03/05/2027 (nghỉ bù: Ngày Quốc tế Lao động – nghỉ bù)",
    ]);
  });

  it("is not provisional where official notices cover every year", () => {
    const exact = explainDueDate("2026-02-13T15:30:00+07:00", wd(3));
    expect(exact).toMatchObject({ provisional: false, provisionalYears: [] });
    expect(exact.steps.at(-1)).toMatchObject({
      kind: "due",
      provisional: false,
      text: "Hẹn trả kết quả: 15:30 thứ Tư 25/02/2026",
    });
    expect(exact.steps.some((step) => step.kind === "provisional_year")).toBe(false);
  });

  it("says when only weekends were assumed for a year", () => {
    const calendar = createCalendar({ uncoveredYears: "assume_weekends" });
    const { steps } = explainDueDate("2026-12-30T09:00:00+07:00", wd(3), { calendar, locale: "en" });
    expect(steps.at(-2)).toMatchObject({
      kind: "provisional_year",
      year: 2027,
      basis: "weekends",
      text: "No holiday calendar for 2027: only weekends were treated as days off, so the due date is provisional",
    });
  });

  it("writes fractional amounts in each language's way", () => {
    expect(explainDueDate("2026-03-02T09:00:00+07:00", wd(1.5)).steps[1]?.text).toBe(
      "Thời hạn giải quyết: 1,5 ngày làm việc (12 giờ làm việc)",
    );
    expect(explainDueDate("2026-03-02T09:00:00+07:00", wd(1), { locale: "en" }).steps[1]?.text).toBe(
      "Processing time: 1 working day (8 working hours)",
    );
  });
});
