// The trust rules over real HTTP, as apps meet them: many tabs of two principals racing to sign one document,
// an Idempotency-Key replayed by another caller, and a notification stream resumed after a long outage.
import { createClient } from "@chinhquyenso/client";
import { afterEach, describe, expect, it } from "vitest";
import { publishNotification } from "../store/notify";
import { DEFAULT_TOKENS } from "../store/principals";
import { startTestSandbox } from "./sandbox.test-support";
import type { Sandbox } from "./server";

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

const as = (target: Sandbox, token: string) =>
  createClient({ baseUrl: target.url, auth: { token: () => token }, retry: false });

/** A document of the officer's agency awaiting a signature, with no open request. */
function freeDocument(target: Sandbox): string {
  const open = new Set(
    [...target.store.signingRequests.values()]
      .filter((request) => request.state === "awaiting_user")
      .flatMap((request) => request.items.map((item) => item.documentId)),
  );
  const found = [...target.store.documents.values()].find(
    (document) => document.state === "awaiting_signature" && !open.has(document.id),
  );
  if (!found) throw new Error("no document awaiting a signature is free");
  return found.id;
}

/** 2 × 50 concurrent signing.createRequest for one document: 50 from the officer's tabs, 50 from the leader's. */
async function race(target: Sandbox, documentId: string, provider: "mysign" | "neac") {
  const serial = target.store.world.certificates[provider]?.find((item) => item.status === "valid")?.serial;
  const send = (token: string) =>
    fetch(`${target.url}/v1/signing/requests`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/json",
        "idempotency-key": crypto.randomUUID(), // every tab its own intent
      },
      body: JSON.stringify({
        provider,
        kind: "approval",
        ...(serial ? { certificateSerial: serial } : {}),
        items: [{ source: "document", documentId, format: "pades" }],
      }),
    });
  const before = target.store.signingRequests.size;
  const responses = await Promise.all(
    Array.from({ length: 100 }, (_, index) =>
      send(index % 2 === 0 ? DEFAULT_TOKENS.officer : DEFAULT_TOKENS.leader),
    ),
  );
  const bodies = await Promise.all(
    responses.map(async (response) => ({ status: response.status, body: await response.json() })),
  );
  const created = [...target.store.signingRequests.values()].filter((request) =>
    request.items.some((item) => item.documentId === documentId),
  );
  return { bodies, created, transactions: target.store.signingRequests.size - before };
}

