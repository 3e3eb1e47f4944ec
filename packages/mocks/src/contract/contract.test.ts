// The contract test: every operation of the spec is called through the real client over real HTTP, and every
// response (status, content type, body) is validated against the bundled OpenAPI document with ajv (JSON
// Schema 2020-12). Declared error statuses are exercised naturally for each family, and exhaustively with the
// Prefer header. The last tests show the validator rejects a response that drifted from the contract.
import { type ChinhQuyenSoClient, createClient } from "@chinhquyenso/client";
import { openapiDocument } from "@chinhquyenso/spec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS, type OperationId } from "../openapi/document";
import { startTestSandbox } from "../sandbox/sandbox.test-support";
import type { Sandbox } from "../sandbox/server";
import { createContractValidator, matchPath } from "./contract.test-support";
import { contractCalls } from "./fixtures";

interface Recorded {
  method: string;
  path: string;
  status: number;
  contentType: string | null;
  body: unknown;
}

const validator = createContractValidator();
const recorded: Recorded[] = [];
let sandbox: Sandbox;
let client: ChinhQuyenSoClient;

const JSON_TYPES = /^application\/(problem\+)?json/;

/** fetch that keeps a copy of every response for validation. */
async function recordingFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = new Request(input, init);
  const response = await fetch(request);
  const contentType = response.headers.get("content-type");
  const path =
    matchPath(openapiDocument, request.method, new URL(request.url).pathname) ??
    new URL(request.url).pathname;
  const body = JSON_TYPES.test(contentType ?? "") ? JSON.parse(await response.clone().text()) : undefined;
  recorded.push({ method: request.method, path, status: response.status, contentType, body });
  return response;
}

beforeAll(async () => {
  // Every operation with one client, whatever principal kinds it is for: startTestSandbox's explicit opt-in to
  // the any-token principal (the trust rules are tested per principal in handlers/authorization.test.ts).
  ({ sandbox } = await startTestSandbox({ heartbeatMs: 1000 }));
  client = createClient({
    baseUrl: sandbox.url,
    auth: { token: () => "test-token" },
    retry: false,
    fetch: recordingFetch,
  });
});
afterAll(() => sandbox.close());

function operationOf(entry: Recorded): OperationId | undefined {
  for (const operation of OPERATIONS.values())
    if (operation.path === entry.path && operation.method === entry.method.toLowerCase())
      return operation.operationId;
  return undefined;
}

describe("contract: every operation, through the client, over HTTP", () => {
  it("answers each operation with a response the contract declares and its schema accepts", async () => {
    const calls = contractCalls(sandbox, client);
    expect(Object.keys(calls).sort()).toEqual([...OPERATIONS.keys()].sort());
    for (const [operationId, call] of Object.entries(calls)) {
      await expect(call(), operationId).resolves.not.toThrow();
    }
    const problems = recorded.flatMap((entry) => validator.check(entry));
    expect(problems).toEqual([]);
    const succeeded = new Set(recorded.filter((entry) => entry.status < 300).map(operationOf));
    expect([...OPERATIONS.keys()].filter((id) => !succeeded.has(id))).toEqual([]);
  });

  it("sends valid stream events (NotificationEvent) as text/event-stream", async () => {
    const stream = recorded.find((entry) => entry.path === "/v1/notification-stream");
    expect(stream?.contentType).toMatch(/^text\/event-stream/);
    const events = sandbox.store.events.events;
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(validator.checkSchema("NotificationEvent", event)).toEqual([]);
  });
});

/** A document that is not awaiting a signature (signing it answers 409 document_not_awaiting_signature). */
function signedDocumentId(): string {
  const document = [...sandbox.store.documents.values()].find((item) => item.state !== "awaiting_signature");
  return document?.id ?? "";
}

