import { useRef, useState } from "react";
import { classifyError, type WidgetError } from "../internal/errors";
import { newIdempotencyKey } from "../internal/idempotencyKey";
import type { WriteOutcome } from "./types";

export type WriteState =
  | { readonly phase: "idle" }
  | { readonly phase: "pending"; readonly target: string }
  | { readonly phase: "done"; readonly target: string; readonly id: string | undefined }
  | { readonly phase: "failed"; readonly target: string; readonly error: WidgetError };

/**
 * One write at a time with one idempotency key per user intent: a retry of the same intent (same fees, same
 * request) after a failure reuses its key, so the platform never acts twice; a new intent gets a new key.
 */
export function usePaymentWrite(run: (target: string, key: string) => Promise<WriteOutcome> | undefined) {
  const [state, setState] = useState<WriteState>({ phase: "idle" });
  const intent = useRef<{ target: string; key: string } | null>(null);
  const start = async (target: string) => {
    if (state.phase === "pending") return;
    if (intent.current?.target !== target) intent.current = { target, key: newIdempotencyKey() };
    const { key } = intent.current;
    setState({ phase: "pending", target });
    let outcome: WriteOutcome | undefined;
    try {
      outcome = await run(target, key);
    } catch (error) {
      outcome = { ok: false, error };
    }
    if (!outcome || outcome.ok) {
      intent.current = null;
      setState({ phase: "done", target, id: outcome?.ok ? outcome.id : undefined });
    } else setState({ phase: "failed", target, error: classifyError(outcome.error) });
  };
  return { state, start, reset: () => setState({ phase: "idle" }) };
}
