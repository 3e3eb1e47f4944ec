import { useCallback, useEffect, useRef, useState } from "react";
import { outcomeUnknown } from "../internal/errors";
import { newIdempotencyKey } from "../internal/idempotencyKey";
import type {
  EvidenceKind,
  StoredDocument,
  StoredDocumentReuseHandler,
  StoredDocumentsLoader,
} from "./types";

export type StoredDocumentsStatus = "loading" | "ready" | "error";

/** Where attaching one stored document stands. */
export type ReuseState =
  | { status: "attaching" }
  | { status: "attached"; attachment: unknown }
  | { status: "failed"; error: unknown };

export interface UseStoredDocumentsOptions {
  /** Without it the section is off (`status` stays `ready` with no items). */
  load: StoredDocumentsLoader | undefined;
  reuse: StoredDocumentReuseHandler | undefined;
  /** Called with the platform's `Attachment` once a stored document is attached. */
  onReused?: ((attachment: unknown, document: StoredDocument) => void) | undefined;
}

export interface StoredDocumentsState {
  status: StoredDocumentsStatus;
  items: readonly StoredDocument[];
  /** Why the list failed (a 403/404 is a designed state, not a failure to retry). */
  error: unknown;
  reload: () => void;
  /** Attach state by stored document id; a document listed with `attachedAs` counts as attached. */
  reuseStates: Readonly<Record<string, ReuseState>>;
  /** The last attach that finished (what the live region says). */
  latest: { id: string; outcome: "attached" | "failed" } | null;
  /** Attaches one stored document as `kind`; a retry after an unknown outcome reuses the same key. */
  attach: (document: StoredDocument, kind: EvidenceKind) => void;
}

/**
 * Headless "Dùng lại giấy tờ đã nộp": loads the applicant's stored documents once (again on `reload`), and attaches
 * one by reference with one idempotency key per intent, kept until the outcome is known.
 */
export function useStoredDocuments(options: UseStoredDocumentsOptions): StoredDocumentsState {
  const { load, reuse, onReused } = options;
  const [status, setStatus] = useState<StoredDocumentsStatus>(load ? "loading" : "ready");
  const [items, setItems] = useState<readonly StoredDocument[]>([]);
  const [error, setError] = useState<unknown>(undefined);
  const [attempt, setAttempt] = useState(0);
  const [reuseStates, setReuseStates] = useState<Record<string, ReuseState>>({});
  const [latest, setLatest] = useState<StoredDocumentsState["latest"]>(null);
  const keys = useRef(new Map<string, string>());

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the reload trigger.
  useEffect(() => {
    if (!load) return;
    const controller = new AbortController();
    setStatus("loading");
    load(controller.signal).then(
      (documents) => {
        if (controller.signal.aborted) return;
        setItems(documents);
        setStatus("ready");
      },
      (caught: unknown) => {
        if (controller.signal.aborted) return;
        setError(caught);
        setStatus("error");
      },
    );
    return () => controller.abort();
  }, [load, attempt]);

  const reload = useCallback(() => setAttempt((value) => value + 1), []);

  const attach = useCallback(
    (document: StoredDocument, kind: EvidenceKind) => {
      if (!reuse) return;
      let key = keys.current.get(document.id);
      if (!key) {
        key = newIdempotencyKey();
        keys.current.set(document.id, key);
      }
      setReuseStates((current) => ({ ...current, [document.id]: { status: "attaching" } }));
      reuse({ storedDocumentId: document.id, kind }, { idempotencyKey: key }).then(
        (attachment) => {
          keys.current.delete(document.id);
          setReuseStates((current) => ({ ...current, [document.id]: { status: "attached", attachment } }));
          setLatest({ id: document.id, outcome: "attached" });
          onReused?.(attachment, document);
        },
        (caught: unknown) => {
          if (!outcomeUnknown(caught)) keys.current.delete(document.id);
          setReuseStates((current) => ({ ...current, [document.id]: { status: "failed", error: caught } }));
          setLatest({ id: document.id, outcome: "failed" });
        },
      );
    },
    [reuse, onReused],
  );

  return { status, items, error, reload, reuseStates, latest, attach };
}
