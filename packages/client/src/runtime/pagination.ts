import { PAGINATION } from "../generated/operations";
import { ResponseError } from "./errors";
import type { Operation } from "./table";
import type { Transport } from "./transport";
import type { Paginator } from "./types";

type Page = Record<string, unknown>;

/** Walks the cursor pages of a paginated operation (x-pagination), starting from the given arguments. */
export function paginate(transport: Transport, op: Operation, args: unknown[]): Paginator<unknown, Page> {
  const at = op.path.split("{").length - 1;
  const params = args[at] as Page | undefined;
  const fail = (message: string) => transport.fail(new ResponseError(op.id, message, 200));

  async function* pages(): AsyncGenerator<Page> {
    const seen = new Set<unknown>();
    for (let cursor = params?.[PAGINATION.cursor]; ; seen.add(cursor)) {
      const page = (await transport.call(op, [
        ...args.slice(0, at),
        { ...params, [PAGINATION.cursor]: cursor },
        args[at + 1],
      ])) as Page;
      yield page;
      cursor = page[PAGINATION.next];
      if (cursor == null || cursor === "") return;
      if (typeof cursor !== "string" || seen.has(cursor)) fail("the next-page cursor did not advance");
    }
  }

  return {
    byPage: pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) {
        const items = page[PAGINATION.items];
        yield* Array.isArray(items) ? items : fail("the page has no items array");
      }
    },
  };
}
