import type { Household, HouseholdField } from "@chinhquyenso/client";
import {
  composeLookupReason,
  type LookupPurpose,
  type LookupReasonProblem,
  lookupPurposesOn,
  lookupReasonProblem,
} from "@chinhquyenso/core";
import { useControllableState } from "@radix-ui/react-use-controllable-state";
import { useMutation } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import { dayKey, vietnamDay } from "../internal/dates";
import { newIdempotencyKey } from "../internal/idempotencyKey";
import { useChinhQuyenSoSettings, useConnection } from "../provider/hooks";
import { type LookupError, lookupErrorOf } from "./lookupErrors";

const CITIZEN_ID = /^(\d{9}|\d{12})$/;

/** One masked field of a result: the address (member null) or a member's ID number or birth date. */
export interface RevealKey {
  field: HouseholdField;
  memberIndex: number | null;
}
const keyOf = ({ field, memberIndex }: RevealKey) => `${field}:${memberIndex ?? "-"}`;

export interface UseHouseholdLookupOptions {
  /** Controlled purpose code (`LOOKUP_PURPOSES` of core); `defaultPurpose` for uncontrolled. */
  purpose?: string | undefined;
  defaultPurpose?: string | undefined;
  onPurposeChange?: ((purpose: string) => void) | undefined;
  /** The purposes offered; by default core's list in force today (the provider's clock). */
  purposes?: readonly LookupPurpose[] | undefined;
  /** Called with each household found (never logged by the widget). */
  onLookup?: ((household: Household) => void) | undefined;
}

/**
 * The household lookup's state: the stated reason (a lawful purpose and its detail, checked with core before any
 * request), the ID number, the lookup itself, and the reveals — a field shows only after the platform recorded
 * its reveal.
 */
export function useHouseholdLookup(options: UseHouseholdLookupOptions = {}) {
  const { client, queryClient } = useConnection("HouseholdLookup");
  const { now } = useChinhQuyenSoSettings();
  const purposes = useMemo(
    () => options.purposes ?? lookupPurposesOn(dayKey(vietnamDay(now()) ?? 0)),
    [options.purposes, now],
  );
  const [purposeCode = "", setPurposeCode] = useControllableState<string>({
    prop: options.purpose,
    defaultProp: options.defaultPurpose ?? "",
    onChange: options.onPurposeChange,
  });
  const purpose = purposes.find((item) => item.code === purposeCode);
  const [detail, setDetail] = useState("");
  const [citizenId, setCitizenIdRaw] = useState("");
  const [attempted, setAttempted] = useState(false);
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const [revealError, setRevealError] = useState<string | null>(null);

  const reasonProblem: LookupReasonProblem | null = lookupReasonProblem(purpose, detail);
  const citizenIdValid = CITIZEN_ID.test(citizenId);

  const lookup = useMutation(
    {
      mutationFn: (input: { citizenId: string; reason: string; purpose: string; key: string }) =>
        client.citizens.lookupHousehold(
          { citizenId: input.citizenId },
          { lookupReason: input.reason, lookupPurpose: input.purpose },
          { idempotencyKey: input.key },
        ),
      onSuccess: (household) => {
        setRevealed(new Set());
        setRevealError(null);
        options.onLookup?.(household);
      },
      onSettled: () => queryClient.invalidateQueries({ queryKey: ["cqs", "citizens", "lookupAudit"] }),
    },
    queryClient,
  );

  const reveal = useMutation(
    {
      mutationFn: (input: RevealKey & { lookupId: string; key: string }) =>
        client.citizens.recordReveal(
          input.lookupId,
          { field: input.field, memberIndex: input.memberIndex },
          { idempotencyKey: input.key },
        ),
      onSuccess: (_entry, input) => {
        setRevealError(null);
        setRevealed((previous) => new Set(previous).add(keyOf(input)));
      },
      onError: (_error, input) => setRevealError(keyOf(input)),
      onSettled: () => queryClient.invalidateQueries({ queryKey: ["cqs", "citizens", "lookupAudit"] }),
    },
    queryClient,
  );

  /** Sends the lookup, or names the first field to fix (nothing is sent then). */
  const submit = useCallback((): "purpose" | "detail" | "citizenId" | null => {
    setAttempted(true);
    if (!purpose || reasonProblem === "purpose_missing") return "purpose";
    if (reasonProblem !== null) return "detail";
    if (!citizenIdValid) return "citizenId";
    lookup.mutate({
      citizenId,
      reason: composeLookupReason(purpose, detail),
      purpose: purpose.code,
      key: newIdempotencyKey(),
    });
    return null;
  }, [purpose, reasonProblem, citizenIdValid, citizenId, detail, lookup]);

  const household = lookup.data;
  const requestReveal = useCallback(
    (target: RevealKey) => {
      if (!household || reveal.isPending) return;
      reveal.mutate({ ...target, lookupId: household.lookupId, key: newIdempotencyKey() });
    },
    [household, reveal],
  );
  const hide = useCallback((target: RevealKey) => {
    setRevealed((previous) => {
      const next = new Set(previous);
      next.delete(keyOf(target));
      return next;
    });
  }, []);

  const error: LookupError | null = lookup.isError ? lookupErrorOf(lookup.error) : null;
  return {
    purposes,
    purpose,
    purposeCode,
    setPurpose: setPurposeCode,
    detail,
    setDetail,
    citizenId,
    /** Spaces and dots people type are dropped; only digits are kept. */
    setCitizenId: (value: string) => setCitizenIdRaw(value.replace(/[\s.]/g, "")),
    /** Shown once the user tried to submit: a lookup is never sent without a reason. */
    reasonProblem: attempted ? reasonProblem : null,
    citizenIdProblem: attempted && !citizenIdValid,
    submit,
    pending: lookup.isPending,
    household: lookup.isSuccess ? household : undefined,
    error,
    isRevealed: (target: RevealKey) => revealed.has(keyOf(target)),
    isRevealing: (target: RevealKey) =>
      reveal.isPending && reveal.variables !== undefined && keyOf(reveal.variables) === keyOf(target),
    revealFailed: (target: RevealKey) => revealError === keyOf(target),
    reveal: requestReveal,
    hide,
  };
}

export type HouseholdLookupState = ReturnType<typeof useHouseholdLookup>;
