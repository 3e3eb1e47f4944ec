import { useCallback, useEffect, useRef, useState } from "react";
import { newIdempotencyKey } from "../internal/idempotencyKey";
import { classifyError, type ThreadError, type ThreadErrorKind } from "./errors";
import type { WriteMeta } from "./types";

const UNCERTAIN = /* @__PURE__ */ new Set<ThreadErrorKind>(["network", "timeout", "server", "unknown"]);

export type WritePhase = "idle" | "sending" | "failed";

export type WriteOutcome = { done: true; result: unknown } | { done: false; cancelled?: true };

/** What identifies one logical write: its JSON, files by name, size and date (a File has no JSON of its own). */
const signatureOf = (input: unknown) =>
  JSON.stringify(input, (_key, value) =>
    value instanceof Blob
      ? `${(value as File).name ?? ""}:${value.size}:${(value as File).lastModified ?? ""}:${value.type}`
      : value,
  );

export interface Write<Input> {
  phase: WritePhase;
  /** Why the last attempt failed (cleared by the next attempt). */
  error: ThreadError | undefined;
  /** A write is in flight (read synchronously, so a double click in one frame is caught). */
  isBusy(): boolean;
  /**
   * Runs the write unless one is in flight (a double click sends once). The same input retried after a
   * failure reuses its idempotency key; a changed input gets a new one.
   */
  run(input: Input, extra?: Pick<WriteMeta, "onUploadProgress">): Promise<WriteOutcome>;
  /** Aborts the write in flight (it resolves `{ done: false, cancelled: true }`, with no error shown). */
  cancel(): void;
  /** Forgets the last failure. */
  clear(): void;
}

/** One kind of write (post, assign, reopen): single flight, idempotency key per logical write, typed failure. */
export function useWrite<Input>(
  perform: ((input: Input, meta: WriteMeta) => Promise<unknown>) | undefined,
): Write<Input> {
  const [phase, setPhase] = useState<WritePhase>("idle");
  const [error, setError] = useState<ThreadError | undefined>(undefined);
  const inFlight = useRef(false);
  const key = useRef<{ value: string; signature: string } | undefined>(undefined);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const controller = useRef<AbortController | undefined>(undefined);
  const run = useCallback(
    async (input: Input, extra?: Pick<WriteMeta, "onUploadProgress">): Promise<WriteOutcome> => {
      if (!perform || inFlight.current) return { done: false } as const;
      inFlight.current = true;
      const signature = signatureOf(input);
      if (key.current?.signature !== signature) key.current = { value: newIdempotencyKey(), signature };
      const abort = new AbortController();
      controller.current = abort;
      setPhase("sending");
      setError(undefined);
      try {
        const result = await perform(input, {
          idempotencyKey: key.current.value,
          signal: abort.signal,
          ...(extra?.onUploadProgress ? { onUploadProgress: extra.onUploadProgress } : {}),
        });
        key.current = undefined;
        if (mounted.current) setPhase("idle");
        return { done: true, result } as const;
      } catch (caught) {
        if (abort.signal.aborted) {
          // Cancelled by the user: not a failure. The platform may have acted, so the key stays for the same
          // input; a changed input (a file removed) gets a new one.
          if (mounted.current) setPhase("idle");
          return { done: false, cancelled: true } as const;
        }
        const failure = classifyError(caught);
        // Reuse the key only when the outcome is unknown (the platform may have acted): a definite refusal
        // (409, 412, 422…) may be replayed for the same key, so the next attempt is a new write.
        if (!UNCERTAIN.has(failure.kind)) key.current = undefined;
        if (mounted.current) {
          setPhase("failed");
          setError(failure);
        }
        return { done: false } as const;
      } finally {
        inFlight.current = false;
        if (controller.current === abort) controller.current = undefined;
      }
    },
    [perform],
  );
  const clear = useCallback(() => {
    setError(undefined);
    setPhase((current) => (current === "failed" ? "idle" : current));
  }, []);
  const isBusy = useCallback(() => inFlight.current, []);
  const cancel = useCallback(() => controller.current?.abort(), []);
  return { phase, error, isBusy, run, cancel, clear } satisfies Write<Input>;
}
