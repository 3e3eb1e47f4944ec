import type { Download } from "./types";

/** A download: the body unbuffered, with the file name, type and size the headers give. */
export function toDownload(response: Response, stream: ReadableStream<Uint8Array>): Download {
  const header = (name: string) => response.headers.get(name);
  const disposition = header("content-disposition") ?? "";
  let filename = /filename="?([^";]+)/i.exec(disposition)?.[1];
  try {
    // RFC 6266 `filename*` wins; when absent (exec gives null) or malformed, the plain filename stays.
    filename = decodeURIComponent((/filename\*=UTF-8''([^;]+)/i.exec(disposition) as string[])[1] as string);
  } catch {}
  // A number of bytes, or undefined (absent: NaN; malformed: NaN or negative).
  const size = +(header("content-length") || Number.NaN);
  return {
    filename,
    contentType: header("content-type") ?? "application/octet-stream",
    size: size >= 0 ? size : undefined,
    stream,
    blob: () => new Response(stream).blob(),
  };
}

/** Multipart body from a typed object: Blobs as files, arrays repeated, the rest as text. */
export function toFormData(fields: unknown): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields as Record<string, unknown>))
    for (const item of [value].flat())
      if (item instanceof Blob) form.append(name, item, (item as File).name || name);
      else if (item != null) form.append(name, `${item}`);
  return form;
}
