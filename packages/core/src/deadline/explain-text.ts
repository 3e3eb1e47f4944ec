import { DOSSIER_STATUS_LABELS } from "../dossier/status";
import { count, timeAndDay, weekdayDate } from "../format/words";
import { type Locale, labelOf } from "../labels";
import { MS_PER_DAY } from "../time/civil";
import { toLocalMs } from "../time/instant";
import type { StepData } from "./steps";

const DAY_OFF_REASONS = {
  weekend: { vi: "nghỉ cuối tuần", en: "weekend" },
  weekday: { vi: "ngày làm việc", en: "working day" },
  holiday: { vi: "ngày lễ, Tết", en: "public holiday" },
  compensatory_off: { vi: "nghỉ bù", en: "compensatory day off" },
  swapped_off: { vi: "nghỉ hoán đổi", en: "swapped day off" },
  makeup_workday: { vi: "làm bù", en: "make-up working day" },
  outside_office_hours: { vi: "ngoài giờ làm việc", en: "outside office hours" },
} as const;

const at = (iso: string, locale: Locale) => timeAndDay(toLocalMs(iso, "at"), locale);
const day = (date: string, locale: Locale) =>
  weekdayDate(Math.floor(toLocalMs(date, "date") / MS_PER_DAY), locale);
const hours = (value: number, locale: Locale) =>
  count(value, locale, "giờ làm việc", "working hour", "working hours");

/** The sentence of a step, in Vietnamese or English. */
export function describeStep(step: StepData, locale: Locale): string {
  const en = locale === "en";
  switch (step.kind) {
    case "received":
      return en ? `Received at ${at(step.at, locale)}` : `Tiếp nhận lúc ${at(step.at, locale)}`;
    case "counting_starts": {
      const why = {
        before_hours: ["Tiếp nhận trước giờ làm việc", "Received before office hours"],
        lunch_break: ["Tiếp nhận trong giờ nghỉ trưa", "Received during the lunch break"],
        after_hours: ["Tiếp nhận sau giờ làm việc", "Received after office hours"],
        day_off: ["Tiếp nhận vào ngày nghỉ", "Received on a day off"],
      }[step.reason];
      return en
        ? `${why[1]}: counting starts at ${at(step.at, locale)}`
        : `${why[0]}: bắt đầu tính từ ${at(step.at, locale)}`;
    }
    case "duration": {
      if (step.unit === "hour") {
        return en
          ? `Processing time: ${hours(step.amount, locale)}`
          : `Thời hạn giải quyết: ${hours(step.amount, locale)}`;
      }
      if (step.unit === "working_day") {
        const days = count(step.amount, locale, "ngày làm việc", "working day", "working days");
        const office = hours(step.workingHours ?? 0, locale);
        return en ? `Processing time: ${days} (${office})` : `Thời hạn giải quyết: ${days} (${office})`;
      }
      const days = count(step.amount, locale, "ngày", "calendar day", "calendar days");
      return en
        ? `Processing time: ${days}; days off count, but a due date never falls on one`
        : `Thời hạn giải quyết: ${days}, tính cả ngày nghỉ nhưng hạn không rơi vào ngày nghỉ`;
    }
    case "day_off": {
      const reason = DAY_OFF_REASONS[step.reason][en ? "en" : "vi"];
      const what = step.name === undefined ? reason : `${reason}: ${step.name}`;
      return en
        ? `Skipped ${day(step.date, locale)} (${what})`
        : `Bỏ qua ${day(step.date, locale)} (${what})`;
    }
    case "makeup_workday":
      return en
        ? `Counted ${day(step.date, locale)} as a working day (make-up working day: ${step.name})`
        : `Tính ${day(step.date, locale)} là ngày làm việc (làm bù: ${step.name})`;
    case "pause": {
      const status =
        step.status === undefined ? "" : ` (${labelOf(DOSSIER_STATUS_LABELS, step.status, locale)})`;
      return en
        ? `Clock stopped from ${at(step.from, locale)} to ${at(step.to, locale)}${status}: due date pushed back by ${hours(step.workingHours, locale)}`
        : `Tạm dừng tính thời gian từ ${at(step.from, locale)} đến ${at(step.to, locale)}${status}: hạn lùi thêm ${hours(step.workingHours, locale)}`;
    }
    case "moved_to_office_hours": {
      const reason = DAY_OFF_REASONS[step.reason][en ? "en" : "vi"];
      return en
        ? `The due date fell at ${at(step.from, locale)} (${reason}): moved to ${at(step.to, locale)}`
        : `Hạn rơi vào ${at(step.from, locale)} (${reason}): chuyển sang ${at(step.to, locale)}`;
    }
    case "provisional_year": {
      if (step.basis === "weekends") {
        return en
          ? `No holiday calendar for ${step.year}: only weekends were treated as days off, so the due date is provisional`
          : `Chưa có lịch nghỉ lễ năm ${step.year}: tạm chỉ tính ngày nghỉ cuối tuần, nên hạn là dự kiến`;
      }
      const law = step.sources.join("; ");
      return en
        ? `No official holiday notice for ${step.year} is loaded: its days off are computed from the statute (${law}), so the due date is provisional`
        : `Chưa có thông báo nghỉ lễ chính thức năm ${step.year}: ngày nghỉ được tính theo luật định (${law}), nên hạn là dự kiến`;
    }
    case "due":
      if (step.provisional) {
        return en
          ? `Due at ${at(step.at, locale)} (provisional)`
          : `Hẹn trả kết quả (dự kiến): ${at(step.at, locale)}`;
      }
      return en ? `Due at ${at(step.at, locale)}` : `Hẹn trả kết quả: ${at(step.at, locale)}`;
  }
}
