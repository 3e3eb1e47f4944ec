import type { ChinhQuyenSoApi } from "./generated/types";
import { paginate } from "./runtime/pagination";
import { streamEvents } from "./runtime/sse";
import { operations } from "./runtime/table";
import { createTransport } from "./runtime/transport";
import type { ClientOptions, StreamOptions } from "./runtime/types";

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
    if (op.result === "sse") {
      group[op.verb] = (streamOptions?: StreamOptions) => streamEvents(transport, op, streamOptions);
      continue;
    }
    group[op.verb] = (...args: unknown[]) => transport.call(op, args);
    if (op.paginated) group[`${op.verb}All`] = (...args: unknown[]) => paginate(transport, op, args);
  }
  return client as unknown as ChinhQuyenSoApi;
}

export type ChinhQuyenSoClient = ChinhQuyenSoApi;
