// The notification stream: every state change a principal should hear about becomes a typed event addressed to
// it, kept for resuming with Last-Event-ID, pushed to its open streams and recorded as a notification. A
// Last-Event-ID the hub can no longer resume from gets a `stream.reset` event instead of a silent gap.
import type { ApiNotificationEvent } from "../dataset/types";

export type StreamEvent = ApiNotificationEvent;
export type StreamEventType = StreamEvent["type"];
type ResetEvent = Extract<StreamEvent, { type: "stream.reset" }>;

export interface StreamSubscriber {
  send(event: StreamEvent): void;
  close(): void;
}

/** Who an event is for: a principal's `recipientId`, or null for every principal. */
export type Audience = string | null;

/** How many past events a reconnecting stream can resume from, by default. */
export const DEFAULT_RETAINED_EVENTS = 1000;

interface Retained {
  readonly event: StreamEvent;
  readonly audience: Audience;
  readonly sequence: number;
}

/** Event ids are `{epoch ms}-{sequence}`; the sequence orders them. */
function sequenceOf(id: string): number | null {
  const match = /^\d+-(\d+)$/.exec(id);
  return match ? Number(match[1]) : null;
}

export class EventHub {
  readonly #retention: number;
  readonly #events: Retained[] = [];
  readonly #subscribers = new Map<StreamSubscriber, Audience>();
  #sequence = 0;

  constructor(retention = DEFAULT_RETAINED_EVENTS) {
    if (!Number.isInteger(retention) || retention < 1)
      throw new RangeError("streamRetention must be a positive integer");
    this.#retention = retention;
  }

  /** Records and broadcasts an event to its audience; returns it (with its id `{epoch ms}-{sequence}`). */
  publish<T extends StreamEvent>(event: Omit<T, "id">, atMs: number, audience: Audience = null): T {
    const sequence = this.#sequence++;
    const full = { ...event, id: `${atMs}-${sequence}` } as T;
    this.#events.push({ event: full, audience, sequence });
    if (this.#events.length > this.#retention) this.#events.shift();
    for (const [subscriber, listener] of this.#subscribers)
      if (reaches(audience, listener)) subscriber.send(full);
    return full;
  }

  /**
   * Subscribes `listener` (a recipient id; null hears everything) to new events. With `lastEventId`, first
   * replays its retained events after that id — or, when the events after it are no longer kept (or the id was
   * never issued here), sends one `stream.reset` saying so. Returns the unsubscribe function.
   */
  subscribe(
    subscriber: StreamSubscriber,
    lastEventId?: string | null,
    listener: Audience = null,
    nowIso: () => string = () => new Date().toISOString(),
  ): () => void {
    if (lastEventId) {
      const reset = this.#resetFor(lastEventId, nowIso);
      if (reset) subscriber.send(reset);
      else {
        const after = sequenceOf(lastEventId) as number;
        for (const retained of this.#events)
          if (retained.sequence > after && reaches(retained.audience, listener))
            subscriber.send(retained.event);
      }
    }
    this.#subscribers.set(subscriber, listener);
    return () => this.#subscribers.delete(subscriber);
  }

  /** The `stream.reset` to send for `lastEventId`, or null when the retained events cover what follows it. */
  #resetFor(lastEventId: string, nowIso: () => string): ResetEvent | null {
    const sequence = sequenceOf(lastEventId);
    const oldestKept = this.#sequence - this.#events.length;
    let reason: ResetEvent["data"]["reason"] | undefined;
    if (sequence === null || sequence >= this.#sequence) reason = "unknown_event_id";
    else if (sequence + 1 < oldestKept) reason = "events_expired";
    if (reason === undefined) return null;
    const newest = this.#events.at(-1)?.event.id ?? null;
    return {
      id: newest ?? "",
      type: "stream.reset",
      occurredAt: nowIso(),
      data: { reason, lastEventId, resumedFrom: newest },
    };
  }

  get subscriberCount(): number {
    return this.#subscribers.size;
  }

  /** Past events still kept, oldest first. */
  get events(): readonly StreamEvent[] {
    return this.#events.map((retained) => retained.event);
  }

  /** Ends every open stream (graceful shutdown, reset). */
  closeAll(): void {
    for (const subscriber of this.#subscribers.keys()) subscriber.close();
    this.#subscribers.clear();
  }
}

const reaches = (audience: Audience, listener: Audience) =>
  audience === null || listener === null || audience === listener;
