import { PAGINATION } from "../generated/operations";
import type { QueryFactories } from "../generated/query";
import type { ChinhQuyenSoApi } from "../generated/types";
import { operations, pathParams } from "../runtime/table";

export type * from "../generated/query";
export type { InfiniteQueryOptionsOf, MutationOptionsOf, QueryOptionsOf } from "./types";

type Method = (...args: unknown[]) => Promise<Record<string, unknown>>;

/**
 * TanStack Query option factories for every operation of `client`, grouped by resource. Keys are
 * hierarchical — `["cqs", resource, operation, ...pathParams, params]` — so invalidating
 * `factories.dossiers.key` refetches every dossier list, count and item; mutations do that on success.
 */
export function createQueryOptions(client: ChinhQuyenSoApi): QueryFactories {
  const factories: Record<string, Record<string, unknown>> = {};
  const api = client as unknown as Record<string, Record<string, Method>>;
  for (const op of operations) {
    // Streams and downloads are not cached data.
    if (op.result === "events" || op.result === "download") continue;
    const key = ["cqs", op.resource] as const;
    factories[op.resource] ??= { key };
    const group = factories[op.resource] as Record<string, unknown>;
    const method = api[op.resource]?.[op.verb] as Method;
    const call = (...args: unknown[]) => method(...args);
    const names = pathParams(op);
    if (op.method === "get") {
      const keyOf = (args: unknown[]) => [
        ...key,
        op.verb,
        ...args.slice(0, names.length),
        ...(op.takesParams ? [args[names.length]] : []),
      ];
      const argsOf = (args: unknown[], params: unknown) => [
        ...args.slice(0, names.length),
        ...(op.takesParams ? [params] : []),
      ];
      group[op.verb] = (...args: unknown[]) => ({
        queryKey: keyOf(args),
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          call(...argsOf(args, args[names.length]), { signal }),
      });
      if (op.paginated)
        group[`${op.verb}Infinite`] = (...args: unknown[]) => ({
          queryKey: [...keyOf(args), "pages"],
          queryFn: ({ signal, pageParam }: { signal: AbortSignal; pageParam: string | null }) =>
            call(
              ...argsOf(args, {
                ...(args[names.length] as object),
                [PAGINATION.cursor]: pageParam ?? undefined,
              }),
              { signal },
            ),
          initialPageParam: null,
          getNextPageParam: (page: Record<string, unknown>) => page[PAGINATION.next] ?? undefined,
        });
    } else {
      group[op.verb] = () => ({
        mutationKey: [...key, op.verb],
        mutationFn: (variables: Record<string, unknown> = {}) =>
          call(
            ...names.map((name) => variables[name]),
            ...(op.body ? [variables.body] : []),
            ...(op.takesParams ? [variables.params] : []),
            variables.idempotencyKey === undefined ? {} : { idempotencyKey: variables.idempotencyKey },
          ),
        onSuccess: (
          _data: unknown,
          _variables: unknown,
          _result: unknown,
          context: {
            client: { invalidateQueries(filters: { queryKey: readonly unknown[] }): Promise<void> };
          },
        ) => context.client.invalidateQueries({ queryKey: key }),
      });
    }
  }
  return factories as unknown as QueryFactories;
}
