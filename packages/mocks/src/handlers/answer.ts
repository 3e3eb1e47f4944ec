// What the operations read of a request and what they answer, without requiring Fetch objects. msw hands the
// handlers a Fetch `Request` (it has all `IncomingCall` asks for) and gets a `Response` (`toResponse`); the
// sandbox, for a GET it has routed before, passes a view of Node's request and writes a `JsonAnswer` straight to
// the socket. A Fetch Request and Response cost more than the rest of a list request (headers copied, a body
// stream and an abort signal made for every request): skipping them changes where the answer is written, never
// what it is — every route keeps its one implementation, the pipeline's checks and headers included.

/** Request headers as a Fetch `Headers` reads them: case-insensitive, repeated values joined with ", ". */
export interface HeaderReader {
  get(name: string): string | null;
}

/** What the pipeline and the resolvers read of a request (a Fetch `Request` is one). */
export interface IncomingCall {
  readonly method: string;
  /** The absolute URL. */
  readonly url: string;
  readonly headers: HeaderReader;
  /** Aborted when the client goes away before the answer is sent whole. */
  readonly signal: AbortSignal;
  /** The body as sent (empty without one). */
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A JSON answer as made here: turned into a `Response` only where one is needed (msw). */
export class JsonAnswer {
  readonly status: number;
  /** Header names in lower case (as a `Headers` gives them). */
  readonly headers: Record<string, string>;
  /** The JSON: text, or UTF-8 bytes (never mutated). */
  readonly body: string | Uint8Array;

  constructor(status: number, headers: Record<string, string>, body: string | Uint8Array) {
    this.status = status;
    this.headers = {};
    for (const [name, value] of Object.entries(headers)) this.headers[name.toLowerCase()] = value;
    this.body = body;
  }

  /** The headers in the order a `Headers` lists them (sorted by name). */
  entries(): [string, string][] {
    return Object.entries(this.headers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
}

/** What an operation answers. */
export type Answer = Response | JsonAnswer;

export function toResponse(answer: Answer): Response {
  if (!(answer instanceof JsonAnswer)) return answer;
  return new Response(answer.body as BodyInit, { status: answer.status, headers: answer.headers });
}

/** Sets one header of the answer (in place). */
export function setHeader(answer: Answer, name: string, value: string): void {
  if (answer instanceof JsonAnswer) answer.headers[name.toLowerCase()] = value;
  else answer.headers.set(name, value);
}

const encoder = new TextEncoder();

/** Status, headers and body bytes of an answer, e.g. to replay it (reads a Response's body). */
export async function partsOf(
  answer: Answer,
): Promise<{ status: number; headers: [string, string][]; body: Uint8Array }> {
  if (answer instanceof JsonAnswer)
    return {
      status: answer.status,
      headers: answer.entries(),
      body: typeof answer.body === "string" ? encoder.encode(answer.body) : answer.body.slice(),
    };
  return {
    status: answer.status,
    headers: [...answer.headers],
    body: new Uint8Array(await answer.arrayBuffer()),
  };
}
