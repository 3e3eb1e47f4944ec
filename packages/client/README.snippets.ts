// What the README's code blocks take for granted (scripts/check-readme-snippets.mjs compiles them with it): the
// client you created, your session, your own handlers and values.
import type { ChinhQuyenSoClient } from "@chinhquyenso/client";
import type { QueryClient } from "@tanstack/react-query";

declare global {
  const client: ChinhQuyenSoClient;
  const queryClient: QueryClient;
  const session: { accessToken: string; refresh(): Promise<void> };
  const baseUrl: string;
  const code: string;
  const etag: string;
  const id: string;
  const documentId: string;
  const from: string;
  const to: string;
  const signal: AbortSignal;
  const file: File;
  const photo1: File;
  const photo2: File;
  /** A webhook delivery as your server received it: the raw body and the request. */
  const rawBody: string;
  const request: Request;
  function render(value: unknown): void;
  function toast(message: string): void;
  function saveAs(blob: Blob, filename: string): void;
  function showAllowed(actions: unknown): void;
  function showFieldErrors(errors: unknown): void;
  function reloadAndRetry(): void;
}
