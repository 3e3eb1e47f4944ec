// Verifies webhook deliveries of the platform (Standard Webhooks: HMAC-SHA256 over "id.timestamp.body").
// Web Crypto only: runs in Node ≥ 20, browsers, Deno, Bun and edge runtimes.

import type { WebhookEvent } from "../generated/types";
import { WEBHOOK_EVENT_TYPES } from "../generated/webhooks";

export type {
  DossierStatusChangedEvent,
  FeedbackCreatedEvent,
  SigningCompletedEvent,
  WebhookEvent,
} from "../generated/types";

export type WebhookFailure =
  | "missing_headers"
  | "malformed_signature"
  | "bad_signature"
  | "too_old"
  | "too_new"
  | "malformed_payload"
  | "unknown_event";

/** A delivery that must be rejected (answer 400); `reason` says why. Never contains the secret or payload. */
export class WebhookVerificationError extends Error {
  override name = "WebhookVerificationError";
  constructor(
    readonly reason: WebhookFailure,
    message: string,
  ) {
    super(`webhook rejected (${reason}): ${message}`);
  }
}

/** Headers as a `Headers`, or a plain object such as Node's `request.headers`. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

export interface VerifyWebhookOptions {
  /** The raw body exactly as received (do not parse and re-serialise it). */
  payload: string | Uint8Array;
  headers: WebhookHeaders;
  /** The endpoint's secret: `whsec_<base64>` as the platform issues it, or the raw key bytes. */
  secret: string | Uint8Array;
  /** Largest accepted distance between the delivery's timestamp and now, in seconds (default 300). */
  toleranceSeconds?: number;
}

const encoder = new TextEncoder();

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const found = Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  return Array.isArray(found) ? found.join(" ") : found;
}

function keyBytes(secret: string | Uint8Array): Uint8Array<ArrayBuffer> {
  if (typeof secret !== "string") return new Uint8Array(secret);
  if (!secret.startsWith("whsec_")) return encoder.encode(secret);
  try {
    return Uint8Array.from(atob(secret.slice(6)), (char) => char.charCodeAt(0));
  } catch {
    throw new TypeError("verifyWebhook: the secret after whsec_ is not valid base64");
  }
}

async function hmac(secret: string | Uint8Array, content: string): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    "raw",
    keyBytes(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(content)));
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

/** Constant-time comparison of two byte strings. */
function equal(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let index = 0; index < a.length; index++) difference |= (a[index] ?? 0) ^ (b[index % b.length] ?? 0);
  return difference === 0;
}

/**
 * Verifies a delivery's signature and age, then returns its typed event. Rejects with a
 * WebhookVerificationError naming the reason: missing headers, malformed or bad signature, too old (or
 * from the future), malformed payload, or an event type this client does not know.
 */
export async function verifyWebhook(options: VerifyWebhookOptions): Promise<WebhookEvent> {
  const id = header(options.headers, "webhook-id");
  const timestamp = header(options.headers, "webhook-timestamp");
  const signatures = header(options.headers, "webhook-signature");
  if (!id || !timestamp || !signatures)
    throw new WebhookVerificationError(
      "missing_headers",
      "webhook-id, webhook-timestamp and webhook-signature are required",
    );
  if (!/^\d{1,12}$/.test(timestamp))
    throw new WebhookVerificationError("malformed_signature", "webhook-timestamp is not Unix seconds");
  const candidates = signatures
    .split(" ")
    .filter((entry) => entry.startsWith("v1,"))
    .map((entry) => {
      try {
        return Uint8Array.from(atob(entry.slice(3)), (char) => char.charCodeAt(0));
      } catch {
        return undefined;
      }
    })
    .filter((bytes) => bytes !== undefined);
  if (candidates.length === 0)
    throw new WebhookVerificationError("malformed_signature", "no v1 signature in webhook-signature");

  const body =
    typeof options.payload === "string" ? options.payload : new TextDecoder().decode(options.payload);
  const expected = await hmac(options.secret, `${id}.${timestamp}.${body}`);
  if (!candidates.some((candidate) => equal(candidate, expected)))
    throw new WebhookVerificationError("bad_signature", "no signature matches the secret");

  const tolerance = options.toleranceSeconds ?? 300;
  const age = Date.now() / 1000 - Number(timestamp);
  if (age > tolerance)
    throw new WebhookVerificationError("too_old", `sent ${Math.round(age)} s ago (tolerance ${tolerance} s)`);
  if (age < -tolerance) throw new WebhookVerificationError("too_new", "the timestamp is in the future");

  let event: { type?: unknown; id?: unknown; data?: unknown };
  try {
    event = JSON.parse(body);
  } catch {
    throw new WebhookVerificationError("malformed_payload", "the body is not JSON");
  }
  if (
    typeof event !== "object" ||
    event === null ||
    typeof event.type !== "string" ||
    typeof event.data !== "object"
  )
    throw new WebhookVerificationError("malformed_payload", "the body is not a webhook event (type, data)");
  if (!(WEBHOOK_EVENT_TYPES as readonly string[]).includes(event.type))
    throw new WebhookVerificationError(
      "unknown_event",
      `event type "${event.type}" is not known to this client version`,
    );
  return event as WebhookEvent;
}

/** Signs a delivery as the platform does: the three headers to send with `payload` (for tests and relays). */
export async function signWebhook(options: {
  id: string;
  payload: string;
  secret: string | Uint8Array;
  /** Unix seconds (default now). */
  timestamp?: number;
}): Promise<Record<"webhook-id" | "webhook-timestamp" | "webhook-signature", string>> {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = await hmac(options.secret, `${options.id}.${timestamp}.${options.payload}`);
  return {
    "webhook-id": options.id,
    "webhook-timestamp": timestamp,
    "webhook-signature": `v1,${toBase64(signature)}`,
  };
}
