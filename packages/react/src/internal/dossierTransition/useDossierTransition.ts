// Dossier transitions through the client, shared by DossierQueue (bulk bar) and DossierActions.
import type { Dossier, DossierAction, TransitionRequest } from "@chinhquyenso/client";
import { allowedActions, canTransition } from "@chinhquyenso/core";
import { useMutation } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import { useTranslator } from "../../i18n/useTranslator";
import { useChinhQuyenSoSettings, useConnection } from "../../provider/hooks";
import { newIdempotencyKey } from "../idempotencyKey";
import { transitionMessages } from "./messages";
import { conflict, type DossierTransitionOutcome, transitionFailure } from "./outcome";

/** Everything a transition can carry besides the action (reason, comment, supplement, assignee, result). */
export type DossierTransitionInput = Omit<TransitionRequest, "action">;

/** The dossier fields a transition needs: its code, status (checked first) and etag (sent as If-Match). */
export type TransitionTarget = Pick<Dossier, "code" | "status" | "etag">;

export interface DossierTransitions {
  /** Applies `action`; never rejects: read `ok`, `reason` and `message` of the outcome. */
  transition(
    dossier: TransitionTarget,
    action: DossierAction,
    input?: DossierTransitionInput,
  ): Promise<DossierTransitionOutcome>;
  /** The same action on several dossiers (four at a time), reloading the lists once at the end. */
  transitionMany(
    dossiers: readonly TransitionTarget[],
    action: DossierAction,
    input?: DossierTransitionInput,
    onProgress?: (done: number, total: number) => void,
  ): Promise<DossierTransitionOutcome[]>;
  /** A transition is running. */
  pending: boolean;
}

const CONCURRENCY = 4;

/**
 * Dossier transitions through the client: If-Match from the dossier's etag, one Idempotency-Key per logical
 * write (kept across TanStack's retries, so the platform acts once), core's state machine checked before
 * anything is sent. 409 explains the current status and the allowed actions; 412 reloads the lists and says
 * the dossier changed.
 */
export function useDossierTransition(): DossierTransitions {
  const { queries, queryClient } = useConnection("useDossierTransition");
  const { locale } = useChinhQuyenSoSettings();
  const t = useTranslator(transitionMessages);
  const [running, setRunning] = useState(0);
  // The factory's onSuccess would reload the lists after each write; a batch reloads once instead.
  const { mutationKey, mutationFn } = useMemo(() => queries.dossiers.transition(), [queries]);
  const { mutateAsync } = useMutation({ mutationKey, mutationFn }, queryClient);

  const applyOne = useCallback(
    async (dossier: TransitionTarget, action: DossierAction, input: DossierTransitionInput) => {
      if (!canTransition(dossier.status, action)) {
        return conflict(dossier.code, dossier.status, allowedActions(dossier.status), action, locale, t);
      }
      try {
        const updated = await mutateAsync({
          code: dossier.code,
          body: { ...input, action },
          params: { ifMatch: dossier.etag },
          idempotencyKey: newIdempotencyKey(),
        });
        return { ok: true as const, code: dossier.code, dossier: updated };
      } catch (error) {
        return transitionFailure(error, dossier, action, locale, t);
      }
    },
    [mutateAsync, locale, t],
  );

  const transitionMany = useCallback<DossierTransitions["transitionMany"]>(
    async (dossiers, action, input = {}, onProgress) => {
      setRunning((count) => count + 1);
      const outcomes: DossierTransitionOutcome[] = new Array(dossiers.length);
      let next = 0;
      let done = 0;
      const worker = async () => {
        while (next < dossiers.length) {
          const index = next++;
          outcomes[index] = await applyOne(dossiers[index] as TransitionTarget, action, input);
          onProgress?.(++done, dossiers.length);
        }
      };
      try {
        await Promise.all(Array.from({ length: Math.min(CONCURRENCY, dossiers.length) }, worker));
      } finally {
        setRunning((count) => count - 1);
        // Successes, conflicts and stale etags all mean the lists and counts are out of date.
        void queryClient.invalidateQueries({ queryKey: queries.dossiers.key });
      }
      return outcomes;
    },
    [applyOne, queryClient, queries],
  );

  const transition = useCallback<DossierTransitions["transition"]>(
    async (dossier, action, input) =>
      (await transitionMany([dossier], action, input))[0] as DossierTransitionOutcome,
    [transitionMany],
  );

  return { transition, transitionMany, pending: running > 0 };
}
