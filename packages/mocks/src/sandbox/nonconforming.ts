// A testing aid for the conformance kit (@chinhquyenso/conformance), and nothing else: `--nonconforming <mode>`
// makes the sandbox break ONE rule of the contract on purpose, so that a test can show the kit names exactly
// that rule. It wraps the handlers at the HTTP layer of the sandbox; the msw handlers never see it, and without
// the option none of this code runs.
import { getResponse } from "msw";
import { MockOptionsError } from "../errors";
import type { MockHandlers } from "../handlers/create";
import type { MockStore } from "../store/store";

/** Each mode, the conformance rule it breaks, and how. */
export const NONCONFORMING_MODES = {
  "wrong-content-type": { rule: "responses.success", breaks: "GET /v1/agencies answers text/plain" },
  "drop-etag": {
    rule: "conditional.etag",
    breaks: "single dossiers, documents and feedback come without ETag",
  },
  "ignore-if-match": {
    rule: "conditional.if-match-required",
    breaks: "a transition without If-Match is applied",
  },
  "accept-stale-etag": {
    rule: "conditional.stale-etag",
    breaks: "a transition with a stale If-Match is applied",
  },
  "replay-across-bodies": {
    rule: "idempotency.key-reuse",
    breaks: "a repeated Idempotency-Key replays the first answer whatever the body",
  },
  "duplicate-writes": {
    rule: "idempotency.replay",
    breaks: "a repeat with the same Idempotency-Key and body acts again (another body still gets 422)",
  },
  "leak-internal-notes": {
    rule: "visibility.citizen",
    breaks: "a citizen's feedback thread is the staff's (internal notes, assigned activity)",
  },
  "500-on-bad-input": { rule: "validation.bad-input", breaks: "validation errors answer 500" },
  "cross-agency-leak": {
    rule: "auth.agency-scoping",
    breaks: "another agency's dossier is shown instead of 404",
  },
  "ignore-scopes": {
    rule: "auth.scopes",
    breaks: "a token without an operation's scope is served as the leader's (who holds every staff scope)",
  },
  "no-401-challenge": { rule: "auth.unauthenticated", breaks: "401 answers carry no WWW-Authenticate" },
  "no-stream-reset": {
    rule: "stream.reset",
    breaks: "the stream resumes silently from an unknown Last-Event-ID",
  },
  "bad-webhook-signature": { rule: "webhooks.signature", breaks: "webhook signatures are computed wrongly" },
  "429-without-retry-after": { rule: "rate-limit.retry-after", breaks: "429 answers carry no Retry-After" },
} as const;
export type NonconformingMode = keyof typeof NONCONFORMING_MODES;

export function checkNonconformingMode(mode: string): NonconformingMode {
  if (!(mode in NONCONFORMING_MODES))
    throw new MockOptionsError(
      "nonconforming",
      `unknown mode "${mode}"; one of ${Object.keys(NONCONFORMING_MODES).join(", ")}`,
    );
  return mode as NonconformingMode;
}

const withHeaders = (response: Response, change: (headers: Headers) => void): Response => {
  const headers = new Headers(response.headers);
  change(headers);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
};

const withRequestHeaders = (request: Request, change: (headers: Headers) => void): Request => {
  const headers = new Headers(request.headers);
  change(headers);
  return new Request(request, { headers, ...(request.body ? { duplex: "half" } : {}) } as RequestInit);
};

const tokenOf = (store: MockStore, kind: string) =>
  store.principals.find((principal) => principal.kind === kind)?.token;

