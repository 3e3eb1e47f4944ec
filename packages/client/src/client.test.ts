import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChinhQuyenSoError, createClient } from "./client";

// A real HTTP server on loopback: the client is exercised over the network stack, not a mocked fetch.
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (url.pathname === "/v1/holidays" && url.searchParams.get("year") === "2026") {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(
        JSON.stringify({
          year: 2026,
          items: [{ date: "2026-01-01", kind: "holiday", name: "Tết Dương lịch" }],
        }),
      );
      return;
    }
    response.writeHead(400, { "content-type": "application/problem+json" });
    response.end(JSON.stringify({ type: "about:blank", title: "Bad Request", status: 400 }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("createClient", () => {
  it("reads the holiday calendar of a year", async () => {
    const client = createClient({ baseUrl });
    const calendar = await client.holidays.list({ year: 2026 });
    expect(calendar.items[0]).toEqual({ date: "2026-01-01", kind: "holiday", name: "Tết Dương lịch" });
  });

  it("throws a ChinhQuyenSoError naming the operation on an error status", async () => {
    const client = createClient({ baseUrl });
    const error = await client.holidays.list({ year: 1999 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ChinhQuyenSoError);
    expect(error).toMatchObject({ operationId: "holidays.list", status: 400 });
  });

  it("rejects a base URL that is not absolute", () => {
    expect(() => createClient({ baseUrl: "api.example" })).toThrow(/baseUrl must be an absolute URL/);
  });
});
