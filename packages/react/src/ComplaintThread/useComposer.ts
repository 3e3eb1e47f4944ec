import type { ThreadEntry } from "@chinhquyenso/client";
import { type FeedbackStatus, feedbackAcceptsPosts, feedbackStatusChangesFrom } from "@chinhquyenso/core";
import { useControllableState } from "@radix-ui/react-use-controllable-state";
import { type KeyboardEvent, useCallback, useMemo, useState } from "react";
import { useTranslator } from "../i18n/useTranslator";
import { uploadMessages } from "../internal/upload/messages";
import { missingAlt, type QueuedFile, splitProgress } from "../internal/upload/queue";
import { uploadRulesFor } from "../internal/upload/rules";
import { type FileQueue, useFileQueue } from "../internal/upload/useFileQueue";
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
  /** An image without its text alternative: `id` is the file's. */
  | { kind: "missing_alt"; id: string; name: string }
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
  /** The attachments: the contract's rules, progress, thumbnails, required alternatives of images. */
  files: FileQueue;
  /** Cancels the send and drops this file; the reply and the other files stay, to send again. */
  cancelFile: (item: QueuedFile) => void;
  /** Sends the reply with its files again (the same idempotency key while nothing changed). */
  retryFile: (item: QueuedFile) => void;
}

/** Composer state: explicit public/internal choice, optional status change, single-flight send, draft kept on error. */
export function useComposer(options: ComposerOptions): ComposerState {
  const t = useTranslator(uploadMessages);
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
  const rules = useMemo(() => uploadRulesFor("feedback.postUpdate"), []);
  const files = useFileQueue(rules);
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

  const { run, isBusy, cancel } = write;
  const submit = useCallback(() => {
    if (!onPostUpdate || closed || isBusy()) return;
    if (entryType === null) return setValidation({ kind: "missing_type" });
    const text = body.trim();
    if (text === "") return setValidation({ kind: "empty_body" });
    if (text.length > MAX_BODY_LENGTH) return setValidation({ kind: "too_long", length: text.length });
    const undescribed = missingAlt(files.items);
    if (undescribed)
      return setValidation({ kind: "missing_alt", id: undescribed.id, name: undescribed.file.name });
    setValidation(undefined);
    const chosenStatus = status !== "" && statusOptions.includes(status) ? status : "";
    const attached = files.items;
    const update: FeedbackUpdateInput = {
      entryType,
      body: text,
      ...(chosenStatus === "" ? {} : { status: chosenStatus }),
      ...(attached.length === 0
        ? {}
        : {
            files: attached.map((item) => item.file),
            fileAlts: attached.map((item) => (item.image ? item.alt.trim() : "")),
          }),
    };
    const ids = attached.map((item) => item.id);
    if (ids.length > 0) files.start(ids);
    setPending({ key: `pending:${now().getTime()}`, entryType, body: text, at: now().toISOString() });
    const onUploadProgress =
      ids.length === 0
        ? undefined
        : ({ loaded, total }: { loaded: number; total: number }) =>
            files.progress(splitProgress(attached, loaded, total));
    void run(update, onUploadProgress ? { onUploadProgress } : undefined).then((outcome) => {
      setPending(undefined);
      if (!outcome.done) {
        if (!("cancelled" in outcome) && ids.length > 0) files.fail(ids, undefined);
        return;
      }
      const entry = outcome.result;
      if (typeof entry === "object" && entry !== null) setPosted((list) => [...list, entry as ThreadEntry]);
      setBodyValue("");
      setStatusValue("");
      files.clear();
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
    files,
  ]);

  const cancelFile = useCallback(
    (item: QueuedFile) => {
      cancel();
      files.reset(files.items.map((other) => other.id));
      files.remove(item.id);
      // After the removal's own message: this one is what the user hears.
      files.announce(t("upload.announce.cancelled", { name: item.file.name }));
    },
    [cancel, files, t],
  );
  const retryFile = useCallback(() => submit(), [submit]);

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
    files,
    cancelFile,
    retryFile,
  };
}
