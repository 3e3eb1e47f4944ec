// While a transaction is live: the request being sent, the app confirmation with its countdown, the OTP field,
// the plugin signing document after document.
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import type { Translate } from "../i18n/translator";
import type { Locale } from "../provider/context";
import { DocumentList, type ItemStatus } from "./DocumentList";
import { appName, providerName } from "./labels";
import { mayCancel, type SigningFlowState } from "./machine";
import type { SigningMessageKey } from "./messages";
import { Actions } from "./steps";
import type { SigningDocument, SigningProvider } from "./types";
import type { Loadable } from "./useCachedQuery";
import { countdownAnnouncement, formatCountdown, useCountdown } from "./useCountdown";
import type { SigningFlow } from "./useSigningFlow";

interface WaitingStepProps {
  flow: SigningFlow;
  t: Translate<SigningMessageKey>;
  locale: Locale;
  documents: readonly SigningDocument[];
  kind: string;
  providers: Loadable<readonly SigningProvider[]>;
  now: () => Date;
  otpResendSeconds: number;
}

/** Each document's progress in a live or finished flow. */
export function itemStatuses(state: SigningFlowState, count: number): ItemStatus[] {
  const request = "request" in state ? state.request : undefined;
  return Array.from({ length: count }, (_, index) => {
    if (state.step === "success") return "signed";
    if (request?.items[index]?.signedFileId) return "signed";
    if (state.step === "failure" || state.step === "cancelled") return "failed";
    if (state.step === "waiting" && state.mode === "plugin" && state.activeItem === index) return "active";
    return "pending";
  });
}

/** A joined request covers the documents in its own order (and maybe others): each is matched by id. */
function joinedStatuses(
  request: SigningFlowState & { step: "waiting" },
  documents: readonly SigningDocument[],
): ItemStatus[] {
  return documents.map((document) =>
    request.request.items.some((item) => item.documentId === document.id && item.signedFileId)
      ? "signed"
      : "pending",
  );
}

/** Whose open request this prompt follows, and until when. */
function JoinedNotice({
  request,
  t,
  time,
  seconds,
}: {
  request: SigningFlowState & { step: "waiting" };
  t: Translate<SigningMessageKey>;
  time: string;
  seconds: number | undefined;
}) {
  const holder = request.request.requestedBy;
  return (
    <div className="cqs-signing-prompt__notice" data-tone="info" data-holder={holderOf(holder)}>
      <p>
        {holder === undefined
          ? t("signing.joined.unknown")
          : holder.isYou
            ? t("signing.joined.yours")
            : t("signing.joined.other", { name: holder.name })}
      </p>
      <p className="cqs-signing-prompt__meta">
        <TimeInText text={t("signing.joined.expires", { time: TIME_MARK })} time={time} seconds={seconds} />
      </p>
    </div>
  );
}

const holderOf = (holder: { isYou: boolean } | undefined) =>
  holder === undefined ? "unknown" : holder.isYou ? "you" : "other";

function Countdown({ seconds, t }: { seconds: number | undefined; t: Translate<SigningMessageKey> }) {
  const announcement = seconds === undefined ? undefined : countdownAnnouncement(seconds);
  return (
    <p className="cqs-visually-hidden" role="status">
      {announcement === undefined
        ? ""
        : "minutes" in announcement
          ? t("signing.waiting.announceMinutes", { minutes: announcement.minutes })
          : t("signing.waiting.announceSeconds", { seconds: announcement.seconds })}
    </p>
  );
}

// Stands for the countdown in a translated sentence, which is then split around it (overrides may move it).
const TIME_MARK = "\u0000";

function TimeInText({ text, time, seconds }: { text: string; time: string; seconds: number | undefined }) {
  const [before = "", ...rest] = text.split(TIME_MARK);
  return (
    <>
      {before}
      <time dateTime={`PT${seconds ?? 0}S`}>{time}</time>
      {rest.join("")}
    </>
  );
}

function OtpForm({
  flow,
  t,
  providerLabel,
  time,
  resendIn,
}: {
  flow: SigningFlow;
  t: Translate<SigningMessageKey>;
  providerLabel: string;
  time: string;
  resendIn: number | undefined;
}) {
  const id = useId();
  const [code, setCode] = useState("");
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const state = flow.state.step === "waiting" ? flow.state : undefined;
  const otp = state?.otp;
  const error = invalid
    ? t("signing.otp.invalid")
    : otp?.error === "wrong_otp"
      ? t("signing.otp.wrong")
      : otp?.error === "network_lost"
        ? t("signing.otp.unsent")
        : undefined;
  const requestId = state?.request.id;

  // A wrong code (each rejection changes the attempts left) or a new request (resend): start over in the field.
  const resetKey = `${requestId}|${otp?.attemptsLeft}`;
  useEffect(() => {
    if (!resetKey) return;
    setCode("");
    input.current?.focus();
  }, [resetKey]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = flow.submitOtp(code);
    setInvalid(!ok);
  };

  return (
    <form className="cqs-signing-prompt__otp" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-code`} className="cqs-signing-prompt__otp-label">
        {t("signing.otp.label")}
      </label>
      <p id={`${id}-hint`} className="cqs-signing-prompt__meta">
        {t("signing.otp.hint", { provider: providerLabel, time })}
      </p>
      <input
        ref={input}
        id={`${id}-code`}
        className="cqs-signing-prompt__otp-input"
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]*"
        // Digits only, at most six: a pasted "482 913" or "482-913" becomes "482913".
        value={code}
        onChange={(event) => {
          setCode(event.target.value.replace(/\D/g, "").slice(0, 6));
          setInvalid(false);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint ${id}-status`}
        // biome-ignore lint/a11y/noAutofocus: the code field is the only thing to do on this step.
        autoFocus
      />
      <p id={`${id}-status`} className="cqs-signing-prompt__otp-status" role="status">
        {error ? <span className="cqs-signing-prompt__error">{error} </span> : null}
        {otp?.attemptsLeft !== undefined ? t("signing.otp.attempts", { count: otp.attemptsLeft }) : null}
      </p>
      <Actions>
        <button
          type="button"
          className="cqs-button"
          disabled={resendIn === undefined || resendIn > 0 || otp?.submitting}
          onClick={flow.resendOtp}
        >
          {resendIn !== undefined && resendIn > 0
            ? t("signing.otp.resendIn", { time: formatCountdown(resendIn) })
            : t("signing.otp.resend")}
        </button>
        <button
          type="submit"
          className="cqs-button"
          data-variant="primary"
          aria-disabled={otp?.submitting || undefined}
        >
          {t("signing.otp.submit")}
        </button>
      </Actions>
    </form>
  );
}

