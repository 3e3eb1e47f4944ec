import { afterEach, describe, expect, it } from "vitest";
import { raw, startTestSandbox } from "./sandbox.test-support";
import type { Sandbox } from "./server";

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

/** Reads server-sent text until `until` matches what was received, or fails after `timeoutMs`. */
async function readUntil(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  until: (text: string) => boolean,
  timeoutMs = 3000,
): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + timeoutMs;
  while (!until(text)) {
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`stream timed out; received: ${JSON.stringify(text)}`);
    const chunk = await Promise.race([
      reader.read(),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`stream timed out; received: ${JSON.stringify(text)}`)), left),
      ),
    ]);
    if (chunk.done) break;
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text;
}

/** Makes the store publish an event: assigns a pending feedback to the current user. */
async function assignFeedback(target: Sandbox): Promise<void> {
  const item = [...target.store.feedback.values()].find(
    (record) => record.status === "pending_assignment" || record.status === "in_progress",
  );
  const view = await (await raw(target, `/v1/feedback/${item?.id}`)).json();
  const response = await raw(target, `/v1/feedback/${item?.id}/assignment`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "if-match": view.etag,
      "idempotency-key": crypto.randomUUID(),
    },
    body: JSON.stringify({ assigneeId: target.store.currentUser.id }),
  });
  expect(response.status).toBe(200);
}

async function subscribed(target: Sandbox, count: number): Promise<void> {
  for (let wait = 0; target.store.events.subscriberCount < count; wait++) {
    if (wait > 300) throw new Error("the stream never subscribed");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("notification stream over HTTP", () => {
  it("is text/event-stream, sends heartbeats, and flushes each event as it happens", async () => {
    ({ sandbox } = await startTestSandbox({ size: 30, heartbeatMs: 150 }));
    const response = await raw(sandbox, "/v1/notification-stream");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    const reader = response.body?.getReader() as ReadableStreamDefaultReader<Uint8Array>;
    expect(await readUntil(reader, (text) => text.includes(": heartbeat"))).toContain("retry: 3000");
    await subscribed(sandbox, 1);
    await assignFeedback(sandbox);
    const text = await readUntil(reader, (received) => received.includes("event: feedback.assigned"), 2000);
    const data = /data: (.*)\n/.exec(text.slice(text.indexOf("event: feedback.assigned")))?.[1] ?? "";
    expect(JSON.parse(data)).toMatchObject({
      type: "feedback.assigned",
      data: { feedbackId: expect.any(String) },
    });
    await reader.cancel();
  });

  it("resumes after Last-Event-ID with the events that were missed", async () => {
    ({ sandbox } = await startTestSandbox({ size: 30 }));
    await assignFeedback(sandbox);
    const [first] = sandbox.store.events.events;
    await assignFeedback(sandbox);
    await assignFeedback(sandbox);
    const missed = sandbox.store.events.events.slice(1).map((event) => event.id);
    const response = await raw(sandbox, "/v1/notification-stream", {
      headers: { "last-event-id": first?.id ?? "" },
    });
    const reader = response.body?.getReader() as ReadableStreamDefaultReader<Uint8Array>;
    const text = await readUntil(reader, (received) => missed.every((id) => received.includes(`id: ${id}`)));
    expect(text).not.toContain(`id: ${first?.id}\n`);
    await reader.cancel();
  });

  it("unsubscribes when the client goes away, the first time (through Fetch) and once the route is remembered (without)", async () => {
    ({ sandbox } = await startTestSandbox({ size: 30, heartbeatMs: 100 }));
    for (let round = 0; round < 3; round++) {
      const response = await raw(sandbox, "/v1/notification-stream");
      const reader = response.body?.getReader() as ReadableStreamDefaultReader<Uint8Array>;
      await readUntil(reader, (text) => text.includes(": connected"));
      await subscribed(sandbox, 1);
      await reader.cancel();
      for (let wait = 0; sandbox.store.events.subscriberCount > 0; wait++) {
        if (wait > 300) throw new Error(`round ${round}: the stream stayed subscribed after the client left`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
    expect(sandbox.store.events.subscriberCount).toBe(0);
  });

  it("ends open streams on graceful shutdown", async () => {
    const started = await startTestSandbox({ size: 30 });
    const response = await raw(started.sandbox, "/v1/notification-stream");
    const reader = response.body?.getReader() as ReadableStreamDefaultReader<Uint8Array>;
    await subscribed(started.sandbox, 1);
    const closing = started.sandbox.close();
    const ended = await readUntil(reader, () => false, 3000).then(
      () => "ended",
      (error: Error) => error.message,
    );
    expect(ended).toBe("ended");
    await closing;
    expect(started.sandbox.store.events.subscriberCount).toBe(0);
  });
});
