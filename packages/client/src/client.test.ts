// Unit tests with msw (node): request building, results, typed errors, bad input, binary up/downloads.
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "./client";
import { dossier, problem } from "./loopback.test-support";
import { ApiError, InputError, ResponseError } from "./runtime/errors";
import { isApiError } from "./runtime/is-api-error";

const baseUrl = "https://api.test.gov.vn";
const server = setupServer();
const requests: Request[] = [];
server.events.on("request:start", ({ request }) => void requests.push(request.clone()));

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  requests.length = 0;
});
afterAll(() => server.close());

const client = createClient({ baseUrl, appInfo: { name: "dashboard", version: "1.2.0" }, retry: false });

describe("requests", () => {
  it("puts path parameters, repeated query parameters and header parameters where the contract says", async () => {
    server.use(
      http.get(`${baseUrl}/v1/dossiers`, () =>
        HttpResponse.json({ items: [dossier("A")], nextCursor: null }),
      ),
    );
    const page = await client.dossiers.list({
      queue: "due_or_overdue",
      status: ["processing", "suspended"],
      assignee: "me",
      limit: 20,
    });
    expect(page.items[0]?.code).toBe("A");
    const url = new URL(requests[0]?.url ?? "");
    expect(url.searchParams.getAll("status")).toEqual(["processing", "suspended"]);
    expect(Object.fromEntries([...url.searchParams].filter(([key]) => key !== "status"))).toEqual({
      queue: "due_or_overdue",
      assignee: "me",
      limit: "20",
    });
    expect(requests[0]?.headers.get("x-client-info")).toBe("dashboard/1.2.0 chinhquyenso-client");
    expect(requests[0]?.headers.get("accept")).toBe("application/json");
  });

  it("encodes path parameters and sends the lookup reason as a header, the citizen ID in the body", async () => {
    server.use(
      http.post(`${baseUrl}/v1/citizens/household-lookups`, () =>
        HttpResponse.json({ householdId: "hk", address: "x", members: [], lookupId: "a" }),
      ),
    );
    await client.citizens.lookupHousehold(
      { citizenId: "074090001234" },
      { lookupReason: "Xác minh hồ sơ cư trú" },
    );
    expect(decodeURIComponent(requests[0]?.headers.get("x-lookup-reason") ?? "")).toBe(
      "Xác minh hồ sơ cư trú",
    );
    expect(requests[0]?.headers.get("idempotency-key")).toMatch(/^[0-9a-f-]{36}$/);
    expect(requests[0]?.url).not.toContain("074090001234");
    expect(await requests[0]?.json()).toEqual({ citizenId: "074090001234" });

    server.use(
      http.get(`${baseUrl}/v1/procedures/:code`, ({ params }) => HttpResponse.json({ code: params.code })),
    );
    await client.procedures.get("1.000656/x y");
    expect(requests[1]?.url).toBe(`${baseUrl}/v1/procedures/1.000656%2Fx%20y`);
  });

  it("uses the caller's idempotency key when given", async () => {
    server.use(http.post(`${baseUrl}/v1/feedback`, () => HttpResponse.json({ id: "fb" }, { status: 201 })));
    await client.feedback.create(
      { title: "Đèn hư", description: "x", channel: "phone", categoryCode: "c" },
      { idempotencyKey: "key-123456" },
    );
    expect(requests[0]?.headers.get("idempotency-key")).toBe("key-123456");
  });

  it("answers undefined for 204", async () => {
    server.use(
      http.put(`${baseUrl}/v1/notifications/:id/read`, () => new HttpResponse(null, { status: 204 })),
    );
    await expect(client.notifications.markRead("nt_1")).resolves.toBeUndefined();
  });
});

describe("forward compatibility", () => {
  it("passes an unknown enum value through untouched", async () => {
    server.use(
      http.get(`${baseUrl}/v1/dossiers/:code`, () =>
        HttpResponse.json({ ...dossier("A"), status: "escalated", channel: "kiosk" }),
      ),
    );
    const result = await client.dossiers.get("A");
    expect(result.status).toBe("escalated");
    expect(result.channel).toBe("kiosk");
  });
});

