// The notification stream: every state change the user should hear about becomes a typed event, kept for
// resuming with Last-Event-ID, pushed to open streams and recorded as a notification.
import type { ApiNotificationEvent } from "../dataset/types";

export type StreamEvent = ApiNotificationEvent;
export type StreamEventType = StreamEvent["type"];

export interface StreamSubscriber {
  send(event: StreamEvent): void;
  close(): void;
}

/** How many past events a reconnecting stream can resume from. */
const RETAINED_EVENTS = 1000;

export class EventHub {
  readonly #events: StreamEvent[] = [];
  readonly #subscribers = new Set<StreamSubscriber>();
  #sequence = 0;

  /** Records and broadcasts an event; returns it (with its id `{epoch ms}-{sequence}`). */
  publish<T extends StreamEvent>(event: Omit<T, "id">, atMs: number): T {
    const full = { ...event, id: `${atMs}-${this.#sequence++}` } as T;
    this.#events.push(full);
    if (this.#events.length > RETAINED_EVENTS) this.#events.shift();
    for (const subscriber of this.#subscribers) subscriber.send(full);
    return full;
  }

  /**
   * Subscribes to new events; with `lastEventId`, first replays the retained events after it (all retained
   * events when the id is unknown: better a duplicate than a missed deadline). Returns the unsubscribe function.
   */
  subscribe(subscriber: StreamSubscriber, lastEventId?: string | null): () => void {
    if (lastEventId) {
      const index = this.#events.findIndex((event) => event.id === lastEventId);
      for (const event of this.#events.slice(index + 1)) subscriber.send(event);
    }
    this.#subscribers.add(subscriber);
    return () => this.#subscribers.delete(subscriber);
  }

  get subscriberCount(): number {
    return this.#subscribers.size;
  }

  /** Past events, oldest first. */
  get events(): readonly StreamEvent[] {
    return this.#events;
  }

  /** Ends every open stream (graceful shutdown, reset). */
  closeAll(): void {
    for (const subscriber of this.#subscribers) subscriber.close();
    this.#subscribers.clear();
  }
}
