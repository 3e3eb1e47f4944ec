// The sandbox's router must answer exactly as msw walking every handler does: first time and remembered, for
// lists, single records, writes and paths no operation has — and forget what it remembered when the list of
// handlers changes.
import { getResponse, HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { type Answer, type IncomingCall, toResponse } from "../handlers/answer";
import { createHandlers } from "../handlers/create";
import { createManualClock } from "../store/clock";
import { HandlerRouter } from "./routing";
import { TEST_NOW } from "./sandbox.test-support";

const make = () => createHandlers({ seed: 5, size: 60, now: TEST_NOW, clock: createManualClock(TEST_NOW) });

function request(path: string, init: RequestInit = {}): Request {
  const headers = new Headers(init.headers);
  headers.set("authorization", "Bearer sbx-officer");
  headers.set("x-request-id", "routing-test");
  return new Request(`http://127.0.0.1:4010${path}`, { ...init, headers });
}

async function answer(given: Answer | undefined) {
  if (!given) return undefined;
  const response = toResponse(given);
  return { status: response.status, headers: [...response.headers], body: await response.text() };
}

/** `request` as the handlers read it, without a Fetch Request (what the sandbox passes for a remembered GET). */
function plainCall(fetchRequest: Request): IncomingCall {
  return {
    method: fetchRequest.method,
    url: fetchRequest.url,
    headers: { get: (name) => fetchRequest.headers.get(name) },
    signal: new AbortController().signal,
    arrayBuffer: () => Promise.resolve(new ArrayBuffer(0)),
  };
}

describe("HandlerRouter", () => {
  it("answers as msw does, the first time and when it remembers the route", async () => {
    const byMsw = make();
    const routed = make();
    const router = new HandlerRouter(routed);
    const code = [...byMsw.store.dossiers.keys()][3] as string;
    const calls: [string, RequestInit?][] = [
      ["/v1/dossiers?limit=5"],
      ["/v1/dossiers?limit=2&sort=dueAt"],
      [`/v1/dossiers/${encodeURIComponent(code)}`],
      [`/v1/dossiers/${encodeURIComponent(code)}/history`],
      ["/v1/dossiers/khong-co"],
      ["/v1/khong-co-thao-tac"],
      [`/v1/dossiers/${encodeURIComponent(code)}/transition`, { method: "POST", body: "{}" }],
    ];
    for (let round = 0; round < 2; round++)
      for (const [path, init] of calls) {
        const expected = await answer(await getResponse(byMsw, request(path, init)));
        expect(await answer(await router.respond(request(path, init))), `${path} (round ${round})`).toEqual(
          expected,
        );
      }
    expect(await answer(await router.respond(request("/v1/khong-co-thao-tac")))).toBeUndefined();
  });

  it("calls a remembered GET operation without a Fetch Request, answering as msw does (headers included)", async () => {
    const byMsw = make();
    const routed = make();
    const router = new HandlerRouter(routed);
    const code = [...byMsw.store.dossiers.keys()][4] as string;
    const paths = [
      "/v1/dossiers?limit=3",
      "/v1/dossiers?limit=2&sort=-dueAt&status=received",
      `/v1/dossiers/${encodeURIComponent(code)}`,
      "/v1/dossiers?limit=abc",
      "/v1/dossiers/khong-co",
    ];
    const url = (path: string) => new URL(`http://127.0.0.1:4010${path}`);
    for (const path of paths) expect(router.remembered("GET", url(path)), path).toBeUndefined();
    for (const path of paths) await router.respond(request(path));
    for (const path of paths) {
      const direct = router.remembered("GET", url(path));
      expect(direct, path).toBeDefined();
      const expected = await answer(await getResponse(byMsw, request(path)));
      expect(await answer(await direct?.(plainCall(request(path)))), path).toEqual(expected);
    }
    // Without credentials: the same 401 problem and challenge.
    const bare = new Request("http://127.0.0.1:4010/v1/dossiers?limit=3", {
      headers: { "x-request-id": "r-1" },
    });
    const unauthorised = await answer(await router.remembered("GET", url("/v1/dossiers"))?.(plainCall(bare)));
    expect(unauthorised?.status).toBe(401);
    expect(unauthorised).toEqual(await answer(await getResponse(byMsw, bare.clone())));
    expect(
      router.remembered("POST", url(`/v1/dossiers/${encodeURIComponent(code)}/transition`)),
    ).toBeUndefined();
  });

  it("forgets the remembered routes when a handler is put in front", async () => {
    const handlers = make();
    const router = new HandlerRouter(handlers);
    expect((await router.respond(request("/v1/dossiers?limit=1")))?.status).toBe(200);
    handlers.unshift(http.get("*/v1/dossiers", () => HttpResponse.json({ replaced: true }, { status: 418 })));
    const replaced = await router.respond(request("/v1/dossiers?limit=1"));
    expect(replaced?.status).toBe(418);
    expect(await answer(replaced)).toMatchObject({ body: JSON.stringify({ replaced: true }) });
    expect(router.remembered("GET", new URL("http://127.0.0.1:4010/v1/dossiers"))).toBeUndefined();
  });

  it("leaves a handler that matches on more than the URL to msw, every time", async () => {
    const handlers = make();
    handlers.unshift(
      http.get(
        ({ request: incoming }) => incoming.headers.get("x-demo") === "1",
        () => HttpResponse.json({ demo: true }),
      ),
    );
    const router = new HandlerRouter(handlers);
    expect((await router.respond(request("/v1/dossiers?limit=1")))?.status).toBe(200);
    const demo = await router.respond(request("/v1/dossiers?limit=1", { headers: { "x-demo": "1" } }));
    expect(await answer(demo)).toMatchObject({ body: JSON.stringify({ demo: true }) });
    expect(router.remembered("GET", new URL("http://127.0.0.1:4010/v1/dossiers"))).toBeUndefined();
  });
});
