import { defineCatalog } from "./translator";

/**
 * Weekday names, Monday first (index 0: Vietnamese weeks start on Monday), shared by the calendar and meeting
 * widgets. The keys keep their `calendar.` prefix so existing message overrides still apply.
 */
export const weekdayMessages = /* @__PURE__ */ defineCatalog({
  vi: {
    "calendar.weekday.0": "Thứ Hai",
    "calendar.weekday.1": "Thứ Ba",
    "calendar.weekday.2": "Thứ Tư",
    "calendar.weekday.3": "Thứ Năm",
    "calendar.weekday.4": "Thứ Sáu",
    "calendar.weekday.5": "Thứ Bảy",
    "calendar.weekday.6": "Chủ nhật",
  },
  en: {
    "calendar.weekday.0": "Monday",
    "calendar.weekday.1": "Tuesday",
    "calendar.weekday.2": "Wednesday",
    "calendar.weekday.3": "Thursday",
    "calendar.weekday.4": "Friday",
    "calendar.weekday.5": "Saturday",
    "calendar.weekday.6": "Sunday",
  },
});

export type WeekdayKey = keyof (typeof weekdayMessages)["vi"];