describe("one open signing request per document, across tabs, devices and users", () => {
  it.each(["mysign", "neac"] as const)(
    "2 × 50 concurrent %s requests from two principals make exactly one transaction",
    async (provider) => {
      ({ sandbox } = await startTestSandbox({ size: 60, signing: { confirmAfterMs: 600_000 } }));
      const documentId = freeDocument(sandbox);
      const { bodies, created, transactions } = await race(sandbox, documentId, provider);
      expect(transactions).toBe(1);
      expect(created).toHaveLength(1);
      const [winner] = bodies.filter((answer) => answer.status === 201);
      expect(bodies.filter((answer) => answer.status === 201)).toHaveLength(1);
      const refused = bodies.filter((answer) => answer.status === 409);
      expect(refused).toHaveLength(99);
      for (const { body } of refused)
        expect(body).toMatchObject({
          code: "signing_request_open",
          openRequestId: winner?.body.id,
          openRequestState: "awaiting_user",
          documentIds: [documentId],
        });
      if (process.env.CQS_TRUST_REPORT)
        process.stdout.write(
          `${provider}: 2 × 50 concurrent creates → ${transactions} transaction, 1 × 201, ${refused.length} × 409\n`,
        );
    },
  );

  it("confirms an OTP request once however many tabs send the code at the same time", async () => {
    ({ sandbox } = await startTestSandbox({ size: 60 }));
    const target = sandbox;
    const documentId = freeDocument(target);
    const { bodies } = await race(target, documentId, "neac");
    const winner = bodies.findIndex((answer) => answer.status === 201);
    const id = bodies[winner]?.body.id as string;
    // The race's even requests were the officer's, the odd ones the leader's: the winner's tabs confirm.
    const [holder, colleague] =
      winner % 2 === 0
        ? [DEFAULT_TOKENS.officer, DEFAULT_TOKENS.leader]
        : [DEFAULT_TOKENS.leader, DEFAULT_TOKENS.officer];
    const versionBefore = target.store.documents.get(documentId)?.version ?? 0;
    const otp = target.store.signing.otp;
    const [confirmations, refusals] = await Promise.all([
      Promise.all(Array.from({ length: 10 }, () => as(target, holder).signing.confirm(id, { otp }))),
      Promise.allSettled(Array.from({ length: 5 }, () => as(target, colleague).signing.confirm(id, { otp }))),
    ]);
    expect(refusals.map((answer) => answer.status === "rejected" && answer.reason.status)).toEqual(
      Array(5).fill(403),
    );
    expect(new Set(confirmations.map((request) => request.state))).toEqual(new Set(["completed"]));
    const record = target.store.signingRequests.get(id);
    expect(record?.items.map((item) => item.signedFileId)).toHaveLength(1);
    expect(new Set(confirmations.map((request) => request.items[0]?.signedFileId)).size).toBe(1);
    const completions = target.store.events.events.filter(
      (event) =>
        event.type === "signing.status_changed" &&
        event.data.requestId === id &&
        event.data.state === "completed",
    );
    expect(completions).toHaveLength(1);
    expect(target.store.documents.get(documentId)).toMatchObject({
      state: "signed",
      version: versionBefore + 1,
    });
    // Once completed, the document takes no new request either.
    const again = await race(target, documentId, "mysign");
    expect(again.transactions).toBe(0);
    expect(again.bodies.every((answer) => answer.body.code === "document_not_awaiting_signature")).toBe(true);
  });

  it("lets another agency's officer neither open a request for the document nor see the open one", async () => {
    ({ sandbox } = await startTestSandbox({ size: 60, signing: { confirmAfterMs: 600_000 } }));
    const documentId = freeDocument(sandbox);
    const mine = await as(sandbox, DEFAULT_TOKENS.officer).signing.createRequest({
      provider: "mysign",
      kind: "approval",
      items: [{ source: "document", documentId, format: "pades" }],
    });
    const stranger = as(sandbox, DEFAULT_TOKENS.otherOfficer);
    await expect(stranger.signing.getRequest(mine.id)).rejects.toMatchObject({ status: 404 });
    await expect(
      stranger.signing.createRequest({
        provider: "mysign",
        kind: "approval",
        items: [{ source: "document", documentId, format: "pades" }],
      }),
    ).rejects.toMatchObject({ status: 422, problem: { errors: [{ code: "unknown_document" }] } });
  });

  it("tells each caller who holds the open request, so a prompt offers to cancel only its own", async () => {
    ({ sandbox } = await startTestSandbox({ size: 60, signing: { confirmAfterMs: 600_000 } }));
    const documentId = freeDocument(sandbox);
    const officer = as(sandbox, DEFAULT_TOKENS.officer);
    const mine = await officer.signing.createRequest({
      provider: "mysign",
      kind: "approval",
      items: [{ source: "document", documentId, format: "pades" }],
    });
    const name = sandbox.store.currentUser.name;
    expect(mine.requestedBy).toEqual({ name, isYou: true });
    const seenByLeader = await as(sandbox, DEFAULT_TOKENS.leader).signing.getRequest(mine.id);
    expect(seenByLeader.requestedBy).toEqual({ name, isYou: false });
    expect((await officer.signing.getRequest(mine.id)).requestedBy?.isYou).toBe(true);
  });

  it("lets only the officer who opened a request confirm, upload to or cancel it; a colleague gets 403", async () => {
    ({ sandbox } = await startTestSandbox({ size: 60, signing: { confirmAfterMs: 600_000 } }));
    const officer = as(sandbox, DEFAULT_TOKENS.officer);
    const leader = as(sandbox, DEFAULT_TOKENS.leader);
    const mine = await officer.signing.createRequest({
      provider: "mysign",
      kind: "approval",
      items: [{ source: "document", documentId: freeDocument(sandbox), format: "pades" }],
    });
    const refused = { status: 403, problem: { code: "action_not_allowed" } };
    await expect(leader.signing.cancel(mine.id)).rejects.toMatchObject(refused);
    await expect(leader.signing.confirm(mine.id, { otp: "123456" })).rejects.toMatchObject(refused);
    const file = new Blob([new Uint8Array([37, 80, 68, 70])], { type: "application/pdf" });
    await expect(leader.signing.uploadSigned(mine.id, { file, itemIndex: 0 })).rejects.toMatchObject(refused);
    expect(sandbox.store.signingRequests.get(mine.id)?.state).toBe("awaiting_user");
    expect((await officer.signing.cancel(mine.id)).state).toBe("cancelled");
  });
});

describe("Idempotency-Key belongs to its principal and operation", () => {
  const feedback = {
    title: "Đèn đường không sáng",
    description: "Ba trụ đèn.",
    channel: "phone",
    categoryCode: "",
  };
  const post = (target: Sandbox, token: string, key: string, body: object) =>
    fetch(`${target.url}/v1/feedback`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/json",
        "idempotency-key": key,
      },
      body: JSON.stringify(body),
    });

  it("another caller's key and body make a fresh request, never a replay of someone else's answer", async () => {
    ({ sandbox } = await startTestSandbox({ size: 30 }));
    const body = { ...feedback, categoryCode: sandbox.store.world.feedbackCategories[0]?.code };
    const key = crypto.randomUUID();
    const first = await post(sandbox, DEFAULT_TOKENS.officer, key, body);
    expect(first.status).toBe(201);
    const mine = await first.json();
    const theirs = await post(sandbox, DEFAULT_TOKENS.leader, key, body);
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get("idempotent-replayed")).toBeNull();
    expect((await theirs.json()).id).not.toBe(mine.id);
    // The owner's repeat is a replay; the owner's key with another body stays 422.
    const repeat = await post(sandbox, DEFAULT_TOKENS.officer, key, body);
    expect(repeat.headers.get("idempotent-replayed")).toBe("true");
    expect((await repeat.json()).id).toBe(mine.id);
    const reused = await post(sandbox, DEFAULT_TOKENS.officer, key, { ...body, title: "Khác" });
    expect(reused.status).toBe(422);
    expect(await reused.json()).toMatchObject({ code: "idempotency_key_reused" });
  });
});

