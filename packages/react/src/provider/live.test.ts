import {
  type ChinhQuyenSoClient,
  createClient,
  type NotificationEvent,
  type StreamOptions,
} from "@chinhquyenso/client";
import { createHandlers, createManualClock, DEFAULT_TOKENS } from "@chinhquyenso/mocks";
import { QueryClient } from "@tanstack/react-query";
import { getResponse } from "msw";
import { describe, expect, it } from "vitest";
import { createLiveChannel, resourcesAffectedBy, STREAMED_RESOURCES } from "./live";

const event = (type: string, id: string) =>
  ({ id, type, occurredAt: "2026-11-26T09:00:00+07:00", data: {} }) as unknown as NotificationEvent;

/** A client whose stream replays the given events, reporting states, then stays open until aborted. */
function clientStreaming(events: NotificationEvent[]) {
  let opened = 0;
  const stream = async function* (options: StreamOptions = {}) {
    opened += 1;
    options.onStateChange?.("connecting");
    options.onStateChange?.("open");
    for (const item of events) yield item;
    await new Promise<void>((resolve) => options.signal?.addEventListener("abort", () => resolve()));
  };
  const client = { notifications: { stream } } as unknown as ChinhQuyenSoClient;
  return { client, opened: () => opened };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("live channel", () => {
  it("maps event types to the resources they make stale", () => {
    expect(resourcesAffectedBy("dossier.overdue")).toContain("dossiers");
    expect(resourcesAffectedBy("signing.status_changed")).toEqual(
      expect.arrayContaining(["signing", "documents"]),
    );
    expect(resourcesAffectedBy("something.new")).toEqual(["notifications"]);
    expect(resourcesAffectedBy("stream.reset")).toEqual(STREAMED_RESOURCES);
    for (const type of ["dossier.overdue", "document.due_soon", "meeting.changed", "feedback.assigned"])
      for (const resource of resourcesAffectedBy(type)) expect(STREAMED_RESOURCES).toContain(resource);
  });

  it("invalidates the affected queries, fans events out, and reports its state", async () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(["cqs", "dossiers", "list", undefined], { items: [] });
    queryClient.setQueryData(["cqs", "feedback", "list", undefined], { items: [] });
    const { client } = clientStreaming([event("dossier.overdue", "1")]);
    const channel = createLiveChannel(client, queryClient);
    const received: string[] = [];
    const states: string[] = [];
    channel.subscribe((item) => received.push(item.id));
    channel.subscribeState(() => states.push(channel.getState()));

    const stop = channel.start();
    await tick();
    expect(received).toEqual(["1"]);
    expect(queryClient.getQueryState(["cqs", "dossiers", "list", undefined])?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(["cqs", "feedback", "list", undefined])?.isInvalidated).toBe(false);
    expect(states).toEqual(["connecting", "open"]);

    stop();
    await tick();
    expect(channel.getState()).toBe("idle");
  });

  it("opens one stream for any number of users and closes it with the last", async () => {
    const { client, opened } = clientStreaming([]);
    const channel = createLiveChannel(client, new QueryClient());
    const stopA = channel.start();
    const stopB = channel.start();
    await tick();
    expect(opened()).toBe(1);
    stopA();
    await tick();
    expect(channel.getState()).toBe("open");
    stopB();
    await tick();
    expect(channel.getState()).toBe("idle");
  });
});

describe("live channel after a long outage (the mocks' stream, the real client)", () => {
  it("gets stream.reset when the platform kept too little, and refetches everything the stream covers", async () => {
    const now = "2026-11-26T10:00:00+07:00";
    const handlers = createHandlers({
      seed: 3,
      size: 30,
      now,
      clock: createManualClock(now),
      streamRetention: 3,
      heartbeatMs: 60_000,
    });
    const { store } = handlers;
    const answer = async (request: Request) =>
      (await getResponse(handlers, request)) ?? new Response("no handler", { status: 599 });
    // The officer's connection goes through a gate: closed, their requests wait (the network is down).
    let reopen = () => {};
    let gate: Promise<void> | null = null;
    const officer = createClient({
      baseUrl: "https://platform.test",
      auth: { token: () => DEFAULT_TOKENS.officer },
      retry: false,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (gate) await gate;
        return answer(request);
      },
    });
    const dispatcher = createClient({
      baseUrl: "https://platform.test",
      auth: { token: () => DEFAULT_TOKENS.service },
      retry: false,
      fetch: async (input, init) => answer(new Request(input, init)),
    });
    const me = store.principal("officer").userId ?? "";
    // Each (re)assignment of an open feedback to the officer is one event addressed to them.
    const open = [...store.feedback.values()].find(
      (item) => item.status === "in_progress" || item.status === "pending_assignment",
    );
    if (!open) throw new Error("the data set has no open feedback");
    const assignToMe = async () => {
      const view = await dispatcher.feedback.get(open.id);
      await dispatcher.feedback.assign(open.id, { assigneeId: me }, { ifMatch: view.etag });
    };

    const queryClient = new QueryClient();
    const channel = createLiveChannel(officer, queryClient);
    const received: NotificationEvent[] = [];
    channel.subscribe((event) => received.push(event));
    const stop = channel.start();
    await expect.poll(() => channel.getState()).toBe("open");
    await expect.poll(() => store.events.subscriberCount).toBe(1);
    await assignToMe();
    await expect.poll(() => received.map((event) => event.type)).toEqual(["feedback.assigned"]);

    // The outage: the connection drops and stays down while more happens than the platform keeps.
    gate = new Promise((resolve) => {
      reopen = () => resolve();
    });
    store.events.closeAll();
    for (let index = 0; index < 5; index++) await assignToMe();
    for (const resource of STREAMED_RESOURCES)
      queryClient.setQueryData(["cqs", resource, "list"], { items: [] });
    const stale = () =>
      STREAMED_RESOURCES.filter(
        (resource) => queryClient.getQueryState(["cqs", resource, "list"])?.isInvalidated,
      );
    expect(stale()).toEqual([]);

    gate = null;
    reopen();
    await expect
      .poll(() => received.map((event) => event.type), { timeout: 15_000 })
      .toContain("stream.reset");
    const reset = received.find((event) => event.type === "stream.reset");
    expect(reset?.data).toMatchObject({ reason: "events_expired", lastEventId: received[0]?.id });
    expect(stale()).toEqual([...STREAMED_RESOURCES]);
    stop();
  }, 30_000); // a budget, not a speed check: two clients, a store of 30 records and a dozen round trips in jsdom
});
