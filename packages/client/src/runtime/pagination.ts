import type { Operation } from "./table";
import type { Transport } from "./transport";
import type { Paginator } from "./types";

type Page = Record<string, unknown>;

// The walk itself (./pages) is a lazy chunk, loaded on the first iteration: apps that never page skip it.
const load = () => import("./pages");

/** Walks the cursor pages of a paginated operation (x-pagination), starting from the given arguments. */
export function paginate(transport: Transport, op: Operation, args: unknown[]): Paginator<unknown, Page> {
  return {
    async *byPage() {
      yield* (await load()).pages(transport, op, args);
    },
    async *[Symbol.asyncIterator]() {
      yield* (await load()).items(transport, op, args);
    },
  };
}
