// Records as the caller may see them: a record out of the principal's reach answers exactly like a missing one
// (404), so its existence does not leak. Lists filter with the same rules (`store/access.ts`).
import type {
  ApiPersonRef,
  DocumentRecord,
  DossierRecord,
  FeedbackRecord,
  UserRecord,
} from "../dataset/types";
import { canSeeDocument, canSeeDossier, canSeeFeedback } from "../store/access";
import { notFound } from "../store/problem";
import { personRef } from "../store/views";
import { actionNotAllowed } from "./auth";
import type { RequestContext } from "./context";

type Context = Pick<RequestContext, "store" | "principal" | "user">;

export function dossierOf({ store, principal }: Context, code: string | undefined): DossierRecord {
  const record = code === undefined ? undefined : store.dossiers.get(code);
  if (!record || !canSeeDossier(principal, record)) throw notFound(`Dossier ${code}`);
  return record;
}

export function documentOf({ store, principal }: Context, id: string | undefined): DocumentRecord {
  const record = id === undefined ? undefined : store.documents.get(id);
  if (!record || !canSeeDocument(principal, record)) throw notFound(`Document ${id}`);
  return record;
}

export function feedbackOf({ store, principal }: Context, id: string | undefined): FeedbackRecord {
  const record = id === undefined ? undefined : store.feedback.get(id);
  if (!record || !canSeeFeedback(principal, record)) throw notFound(`Feedback ${id}`);
  return record;
}

/** The civil servant calling a staff operation (the contract's `x-principals` admits only staff to it). */
export function staffUser({ user }: Context): UserRecord {
  if (!user) throw actionNotAllowed("Only a civil servant can do this.");
  return user;
}

/** Who a thread entry or history line names as its author. */
export function authorOf({ user, principal }: Context): ApiPersonRef {
  return user ? personRef(user) : { id: principal.id, name: principal.name };
}
