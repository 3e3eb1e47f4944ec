import type { Document } from "@chinhquyenso/client";
import { formatDeadline, type Locale, timeliness, type WorkingCalendar } from "@chinhquyenso/core";
import { safeDateTime } from "../internal/dates";

/** States in which a document is still being handled, so its due date can be missed (glossary). */
const OPEN_STATES: ReadonlySet<string> = new Set([
  "received",
  "registered",
  "assigned",
  "in_progress",
  "awaiting_signature",
]);

export interface DocumentDeadline {
  /** `within_time`, `due_soon` or `overdue` while the document is open; `null` once handled or unreadable. */
  timeliness: "within_time" | "due_soon" | "overdue" | null;
  /** "còn 2 ngày làm việc", "hạn hôm nay", "quá hạn 3 ngày" (open documents only). */
  text: string | null;
  /** The due date and time in Vietnam time, or the raw value when unreadable. */
  dateText: string;
}

/**
 * The due-date warning of a document, from core's working-day rules: an open document is judged like an open
 * dossier whose clock runs (core's `timeliness` takes a dossier status). `null` without a due date.
 */
export function documentDeadline(
  document: Pick<Document, "dueAt" | "state">,
  now: Date,
  options: { locale: Locale; calendar: WorkingCalendar },
): DocumentDeadline | null {
  const dueAt = document.dueAt;
  if (dueAt === null || dueAt === undefined || dueAt === "") return null;
  const dateText = safeDateTime(String(dueAt));
  if (!OPEN_STATES.has(document.state)) return { timeliness: null, text: null, dateText };
  try {
    const value = timeliness({ status: "processing", dueAt }, now, { calendar: options.calendar });
    return {
      timeliness: value === "within_time" || value === "due_soon" || value === "overdue" ? value : null,
      text: formatDeadline(dueAt, now, options),
      dateText,
    };
  } catch {
    return { timeliness: null, text: null, dateText };
  }
}

export function isOpenDocument(document: Pick<Document, "state">): boolean {
  return OPEN_STATES.has(document.state);
}
