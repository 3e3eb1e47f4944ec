import { PAGINATION } from "../generated/operations";
import { ResponseError } from "./errors";
import { type Operation, pathParams } from "./table";
import type { Transport } from "./transport";

type Page = Record<string, unknown>;

const fail = (transport: Transport, op: Operation, message: string) =>
  transport.fail(new ResponseError(op.id, message, 200));

/** The pages of a paginated operation, following the cursor from the given arguments until it ends. */
export async function* pages(transport: Transport, op: Operation, args: unknown[]): AsyncGenerator<Page> {
  const at = pathParams(op).length;
  const params = args[at] as Page | undefined;
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
    if (typeof cursor !== "string" || seen.has(cursor))
      fail(transport, op, "the next-page cursor did not advance");
  }
}

/** Every item of every page. */
export async function* items(transport: Transport, op: Operation, args: unknown[]) {
  for await (const page of pages(transport, op, args)) {
    const list = page[PAGINATION.items];
    yield* Array.isArray(list) ? list : fail(transport, op, "the page has no items array");
  }
}
