// One idempotency-key helper for every widget's writes: the client's (a v4 UUID; crypto.getRandomValues where
// crypto.randomUUID is missing, as on intranet pages served over plain http), so the widgets and the client's own
// automatic keys are made the same way.
export { newIdempotencyKey } from "@chinhquyenso/client";
