// The citizen's 1–5 rating over real HTTP (the sandbox on a loopback port): what the contract's FeedbackRating
// refuses gets 422 with a pointer at the field, and nothing is recorded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { raw, startTestSandbox } from "../sandbox/sandbox.test-support";
import type { Sandbox } from "../sandbox/server";

let sandbox: Sandbox;
beforeAll(async () => {
  ({ sandbox } = await startTestSandbox());
});
afterAll(() => sandbox.close());

const unratedClosed = () => {
  const found = [...sandbox.store.feedback.values()].find((item) => item.status === "closed" && !item.rating);
  if (!found) throw new Error("no closed feedback without a rating");
  return found;
};

const rate = (id: string, body: string) =>
  raw(sandbox, `/v1/feedback/${id}/rating`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body,
  });

describe("feedback.rate validates the 1–5 scale", () => {
  it.each([
    ["zero", '{"rating":0}'],
    ["six", '{"rating":6}'],
    ["a fraction", '{"rating":2.5}'],
    ["a numeric string", '{"rating":"5"}'],
    ["the old word scale", '{"rating":"satisfied"}'],
    ["null", '{"rating":null}'],
  ])("refuses %s with 422 naming /rating, and records nothing", async (_, body) => {
    const target = unratedClosed();
    const version = target.version;
    const response = await rate(target.id, body);
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toMatch(/problem\+json/);
    const problem = (await response.json()) as { errors?: { field?: string }[] };
    expect(problem.errors?.map((error) => error.field)).toContain("/rating");
    expect(target.rating ?? null).toBeNull();
    expect(target.version).toBe(version);
  });

  it("refuses a missing rating with 422 naming /rating", async () => {
    const response = await rate(unratedClosed().id, '{"comment":"Không chấm điểm."}');
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { errors?: { field?: string }[] };
    expect(problem.errors?.map((error) => error.field)).toContain("/rating");
  });

  it("records each level 1 to 5 as the integer sent", async () => {
    for (const level of [1, 2, 3, 4, 5]) {
      const target = unratedClosed();
      const response = await rate(target.id, JSON.stringify({ rating: level }));
      expect(response.status).toBe(200);
      expect(((await response.json()) as { rating?: unknown }).rating).toBe(level);
      expect(target.rating).toBe(level);
    }
  });
});