describe("contract: declared errors, naturally, for each family of operations", () => {
  const failing: [string, () => Promise<unknown>, number][] = [
    ["agencies", () => client.agencies.get("99.99.X99"), 404],
    ["procedures", () => client.procedures.list({ limit: 500 }), 400],
    ["holidays", () => client.holidays.list({ year: 1999 }), 400],
    ["dossiers", () => client.dossiers.get("00.41.X74-260101-9999"), 404],
    ["dossiers", () => client.dossiers.list({ dueFrom: "26/11/2026" }), 400],
    ["documents", () => client.documents.get("doc_missing"), 404],
    [
      "signing",
      () =>
        client.signing.createRequest({
          provider: "smartca",
          kind: "approval",
          items: [{ source: "document", documentId: "doc_missing", format: "pades" }],
        }),
      422,
    ],
    [
      "feedback",
      () => client.feedback.create({ title: "", description: "x", channel: "phone", categoryCode: "roads" }),
      422,
    ],
    ["dossiers", () => client.dossiers.counts({ assignee: "you" as "me" }), 400],
    ["feedback", () => client.feedback.thread("fb_any", { visibility: "internal" as "public" }), 400],
    ["officers", () => client.officers.list({ limit: 500 }), 400],
    [
      "signing",
      () =>
        client.signing.createRequest({
          provider: "mysign",
          kind: "approval",
          items: [{ source: "document", documentId: signedDocumentId(), format: "pades" }],
        }),
      409,
    ],
    ["open311", () => client.open311.getRequest("PA-1999-000000", "json"), 404],
    ["calendar", () => client.calendar.listEvents({ from: "2026-01-01", to: "2026-12-31" }), 400],
    ["meetings", () => client.meetings.get("mt_missing"), 404],
    ["notifications", () => client.notifications.markRead("nt_missing"), 404],
    ["news", () => client.news.get("nw_missing"), 404],
    ["indicators", () => client.indicators.series("XX-99"), 404],
    ["reports", () => client.reports.timeliness({ from: "2026-11-01", to: "2026-10-01" }), 400],
    [
      "citizens",
      () =>
        client.citizens.lookupHousehold(
          { citizenId: "074099999999" },
          { lookupReason: "Xác minh cư trú cho hồ sơ mẫu" },
        ),
      404,
    ],
  ];

  for (const [family, call, status] of failing) {
    it(`${family}: ${status}`, async () => {
      const before = recorded.length;
      await expect(call()).rejects.toMatchObject({ status });
      const entry = recorded[before];
      expect(entry?.status).toBe(status);
      expect(validator.check(entry as Recorded)).toEqual([]);
    });
  }

  it("401 without a token, 409 / 412 / 428 on a transition", async () => {
    const dossier = [...sandbox.store.dossiers.values()].find((item) => item.status === "processing");
    const path = `/v1/dossiers/${dossier?.code}/transitions`;
    const post = (headers: Record<string, string>) =>
      fetch(`${sandbox.url}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": crypto.randomUUID(), ...headers },
        body: JSON.stringify({ action: "accept" }),
      });
    const view = await client.dossiers.get(dossier?.code ?? "");
    const answers = [
      [await fetch(`${sandbox.url}/v1/dossiers`), 401],
      [await post({ authorization: "Bearer t" }), 428],
      [await post({ authorization: "Bearer t", "if-match": '"d-old-1"' }), 412],
      [await post({ authorization: "Bearer t", "if-match": view.etag }), 409],
    ] as const;
    for (const [response, status] of answers) {
      expect(response.status).toBe(status);
      const template =
        matchPath(
          openapiDocument,
          response.url.endsWith("/v1/dossiers") ? "GET" : "POST",
          new URL(response.url).pathname,
        ) ?? "";
      const body = await response.json();
      expect(
        validator.check({
          method: response.url.endsWith("/v1/dossiers") ? "GET" : "POST",
          path: template,
          status,
          contentType: response.headers.get("content-type"),
          body,
        }),
      ).toEqual([]);
    }
  });
});

describe("contract: Idempotency-Key is required on every x-idempotent write", () => {
  const concrete = (path: string) => path.replace(/\{[^}]+\}/g, "sample");
  const idempotent = [...OPERATIONS.values()].filter((operation) => operation.idempotent);

  it("answers 400 idempotency_key_required without it, as each operation declares", async () => {
    expect(idempotent.map((operation) => operation.operationId)).toEqual(
      expect.arrayContaining(["signing.cancel", "documents.complete", "dossiers.transition"]),
    );
    const problems: string[] = [];
    for (const operation of idempotent) {
      const response = await fetch(`${sandbox.url}${concrete(operation.path)}`, {
        method: operation.method.toUpperCase(),
        headers: { authorization: "Bearer t", "content-type": "application/json" },
        body: "{}",
      });
      const body = await response.json();
      if (response.status !== 400 || body.code !== "idempotency_key_required")
        problems.push(`${operation.operationId}: ${response.status} ${body.code}`);
      problems.push(
        ...validator.check({
          method: operation.method,
          path: operation.path,
          status: response.status,
          contentType: response.headers.get("content-type"),
          body,
        }),
      );
    }
    expect(problems).toEqual([]);
  });

  it("does nothing without it: a signing request stays awaiting the user", async () => {
    const store = sandbox.store;
    const settings = store.signing;
    store.signing = { ...settings, confirmAfterMs: 3_600_000 }; // the simulated signer waits
    // One with no open request (a document has at most one; earlier tests opened some).
    const open = new Set(
      [...store.signingRequests.values()]
        .filter((request) => request.state === "awaiting_user")
        .flatMap((request) => request.items.map((item) => item.documentId)),
    );
    const documentId = [...store.documents.values()].find(
      (document) => document.state === "awaiting_signature" && !open.has(document.id),
    )?.id;
    const created = await client.signing.createRequest({
      provider: "mysign",
      kind: "approval",
      items: [{ source: "document", documentId: documentId ?? "", format: "pades" }],
    });
    const response = await fetch(`${sandbox.url}/v1/signing/requests/${created.id}/cancellation`, {
      method: "POST",
      headers: { authorization: "Bearer t" },
    });
    expect(response.status).toBe(400);
    expect((await client.signing.getRequest(created.id)).state).toBe("awaiting_user");
    // With a key (the client always sends one) the same cancellation acts.
    expect((await client.signing.cancel(created.id)).state).toBe("cancelled");
    await expect(client.signing.cancel(created.id)).rejects.toMatchObject({
      status: 409,
      problem: { errorCode: "request_not_pending", requestState: "cancelled" },
    });
    store.signing = settings;
  });
});

describe("contract: every declared status and named example, forced with Prefer", () => {
  const concrete = (path: string) => path.replace(/\{[^}]+\}/g, "sample");
  it("answers each one with a body the contract accepts", async () => {
    const problems: string[] = [];
    let checked = 0;
    for (const operation of OPERATIONS.values()) {
      const preferences: string[] = [];
      for (const [status, response] of Object.entries(operation.responses)) {
        if (status === "5XX") preferences.push("code=500", "code=503");
        else if (Number(status) >= 400) preferences.push(`code=${status}`);
        const examples = Object.values(
          (response as { content?: Record<string, { examples?: Record<string, unknown> }> }).content ?? {},
        ).flatMap((media) => Object.keys(media.examples ?? {}));
        if (/^2/.test(status)) for (const name of examples) preferences.push(`example=${name}`);
      }
      for (const prefer of preferences) {
        const response = await fetch(`${sandbox.url}${concrete(operation.path)}`, {
          method: operation.method.toUpperCase(),
          headers: { authorization: "Bearer t", prefer },
        });
        const contentType = response.headers.get("content-type");
        const text = await response.text();
        const body = text && JSON_TYPES.test(contentType ?? "") ? JSON.parse(text) : undefined;
        const found = validator.check({
          method: operation.method,
          path: operation.path,
          status: response.status,
          contentType,
          body,
        });
        if (prefer.startsWith("code=") && response.status !== Number(prefer.slice(5)))
          found.push(`${operation.operationId} ${prefer}: answered ${response.status}`);
        problems.push(...found);
        checked += 1;
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(OPERATIONS.size * 3);
  });
});

describe("contract: the validator catches drift", () => {
  it("rejects a handler response that lost a required field or sent an unknown status", async () => {
    const view = await client.dossiers.get([...sandbox.store.dossiers.keys()][0] ?? "");
    const { etag: _etag, ...withoutEtag } = view;
    const problems = validator.check({
      method: "GET",
      path: "/v1/dossiers/{code}",
      status: 200,
      contentType: "application/json",
      body: withoutEtag,
    });
    expect(problems.join("\n")).toMatch(/must have required property 'etag'/);
    const renamed = validator.check({
      method: "GET",
      path: "/v1/dossiers/{code}",
      status: 200,
      contentType: "application/json",
      body: { ...view, status: "archived" },
    });
    expect(renamed.join("\n")).toMatch(/\/status must be equal to one of the allowed values/);
    expect(
      validator.check({
        method: "GET",
        path: "/v1/dossiers/{code}",
        status: 418,
        contentType: "application/json",
        body: view,
      }),
    ).toEqual([
      "GET /v1/dossiers/{code} → 418: status not declared (declared: 200, 401, 403, 404, 429, 5XX)",
    ]);
  });

  it("rejects today's handler output against a spec that changed (a new required field)", async () => {
    const drifted = structuredClone(openapiDocument);
    const schemas = drifted.components?.schemas as Record<string, { required: string[] }> | undefined;
    schemas?.Dossier?.required.push("priority");
    const view = await client.dossiers.get([...sandbox.store.dossiers.keys()][1] ?? "");
    const problems = createContractValidator(drifted).check({
      method: "GET",
      path: "/v1/dossiers/{code}",
      status: 200,
      contentType: "application/json",
      body: view,
    });
    expect(problems.join("\n")).toMatch(/must have required property 'priority'/);
  });
});
