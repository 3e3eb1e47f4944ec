import type { ChinhQuyenSoClient, NotificationEvent, StreamOptions } from "@chinhquyenso/client";
import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { createLiveChannel, resourcesAffectedBy } from "./live";

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
