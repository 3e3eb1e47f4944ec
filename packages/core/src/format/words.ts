import type { Locale } from "../labels";
import { civilFromDays, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, pad2, weekdayOf } from "../time/civil";

const WEEKDAYS_VI = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"];
const WEEKDAYS_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

let numberFormats: Partial<Record<Locale, Intl.NumberFormat>> | undefined;

/** 1,5 in Vietnamese, 1.5 in English; at most two decimals. */
export function formatNumber(value: number, locale: Locale): string {
  numberFormats ??= {};
  let format = numberFormats[locale];
  if (format === undefined) {
    format = new Intl.NumberFormat(locale === "en" ? "en" : "vi-VN", { maximumFractionDigits: 2 });
    numberFormats[locale] = format;
  }
  return format.format(value);
}

/** "2 ngày làm việc" / "2 working days" style counts with an English plural. */
export function count(value: number, locale: Locale, vi: string, enOne: string, enMany: string): string {
  return `${formatNumber(value, locale)} ${locale === "en" ? (value === 1 ? enOne : enMany) : vi}`;
}

/** "thứ Hai 02/03/2026" / "Monday 02/03/2026" of a day number. */
export function weekdayDate(dayNumber: number, locale: Locale): string {
  const [year, month, day] = civilFromDays(dayNumber);
  const weekday = (locale === "en" ? WEEKDAYS_EN : WEEKDAYS_VI)[weekdayOf(dayNumber)];
  return `${weekday} ${pad2(day)}/${pad2(month)}/${year}`;
}

/** "09:00" of Vietnam-local milliseconds. */
export function clockTime(localMs: number): string {
  const ms = localMs - Math.floor(localMs / MS_PER_DAY) * MS_PER_DAY;
  return `${pad2(Math.floor(ms / MS_PER_HOUR))}:${pad2(Math.floor((ms % MS_PER_HOUR) / MS_PER_MINUTE))}`;
}

/** "09:00 thứ Hai 02/03/2026" / "09:00 on Monday 02/03/2026". */
export function timeAndDay(localMs: number, locale: Locale): string {
  const day = weekdayDate(Math.floor(localMs / MS_PER_DAY), locale);
  return locale === "en" ? `${clockTime(localMs)} on ${day}` : `${clockTime(localMs)} ${day}`;
}
