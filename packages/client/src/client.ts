import type { ChinhQuyenSoApi } from "./generated/types";
import { paginate } from "./runtime/pagination";
import { type Operation, operations } from "./runtime/table";
import { createTransport, type Transport } from "./runtime/transport";
import type { ClientOptions, StreamOptions } from "./runtime/types";

// The stream code (and its SSE parser) is a separate chunk, fetched on the first stream() call.
async function* stream(transport: Transport, op: Operation, options?: StreamOptions) {
  const { streamEvents } = await import("./runtime/sse");
  yield* streamEvents(transport, op, options);
}

/**
 * Creates the client: `client.<resource>.<operation>(...pathParams, body?, params?, options?)`.
 * Never throws: a bad configuration (e.g. an invalid baseUrl) makes each call reject with an InputError.
 */
export function createClient(options: ClientOptions): ChinhQuyenSoApi {
  const transport = createTransport(options);
  const client: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    client[op.resource] ??= {};
    const group = client[op.resource] as Record<string, unknown>;
    group[op.verb] =
      op.result === "events"
        ? (options?: StreamOptions) => stream(transport, op, options)
        : (...args: unknown[]) => transport.call(op, args);
    if (op.paginated) group[`${op.verb}All`] = (...args: unknown[]) => paginate(transport, op, args);
  }
  return client as unknown as ChinhQuyenSoApi;
}

export type ChinhQuyenSoClient = ChinhQuyenSoApi;
