// Webhook deliveries as the contract specifies (Standard Webhooks): a JSON event POSTed with `webhook-id`,
// `webhook-timestamp` (Unix seconds) and `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`.
// Web Crypto and fetch only, so it runs in browsers as well as in Node.
import type { components } from "@chinhquyenso/spec";
import { MockOptionsError } from "../errors";

type Schemas = components["schemas"];
export type WebhookEvent =
  | Schemas["DossierStatusChangedEvent"]
  | Schemas["SigningCompletedEvent"]
  | Schemas["FeedbackCreatedEvent"];

export interface WebhookOptions {
  /** Where to POST events. */
  readonly url: string;
  /** `whsec_<base64>` (as the platform issues secrets) or any other string used as raw key bytes. */
  readonly secret: string;
  /** Default: the global fetch. */
  readonly fetch?: typeof fetch;
  /** Attempts per event when the receiver fails with 5xx or cannot be reached (default 3). 4xx is final. */
  readonly attempts?: number;
}

export interface WebhookDelivery {
  readonly eventId: string;
  readonly type: WebhookEvent["type"];
  /** `delivered` (2xx), `rejected` (4xx: the receiver refused it, not retried) or `failed` (gave up). */
  state: "pending" | "delivered" | "rejected" | "failed";
  attempts: number;
  /** Last HTTP status, or null when the receiver could not be reached. */
  status: number | null;
}

const encoder = new TextEncoder();

function keyBytes(secret: string): Uint8Array<ArrayBuffer> {
  if (!secret.startsWith("whsec_")) return encoder.encode(secret);
  return Uint8Array.from(atob(secret.slice(6)), (char) => char.charCodeAt(0));
}

async function sign(secret: string, content: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    "raw",
    keyBytes(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const signature = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(content)));
  let binary = "";
  for (const byte of signature) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Signs test deliveries when no subscription is configured: documented, so a kit can verify them. */
export const SANDBOX_WEBHOOK_SECRET = "whsec_c2FuZGJveC13ZWJob29rLXNlY3JldA==";

/** The event types the contract declares under `webhooks`, with a sample payload that names no real record. */
const TEST_PAYLOADS: { [Type in WebhookEvent["type"]]: Extract<WebhookEvent, { type: Type }>["data"] } = {
  "dossier.status_changed": {
    dossierCode: "TEST-000000-0000",
    action: "accept",
    fromStatus: "registered",
    toStatus: "received",
  },
  "signing.completed": { requestId: "sr_test", provider: "smartca", signedFileIds: ["sf_test"] },
  "feedback.created": { feedbackId: "fb_test", code: "PA-TEST-0000", channel: "web", categoryCode: "test" },
};
export const WEBHOOK_EVENT_TYPES = Object.keys(TEST_PAYLOADS) as WebhookEvent["type"][];

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class WebhookDispatcher {
  readonly deliveries: WebhookDelivery[] = [];
  readonly #pending = new Set<Promise<void>>();
  #options: WebhookOptions | null;
  #sequence = 0;
  #transport: typeof fetch | undefined;

  constructor(options: WebhookOptions | null) {
    if (options) WebhookDispatcher.check(options);
    this.#options = options;
  }

  static check(options: WebhookOptions): void {
    if (!URL.canParse(options.url) || !/^https?:/.test(options.url))
      throw new MockOptionsError("webhooks.url", "must be an http(s) URL");
    if (!options.secret) throw new MockOptionsError("webhooks.secret", "is required");
    if (options.secret.startsWith("whsec_")) {
      try {
        atob(options.secret.slice(6));
      } catch {
        throw new MockOptionsError("webhooks.secret", "the part after whsec_ is not base64");
      }
    }
  }

  get configured(): boolean {
    return this.#options !== null;
  }

  configure(options: WebhookOptions | null): void {
    if (options) WebhookDispatcher.check(options);
    this.#options = options;
  }

  /** Sends deliveries through `send` instead of the configured fetch (the sandbox's nonconforming switch). */
  useFetch(send: typeof fetch): void {
    this.#transport = send;
  }

  /** The subscriber's URL, if one is configured. */
  get url(): string | undefined {
    return this.#options?.url;
  }

  /**
   * `integrations.sendTestDeliveries`: one signed delivery per type with a sample payload, to `url` (or the subscriber), signed
   * with the subscription's secret or, without one, `SANDBOX_WEBHOOK_SECRET`.
   */
  sendTests(
    types: readonly WebhookEvent["type"][],
    url: string | undefined,
    occurredAt: string,
  ): { webhookId: string; type: WebhookEvent["type"]; url: string }[] {
    const options: WebhookOptions = {
      ...this.#options,
      url: url ?? this.#options?.url ?? "",
      secret: this.#options?.secret ?? SANDBOX_WEBHOOK_SECRET,
    };
    return types.map((type) => {
      const event = {
        id: `evt_test_${String(++this.#sequence).padStart(6, "0")}`,
        type,
        occurredAt,
        data: TEST_PAYLOADS[type],
      };
      const delivery: WebhookDelivery = {
        eventId: event.id,
        type,
        state: "pending",
        attempts: 0,
        status: null,
      };
      this.deliveries.push(delivery);
      const task = this.#deliver(options, JSON.stringify(event), delivery).finally(() =>
        this.#pending.delete(task),
      );
      this.#pending.add(task);
      return { webhookId: event.id, type, url: options.url };
    });
  }

  /** Sends an event in the background; `settled()` waits for every delivery in flight. */
  dispatch(type: WebhookEvent["type"], data: WebhookEvent["data"], occurredAt: string): void {
    const options = this.#options;
    if (!options) return;
    const event = { id: `evt_${String(++this.#sequence).padStart(6, "0")}`, type, occurredAt, data };
    const delivery: WebhookDelivery = {
      eventId: event.id,
      type,
      state: "pending",
      attempts: 0,
      status: null,
    };
    this.deliveries.push(delivery);
    const task = this.#deliver(options, JSON.stringify(event), delivery).finally(() =>
      this.#pending.delete(task),
    );
    this.#pending.add(task);
  }

  async #deliver(options: WebhookOptions, body: string, delivery: WebhookDelivery): Promise<void> {
    const attempts = options.attempts ?? 3;
    const send = this.#transport ?? options.fetch ?? fetch;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      delivery.attempts = attempt;
      const timestamp = String(Math.floor(Date.now() / 1000));
      const signature = await sign(options.secret, `${delivery.eventId}.${timestamp}.${body}`);
      try {
        const response = await send(options.url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "webhook-id": delivery.eventId,
            "webhook-timestamp": timestamp,
            "webhook-signature": `v1,${signature}`,
          },
          body,
        });
        delivery.status = response.status;
        await response.body?.cancel();
        if (response.ok) {
          delivery.state = "delivered";
          return;
        }
        if (response.status < 500) {
          delivery.state = "rejected";
          return;
        }
      } catch {
        delivery.status = null;
      }
      if (attempt < attempts) await wait(100 * 4 ** (attempt - 1));
    }
    delivery.state = "failed";
  }

  /** Resolves when every delivery in flight has finished (delivered, rejected or given up). */
  async settled(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all([...this.#pending]);
  }
}
