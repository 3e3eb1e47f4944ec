import type { ThreadEntry } from "@chinhquyenso/client";
import { type FeedbackStatus, feedbackAcceptsPosts, feedbackStatusChangesFrom } from "@chinhquyenso/core";
import { useControllableState } from "@radix-ui/react-use-controllable-state";
import { type KeyboardEvent, useCallback, useState } from "react";
import type { ThreadError } from "./errors";
import type { PendingPost } from "./timeline";
import type { ComposerEntryType, FeedbackUpdateInput, PostUpdateHandler, ThreadAudience } from "./types";
import { useWrite, type WritePhase } from "./useWrite";

/** The contract's limit on a reply or note. */
export const MAX_BODY_LENGTH = 5000;

export type ComposerProblem =
  | { kind: "missing_type" }
  | { kind: "empty_body" }
  | { kind: "too_long"; length: number }
  | { kind: "request"; error: ThreadError };

export interface ComposerOptions {
  audience: ThreadAudience;
  /** The feedback's current status (a closed feedback takes no posts; it decides the status choices). */
  feedbackStatus: unknown;
  onPostUpdate: PostUpdateHandler | undefined;
  now: () => Date;
  draft?: string | undefined;
  defaultDraft?: string | undefined;
  onDraftChange?: ((draft: string) => void) | undefined;
  entryType?: ComposerEntryType | null | undefined;
  defaultEntryType?: "internal_note" | undefined;
  onEntryTypeChange?: ((entryType: ComposerEntryType | null) => void) | undefined;
  /** Called after a post went through (for the live region). */
  onPosted?: ((update: FeedbackUpdateInput) => void) | undefined;
}

export interface ComposerState {
  /** There is somewhere to send posts. */
  available: boolean;
  /** The feedback is closed: the composer is shown disabled, with the reason. */
  closed: boolean;
  /** Staff choose public or internal; citizens always write public replies. */
  choosesType: boolean;
  body: string;
  setBody: (body: string) => void;
  /** Staff's explicit choice; `null` until they choose (no default could leak a note to the citizen). */
  entryType: ComposerEntryType | null;
  setEntryType: (entryType: ComposerEntryType) => void;
  /** `""` keeps the status. */
  status: FeedbackStatus | "";
  setStatus: (status: FeedbackStatus | "") => void;
  statusOptions: readonly FeedbackStatus[];
  phase: WritePhase;
  problem: ComposerProblem | undefined;
  /** The post on its way (shown at once in the timeline). */
  pending: PendingPost | undefined;
  /** Entries the platform returned for posts, until the thread's own data holds them. */
  posted: readonly ThreadEntry[];
  submit: () => void;
  /** Ctrl+Enter (⌘+Enter) in the message sends. */
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  maxLength: number;
}

/** Composer state: explicit public/internal choice, optional status change, single-flight send, draft kept on error. */
export function useComposer(options: ComposerOptions): ComposerState {
  const { audience, feedbackStatus, onPostUpdate, now, onPosted } = options;
  const citizen = audience !== "staff";
  const [body, setBodyValue] = useControllableState({
    prop: options.draft,
    defaultProp: options.defaultDraft ?? "",
    onChange: options.onDraftChange,
    caller: "ComplaintThread",
  });
  const [chosenType, setChosenType] = useControllableState<ComposerEntryType | null>({
    prop: options.entryType,
    defaultProp: options.defaultEntryType ?? null,
    onChange: options.onEntryTypeChange,
    caller: "ComplaintThread",
  });
  const [status, setStatusValue] = useState<FeedbackStatus | "">("");
  const [validation, setValidation] = useState<ComposerProblem | undefined>(undefined);
  const [pending, setPending] = useState<PendingPost | undefined>(undefined);
  const [posted, setPosted] = useState<readonly ThreadEntry[]>([]);
  const write = useWrite<FeedbackUpdateInput>(onPostUpdate);
  const statusOptions = citizen ? [] : feedbackStatusChangesFrom(feedbackStatus);
  const closed = !feedbackAcceptsPosts(feedbackStatus);
  const entryType: ComposerEntryType | null = citizen ? "public_reply" : chosenType;
  const clearWrite = write.clear;

  const setBody = useCallback(
    (next: string) => {
      setBodyValue(next);
      setValidation(undefined);
    },
    [setBodyValue],
  );
  const setEntryType = useCallback(
    (next: ComposerEntryType) => {
      setChosenType(next);
      setValidation(undefined);
      clearWrite();
    },
    [setChosenType, clearWrite],
  );
  const setStatus = useCallback(
    (next: FeedbackStatus | "") => {
      setStatusValue(next);
      clearWrite();
    },
    [clearWrite],
  );

  const { run, isBusy } = write;
  const submit = useCallback(() => {
    if (!onPostUpdate || closed || isBusy()) return;
    if (entryType === null) return setValidation({ kind: "missing_type" });
    const text = body.trim();
    if (text === "") return setValidation({ kind: "empty_body" });
    if (text.length > MAX_BODY_LENGTH) return setValidation({ kind: "too_long", length: text.length });
    setValidation(undefined);
    const chosenStatus = status !== "" && statusOptions.includes(status) ? status : "";
    const update: FeedbackUpdateInput =
      chosenStatus === "" ? { entryType, body: text } : { entryType, body: text, status: chosenStatus };
    setPending({ key: `pending:${now().getTime()}`, entryType, body: text, at: now().toISOString() });
    void run(update).then((outcome) => {
      setPending(undefined);
      if (!outcome.done) return;
      const entry = outcome.result;
      if (typeof entry === "object" && entry !== null) setPosted((list) => [...list, entry as ThreadEntry]);
      setBodyValue("");
      setStatusValue("");
      if (!citizen) setChosenType(options.defaultEntryType ?? null);
      onPosted?.(update);
    });
  }, [
    onPostUpdate,
    closed,
    isBusy,
    entryType,
    body,
    statusOptions,
    status,
    now,
    run,
    setBodyValue,
    citizen,
    setChosenType,
    options.defaultEntryType,
    onPosted,
  ]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        submit();
      }
    },
    [submit],
  );

  return {
    available: onPostUpdate !== undefined,
    closed,
    choosesType: !citizen,
    body,
    setBody,
    entryType,
    setEntryType,
    status,
    setStatus,
    statusOptions,
    phase: write.phase,
    problem: validation ?? (write.error ? { kind: "request", error: write.error } : undefined),
    pending,
    posted,
    submit,
    onKeyDown,
    maxLength: MAX_BODY_LENGTH,
  };
}
