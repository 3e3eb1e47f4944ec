import type { AttendanceInput, Meeting } from "@chinhquyenso/client";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslator } from "../i18n/useTranslator";
import { meetingMessages } from "./messages";

const NOTE_MAX = 500;
const NAME_MAX = 200;

type Mode = "absent" | "delegated" | null;

export interface AttendanceControlsProps {
  meeting: Meeting;
  sending: boolean;
  onRespond: (input: AttendanceInput) => Promise<boolean>;
}

/** Attend / decline with a reason / send a delegate. What the user typed survives a failed send. */
export function AttendanceControls({ meeting, sending, onRespond }: AttendanceControlsProps) {
  const t = useTranslator(meetingMessages);
  const [mode, setMode] = useState<Mode>(null);
  const [reason, setReason] = useState("");
  const [delegateName, setDelegateName] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const formId = useId();
  const fieldId = useId();
  const noteId = useId();
  const problemId = useId();
  const response = meeting.attendance?.response;
  const firstField = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  // Opening a form moves focus to its first field (in an effect: nothing runs at render or on the server).
  useEffect(() => {
    if (mode) firstField.current?.focus();
  }, [mode]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmedReason = reason.trim();
    const trimmedName = delegateName.trim();
    if (mode === "absent" && !trimmedReason) return setProblem(t("meetings.reasonRequired"));
    if (mode === "delegated" && !trimmedName) return setProblem(t("meetings.delegateRequired"));
    if (trimmedReason.length > NOTE_MAX) return setProblem(t("meetings.tooLong", { max: NOTE_MAX }));
    setProblem(null);
    const input: AttendanceInput =
      mode === "delegated"
        ? {
            response: "delegated",
            delegateName: trimmedName,
            ...(trimmedReason ? { note: trimmedReason } : {}),
          }
        : { response: "absent", note: trimmedReason };
    if (await onRespond(input)) {
      setMode(null);
      setReason("");
      setDelegateName("");
    }
  };

  const open = (next: Mode) => {
    setProblem(null);
    setMode(mode === next ? null : next);
  };

  return (
    <div className="cqs-meetings__attendance">
      <div className="cqs-meetings__choices">
        <button
          type="button"
          className="cqs-button"
          data-variant={response === "attending" ? "primary" : undefined}
          aria-pressed={response === "attending"}
          aria-disabled={sending}
          onClick={() => {
            if (sending) return;
            setMode(null);
            void onRespond({ response: "attending" });
          }}
        >
          {t("meetings.attend")}
        </button>
        <button
          type="button"
          className="cqs-button"
          aria-expanded={mode === "absent"}
          aria-controls={mode === "absent" ? formId : undefined}
          aria-pressed={response === "absent"}
          onClick={() => open("absent")}
        >
          {t("meetings.decline")}
        </button>
        <button
          type="button"
          className="cqs-button"
          aria-expanded={mode === "delegated"}
          aria-controls={mode === "delegated" ? formId : undefined}
          aria-pressed={response === "delegated"}
          onClick={() => open("delegated")}
        >
          {t("meetings.delegate")}
        </button>
      </div>
      {mode ? (
        <form id={formId} className="cqs-meetings__form" onSubmit={(event) => void submit(event)} noValidate>
          {mode === "delegated" ? (
            <div className="cqs-meetings__field">
              <label htmlFor={fieldId}>{t("meetings.delegateName")}</label>
              <input
                ref={firstField}
                id={fieldId}
                value={delegateName}
                maxLength={NAME_MAX}
                autoComplete="name"
                required
                aria-invalid={problem !== null && !delegateName.trim()}
                aria-describedby={problem ? problemId : undefined}
                onChange={(event) => setDelegateName(event.target.value)}
              />
            </div>
          ) : null}
          <div className="cqs-meetings__field">
            <label htmlFor={noteId}>
              {t(mode === "absent" ? "meetings.reason" : "meetings.delegateNote")}
            </label>
            <textarea
              ref={mode === "absent" ? firstField : undefined}
              id={noteId}
              value={reason}
              rows={2}
              maxLength={NOTE_MAX}
              required={mode === "absent"}
              aria-invalid={mode === "absent" && problem !== null && !reason.trim()}
              aria-describedby={problem ? problemId : undefined}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          {problem ? (
            <p id={problemId} className="cqs-meetings__problem">
              {problem}
            </p>
          ) : null}
          <div className="cqs-meetings__choices">
            <button type="submit" className="cqs-button" data-variant="primary" aria-disabled={sending}>
              {t("meetings.send")}
            </button>
            <button type="button" className="cqs-button" onClick={() => setMode(null)}>
              {t("meetings.cancel")}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
