// Resending a failed write safely (issue "Trust boundaries"): with the client's default retry policy, some
// writes still fail under faults although the platform applied them. Resent as a new call they are applied
// twice; resent with the key the error carries (`{ idempotencyKey: error.idempotencyKey }`) they are applied
// once. 1,000 mixed writes through the real client to the sandbox over loopback, 30% of requests failing (5xx or
// a dropped connection, before or after the write is applied); the store is counted afterwards.
// CQS_RELIABILITY_REPORT=1 prints the figures.
import { expect, it } from "vitest";
import { runReliability } from "./reliability.test-support";

const report = (label: string, result: unknown) => {
  if (process.env.CQS_RELIABILITY_REPORT)
    process.stdout.write(`\n${label}: ${JSON.stringify(result, null, 2)}\n`);
};

it("resent with error.idempotencyKey, 1,000 writes through 30% faults are each applied exactly once", async () => {
  const result = await runReliability({ errorRate: 0.3, resend: "error-key" });
  report("error-key", result);
  expect(result.writes).toBe(1000);
  // The default policy gives up on some writes: the resends are what this test is about.
  expect(result.resends).toBeGreaterThan(5);
  expect(result.duplicates).toBe(0);
  expect(result.lost).toBe(0);
  const { requests, error_before, error_after, drop_before, drop_after } = result.faults;
  expect((error_before + error_after + drop_before + drop_after) / requests).toBeGreaterThan(0.25);
}, 300_000); // ~15 s on 2 cores (the default backoff waits); the long limit only guards against hangs

it("resent as a new call (a new key), the same writes are applied twice: what the key on the error prevents", async () => {
  const result = await runReliability({ errorRate: 0.3, resend: "new-key" });
  report("new-key", result);
  expect(result.writes).toBe(850); // transitions left out: a resent transition fails on its stale If-Match
  expect(result.resends).toBeGreaterThan(5);
  expect(result.duplicates).toBeGreaterThan(0);
  expect(result.lost).toBe(0);
}, 300_000);
