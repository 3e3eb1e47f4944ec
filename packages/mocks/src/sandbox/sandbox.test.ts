import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { raw, startTestSandbox } from "../test-support/sandbox";
import type { Sandbox } from "./server";
import { startSandbox } from "./server";

let sandbox: Sandbox;

beforeAll(async () => {
  ({ sandbox } = await startTestSandbox({ size: 50, controlToken: "control-token" }));
});

/** A control route call, with the control token. */
const control = (path: string, init: RequestInit = {}) =>
  fetch(`${sandbox.url}${path}`, { ...init, headers: { authorization: "Bearer control-token" } });
afterAll(() => sandbox.close());

describe("sandbox server", () => {
  it("answers the health check with the data set it serves", async () => {
    const response = await control("/__sandbox/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: "ok",
      seed: 7,
      size: 50,
      dataAsOf: "2026-11-26T10:00:00+07:00",
      snapshot: "current",
    });
  });

  it("answers CORS preflights with the client's headers allowed and the useful ones exposed", async () => {
    const response = await fetch(`${sandbox.url}/v1/dossiers`, {
      method: "OPTIONS",
      headers: {
        origin: "http://localhost:5173",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization, idempotency-key, if-match, prefer",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    const allowed = response.headers.get("access-control-allow-headers")?.toLowerCase() ?? "";
    for (const name of [
      "authorization",
      "idempotency-key",
      "if-match",
      "last-event-id",
      "prefer",
      "x-request-id",
    ])
      expect(allowed).toContain(name);
    const real = await raw(sandbox, "/v1/procedure-fields", { headers: { origin: "http://localhost:5173" } });
    const exposed = real.headers.get("access-control-expose-headers")?.toLowerCase() ?? "";
    for (const name of ["etag", "retry-after", "x-request-id"]) expect(exposed).toContain(name);
  });

  it("answers routes outside the contract with a problem document", async () => {
    const response = await raw(sandbox, "/v1/nothing-here");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 404, code: "not_found" });
  });

  it("requires a bearer token on secured operations, not on public ones", async () => {
    expect((await fetch(`${sandbox.url}/v1/dossiers`)).status).toBe(401);
    expect((await fetch(`${sandbox.url}/v1/holidays?year=2026`)).status).toBe(200);
  });

  it("serves the 2026 calendar with its sources and says 2027 is not covered instead of inventing it", async () => {
    const covered = await fetch(`${sandbox.url}/v1/holidays?year=2026`);
    expect(covered.headers.get("x-holiday-coverage")).toBe("covered");
    const body = await covered.json();
    expect(body.items.length).toBeGreaterThan(10);
    expect(body.items[0]).toMatchObject({ date: "2026-01-01", kind: "holiday" });
    const uncovered = await fetch(`${sandbox.url}/v1/holidays?year=2027`);
    expect(uncovered.headers.get("x-holiday-coverage")).toBe("uncovered");
    expect(await uncovered.json()).toEqual({ year: 2027, items: [] });
  });

  it("honours Prefer: code, example and delay", async () => {
    const forced = await raw(sandbox, "/v1/dossiers", { headers: { prefer: "code=503" } });
    expect(forced.status).toBe(503);
    expect(forced.headers.get("retry-after")).toBe("1");
    const example = await raw(sandbox, "/v1/dossiers/any-code", {
      headers: { prefer: "example=processing" },
    });
    expect(await example.json()).toMatchObject({ code: "000.00.00.H29-260115-0001", status: "processing" });
    const unknown = await raw(sandbox, "/v1/dossiers", { headers: { prefer: "code=418" } });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ code: "invalid_prefer" });
    const started = performance.now();
    await raw(sandbox, "/v1/procedure-fields", { headers: { prefer: "delay=300" } });
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("applies scenarios and resets to the seeded data", async () => {
    const scenario = await control("/__sandbox/scenarios", {
      method: "POST",
      body: JSON.stringify({
        name: "operation_error",
        operationId: "dossiers.counts",
        status: 500,
        times: 1,
      }),
    });
    expect(scenario.status).toBe(200);
    expect((await raw(sandbox, "/v1/dossier-counts")).status).toBe(500);
    expect((await raw(sandbox, "/v1/dossier-counts")).status).toBe(200);
    await control("/__sandbox/scenarios", { method: "POST", body: JSON.stringify("empty") });
    expect((await (await raw(sandbox, "/v1/dossiers")).json()).total).toBe(0);
    const bad = await control("/__sandbox/scenarios", {
      method: "POST",
      body: JSON.stringify("flooded"),
    });
    expect(bad.status).toBe(400);
    const reset = await control("/__sandbox/reset", { method: "POST" });
    expect(reset.status).toBe(200);
    expect((await (await raw(sandbox, "/v1/dossiers")).json()).total).toBe(50);
    const resized = await control("/__sandbox/reset", {
      method: "POST",
      body: JSON.stringify({ size: 5 }),
    });
    expect(resized.status).toBe(400);
    expect(await resized.json()).toMatchObject({ detail: expect.stringContaining("size") });
  });

  it("lists agencies by level and names the query parameter of an unknown level", async () => {
    const departments = await (await raw(sandbox, "/v1/agencies?level=department")).json();
    expect(departments.items.map((agency: { name: string }) => agency.name)).toContain(
      "Sở Nông nghiệp và Môi trường",
    );
    const bad = await raw(sandbox, "/v1/agencies?level=huyen");
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.errors).toEqual([expect.objectContaining({ field: "query/level" })]);
    const procedures = await (await raw(sandbox, "/v1/procedures?limit=100")).json();
    for (const procedure of procedures.items) {
      expect(procedure).not.toHaveProperty("level");
      expect([undefined, "full_online", "partial_online"]).toContain(procedure.serviceLevel);
    }
  });

  it("resets onto the pre-merger snapshot and back, refusing a date that does not fit", async () => {
    const before = await control("/__sandbox/reset", {
      method: "POST",
      body: JSON.stringify({ snapshot: "pre-2025-07" }),
    });
    expect(await before.json()).toMatchObject({
      snapshot: "pre-2025-07",
      dataAsOf: "2025-05-28T10:00:00+07:00",
    });
    const districts = await (await raw(sandbox, "/v1/agencies?level=district")).json();
    expect(districts.items.map((agency: { name: string }) => agency.name)).toContain(
      "Ủy ban nhân dân huyện Dầu Tiếng",
    );
    const late = await control("/__sandbox/reset", {
      method: "POST",
      body: JSON.stringify({ now: "2026-01-05T09:00:00+07:00" }),
    });
    expect(late.status).toBe(400);
    expect(await late.json()).toMatchObject({
      detail: expect.stringMatching(/^now: 2026-01-05 is too late/),
    });
    const today = await control("/__sandbox/reset", {
      method: "POST",
      body: JSON.stringify({ snapshot: "current", now: "2026-11-26T10:00:00+07:00" }),
    });
    expect(await today.json()).toMatchObject({ snapshot: "current" });
    expect((await (await raw(sandbox, "/v1/agencies?level=district")).json()).items).toEqual([]);
    const communes = await (await raw(sandbox, "/v1/agencies?level=commune")).json();
    expect(communes.items).toHaveLength(36);
  });

  it("injects faults at the configured rate: 5xx and dropped connections", async () => {
    sandbox.configureFaults({ errorRate: 1, seed: 3 });
    const outcomes = { error: 0, dropped: 0 };
    for (let index = 0; index < 40; index++) {
      try {
        const response = await raw(sandbox, "/v1/procedure-fields");
        expect(response.status).toBeGreaterThanOrEqual(500);
        outcomes.error += 1;
      } catch {
        outcomes.dropped += 1;
      }
    }
    sandbox.configureFaults({ errorRate: 0 });
    expect(outcomes.error).toBeGreaterThan(5);
    expect(outcomes.dropped).toBeGreaterThan(5);
    expect((await raw(sandbox, "/v1/procedure-fields")).status).toBe(200);
  });

  it("rejects a port that is already taken", async () => {
    const port = Number(new URL(sandbox.url).port);
    await expect(startSandbox({ port, size: 10 })).rejects.toMatchObject({ code: "EADDRINUSE" });
  });
});
