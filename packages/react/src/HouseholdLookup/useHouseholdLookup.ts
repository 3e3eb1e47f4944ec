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
  // Revealed fields and their full value, as the platform answered the recorded reveal; hiding forgets it.
  const [revealed, setRevealed] = useState<ReadonlyMap<string, string>>(new Map());
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
        setRevealed(new Map());
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
      onSuccess: (entry, input) => {
        setRevealError(null);
        const value = revealedValue(entry, input, lookup.data);
        setRevealed((previous) => new Map(previous).set(keyOf(input), value));
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
      const next = new Map(previous);
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
    /** The field in full once its reveal is recorded (the platform's answer), else undefined. */
    revealedValue: (target: RevealKey) => revealed.get(keyOf(target)),
    isRevealing: (target: RevealKey) =>
      reveal.isPending && reveal.variables !== undefined && keyOf(reveal.variables) === keyOf(target),
    revealFailed: (target: RevealKey) => revealError === keyOf(target),
    reveal: requestReveal,
    hide,
  };
}

export type HouseholdLookupState = ReturnType<typeof useHouseholdLookup>;

/**
 * The full value a recorded reveal answers (`value`). A platform that predates server-side masking answers the
 * audit record only; it sent the result unmasked, so the value is read from the result instead.
 */
function revealedValue(entry: unknown, target: RevealKey, household: Household | undefined): string {
  const value = (entry as { value?: unknown } | undefined)?.value;
  if (typeof value === "string") return value;
  if (household?.masked === true) return "";
  if (target.field === "address") return String(household?.address ?? "");
  const member = Array.isArray(household?.members) ? household.members[target.memberIndex ?? -1] : undefined;
  return String((target.field === "citizenId" ? member?.citizenId : member?.birthDate) ?? "");
}
