// The headless part of DossierActions: which transitions apply, what each must carry (core's rules), the
// transition itself through the client, and the answer to a stale ETag (412): reload, say so, offer the retry.
import type { Dossier } from "@chinhquyenso/client";
import {
  allowedActions,
  DOSSIER_ACTION_LABELS,
  DOSSIER_ACTIONS,
  DOSSIER_STATUS_LABELS,
  type DossierAction,
  labelOf,
  transitionInputs,
} from "@chinhquyenso/core";
import { useCallback, useEffect, useState } from "react";
import { useTranslator } from "../../i18n/useTranslator";
import { useChinhQuyenSoSettings, useConnection } from "../../provider/hooks";
import { deadlineInstant } from "../deadlinePicker/model";
import { useDossierTransition } from "../dossierTransition/useDossierTransition";
import { dossierMessages } from "./messages";

export type DossierActionsOutcome =
  | { readonly tone: "success"; readonly text: string; readonly dossier: Dossier }
  /** 412 answered: the dossier was reloaded; `retry` is the action that may be sent again on the fresh copy. */
  | { readonly tone: "stale"; readonly text: string; readonly retry: DossierAction | null }
  | { readonly tone: "error"; readonly text: string };

export interface UseDossierActionsOptions {
  dossier: Dossier;
  /** Reads the dossier again after a 412. Default: `dossiers.get` through the provider's client, fresh. */
  reload?: ((code: string) => Promise<Dossier>) | undefined;
  /** After a transition succeeded, with the dossier the platform returned. */
  onTransitioned?: ((dossier: Dossier, action: DossierAction) => void) | undefined;
}

export interface DossierActionsState {
  /** The dossier actions apply to: the given one, or the copy reloaded after a 412. */
  dossier: Dossier;
  /** The platform's `allowedActions` when it sends them, else core's state machine. */
  actions: readonly DossierAction[];
  /** The action whose form (reason, deadline) is open. */
  asking: DossierAction | null;
  ask: (action: DossierAction | null) => void;
  needs: (action: DossierAction) => { reason: boolean; deadline: boolean };
  reason: string;
  setReason: (reason: string) => void;
  /** The supplement deadline, `YYYY-MM-DD` (the applicant has until 17:00 that day). */
  deadline: string | null;
  setDeadline: (day: string | null) => void;
  /** Which input the last submit found missing. */
  invalid: "reason" | "deadline" | null;
  pending: DossierAction | null;
  outcome: DossierActionsOutcome | null;
  /** Runs `action` (the open form's when omitted), checking what it must carry first. */
  run: (action?: DossierAction) => Promise<void>;
}

const known = (value: string): value is DossierAction =>
  (DOSSIER_ACTIONS as readonly string[]).includes(value);

export function useDossierActions({
  dossier,
  reload,
  onTransitioned,
}: UseDossierActionsOptions): DossierActionsState {
  const { locale } = useChinhQuyenSoSettings();
  const { queries, queryClient } = useConnection("DossierActions");
  const t = useTranslator(dossierMessages);
  const { transition } = useDossierTransition();
  const [reloaded, setReloaded] = useState<Dossier | null>(null);
  const [asking, setAsking] = useState<DossierAction | null>(null);
  const [reason, setReason] = useState("");
  const [deadline, setDeadline] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<"reason" | "deadline" | null>(null);
  const [pending, setPending] = useState<DossierAction | null>(null);
  const [outcome, setOutcome] = useState<DossierActionsOutcome | null>(null);

  // A newer copy from the host (the query refreshed) replaces the one reloaded here.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the host's copy changes, by its etag
  useEffect(() => setReloaded(null), [dossier.etag]);
  const current = reloaded && reloaded.code === dossier.code ? reloaded : dossier;
  const actions = (
    Array.isArray(current.allowedActions) ? current.allowedActions : allowedActions(current.status)
  ).filter(known);

  const readAgain = useCallback(
    (code: string) =>
      reload ? reload(code) : queryClient.fetchQuery({ ...queries.dossiers.get(code), staleTime: 0 }),
    [reload, queries, queryClient],
  );

  const run = useCallback(
    async (requested?: DossierAction) => {
      const action = requested ?? asking;
      if (!action || pending) return;
      const needs = transitionInputs(action);
      if (needs.reason && reason.trim() === "") return setInvalid("reason");
      if (needs.deadline && !deadline) return setInvalid("deadline");
      setInvalid(null);
      setPending(action);
      setOutcome(null);
      const input = needs.deadline
        ? { supplement: { reason: reason.trim(), deadline: deadlineInstant(deadline as string) } }
        : needs.reason
          ? { reason: reason.trim() }
          : {};
      const result = await transition(current, action, input);
      const actionLabel = labelOf(DOSSIER_ACTION_LABELS, action, locale);
      if (result.ok) {
        setAsking(null);
        setReason("");
        setDeadline(null);
        setReloaded(result.dossier);
        setOutcome({
          tone: "success",
          dossier: result.dossier,
          text: t("dossier.actions.done", {
            action: actionLabel,
            status: labelOf(DOSSIER_STATUS_LABELS, result.dossier.status, locale),
          }),
        });
        setPending(null);
        onTransitioned?.(result.dossier, action);
        return;
      }
      if (result.reason === "changed") {
        // Never resent by itself: what changed may make the action wrong. The officer sees the fresh status and
        // decides; the form keeps what was typed.
        try {
          const fresh = await readAgain(current.code);
          setReloaded(fresh);
          const stillAllowed = (
            Array.isArray(fresh.allowedActions) ? fresh.allowedActions : allowedActions(fresh.status)
          ).includes(action);
          const params = {
            code: current.code,
            action: actionLabel,
            status: labelOf(DOSSIER_STATUS_LABELS, fresh.status, locale),
          };
          setOutcome({
            tone: "stale",
            retry: stillAllowed ? action : null,
            text: t(stillAllowed ? "dossier.actions.stale" : "dossier.actions.staleGone", params),
          });
          if (!stillAllowed) setAsking(null);
        } catch {
          setOutcome({ tone: "error", text: t("dossier.actions.reloadFailed", { code: current.code }) });
        }
      } else {
        setOutcome({ tone: "error", text: result.message });
      }
      setPending(null);
    },
    [asking, pending, reason, deadline, transition, current, locale, t, readAgain, onTransitioned],
  );

  return {
    dossier: current,
    actions,
    asking,
    ask: (action) => {
      setAsking(action);
      setInvalid(null);
    },
    needs: transitionInputs,
    reason,
    setReason,
    deadline,
    setDeadline,
    invalid,
    pending,
    outcome,
    run,
  };
}
