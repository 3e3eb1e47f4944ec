import { useCallback, useMemo, useRef, useState } from "react";
import { useTranslator } from "../i18n/useTranslator";
import { outcomeUnknown } from "../internal/errors";
import { newIdempotencyKey } from "../internal/idempotencyKey";
import { uploadMessages } from "../internal/upload/messages";
import type { QueuedFile } from "../internal/upload/queue";
import { uploadRulesFor } from "../internal/upload/rules";
import { sha256Hex } from "../internal/upload/sha256";
import { type FileQueue, useFileQueue } from "../internal/upload/useFileQueue";
import type { EvidenceKind, EvidenceUploadHandler } from "./types";

export interface UseEvidenceUploaderOptions {
  onUpload: EvidenceUploadHandler | undefined;
  /** The kind every file is uploaded as (default `supplement`). */
  kind?: EvidenceKind | undefined;
  /** Called with the platform's answer for each stored file. */
  onUploaded?: ((attachment: unknown, file: File) => void) | undefined;
}

export interface EvidenceUploaderState {
  files: FileQueue;
  kind: EvidenceKind;
  setKind: (kind: EvidenceKind) => void;
  /** Files marked "số hóa", by queue id. */
  digitised: ReadonlySet<string>;
  setDigitised: (id: string, value: boolean) => void;
  /** SHA-256 computed for each file, by queue id (`null`: Web Crypto unavailable on this page). */
  hashes: Readonly<Record<string, string | null>>;
  /** Uploads every ready file, one request each. */
  uploadAll: () => void;
  /** Aborts one file's upload (it goes back to ready). */
  cancel: (item: QueuedFile) => void;
  /** Uploads a failed file again (the same key when the outcome was unknown). */
  retry: (item: QueuedFile) => void;
  /** The page cannot hash (no Web Crypto): said once, uploads go on without a hash. */
  hashUnavailable: boolean;
}

/**
 * Headless EvidenceUploader: the shared upload queue with the contract's rules for `dossiers.uploadAttachment`,
 * one request per file with its SHA-256 (computed in the browser), the `digitised` flag, progress, cancel and
 * retry. Each file keeps one idempotency key until it is stored or definitely refused.
 */
export function useEvidenceUploader(options: UseEvidenceUploaderOptions): EvidenceUploaderState {
  const t = useTranslator(uploadMessages);
  const rules = useMemo(() => uploadRulesFor("dossiers.uploadAttachment"), []);
  // One request per file, so the contract's one-file limit is per request: the queue takes many.
  const files = useFileQueue(useMemo(() => ({ ...rules, maxFiles: 20 }), [rules]));
  const [kind, setKind] = useState<EvidenceKind>(options.kind ?? "supplement");
  const [digitised, setDigitisedSet] = useState<ReadonlySet<string>>(new Set());
  const [hashes, setHashes] = useState<Record<string, string | null>>({});
  const [hashUnavailable, setHashUnavailable] = useState(false);
  const keys = useRef(new Map<string, string>());
  const controllers = useRef(new Map<string, AbortController>());
  const { onUpload, onUploaded } = options;

  const setDigitised = useCallback((id: string, value: boolean) => {
    setDigitisedSet((current) => {
      const next = new Set(current);
      if (value) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  const send = useCallback(
    async (item: QueuedFile) => {
      if (!onUpload || controllers.current.has(item.id)) return;
      const controller = new AbortController();
      controllers.current.set(item.id, controller);
      files.start([item.id]);
      try {
        const hash = await sha256Hex(item.file);
        setHashes((current) => ({ ...current, [item.id]: hash ?? null }));
        if (hash === undefined) setHashUnavailable(true);
        let key = keys.current.get(item.id);
        if (!key) {
          key = newIdempotencyKey();
          keys.current.set(item.id, key);
        }
        const result = await onUpload(
          {
            file: item.file,
            kind,
            digitised: digitised.has(item.id),
            ...(hash === undefined ? {} : { sha256: hash }),
          },
          {
            idempotencyKey: key,
            signal: controller.signal,
            onUploadProgress: ({ loaded, total }) =>
              files.progress({ [item.id]: total > 0 ? (loaded / total) * item.file.size : 0 }),
          },
        );
        keys.current.delete(item.id);
        files.done(item.id, result);
        onUploaded?.(result, item.file);
      } catch (error) {
        if (controller.signal.aborted) {
          files.reset([item.id]);
          return;
        }
        // A definite refusal (413, 422…) gets a new key next time; an unknown outcome keeps it.
        if (!outcomeUnknown(error)) keys.current.delete(item.id);
        files.fail([item.id], error);
      } finally {
        controllers.current.delete(item.id);
      }
    },
    [onUpload, onUploaded, files, kind, digitised],
  );

  const uploadAll = useCallback(() => {
    for (const item of files.items) if (item.status === "ready") void send(item);
  }, [files.items, send]);
  const cancel = useCallback(
    (item: QueuedFile) => {
      controllers.current.get(item.id)?.abort();
      files.announce(t("upload.announce.cancelled", { name: item.file.name }));
    },
    [files, t],
  );
  const retry = useCallback((item: QueuedFile) => void send(item), [send]);

  return {
    files,
    kind,
    setKind,
    digitised,
    setDigitised,
    hashes,
    uploadAll,
    cancel,
    retry,
    hashUnavailable,
  };
}
