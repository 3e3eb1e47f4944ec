import { describeValue, InvalidInputError } from "../errors";
import { type InstantInput, toEpochMs } from "../time/instant";

// Dates and times are always shown in Vietnam time, whatever the viewer's device is set to, in the
// Vietnamese administrative form dd/MM/yyyy and 24-hour HH:mm — in English too.

let parts: Intl.DateTimeFormat | undefined;

function partsOf(
  value: InstantInput,
  field: string,
): Record<"day" | "month" | "year" | "hour" | "minute", string> {
  const utc = toEpochMs(value, field);
  parts ??= new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const result = { day: "", month: "", year: "", hour: "", minute: "" };
  for (const part of parts.formatToParts(utc)) {
    if (part.type in result) result[part.type as keyof typeof result] = part.value;
  }
  return result;
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
