// Cursor pagination per the contract's `x-pagination.cursor`: opaque cursors that remember the offset and the
// query they belong to, so a cursor reused with other filters is refused instead of giving a wrong page.
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
    let parsed: { o?: unknown; q?: unknown } | undefined;
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
  }
  const end = offset + limit;
  return {
    items: items.slice(offset, end),
    nextCursor: end < items.length ? toBase64Url(JSON.stringify({ o: end, q: queryHash })) : null,
    total: items.length,
  };
}

function cursorProblem(message: string): ProblemError {
  return new ProblemError(400, "bad_request", "Bad request", `query/cursor ${message}`, {
    errors: [{ field: "query/cursor", code: "invalid_cursor", message }],
  });
}
