import { samplePdf } from "../pdf";
import { canSeeDocument } from "../store/access";
import { assignDocument, completeDocument, documentEtag } from "../store/document-ops";
import { documentView } from "../store/views";
import { vietnamMidnight } from "../util";
import type { Resolvers } from "./context";
import { paginate } from "./pagination";
import { documentOf, staffUser } from "./records";
import { file, json } from "./respond";
import { search } from "./search";

type DocumentOperations =
  | "documents.list"
  | "documents.get"
  | "documents.download"
  | "documents.assign"
  | "documents.complete";

const URGENCY_ORDER: Record<string, number> = { flash: 0, very_urgent: 1, urgent: 2, normal: 3 };

export const documentResolvers: Pick<Resolvers, DocumentOperations> = {
  "documents.list": ({ store, query, user, principal }) => {
    const states = query.state as string[] | undefined;
    const from = query.dueFrom === undefined ? undefined : vietnamMidnight(query.dueFrom);
    const to = query.dueTo === undefined ? undefined : vietnamMidnight(query.dueTo) + 86_400_000;
    const filtered = [...store.documents.values()].filter((record) => {
      if (!canSeeDocument(principal, record)) return false;
      if (query.direction !== undefined && record.direction !== query.direction) return false;
      if (states !== undefined && states.length > 0 && !states.includes(record.state)) return false;
      if (query.urgency !== undefined && record.urgency !== query.urgency) return false;
      if (query.assignee === "me" && !record.assignments.some((item) => item.assignee.id === user?.id))
        return false;
      if (from !== undefined || to !== undefined) {
        const due = record.dueAt ? Date.parse(record.dueAt) : null;
        if (due === null || (from !== undefined && due < from) || (to !== undefined && due >= to))
          return false;
      }
      return true;
    });
    const found = search(
      filtered,
      query.q,
      (record) => `${record.number}/${record.notation} ${record.issuer} ${record.subject}`,
    );
    if (!query.q)
      found.sort(
        (a, b) =>
          (URGENCY_ORDER[a.urgency] ?? 9) - (URGENCY_ORDER[b.urgency] ?? 9) || b.updatedAtMs - a.updatedAtMs,
      );
    const { cursor, limit, ...filters } = query;
    const page = paginate(found, { cursor, limit, query: filters });
    return json("documents.list", 200, { items: page.items.map(documentView), nextCursor: page.nextCursor });
  },
  "documents.get": (context) => {
    const record = documentOf(context, context.path.documentId);
    return json("documents.get", 200, documentView(record), { etag: documentEtag(record) });
  },
  "documents.download": (context) => {
    const record = documentOf(context, context.path.documentId);
    const lines = [
      record.issuer,
      `So: ${record.number || "(du thao)"}/${record.notation}`,
      record.type,
      record.subject,
    ];
    return file(samplePdf(lines), "application/pdf", record.file?.name ?? `${record.id}.pdf`);
  },
  "documents.assign": async (context) => {
    const record = documentOf(context, context.path.documentId);
    assignDocument(
      context.store,
      record,
      await context.json(),
      context.request.headers.get("if-match") ?? undefined,
    );
    return json("documents.assign", 200, documentView(record), { etag: documentEtag(record) });
  },
  "documents.complete": async (context) => {
    const record = documentOf(context, context.path.documentId);
    await context.json();
    completeDocument(
      context.store,
      record,
      staffUser(context),
      context.request.headers.get("if-match") ?? undefined,
    );
    return json("documents.complete", 200, documentView(record), { etag: documentEtag(record) });
  },
};
