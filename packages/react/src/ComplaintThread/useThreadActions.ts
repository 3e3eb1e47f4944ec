import type { PersonRef } from "@chinhquyenso/client";
import { canReopenFeedback, isFeedbackOpen } from "@chinhquyenso/core";
import { useCallback, useState } from "react";
import type { ThreadError } from "./errors";
import type { AssignHandler, ReopenHandler, ThreadAudience } from "./types";
import { useWrite, type WritePhase } from "./useWrite";

/** The contract's limit on a reopening reason. */
export const MAX_REASON_LENGTH = 2000;

export type ActionProblem =
  | { kind: "missing" }
  | { kind: "too_long"; length: number }
  | { kind: "request"; error: ThreadError };

export interface AssignState {
  /** Staff, an open feedback, officers to choose from and somewhere to send the assignment. */
  available: boolean;
  options: readonly PersonRef[];
  /** The current assignee's id, marked in the list. */
  currentId: string | undefined;
  selectedId: string;
  select: (id: string) => void;
  submit: () => void;
  phase: WritePhase;
  problem: ActionProblem | undefined;
}

export interface ReopenState {
  /** A resolved, rejected or closed feedback and somewhere to send the reopening (staff and citizens). */
  available: boolean;
  /** The reason form is shown. */
  open: boolean;
  setOpen: (open: boolean) => void;
  reason: string;
  setReason: (reason: string) => void;
  submit: () => void;
  phase: WritePhase;
  problem: ActionProblem | undefined;
  maxLength: number;
}

interface AssignOptions {
  audience: ThreadAudience;
  feedbackStatus: unknown;
  currentAssignee: PersonRef | null | undefined;
  assignees: readonly PersonRef[] | undefined;
  onAssign: AssignHandler | undefined;
  onAssigned?: ((assignee: PersonRef) => void) | undefined;
}

const isPerson = (value: unknown): value is PersonRef =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as PersonRef).id === "string" &&
  typeof (value as PersonRef).name === "string";

export function useAssign(options: AssignOptions): AssignState {
  const { onAssign, onAssigned } = options;
  const people = (options.assignees ?? []).filter(isPerson);
  const [selectedId, setSelectedId] = useState("");
  const [validation, setValidation] = useState<ActionProblem | undefined>(undefined);
  const write = useWrite<PersonRef>(onAssign);
  const { run, clear } = write;
  const chosen = people.find((person) => person.id === selectedId);

  const select = useCallback(
    (id: string) => {
      setSelectedId(id);
      setValidation(undefined);
      clear();
    },
    [clear],
  );
  const submit = useCallback(() => {
    if (!chosen) return setValidation({ kind: "missing" });
    setValidation(undefined);
    void run(chosen).then((outcome) => {
      if (!outcome.done) return;
      setSelectedId("");
      onAssigned?.(chosen);
    });
  }, [chosen, run, onAssigned]);

  return {
    available:
      options.audience === "staff" &&
      onAssign !== undefined &&
      people.length > 0 &&
      isFeedbackOpen(options.feedbackStatus),
    options: people,
    currentId: isPerson(options.currentAssignee) ? options.currentAssignee.id : undefined,
    selectedId,
    select,
    submit,
    phase: write.phase,
    problem: validation ?? (write.error ? { kind: "request", error: write.error } : undefined),
  };
}

interface ReopenOptions {
  feedbackStatus: unknown;
  onReopen: ReopenHandler | undefined;
  onReopened?: (() => void) | undefined;
}

export function useReopen(options: ReopenOptions): ReopenState {
  const { onReopen, onReopened } = options;
  const [open, setOpenValue] = useState(false);
  const [reason, setReasonValue] = useState("");
  const [validation, setValidation] = useState<ActionProblem | undefined>(undefined);
  const write = useWrite<string>(onReopen);
  const { run, clear } = write;

  const setOpen = useCallback(
    (next: boolean) => {
      setOpenValue(next);
      setValidation(undefined);
      clear();
    },
    [clear],
  );
  const setReason = useCallback((next: string) => {
    setReasonValue(next);
    setValidation(undefined);
  }, []);
  const submit = useCallback(() => {
    const text = reason.trim();
    if (text === "") return setValidation({ kind: "missing" });
    if (text.length > MAX_REASON_LENGTH) return setValidation({ kind: "too_long", length: text.length });
    setValidation(undefined);
    void run(text).then((outcome) => {
      if (!outcome.done) return;
      setReasonValue("");
      setOpenValue(false);
      onReopened?.();
    });
  }, [reason, run, onReopened]);

  return {
    available: onReopen !== undefined && canReopenFeedback(options.feedbackStatus),
    open,
    setOpen,
    reason,
    setReason,
    submit,
    phase: write.phase,
    problem: validation ?? (write.error ? { kind: "request", error: write.error } : undefined),
    maxLength: MAX_REASON_LENGTH,
  };
}
