// Cursor pagination per the contract's `x-pagination.cursor`: opaque cursors that remember the last record
// returned (and its offset, should that record leave the list) and the query they belong to, so a cursor reused
// with other filters is refused instead of giving a wrong page. Resuming after the last record, not at an offset,
// keeps a walk from visiting a record twice when new ones are added ahead of it (the conformance kit's
// pagination.cursor-walk rule found that offsets did).
import { ProblemError } from "../store/problem";
import { canonicalJson, fromBase64Url, hashString, toBase64Url } from "../util";

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

/** A page of `items` (already filtered and sorted). `query` identifies the filters; `limit` defaults to 20. */
export function paginate<T>(
  items: readonly T[],
  options: { cursor?: string | undefined; limit?: number | undefined; query: unknown },
): Page<T> {
  const limit = options.limit ?? 20;
  const queryHash = hashString(canonicalJson(options.query)).toString(36);
  let offset = 0;
  if (options.cursor !== undefined) {
    const decoded = fromBase64Url(options.cursor);
    let parsed: { o?: unknown; q?: unknown; k?: unknown } | undefined;
    try {
      parsed = decoded === undefined ? undefined : JSON.parse(decoded);
    } catch {
      parsed = undefined;
    }
    if (!parsed || typeof parsed.o !== "number" || !Number.isInteger(parsed.o) || parsed.o < 0)
      throw cursorProblem("is not a cursor this API returned");
    if (parsed.q !== queryHash)
      throw cursorProblem("belongs to a query with other filters; start again without a cursor");
    offset = parsed.o;
    if (typeof parsed.k === "string") {
      const last = items.findIndex((item) => keyOf(item) === parsed.k);
      if (last >= 0) offset = last + 1;
    }
  }
  const end = offset + limit;
  const page = items.slice(offset, end);
  const last = page.length > 0 ? keyOf(page[page.length - 1]) : undefined;
  return {
    items: page,
    nextCursor:
      end < items.length
        ? toBase64Url(JSON.stringify({ o: end, q: queryHash, ...(last === undefined ? {} : { k: last }) }))
        : null,
    total: items.length,
  };
}

/** A record's identity for the cursor: its `id`, or `code` (dossiers); none for other values. */
function keyOf(item: unknown): string | undefined {
  const record = item as { id?: unknown; code?: unknown } | null;
  if (typeof record?.id === "string") return record.id;
  return typeof record?.code === "string" ? record.code : undefined;
}

function cursorProblem(message: string): ProblemError {
  return new ProblemError(400, "bad_request", "Bad request", `query/cursor ${message}`, {
    errors: [{ field: "query/cursor", code: "invalid_cursor", message }],
  });
}
