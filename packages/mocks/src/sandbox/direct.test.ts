// The sandbox answers a GET the first time through a Fetch Request and its router, then — the path remembered —
// straight from its operation with a view of Node's request, writing JSON made by the operation without a Fetch
// Response. Both must send over HTTP what msw's own Response sends (the reference): status,
// every header (ETag, CORS, problem type, challenge) and body, for lists, one record, problems, a forced status and
// an Open311 XML answer (a Response, not JSON made here). Only the date may differ; the request id is sent so that
// it does not.
import { http } from "msw";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createManualClock } from "../store/clock";
import { dossierLookupPin } from "../store/lookup-pin";
import { startTestSandbox, TEST_NOW } from "./sandbox.test-support";
import type { Sandbox } from "./server";

let sandbox: Sandbox;
/** A handler that matches no request, by a predicate of its own (so the router cannot remember past it). */
const OPAQUE = http.get(
  () => false,
  () => new Response(null, { status: 418 }),
);
beforeAll(async () => {
  ({ sandbox } = await startTestSandbox({ size: 80, clock: createManualClock(TEST_NOW) }));
});
afterAll(() => sandbox.close());

async function exchange(path: string, headers: Record<string, string>) {
  const response = await fetch(`${sandbox.url}${path}`, {
    headers: { "x-request-id": "direct-test", ...headers },
  });
  const sent = [...response.headers].filter(([name]) => name !== "date" && name !== "keep-alive");
  return { status: response.status, headers: sent, body: await response.text() };
}

describe("a remembered GET, answered without Fetch", () => {
  it("sends what the first answer (through Fetch and msw's router) sent", async () => {
    const officer = { authorization: "Bearer sbx-officer" };
    const code =
      [...sandbox.store.dossiers.values()].find(
        (record) => record.agencyCode === sandbox.store.principal("officer").agencyCode,
      )?.code ?? "";
    const etag = JSON.parse((await exchange(`/v1/dossiers/${encodeURIComponent(code)}`, officer)).body)
      .etag as string;
    // A header parameter the operation reads by its contract name (X-Lookup-Pin): case does not matter.
    const lookup: [string, Record<string, string>] = [
      `/v1/public/dossier-status/${encodeURIComponent(code)}`,
      { "x-lookup-pin": dossierLookupPin(sandbox.store, code) },
    ];
    const calls: [string, Record<string, string>][] = [
      ["/v1/procedures?limit=2", officer],
      lookup,
      ["/v1/holidays", officer],
      ["/open311/v2/services.xml", {}],
      ["/v1/dossiers?limit=3&sort=dueAt", officer],
      [`/v1/dossiers/${encodeURIComponent(code)}`, officer],
      [`/v1/dossiers/${encodeURIComponent(code)}/history`, officer],
      ["/v1/feedback?limit=2", { ...officer, origin: "http://localhost:5173" }],
      ["/v1/notifications?limit=2", {}],
      ["/v1/dossiers?limit=nope", officer],
      ["/v1/dossiers/khong-co-ho-so", officer],
      ["/v1/dossiers?limit=2", { authorization: "Bearer sai-token" }],
      ["/v1/dossiers?limit=2", { ...officer, prefer: "code=503" }],
    ];
    const statuses = new Set<number>();
    for (const [path, headers] of calls) {
      // The reference: with a handler in front that may match on more than the URL, the router remembers nothing
      // and msw answers every request with a Fetch Response, as before the sandbox called operations directly.
      sandbox.handlers.unshift(OPAQUE);
      const reference = await exchange(path, headers);
      sandbox.handlers.shift();
      const first = await exchange(path, headers); // routed (the list changed: nothing remembered), then called
      const again = await exchange(path, headers); // remembered: no Fetch Request, no Response
      expect(first, path).toEqual(reference);
      expect(again, path).toEqual(reference);
      statuses.add(first.status);
      // The header the operation sets, with CORS added by the sandbox, on the remembered route too.
      expect(new Map(again.headers).get("x-request-id"), path).toBe("direct-test");
      expect(new Map(again.headers).get("access-control-allow-origin"), path).toBe(headers.origin ?? "*");
    }
    expect([...statuses].sort()).toEqual(expect.arrayContaining([200, 400, 401, 404, 503]));
    expect((await exchange(...lookup)).status, "the lookup with its PIN").toBe(200);
    const record = await exchange(`/v1/dossiers/${encodeURIComponent(code)}`, officer);
    expect(new Map(record.headers).get("etag")).toBe(etag);
    expect(new Map(record.headers).get("content-length")).toBe(String(Buffer.byteLength(record.body)));
  });
});