/** Wraps one API exchange of the sandbox so that it breaks `mode`. */
export function nonconforming(mode: NonconformingMode, store: MockStore, handlers: MockHandlers) {
  const replays = new Map<string, { status: number; headers: [string, string][]; body: ArrayBuffer }>();
  const bodiesByKey = new Map<string, string>();
  if (mode === "bad-webhook-signature")
    store.webhooks.useFetch((url, init) => {
      const headers = new Headers(init?.headers);
      headers.set("webhook-signature", `v1,${btoa("not the HMAC of this delivery")}`);
      return fetch(url, { ...init, headers });
    });

  /** The current etag of a dossier, read through the handlers as the caller. */
  async function currentEtag(request: Request, code: string): Promise<string> {
    const url = new URL(`/v1/dossiers/${code}`, request.url);
    const answer = await getResponse(handlers, new Request(url, { headers: request.headers }));
    return answer?.headers.get("etag") ?? "";
  }

  return async (request: Request, handle: (request: Request) => Promise<Response | undefined>) => {
    const url = new URL(request.url);
    const path = url.pathname;
    const transition = /^\/v1\/dossiers\/([^/]+)\/transitions$/.exec(path);
    if (transition && request.method === "POST") {
      const given = request.headers.get("if-match");
      if ((mode === "ignore-if-match" && !given) || (mode === "accept-stale-etag" && given)) {
        const etag = await currentEtag(request, transition[1] ?? "");
        request = withRequestHeaders(request, (headers) => headers.set("if-match", etag));
      }
    }
    const key = request.headers.get("idempotency-key");
    if (mode === "duplicate-writes" && key) {
      // A same-body repeat gets a fresh key (so it acts again); another body keeps it (and gets its 422).
      const body = await request.clone().text();
      const seen = bodiesByKey.get(key);
      if (seen === undefined) bodiesByKey.set(key, body);
      else if (seen === body)
        request = withRequestHeaders(request, (headers) =>
          headers.set("idempotency-key", crypto.randomUUID()),
        );
    }
    if (mode === "replay-across-bodies" && key) {
      const stored = replays.get(`${request.headers.get("authorization")} ${key}`);
      if (stored)
        return new Response(stored.body.slice(0), { status: stored.status, headers: stored.headers });
    }
    if (mode === "leak-internal-notes" && /^\/v1\/feedback\/[^/]+\/thread$/.test(path)) {
      const citizen = tokenOf(store, "citizen");
      const service = tokenOf(store, "service");
      if (service && request.headers.get("authorization") === `Bearer ${citizen}`)
        request = withRequestHeaders(request, (headers) => headers.set("authorization", `Bearer ${service}`));
    }
    // The request as sent, for modes that answer it again as someone else (its body is read once).
    const again = mode === "ignore-scopes" ? request.clone() : undefined;
    let answer = await handle(request);
    if (!answer) return answer;
    if (mode === "replay-across-bodies" && key && answer.status < 500) {
      const body = await answer.arrayBuffer();
      replays.set(`${request.headers.get("authorization")} ${key}`, {
        status: answer.status,
        headers: [...answer.headers],
        body,
      });
      answer = new Response(body.slice(0), { status: answer.status, headers: answer.headers });
    }
    if (mode === "wrong-content-type" && path === "/v1/agencies" && answer.ok)
      return withHeaders(answer, (headers) => headers.set("content-type", "text/plain; charset=utf-8"));
    if (mode === "drop-etag" && /^\/v1\/(dossiers|documents|feedback)\/[^/]+$/.test(path))
      return withHeaders(answer, (headers) => headers.delete("etag"));
    if (mode === "no-401-challenge" && answer.status === 401)
      return withHeaders(answer, (headers) => headers.delete("www-authenticate"));
    if (mode === "429-without-retry-after" && answer.status === 429)
      return withHeaders(answer, (headers) => headers.delete("retry-after"));
    if (mode === "500-on-bad-input" && (answer.status === 400 || answer.status === 422)) {
      const problem = (await answer.clone().json()) as { code?: string };
      if (problem.code === "validation_failed" || problem.code === "bad_request")
        return new Response(JSON.stringify({ ...problem, status: 500, code: "internal_error" }), {
          status: 500,
          headers: answer.headers,
        });
    }
    if (mode === "cross-agency-leak" && answer.status === 404 && /^\/v1\/dossiers\/[^/]+$/.test(path)) {
      const officer = store.principals.find((principal) => principal.id === "officer")?.token;
      if (officer)
        return (
          (await handle(
            withRequestHeaders(request, (headers) => headers.set("authorization", `Bearer ${officer}`)),
          )) ?? answer
        );
    }
    if (again && answer.status === 403) {
      const problem = (await answer.clone().json()) as { code?: string };
      const leader = tokenOf(store, "leader");
      if (problem.code === "insufficient_scope" && leader)
        return (
          (await handle(
            withRequestHeaders(again, (headers) => headers.set("authorization", `Bearer ${leader}`)),
          )) ?? answer
        );
    }
    if (mode === "no-stream-reset" && path === "/v1/notification-stream" && answer.body) {
      // Drops the stream.reset event (each event is one chunk), as a platform that resumes silently would.
      const filter = new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          if (!new TextDecoder().decode(chunk).includes("event: stream.reset")) controller.enqueue(chunk);
        },
      });
      return new Response(answer.body.pipeThrough(filter), {
        status: answer.status,
        headers: answer.headers,
      });
    }
    return answer;
  };
}
