import { formatDateTime } from "@chinhquyenso/core";

/** `09:05 26/11/2026` in Vietnam time; a value that does not parse is shown as sent, never guessed. */
export function dateTimeText(value: string | null | undefined): string {
  if (!value) return "—";
  try {
    return formatDateTime(value);
  } catch {
    return value;
  }
}
