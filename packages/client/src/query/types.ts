// Option shapes accepted by TanStack Query v5 (useQuery, useInfiniteQuery, useMutation, queryClient.*).
// Type-only: @tanstack/query-core is an optional peer and never loaded at run time.
import type { DataTag, InfiniteData, MutationFunctionContext, QueryKey } from "@tanstack/query-core";

export interface QueryOptionsOf<TData, TError, TKey extends QueryKey> {
  queryKey: DataTag<TKey, TData, TError>;
  queryFn: (context: { signal: AbortSignal }) => Promise<TData>;
}

export interface InfiniteQueryOptionsOf<TPage, TError, TKey extends QueryKey> {
  queryKey: DataTag<TKey, InfiniteData<TPage, string | null>, TError>;
  queryFn: (context: { signal: AbortSignal; pageParam: string | null }) => Promise<TPage>;
  initialPageParam: string | null;
  getNextPageParam: (lastPage: TPage) => string | null | undefined;
}

export interface MutationOptionsOf<TData, TError, TVariables> {
  mutationKey: readonly ["cqs", string, string];
  mutationFn: (variables: TVariables) => Promise<TData>;
  /** Invalidates every query of the resource (its lists, counts and items) in the mutation's QueryClient. */
  onSuccess: (
    data: TData,
    variables: TVariables,
    onMutateResult: unknown,
    context: MutationFunctionContext,
  ) => Promise<void>;
  /** Only to carry TError into useMutation's inference; always undefined. */
  readonly __error?: TError;
}