describe("notification stream after a long outage", () => {
  /** Reads events (parsed data lines) until `count` arrived, then hangs up (aborting closes the connection). */
  async function read(
    opened: { response: Response; hangUp: () => void },
    count: number,
  ): Promise<{ id: string; type: string; data: Record<string, unknown> }[]> {
    const reader = opened.response.body?.getReader() as ReadableStreamDefaultReader<Uint8Array>;
    const decoder = new TextDecoder();
    let text = "";
    const events = () => [...text.matchAll(/^data: (.*)$/gm)].map((match) => JSON.parse(match[1] ?? "{}"));
    while (events().length < count) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    opened.hangUp();
    return events();
  }
  const stream = async (target: Sandbox, token: string, lastEventId?: string) => {
    const connection = new AbortController();
    const response = await fetch(`${target.url}/v1/notification-stream`, {
      signal: connection.signal,
      headers: {
        authorization: `Bearer ${token}`,
        ...(lastEventId === undefined ? {} : { "last-event-id": lastEventId }),
      },
    });
    return { response, hangUp: () => connection.abort() };
  };
  const notify = (target: Sandbox, recipientId: string, index: number) =>
    publishNotification(target.store, recipientId, "feedback.assigned", `Phản ánh ${index}`, `fb_${index}`, {
      feedbackId: `fb_${index}`,
      title: `Phản ánh ${index}`,
    });

  it("resumes what it kept, and says stream.reset (with why and from where) when it kept too little", async () => {
    ({ sandbox } = await startTestSandbox({ size: 30, streamRetention: 5 }));
    const target = sandbox;
    const officer = target.store.principal("officer");
    const me = officer.userId as string;
    notify(target, me, 0);
    const seen = target.store.events.events.at(-1)?.id as string;
    // A short outage: two events missed, both replayed.
    notify(target, me, 1);
    notify(target, me, 2);
    const short = await read(await stream(target, officer.token, seen), 2);
    expect(short.map((event) => event.data.feedbackId)).toEqual(["fb_1", "fb_2"]);
    // A long one: more events than the server keeps.
    for (let index = 3; index < 15; index++) notify(target, me, index);
    const newest = target.store.events.events.at(-1)?.id;
    const long = await read(await stream(target, officer.token, seen), 1);
    expect(long[0]).toMatchObject({
      id: newest,
      type: "stream.reset",
      data: { reason: "events_expired", lastEventId: seen, resumedFrom: newest },
    });
    const unknown = await read(await stream(target, officer.token, "not-an-id"), 1);
    expect(unknown[0]).toMatchObject({ type: "stream.reset", data: { reason: "unknown_event_id" } });
  });

  it("reaches the client typed, which carries on from the id the reset names", async () => {
    ({ sandbox } = await startTestSandbox({ size: 30, streamRetention: 3 }));
    const target = sandbox;
    const officer = target.store.principal("officer");
    notify(target, officer.userId as string, 0);
    const old = target.store.events.events.at(-1)?.id as string;
    for (let index = 1; index < 10; index++) notify(target, officer.userId as string, index);
    const controller = new AbortController();
    const events = as(target, officer.token).notifications.stream({
      signal: controller.signal,
      lastEventId: old,
    });
    const iterator = events[Symbol.asyncIterator]();
    const first = (await iterator.next()).value;
    expect(first?.type).toBe("stream.reset");
    if (first?.type === "stream.reset") expect(first.data.reason).toBe("events_expired");
    notify(target, officer.userId as string, 10);
    const next = (await iterator.next()).value;
    expect(next).toMatchObject({ type: "feedback.assigned", data: { feedbackId: "fb_10" } });
    controller.abort();
  });

  it("sends each principal only the events addressed to it", async () => {
    ({ sandbox } = await startTestSandbox({ size: 30 }));
    const target = sandbox;
    const officer = target.store.principal("officer");
    const other = target.store.principal("officer_2");
    const start = target.store.events.events.at(-1)?.id ?? "0-0";
    notify(target, other.userId as string, 1);
    notify(target, officer.userId as string, 2);
    const received = await read(await stream(target, officer.token, start), 1);
    expect(received.map((event) => event.data.feedbackId)).toEqual(["fb_2"]);
  });
});
