// A lazy chunk: `fetch` over XMLHttpRequest, for uploads that report their progress. fetch itself cannot (a
// streamed request body needs HTTP/2 in Chromium, so ky's onUploadProgress fails on HTTP/1.1 intranet servers);
// XHR's upload events work everywhere a browser runs.

export interface UploadProgress {
  /** Bytes of the request body sent so far. */
  loaded: number;
  /** Bytes of the whole request body (the multipart encoding included). */
  total: number;
}

const NULL_BODY = new Set([101, 204, 205, 304]);

function headersOf(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const at = line.indexOf(":");
    if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return headers;
}

/** A `fetch` that sends through XMLHttpRequest and calls `onProgress` as the body goes out. */
export const xhrFetch =
  (onProgress: (progress: UploadProgress) => void) =>
  async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const body = request.method === "GET" || request.method === "HEAD" ? null : await request.blob();
    return new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      const { signal } = request;
      const abort = () => xhr.abort();
      const done = () => signal.removeEventListener("abort", abort);
      if (signal.aborted) return reject(new DOMException("The request was aborted.", "AbortError"));
      signal.addEventListener("abort", abort);
      xhr.open(request.method, request.url);
      xhr.responseType = "blob";
      xhr.withCredentials = request.credentials === "include";
      request.headers.forEach((value, name) => {
        xhr.setRequestHeader(name, value);
      });
      xhr.upload.onprogress = (event) =>
        onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : (body?.size ?? 0) });
      xhr.onload = () => {
        done();
        const status = xhr.status;
        resolve(
          new Response(NULL_BODY.has(status) ? null : (xhr.response as Blob), {
            status,
            statusText: xhr.statusText,
            headers: headersOf(xhr.getAllResponseHeaders()),
          }),
        );
      };
      // fetch's errors: a TypeError for the network, an AbortError for an abort.
      xhr.onerror = xhr.ontimeout = () => {
        done();
        reject(new TypeError("Failed to fetch"));
      };
      xhr.onabort = () => {
        done();
        reject(new DOMException("The request was aborted.", "AbortError"));
      };
      xhr.send(body);
    });
  };
