// The handlers in-process, as a Storybook story or an app's test uses them: msw intercepts the client's fetch.
import { createClient } from "@chinhquyenso/client";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { MockOptionsError } from "../errors";
import { TEST_NOW } from "../sandbox/sandbox.test-support";
import { DEFAULT_TOKENS } from "../store/principals";
import { createHandlers } from "./create";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = (baseUrl: string) =>
  createClient({ baseUrl, auth: { token: () => DEFAULT_TOKENS.officer }, retry: false });

describe("createHandlers with msw", () => {
  it("serves the contract under a base URL with a path prefix, sharing one store", async () => {
    const handlers = createHandlers({
      baseUrl: "https://api.example.gov.vn/platform",
      seed: 3,
      size: 30,
      now: TEST_NOW,
    });
    server.use(...handlers);
    const api = client("https://api.example.gov.vn/platform");
    const page = await api.dossiers.list({ limit: 100 });
    // The default officer's: their agency's dossiers.
    const agency = handlers.store.principal("officer").agencyCode;
    const theirs = [...handlers.store.dossiers.values()].filter((record) => record.agencyCode === agency);
    expect(theirs.length).toBeGreaterThan(0);
    expect(page.total).toBe(theirs.length);
    expect(page.items.map((item) => item.code).sort()).toEqual(theirs.map((record) => record.code).sort());
  });

  it("puts the store in named states: empty lists, a failing operation, signing that expires", async () => {
    const handlers = createHandlers({
      size: 30,
      now: TEST_NOW,
      scenarios: [
        "empty",
        { name: "operation_error", operationId: "dossiers.counts", status: 503 },
        "signing_expires",
      ],
    });
    server.use(...handlers);
    const api = client("https://any.example");
    expect(await api.dossiers.list()).toMatchObject({ items: [], total: 0 });
    expect(await api.feedback.list()).toMatchObject({ items: [] });
    await expect(api.dossiers.counts()).rejects.toMatchObject({ status: 503 });
    expect(handlers.store.signing.outcome).toBe("expire");
  });

  it("lets a story override one operation in front of the stateful handlers", async () => {
    server.use(
      http.get("*/v1/dossier-counts", () => HttpResponse.json({ items: [], computedAt: TEST_NOW })),
      ...createHandlers({ size: 10, now: TEST_NOW }),
    );
    expect((await client("https://any.example").dossiers.counts()).items).toEqual([]);
  });

  it("refuses a malformed base URL or scenario with a MockOptionsError", () => {
    expect(() => createHandlers({ baseUrl: "api.example.gov.vn", size: 10 })).toThrow(MockOptionsError);
    expect(() =>
      createHandlers({ size: 10, scenarios: [{ name: "empty_queue", queue: "everything" as "all" }] }),
    ).toThrow(/scenario.queue/);
  });
});
