// Connected data hooks of the signing widget, on TanStack Query with the provider's query client (passed
// explicitly: the provider never installs a QueryClientProvider). Each needs a <ChinhQuyenSoProvider client>.
import type { ChinhQuyenSoClient, SigningRequest } from "@chinhquyenso/client";
import { useQuery } from "@tanstack/react-query";
import { useConnection } from "../provider/hooks";
import { sha256Hex } from "./documents";
import type { SigningActions } from "./types";

/** The signing providers available to the user (`signing.listProviders`). */
export function useSigningProviders(options: { enabled?: boolean } = {}) {
  const { queries, queryClient } = useConnection("useSigningProviders");
  return useQuery({ ...queries.signing.listProviders(), enabled: options.enabled ?? true }, queryClient);
}

/** The user's certificates at a provider (`signing.listCertificates`); idle while `provider` is undefined. */
export function useSigningCertificates(provider: string | undefined) {
  const { queries, queryClient } = useConnection("useSigningCertificates");
  return useQuery(
    { ...queries.signing.listCertificates(provider ?? ""), enabled: provider !== undefined },
    queryClient,
  );
}

export interface UseSigningRequestOptions {
  /** Poll interval while the request awaits the user, in ms (default 5000); stream events refresh it sooner. */
  pollInterval?: number;
}

/**
 * One signing request (`signing.getRequest`), polled while it awaits the user. The notifications stream
 * (`signing.status_changed`) invalidates it at once; the signing flow also writes every answer it gets here.
 */
export function useSigningRequest(requestId: string | undefined, options: UseSigningRequestOptions = {}) {
  const { queries, queryClient } = useConnection("useSigningRequest");
  const interval = options.pollInterval ?? 5000;
  return useQuery(
    {
      ...queries.signing.getRequest(requestId ?? ""),
      enabled: requestId !== undefined,
      refetchInterval: (query) => (query.state.data?.state === "awaiting_user" ? interval : false),
    },
    queryClient,
  );
}

/** Query options of a document's fingerprint: SHA-256 of its PDF from `documents.download` (Web Crypto). */
export function fingerprintQuery(client: ChinhQuyenSoClient, documentId: string) {
  return {
    queryKey: ["cqs", "documents", "fingerprint", documentId] as const,
    queryFn: async ({ signal }: { signal: AbortSignal }) => {
      const file = await client.documents.download(documentId, { signal });
      return sha256Hex(await (await file.blob()).arrayBuffer());
    },
    staleTime: Number.POSITIVE_INFINITY,
  };
}

/**
 * SHA-256 of a document's PDF, computed in the browser from `documents.download` (Web Crypto), so the signer
 * can compare it with the file they read. Idle while `documentId` is undefined.
 */
export function useDocumentFingerprint(documentId: string | undefined) {
  const { client, queryClient } = useConnection("useDocumentFingerprint");
  return useQuery(
    { ...fingerprintQuery(client, documentId ?? ""), enabled: documentId !== undefined, retry: false },
    queryClient,
  );
}

/** The flow's operations on the platform client (the client sends the idempotency keys as headers). */
export function signingActionsOf(client: ChinhQuyenSoClient): SigningActions {
  return {
    createRequest: (body, { idempotencyKey }) => client.signing.createRequest(body, { idempotencyKey }),
    getRequest: (requestId, options = {}) =>
      client.signing.getRequest(requestId, options.signal ? { signal: options.signal } : {}),
    confirm: (requestId, otp) => client.signing.confirm(requestId, { otp }),
    cancel: (requestId) => client.signing.cancel(requestId),
    uploadSigned: (requestId, upload, { idempotencyKey }) =>
      client.signing.uploadSigned(requestId, upload, { idempotencyKey }),
  };
}

export type { SigningRequest };
