// What hooks.request/response see of a request, redacted. A lazy chunk: loaded when a client has those hooks.
import { redact } from "./redact";

const HIDDEN_HEADERS = /^(authorization|cookie|x-lookup-reason|proxy-authorization)$/i;

/** Method, URL as people read it (query `+` and %-escapes decoded) and headers, credentials hidden. */
export function describeRequest(request: Request, secrets: readonly string[]) {
  let url = request.url.replace(/\+/g, " ");
  try {
    url = decodeURIComponent(url);
  } catch {}
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = HIDDEN_HEADERS.test(name) ? "[redacted]" : redact(value, secrets);
  });
  return { method: request.method, url: redact(url, secrets), headers };
}
