// The reliability figure: with 30% of requests failing (half 5xx, half dropped connections, before or after
// the write is applied), the real client sends 1,000 mixed writes to the sandbox over loopback; the store must
// then hold each write exactly once. CQS_RELIABILITY_REPORT=1 prints the figures for the README.
import { expect, it } from "vitest";
import { runReliability } from "./reliability.test-support";

it("keeps 1,000 mixed writes exactly once through 30% injected faults", async () => {
  const result = await runReliability({ errorRate: 0.3 });
  if (process.env.CQS_RELIABILITY_REPORT) process.stdout.write(`\n${JSON.stringify(result, null, 2)}\n`);
  expect(result.writes).toBe(1000);
  expect(result.duplicates).toBe(0);
  expect(result.lost).toBe(0);
  const { requests, error_before, error_after, drop_before, drop_after } = result.faults;
  const failed = error_before + error_after + drop_before + drop_after;
  expect(failed / requests).toBeGreaterThan(0.25);
  expect(failed / requests).toBeLessThan(0.35);
  for (const count of [error_before, error_after, drop_before, drop_after]) expect(count).toBeGreaterThan(30);
  expect(result.clientRetries).toBeGreaterThan(300);
}, 300_000); // ~6 s on 2 cores; the long limit only guards against hangs on an overloaded machine
