// Type tests, checked by `tsc --noEmit` (the package's typecheck): they fail the build when types regress.
import { InfiniteQueryObserver, QueryClient } from "@tanstack/query-core";
import { expectTypeOf } from "vitest";
import {
  type ApiError,
  type createClient,
  type Dossier,
  type DossierPage,
  type DossierStatus,
  type Download,
  isApiError,
  type NotificationEvent,
  type TransitionProblem,
  type ValidationProblem,
} from "./index";
import { createQueryOptions } from "./query/index";
import { verifyWebhook } from "./webhooks/index";

declare const client: ReturnType<typeof createClient>;

// Results are the named schema types; enums are open.
expectTypeOf(client.dossiers.get("H29-1")).resolves.toEqualTypeOf<Dossier>();
expectTypeOf<Dossier["status"]>().toEqualTypeOf<DossierStatus>();
expectTypeOf<"registered">().toExtend<DossierStatus>();
expectTypeOf<"a-status-from-a-newer-server">().toExtend<DossierStatus>();
expectTypeOf(client.documents.download("d")).resolves.toEqualTypeOf<Download>();
expectTypeOf(client.notifications.markRead("n")).resolves.toEqualTypeOf<void>();

// Arguments: path parameters first, then the body, then params; required parts are required.
// @ts-expect-error — If-Match is required for a transition
void client.dossiers.transition("H29-1", { action: "accept" });
// @ts-expect-error — the body is required
void client.signing.createRequest();
// @ts-expect-error — a query parameter of the wrong type
void client.holidays.list({ year: "2026" });
// @ts-expect-error — an unknown parameter
void client.dossiers.list({ queu: "all" });

// Errors narrow by status to the declared problem type.
async function narrowing() {
  try {
    await client.dossiers.transition("H29-1", { action: "accept" }, { ifMatch: '"e"' });
  } catch (error) {
    if (isApiError(error, "dossiers.transition")) {
      expectTypeOf(error.status).toEqualTypeOf<
        400 | 401 | 403 | 404 | 409 | 412 | 413 | 422 | 428 | 429 | 500 | 502 | 503 | 504
      >();
      if (error.status === 409) expectTypeOf(error.problem).toEqualTypeOf<TransitionProblem>();
      if (error.status === 422)
        expectTypeOf(error.problem.errors[0]?.field).toEqualTypeOf<string | undefined>();
      if (error.status === 503)
        expectTypeOf(error.problem).toEqualTypeOf<import("./index").Problem | undefined>();
      // @ts-expect-error — 418 is not a status this operation returns
      if (error.status === 418) return;
      expectTypeOf(error.operationId).toEqualTypeOf<"dossiers.transition">();
    }
    if (isApiError(error, "dossiers.get") && error.status === 404)
      expectTypeOf(error.requestId).toEqualTypeOf<string | undefined>();
  }
  try {
    await client.signing.createRequest({ provider: "mysign", kind: "approval", items: [] });
  } catch (error) {
    // A document with an open request elsewhere: the 409 names it, typed.
    if (
      isApiError(error, "signing.createRequest") &&
      error.status === 409 &&
      "openRequestId" in error.problem
    )
      expectTypeOf(error.problem.openRequestId).toEqualTypeOf<string>();
  }
}
void narrowing;
expectTypeOf<
  Extract<import("./index").DossiersTransitionError, { status: 422 }>["problem"]
>().toEqualTypeOf<ValidationProblem>();
expectTypeOf<import("./index").DossiersTransitionError>().toExtend<ApiError>();

// Pagination yields the item type, byPage() the page type.
async function pagination() {
  for await (const item of client.dossiers.listAll({ queue: "due_or_overdue" }))
    expectTypeOf(item).toEqualTypeOf<Dossier>();
  for await (const page of client.dossiers.listAll().byPage())
    expectTypeOf(page).toEqualTypeOf<DossierPage>();
  for await (const entry of client.feedback.threadAll("fb")) expectTypeOf(entry.entryType).toExtend<string>();
}
void pagination;

// Stream events are discriminated by type.
async function events() {
  for await (const event of client.notifications.stream({ signal: AbortSignal.timeout(1000) })) {
    expectTypeOf(event).toEqualTypeOf<NotificationEvent>();
    if (event.type === "dossier.overdue") expectTypeOf(event.data.dossierCode).toEqualTypeOf<string>();
    if (event.type === "signing.status_changed") expectTypeOf(event.data.requestId).toEqualTypeOf<string>();
    if (event.type === "stream.reset") expectTypeOf(event.data.resumedFrom).toEqualTypeOf<string | null>();
    // @ts-expect-error — not an event type of the stream
    if (event.type === "dossier.archived") return;
  }
}
void events;

// Webhooks are discriminated by type too.
async function webhooks() {
  const event = await verifyWebhook({ payload: "", headers: {}, secret: "s" });
  if (event.type === "signing.completed") expectTypeOf(event.data.signedFileIds).toEqualTypeOf<string[]>();
}
void webhooks;

// TanStack Query: keys carry the data type.
const queries = createQueryOptions(client);
const queryClient = new QueryClient();
expectTypeOf(queryClient.getQueryData(queries.dossiers.get("H29-1").queryKey)).toEqualTypeOf<
  Dossier | undefined
>();
expectTypeOf(queries.dossiers.list({ queue: "all" }).queryFn).returns.resolves.toEqualTypeOf<DossierPage>();
const infinite = new InfiniteQueryObserver(queryClient, queries.dossiers.listInfinite());
expectTypeOf(infinite.getCurrentResult().data?.pages).toEqualTypeOf<DossierPage[] | undefined>();