describe("errors", () => {
  it("throws an ApiError typed by status, with the problem, requestId and operation", async () => {
    server.use(
      http.post(`${baseUrl}/v1/dossiers/:code/transitions`, () =>
        HttpResponse.json(
          problem(409, "invalid_transition", {
            currentStatus: "awaiting_supplement",
            allowedActions: ["resume"],
          }),
          {
            status: 409,
            headers: { "content-type": "application/problem+json" },
          },
        ),
      ),
    );
    const error = await client.dossiers
      .transition("A", { action: "finish" }, { ifMatch: '"d-1"' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    if (!isApiError(error, "dossiers.transition") || error.status !== 409) throw new Error("expected a 409");
    expect(error.problem.allowedActions).toEqual(["resume"]);
    expect(error.requestId).toBe("req_409");
    expect(error.message).toBe("dossiers.transition: HTTP 409 invalid_transition — invalid_transition");
    expect(isApiError(error, "dossiers.get")).toBe(false);
  });

  it("keeps the status when an error body is not problem JSON", async () => {
    server.use(
      http.get(
        `${baseUrl}/v1/agencies`,
        () =>
          new HttpResponse("<html>Bad gateway</html>", {
            status: 502,
            headers: { "content-type": "text/html" },
          }),
      ),
    );
    const error = await client.agencies.list().catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      name: "ApiError",
      status: 502,
      problem: undefined,
      operationId: "agencies.list",
    });
  });

  it("rejects a 2xx that is not JSON with a ResponseError naming the operation", async () => {
    server.use(
      http.get(
        `${baseUrl}/v1/agencies`,
        () => new HttpResponse("<html>SSO login</html>", { headers: { "content-type": "text/html" } }),
      ),
    );
    const error = await client.agencies.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as Error).message).toBe("agencies.list: expected JSON, got text/html (HTTP 200)");

    server.use(
      http.get(
        `${baseUrl}/v1/agencies`,
        () => new HttpResponse("{oops", { headers: { "content-type": "application/json" } }),
      ),
    );
    await expect(client.agencies.list()).rejects.toThrow("agencies.list: invalid JSON body (HTTP 200)");
  });
});

describe("bad input: nothing is sent half-built", () => {
  it.each([
    ["undefined", undefined],
    ["empty", ""],
    ["dot-dot", ".."],
  ])("rejects a missing or invalid path parameter (%s)", async (_label, code) => {
    const error = await client.dossiers.get(code as string).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe('dossiers.get: path parameter "code" is missing or invalid');
    expect(requests).toHaveLength(0);
  });

  it("rejects a missing required header parameter and a missing body", async () => {
    await expect(
      client.dossiers.transition("A", { action: "accept" }, {} as { ifMatch: string }),
    ).rejects.toThrow('dossiers.transition: parameter "ifMatch" (If-Match header) is missing');
    await expect(client.signing.createRequest(undefined as never)).rejects.toThrow(
      "signing.createRequest: the request body is missing",
    );
    expect(requests).toHaveLength(0);
  });

  it.each(["api.example.gov.vn", "ftp://api.example.gov.vn", ""])(
    "an invalid base URL (%j) fails each call, naming it",
    async (url) => {
      const broken = createClient({ baseUrl: url });
      const error = await broken.holidays.list({ year: 2026 }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toBe(
        `holidays.list: baseUrl must be an absolute http(s) URL, got ${JSON.stringify(url)}`,
      );
    },
  );
});

describe("binary", () => {
  it("downloads as a Blob or a stream, with the file name", async () => {
    server.use(
      http.get(
        `${baseUrl}/v1/documents/:id/content`,
        () =>
          new HttpResponse(new Uint8Array([37, 80, 68, 70]), {
            headers: {
              "content-type": "application/pdf",
              "content-disposition": "attachment; filename*=UTF-8''c%C3%B4ng-v%C4%83n.pdf",
              "content-length": "4",
            },
          }),
      ),
    );
    const file = await client.documents.download("doc_1");
    expect(file).toMatchObject({ filename: "công-văn.pdf", contentType: "application/pdf", size: 4 });
    expect(await (await file.blob()).text()).toBe("%PDF");
    const again = await client.documents.download("doc_1");
    const chunks: Uint8Array[] = [];
    for await (const chunk of again.stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
    expect(Buffer.concat(chunks).toString()).toBe("%PDF");
    expect(requests[0]?.headers.get("accept")).toBe("*/*");
  });

  it("uploads a File with typed multipart fields", async () => {
    let form: FormData | undefined;
    server.use(
      http.post(`${baseUrl}/v1/dossiers/:code/attachments`, async ({ request }) => {
        form = await request.formData();
        return HttpResponse.json({ id: "att" }, { status: 201 });
      }),
    );
    const file = new File(["%PDF-1.7"], "giay-khai-sinh.pdf", { type: "application/pdf" });
    await client.dossiers.uploadAttachment("A", { file, kind: "supplement", digitised: true });
    const sent = form?.get("file") as File;
    expect(sent.name).toBe("giay-khai-sinh.pdf");
    expect(await sent.text()).toBe("%PDF-1.7");
    expect(form?.get("kind")).toBe("supplement");
    expect(form?.get("digitised")).toBe("true");
  });

  it("repeats an array of files", async () => {
    let files: FormDataEntryValue[] = [];
    server.use(
      http.post(`${baseUrl}/v1/feedback/:id/thread`, async ({ request }) => {
        files = (await request.formData()).getAll("files");
        return HttpResponse.json({ id: "te" }, { status: 201 });
      }),
    );
    await client.feedback.postUpdate("fb", {
      entryType: "public_reply",
      body: "Đã xử lý",
      files: [new Blob(["a"]), new Blob(["b"])],
    });
    expect(files).toHaveLength(2);
  });
});