export function WaitingStep({
  flow,
  t,
  locale,
  documents,
  kind,
  providers,
  now,
  otpResendSeconds,
}: WaitingStepProps) {
  const { state } = flow;
  const waiting = state.step === "waiting" ? state : undefined;
  const seconds = useCountdown(waiting?.request.expiresAt, now);
  const created = waiting ? Date.parse(waiting.request.createdAt) : Number.NaN;
  const resendIn = useCountdown(
    Number.isFinite(created) ? created + otpResendSeconds * 1000 : undefined,
    now,
  );
  const expired = seconds === 0;
  // When time is up, ask the platform at once rather than at the next poll.
  useEffect(() => {
    if (expired) flow.refresh();
  }, [expired, flow.refresh]);

  const method = state.step === "submitting" ? state.intent.method : waiting?.intent.method;
  const provider = providers.data?.find((item) => item.provider === method?.provider) ?? {
    provider: method?.provider ?? "",
  };
  const name = providerName(provider, locale);
  const time = seconds === undefined ? "—" : formatCountdown(seconds);
  const statuses =
    waiting?.mode === "joined" ? joinedStatuses(waiting, documents) : itemStatuses(state, documents.length);
  const done = statuses.filter((status) => status === "signed").length;

  return (
    <>
      {state.step === "submitting" ? (
        <p className="cqs-signing-prompt__notice" data-tone="info">
          {state.resumed ? t("signing.submitting.resumed") : t("signing.submitting.body", { provider: name })}
        </p>
      ) : waiting?.mode === "remote" ? (
        <>
          <p className="cqs-signing-prompt__countdown">
            {expired ? (
              t("signing.waiting.checking")
            ) : (
              <TimeInText
                text={t("signing.waiting.app", { app: appName(provider.provider, name), time: TIME_MARK })}
                time={time}
                seconds={seconds}
              />
            )}
          </p>
          <p className="cqs-signing-prompt__meta">{t("signing.waiting.appHint")}</p>
          <Countdown seconds={seconds} t={t} />
        </>
      ) : waiting?.mode === "otp" ? (
        <>
          <OtpForm flow={flow} t={t} providerLabel={name} time={time} resendIn={resendIn} />
          <Countdown seconds={seconds} t={t} />
        </>
      ) : waiting?.mode === "joined" ? (
        <>
          <JoinedNotice request={waiting} t={t} time={time} seconds={seconds} />
          <Countdown seconds={seconds} t={t} />
        </>
      ) : waiting?.mode === "plugin" ? (
        <p className="cqs-signing-prompt__notice" data-tone="info">
          {waiting.activeItem === undefined
            ? t("signing.plugin.preparing")
            : t("signing.plugin.body", { current: waiting.activeItem + 1, total: documents.length })}
        </p>
      ) : null}
      {waiting?.connection === "lost" ? (
        <div className="cqs-signing-prompt__notice" data-tone="warning" role="status">
          <p>{t("signing.waiting.connectionLost")}</p>
          <button type="button" className="cqs-button" onClick={flow.refresh}>
            {t("signing.waiting.checkNow")}
          </button>
        </div>
      ) : null}
      {documents.length > 1 ? (
        <p className="cqs-signing-prompt__progress">
          <label>
            {t("signing.progress.summary", { done, total: documents.length })}
            <progress value={done} max={documents.length} />
          </label>
        </p>
      ) : null}
      <DocumentList documents={documents} kind={kind} t={t} detail="progress" statuses={statuses} />
      <Actions>
        {mayCancel(state) ? (
          <button type="button" className="cqs-button" onClick={flow.askCancel}>
            {t("signing.cancel")}
          </button>
        ) : null}
        {state.step === "submitting" ? (
          // Where "Sign" was: the second click of a double click lands here, on a button that does nothing.
          <button type="button" className="cqs-button" data-variant="primary" aria-disabled="true">
            {t("signing.submitting.button")}
          </button>
        ) : null}
      </Actions>
    </>
  );
}
