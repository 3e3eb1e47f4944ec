import type { WidgetError } from "../errors";

/** The message key for a load failure of payment data (403, 404, 429 designed; the rest generic). */
export function paymentLoadMessage(
  error: WidgetError,
):
  | ["pay.error.forbidden" | "pay.error.notFound" | "pay.error.load"]
  | ["pay.error.rateLimited", { seconds: number }] {
  if (error.kind === "forbidden" || error.kind === "unauthorized") return ["pay.error.forbidden"];
  if (error.kind === "not_found") return ["pay.error.notFound"];
  if (error.kind === "rate_limited") return ["pay.error.rateLimited", { seconds: error.retryAfter ?? 60 }];
  return ["pay.error.load"];
}
