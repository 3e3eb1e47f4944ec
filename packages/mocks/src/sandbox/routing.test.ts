// The sandbox's router must answer exactly as msw walking every handler does: first time and remembered, for
// lists, single records, writes and paths no operation has — and forget what it remembered when the list of
// handlers changes.
import { getResponse, HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
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

async function answer(response: Response | undefined) {
  return response ? { status: response.status, body: await response.text() } : undefined;
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

  it("forgets the remembered routes when a handler is put in front", async () => {
    const handlers = make();
    const router = new HandlerRouter(handlers);
    expect((await router.respond(request("/v1/dossiers?limit=1")))?.status).toBe(200);
    handlers.unshift(http.get("*/v1/dossiers", () => HttpResponse.json({ replaced: true }, { status: 418 })));
    const replaced = await router.respond(request("/v1/dossiers?limit=1"));
    expect(replaced?.status).toBe(418);
    expect(await replaced?.json()).toEqual({ replaced: true });
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
    expect(await demo?.json()).toEqual({ demo: true });
  });
});
