import type { InboxMessageKey } from "./messages";

/** HTTP status of a client error (duck-typed, so the widget does not bundle the client's error classes). */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : undefined;
}

export function failureKey(error: unknown): InboxMessageKey {
  const status = statusOf(error);
  if (status === 409 || status === 412) return "inbox.failed.changed";
  if ((error as { name?: unknown } | null)?.name === "NetworkError") return "inbox.failed.network";
  return "inbox.failed.other";
}
