// Server-sent events against a real loopback server: typed events, resume with Last-Event-ID, heartbeat timeout.
import type { ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { createClient } from "./client";
import type { NotificationEvent } from "./generated/types";
import { json, type Loopback, problem, startLoopback } from "./test/loopback";

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const event = (id: string, type: string, data: Record<string, unknown>) =>
  `id: ${id}\nevent: ${type}\ndata: ${JSON.stringify({ id, type, occurredAt: "2026-01-23T07:00:00+07:00", data })}\n\n`;
const dueSoon = (id: string) =>
  event(id, "dossier.due_soon", { dossierCode: `H29-${id}`, procedureName: "Cư trú" });
const open = (response: ServerResponse) =>
  response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store" });

async function take(iterable: AsyncIterable<NotificationEvent>, count: number): Promise<NotificationEvent[]> {
  const events: NotificationEvent[] = [];
  for await (const item of iterable) {
    events.push(item);
    if (events.length === count) break;
  }
  return events;
}

describe("notifications.stream", () => {
  it("yields typed events and resumes with Last-Event-ID after the server drops the connection", async () => {
    let connections = 0;
    server = await startLoopback((_request, response) => {
      connections++;
      open(response);
      if (connections === 1) {
        response.write("retry: 10\n\n");
        response.end(dueSoon("1") + dueSoon("2"));
      } else response.write(dueSoon("3"));
    });
    const client = createClient({ baseUrl: server.url, auth: { token: () => "tok" } });
    const events = await take(client.notifications.stream(), 3);
    expect(events.map((item) => item.id)).toEqual(["1", "2", "3"]);
    expect(events[0]).toMatchObject({ type: "dossier.due_soon", data: { dossierCode: "H29-1" } });
    expect(server.received[0]?.headers["last-event-id"]).toBeUndefined();
    expect(server.received[1]?.headers["last-event-id"]).toBe("2");
    expect(server.received[0]?.headers.accept).toBe("text/event-stream");
    expect(server.received[0]?.headers.authorization).toBe("Bearer tok");
  });

  it("yields stream.reset (typed) when the server cannot resume, and resumes after the id it names", async () => {
    let connections = 0;
    server = await startLoopback((request, response) => {
      connections++;
      open(response);
      if (connections === 1) {
        response.write("retry: 10\n\n");
        response.end(dueSoon("1-0"));
        return;
      }
      // Event 1-0 is older than what this server keeps: it says so, and names where it resumed.
      const reset = {
        reason: "events_expired",
        lastEventId: request.headers["last-event-id"],
        resumedFrom: "9-1200",
      };
      response.write(event("9-1200", "stream.reset", reset) + dueSoon("9-1201"));
    });
    const client = createClient({ baseUrl: server.url });
    const unknown: string[] = [];
    const events = await take(
      client.notifications.stream({ onUnknownEvent: (item) => unknown.push(item.type) }),
      3,
    );
    expect(events.map((item) => item.type)).toEqual(["dossier.due_soon", "stream.reset", "dossier.due_soon"]);
    const reset = events[1];
    if (reset?.type !== "stream.reset") throw new Error("expected the reset second");
    expect(reset.data).toEqual({ reason: "events_expired", lastEventId: "1-0", resumedFrom: "9-1200" });
    expect(unknown).toEqual([]);
    expect(server.received[1]?.headers["last-event-id"]).toBe("1-0");
  });

  it("reports its connection state: connecting, open, reconnecting after a drop, open again", async () => {
    let connections = 0;
    server = await startLoopback((_request, response) => {
      connections++;
      open(response);
      if (connections === 1) {
        response.write("retry: 10\n\n");
        response.end(dueSoon("1"));
      } else response.write(dueSoon("2"));
    });
    const states: string[] = [];
    const client = createClient({ baseUrl: server.url });
    const events = await take(
      client.notifications.stream({ onStateChange: (state) => states.push(state) }),
      2,
    );
    expect(events.map((item) => item.id)).toEqual(["1", "2"]);
    expect(states[0]).toBe("connecting");
    expect(states[1]).toBe("open");
    expect(states).toContain("reconnecting");
    expect(states.at(-1)).toBe("open");
    expect(states.indexOf("reconnecting")).toBeLessThan(states.lastIndexOf("open"));
  });

  it("detects a dead connection by heartbeat timeout and reconnects", async () => {
    const retries: string[] = [];
    // Without Last-Event-ID the server sends event 1 and then goes silent (no heartbeat); resumed after 1, it
    // sends event 2. Keyed on the header rather than on connection order, so a slow machine cannot reorder it.
    server = await startLoopback((request, response) => {
      open(response);
      if (request.headers["last-event-id"] === "1") response.write(`: ping\n\n${dueSoon("2")}`);
      else response.write(dueSoon("1"));
    });
    const client = createClient({
      baseUrl: server.url,
      hooks: { retry: (item) => retries.push(item.reason) },
    });
    const events = await take(client.notifications.stream({ heartbeatTimeout: 300, reconnectDelay: 10 }), 2);
    expect(events.map((item) => item.id)).toEqual(["1", "2"]);
    expect(retries).toContain("heartbeat timeout");
    expect(server.received.at(-1)?.headers["last-event-id"]).toBe("1");
  });

  it("passes unknown event types to onUnknownEvent, reports malformed data, and keeps going", async () => {
    const errors: string[] = [];
    server = await startLoopback((_request, response) => {
      open(response);
      response.write(
        `${event("1", "dossier.escalated", { dossierCode: "X" })}id: 2\ndata: {not json\n\n${dueSoon("3")}`,
      );
    });
    const unknown: string[] = [];
    const client = createClient({
      baseUrl: server.url,
      hooks: { error: (error) => errors.push(error.message) },
    });
    const events = await take(
      client.notifications.stream({ onUnknownEvent: (item) => unknown.push(item.type) }),
      1,
    );
    expect(events.map((item) => item.id)).toEqual(["3"]);
    expect(unknown).toEqual(["dossier.escalated"]);
    expect(errors).toEqual(["notifications.stream: event 2 has invalid JSON data"]);
  });

  it("ends when the signal aborts, while waiting for events", async () => {
    const controller = new AbortController();
    // Abort once the stream is open and idle (a fixed delay could fire before a loaded machine connects).
    server = await startLoopback((_request, response) => {
      open(response);
      setTimeout(() => controller.abort(), 100);
    });
    const client = createClient({ baseUrl: server.url });
    const events = await take(client.notifications.stream({ signal: controller.signal }), 1);
    expect(events).toEqual([]);
    expect(server.received).toHaveLength(1);
  });

  it("throws a 403 instead of reconnecting forever", async () => {
    server = await startLoopback((_request, response) =>
      json(response, 403, problem(403, "insufficient_scope")),
    );
    const client = createClient({ baseUrl: server.url });
    const error = await take(client.notifications.stream(), 1).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "ApiError", status: 403, operationId: "notifications.stream" });
    expect(server.received).toHaveLength(1);
  });

  it("rejects a 200 that is not an event stream", async () => {
    server = await startLoopback((_request, response) => json(response, 200, { hello: "world" }));
    const reported: string[] = [];
    const client = createClient({
      baseUrl: server.url,
      hooks: { error: (error) => reported.push(error.message) },
    });
    const error = await take(client.notifications.stream(), 1).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      name: "ResponseError",
      message: "notifications.stream: expected an event stream, got application/json",
    });
    expect(reported).toEqual(["notifications.stream: expected an event stream, got application/json"]);
  });
});
