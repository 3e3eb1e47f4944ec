import { DOSSIER_STATUSES, isOneOf } from "@chinhquyenso/core";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { WidgetBoundary } from "../boundary/WidgetBoundary";
import { useTranslator } from "../i18n/useTranslator";
import { classifyError } from "../internal/errors";
import { Amount } from "../internal/payments/Amount";
import { useChinhQuyenSoSettings, useLocale } from "../provider/hooks";
import { useWidgetRoot } from "../theme/useWidgetRoot";
import { statusLookupMessages } from "./messages";
import type { DossierPublicStatus, DossierStatusLookupProps, PublicStatusView } from "./types";
import { lookupInputProblems, publicStatusView } from "./useDossierStatusLookup";

type Translate = ReturnType<typeof useTranslator<keyof (typeof statusLookupMessages)["vi"]>>;

function failureMessage(error: unknown, t: Translate): string {
  const { kind, retryAfter } = classifyError(error);
  if (kind === "not_found") return t("sl.error.notFound");
  if (kind === "rate_limited")
    return t("sl.error.rateLimited", { minutes: Math.max(1, Math.ceil((retryAfter ?? 900) / 60)) });
  if (kind === "invalid") return t("sl.error.invalid");
  return t("sl.error.failed");
}

function Result({ view, level }: { view: PublicStatusView; level: number }) {
  const t = useTranslator(statusLookupMessages);
  const Heading = `h${Math.min(6, level + 1)}` as "h4";
  const NextHeading = `h${Math.min(6, level + 2)}` as "h5";
  const heading = useRef<HTMLHeadingElement>(null);
  // The answer replaces the form's focus target: screen readers land on it.
  useEffect(() => heading.current?.focus(), []);
  const known = isOneOf(DOSSIER_STATUSES, view.status);
  return (
    <div className="cqs-status-lookup__result" data-status={view.status} data-next-step={view.nextStep}>
      <Heading ref={heading} tabIndex={-1} className="cqs-status-lookup__result-heading">
        {t("sl.result", { code: view.code })}
      </Heading>
      <dl className="cqs-status-lookup__facts">
        <div>
          <dt>{t("sl.procedure")}</dt>
          <dd>{view.procedureName}</dd>
        </div>
        <div>
          <dt>{t("sl.agency")}</dt>
          <dd>{view.agencyName}</dd>
        </div>
        {view.receivedText ? (
          <div>
            <dt>{t("sl.received")}</dt>
            <dd>{view.receivedText}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("sl.status")}</dt>
          <dd data-testid="status-text">{known ? view.statusText : t("sl.error.failed")}</dd>
        </div>
        <div>
          <dt>{view.dateNote === "returned" ? t("sl.returned") : t("sl.date")}</dt>
          <dd>
            {view.dateText && view.dateIso ? <time dateTime={view.dateIso}>{view.dateText}</time> : null}
            <span className="cqs-status-lookup__note">
              {view.dateNoteText}
              {view.pausedAtText ? ` ${t("sl.pausedSince", { at: view.pausedAtText })}` : ""}
            </span>
          </dd>
        </div>
      </dl>
      <div className="cqs-status-lookup__next" data-next-step={view.nextStep}>
        <NextHeading className="cqs-status-lookup__next-heading">{t("sl.next")}</NextHeading>
        <p>{view.nextStepText}</p>
        {view.nextStep === "pay" && view.amountDue !== null && view.amountDue !== undefined ? (
          <p>
            {t("sl.amountDue")}: <Amount value={view.amountDue} />
          </p>
        ) : null}
      </div>
    </div>
  );
}

interface LookupState {
  result: DossierPublicStatus | null;
  loading: boolean;
  error: unknown;
}

function useConnectedLookup(enabled: boolean) {
  const { connection } = useChinhQuyenSoSettings();
  const [state, setState] = useState<LookupState>({ result: null, loading: false, error: undefined });
  const pending = useRef<AbortController | null>(null);
  useEffect(() => () => pending.current?.abort(), []);
  const lookup = async (code: string, pin: string) => {
    if (!enabled || !connection) return;
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    setState({ result: null, loading: true, error: undefined });
    try {
      // The PIN goes in a header (X-Lookup-Pin): never in the URL, never in a query cache key.
      const result = await connection.client.dossiers.lookupStatus(
        code,
        { lookupPin: pin },
        { signal: controller.signal },
      );
      if (!controller.signal.aborted) setState({ result, loading: false, error: undefined });
    } catch (error) {
      if (!controller.signal.aborted) setState({ result: null, loading: false, error });
    }
  };
  return { state, lookup };
}

function LookupForm(props: DossierStatusLookupProps) {
  const t = useTranslator(statusLookupMessages);
  const locale = useLocale();
  const root = useWidgetRoot("cqs-status-lookup", props.className);
  const id = useId();
  const controlled = props.onLookup !== undefined;
  const connected = useConnectedLookup(!controlled);
  const [code, setCode] = useState(props.defaultCode ?? "");
  const [pin, setPin] = useState("");
  const [problems, setProblems] = useState<ReturnType<typeof lookupInputProblems>>({});
  const codeInput = useRef<HTMLInputElement>(null);
  const pinInput = useRef<HTMLInputElement>(null);
  const state: LookupState = controlled
    ? { result: props.result ?? null, loading: Boolean(props.loading), error: props.error }
    : connected.state;
  const level = props.headingLevel ?? 2;
  const Heading = `h${level}` as "h2";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (state.loading) return;
    const found = lookupInputProblems(code, pin);
    setProblems(found);
    if (found.code) return codeInput.current?.focus();
    if (found.pin) return pinInput.current?.focus();
    if (controlled) props.onLookup?.(code.trim(), pin.trim());
    else void connected.lookup(code.trim(), pin.trim());
  };
  const view = state.result ? publicStatusView(state.result, locale) : null;
  return (
    <section
      {...root}
      aria-labelledby={`${id}-title`}
      data-state={state.loading ? "loading" : state.error ? "error" : view ? "found" : "idle"}
    >
      <Heading id={`${id}-title`} className="cqs-status-lookup__heading">
        {props.title ?? t("sl.title")}
      </Heading>
      <p className="cqs-status-lookup__intro">{t("sl.intro")}</p>
      <form
        className="cqs-status-lookup__form"
        onSubmit={submit}
        noValidate
        aria-busy={state.loading || undefined}
      >
        <div className="cqs-status-lookup__field">
          <label htmlFor={`${id}-code`}>{t("sl.code")}</label>
          <input
            ref={codeInput}
            id={`${id}-code`}
            name="code"
            autoComplete="off"
            spellCheck={false}
            value={code}
            onChange={(event) => setCode(event.target.value)}
            aria-invalid={problems.code ? true : undefined}
            aria-describedby={`${id}-code-hint${problems.code ? ` ${id}-code-error` : ""}`}
          />
          <span id={`${id}-code-hint`} className="cqs-status-lookup__hint">
            {t("sl.code.hint")}
          </span>
          {problems.code ? (
            <span id={`${id}-code-error`} className="cqs-status-lookup__field-error">
              {t(problems.code)}
            </span>
          ) : null}
        </div>
        <div className="cqs-status-lookup__field">
          <label htmlFor={`${id}-pin`}>{t("sl.pin")}</label>
          <input
            ref={pinInput}
            id={`${id}-pin`}
            name="pin"
            inputMode="numeric"
            autoComplete="off"
            maxLength={6}
            value={pin}
            onChange={(event) => setPin(event.target.value)}
            aria-invalid={problems.pin ? true : undefined}
            aria-describedby={`${id}-pin-hint${problems.pin ? ` ${id}-pin-error` : ""}`}
          />
          <span id={`${id}-pin-hint`} className="cqs-status-lookup__hint">
            {t("sl.pin.hint")}
          </span>
          {problems.pin ? (
            <span id={`${id}-pin-error`} className="cqs-status-lookup__field-error">
              {t(problems.pin)}
            </span>
          ) : null}
        </div>
        <button
          type="submit"
          className="cqs-button"
          data-variant="primary"
          aria-disabled={state.loading || undefined}
        >
          {state.loading ? t("sl.searching") : t("sl.submit")}
        </button>
      </form>
      {state.error && !state.loading ? (
        <p role="alert" className="cqs-status-lookup__error">
          {failureMessage(state.error, t)}
        </p>
      ) : null}
      {view && !state.loading ? <Result key={view.code} view={view} level={level} /> : null}
    </section>
  );
}

/**
 * The public status of a dossier for citizen-facing pages: looked up by its code and the lookup PIN printed on
 * the receipt (`dossiers.lookupStatus`, no login), told in plain words with what the citizen must do next and the
 * due date with its explanation. Only public fields are ever read from the answer. Connected (the provider's
 * client) or controlled (`onLookup`, `result`, `loading`, `error`).
 */
export function DossierStatusLookup(props: DossierStatusLookupProps) {
  const t = useTranslator(statusLookupMessages);
  return (
    <WidgetBoundary widget="DossierStatusLookup" label={t("sl.name")}>
      <LookupForm {...props} />
    </WidgetBoundary>
  );
}
