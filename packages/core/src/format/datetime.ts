import { describeValue, InvalidInputError } from "../errors";
import { civilFromDays, MS_PER_DAY, MS_PER_MINUTE, pad2 } from "../time/civil";
import { type InstantInput, toLocalMs } from "../time/instant";

// Dates and times are always shown in Vietnam time, whatever the viewer's device is set to, in the
// Vietnamese administrative form dd/MM/yyyy and 24-hour HH:mm — in English too.

// The fields come from Vietnam-local milliseconds, the same reading of an instant as toVietnamIso and every day
// count of core (UTC+7: Vietnam has kept it without daylight saving since 1975), and without Intl: a server
// rendering an inbox formats thousands of dates, and formatToParts was a tenth of that render.
function partsOf(
  value: InstantInput,
  field: string,
): Record<"day" | "month" | "year" | "hour" | "minute", string> {
  const local = toLocalMs(value, field);
  const dayNumber = Math.floor(local / MS_PER_DAY);
  const [year, month, day] = civilFromDays(dayNumber);
  const minutes = Math.floor((local - dayNumber * MS_PER_DAY) / MS_PER_MINUTE);
  return {
    day: pad2(day),
    month: pad2(month),
    year: String(year),
    hour: pad2(Math.floor(minutes / 60)),
    minute: pad2(minutes % 60),
  };
}

/** `02/03/2026` in Vietnam time. */
export function formatDate(value: InstantInput): string {
  const { day, month, year } = partsOf(value, "value");
  return `${day}/${month}/${year}`;
}

/** `09:05` (24-hour) in Vietnam time. */
export function formatTime(value: InstantInput): string {
  const { hour, minute } = partsOf(value, "value");
  return `${hour}:${minute}`;
}

/** `09:05 02/03/2026` in Vietnam time — the order of Vietnamese administrative documents. */
export function formatDateTime(value: InstantInput): string {
  const { day, month, year, hour, minute } = partsOf(value, "value");
  return `${hour}:${minute} ${day}/${month}/${year}`;
}

let money: Partial<Record<"vi" | "en", Intl.NumberFormat>> | undefined;

/** `1.500.000 ₫` (vi) or `VND 1,500,000` (en). Throws `InvalidInputError` for a non-finite amount. */
export function formatVnd(amount: number, locale: "vi" | "en" = "vi"): string {
  if (typeof amount !== "number" || !Number.isFinite(amount)) {
    throw new InvalidInputError(
      "invalid_amount",
      "amount",
      `${describeValue(amount)} is not a finite number`,
    );
  }
  money ??= {};
  let format = money[locale];
  if (format === undefined) {
    format =
      locale === "en"
        ? new Intl.NumberFormat("en", { style: "currency", currency: "VND", currencyDisplay: "code" })
        : new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" });
    money[locale] = format;
  }
  return format.format(amount);
}
