// The styled ceremony: one Radix Dialog whose body follows the flow's state, and a Radix AlertDialog that asks
// before a live transaction is cancelled. Data and actions come from SigningPrompt (connected or controlled).
import * as AlertDialog from "@radix-ui/react-alert-dialog";
import * as Dialog from "@radix-ui/react-dialog";
import { type ReactElement, useEffect, useRef } from "react";
import { useTranslator } from "../i18n/useTranslator";
import { useChinhQuyenSoSettings } from "../provider/hooks";
import { useWidgetRoot } from "../theme/useWidgetRoot";
import type { SigningFlowState } from "./machine";
import { type SigningMessageKey, signingMessages } from "./messages";
import { ResultStep } from "./ResultStep";
import { ConfirmStep, MethodStep, type PluginStatus, ReviewStep } from "./steps";
import type { Certificate, SigningDocument, SigningProvider, SigningRequest } from "./types";
import type { Loadable } from "./useCachedQuery";
import type { SigningFlow } from "./useSigningFlow";
import { WaitingStep } from "./WaitingStep";

export interface SigningDialogProps {
  flow: SigningFlow;
  documents: readonly SigningDocument[];
  kind: string;
  providers: Loadable<readonly SigningProvider[]>;
  certificates: Loadable<readonly Certificate[]>;
  plugin: PluginStatus;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trigger: ReactElement | undefined;
  container: HTMLElement | null | undefined;
  className: string | undefined;
  otpResendSeconds: number;
  onDownload: ((request: SigningRequest) => void) | undefined;
  onNext: ((request: SigningRequest) => void) | undefined;
}

const STEP_NUMBER: Record<SigningFlowState["step"], number> = {
  review: 1,
  chooseMethod: 2,
  confirm: 3,
  submitting: 4,
  waiting: 4,
  success: 4,
  failure: 4,
  cancelled: 4,
};

const TITLE: Record<SigningFlowState["step"], SigningMessageKey> = {
  review: "signing.title.review",
  chooseMethod: "signing.title.chooseMethod",
  confirm: "signing.title.confirm",
  submitting: "signing.title.submitting",
  waiting: "signing.title.waiting",
  success: "signing.title.success",
  failure: "signing.title.failure",
  cancelled: "signing.title.cancelled",
};

function CancelAlert({ flow, container }: { flow: SigningFlow; container: HTMLElement | null | undefined }) {
  const t = useTranslator(signingMessages);
  const root = useWidgetRoot("cqs-signing-prompt__alert");
  const { state } = flow;
  const cancel = state.step === "submitting" || state.step === "waiting" ? state.cancel : "none";
  const cancelling = cancel === "cancelling";
  return (
    <AlertDialog.Root open={cancel !== "none"} onOpenChange={(open) => open || flow.dismissCancel()}>
      <AlertDialog.Portal container={container}>
        <AlertDialog.Overlay
          className="cqs-signing-prompt__overlay"
          data-cqs-theme={root["data-cqs-theme"]}
        />
        <AlertDialog.Content {...root} data-cancel={cancel}>
          <AlertDialog.Title className="cqs-signing-prompt__title">
            {t("signing.cancel.title")}
          </AlertDialog.Title>
          <AlertDialog.Description>{t("signing.cancel.body")}</AlertDialog.Description>
          {cancel === "failed" ? (
            <p className="cqs-signing-prompt__notice" data-tone="danger" role="alert">
              {t("signing.cancel.failed")}
            </p>
          ) : null}
          <div className="cqs-signing-prompt__actions">
            <AlertDialog.Cancel asChild>
              <button type="button" className="cqs-button" disabled={cancelling}>
                {t("signing.cancel.keep")}
              </button>
            </AlertDialog.Cancel>
            <button
              type="button"
              className="cqs-button"
              data-variant="danger"
              aria-disabled={cancelling || undefined}
              onClick={flow.confirmCancel}
            >
              {cancelling ? t("signing.cancel.cancelling") : t("signing.cancel.confirm")}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

export function SigningDialog(props: SigningDialogProps) {
  const { flow, documents, kind, open, onOpenChange, container } = props;
  const t = useTranslator(signingMessages);
  const { locale, now } = useChinhQuyenSoSettings();
  const root = useWidgetRoot("cqs-signing-prompt", props.className);
  const title = useRef<HTMLHeadingElement>(null);
  const { state } = flow;
  const loadingLabel = t("signing.document.fingerprintLoading");

  // Closing while a transaction may be live asks first (and cancels it on the server); otherwise it closes
  // and the next opening starts from the review.
  const requestClose = () => {
    if (flow.live) flow.askCancel();
    else onOpenChange(false);
  };

  // Closed by the host (or by us): the next opening starts from the review (a live flow is kept).
  useEffect(() => {
    if (!open) flow.reset();
  }, [open, flow.reset]);

  // A new step moves focus to its title, so keyboard and screen-reader users know where they are. The OTP
  // field takes focus itself.
  const previous = useRef(state);
  useEffect(() => {
    const before = previous.current;
    previous.current = state;
    if (before.step === state.step) return;
    // The user confirmed the cancellation: it is done, close.
    if (state.step === "cancelled" && "cancel" in before && before.cancel === "cancelling") {
      onOpenChange(false);
      return;
    }
    if (!(state.step === "waiting" && state.mode === "otp")) title.current?.focus();
  }, [state, onOpenChange]);

  const body = (() => {
    switch (state.step) {
      case "review":
        return <ReviewStep flow={flow} t={t} locale={locale} documents={documents} kind={kind} />;
      case "chooseMethod":
        return (
          <MethodStep
            flow={flow}
            t={t}
            locale={locale}
            documents={documents}
            kind={kind}
            providers={props.providers}
            certificates={props.certificates}
            plugin={props.plugin}
            loadingLabel={loadingLabel}
          />
        );
      case "confirm":
        return (
          <ConfirmStep
            flow={flow}
            t={t}
            locale={locale}
            documents={documents}
            kind={kind}
            providers={props.providers}
            certificates={props.certificates}
          />
        );
      case "submitting":
      case "waiting":
        return (
          <WaitingStep
            flow={flow}
            t={t}
            locale={locale}
            documents={documents}
            kind={kind}
            providers={props.providers}
            now={now}
            otpResendSeconds={props.otpResendSeconds}
          />
        );
      default:
        return (
          <ResultStep
            flow={flow}
            t={t}
            locale={locale}
            documents={documents}
            kind={kind}
            pluginInstallUrl={props.plugin.installUrl}
            onClose={requestClose}
            onDownload={props.onDownload}
            onNext={props.onNext}
          />
        );
    }
  })();

  return (
    <Dialog.Root open={open} onOpenChange={(next) => (next ? onOpenChange(true) : requestClose())}>
      {props.trigger ? <Dialog.Trigger asChild>{props.trigger}</Dialog.Trigger> : null}
      <Dialog.Portal container={container}>
        <Dialog.Overlay className="cqs-signing-prompt__overlay" data-cqs-theme={root["data-cqs-theme"]} />
        <Dialog.Content
          {...root}
          aria-describedby={undefined}
          data-step={state.step}
          {...(state.step === "waiting" ? { "data-mode": state.mode } : {})}
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            title.current?.focus();
          }}
        >
          <div className="cqs-signing-prompt__header">
            <p className="cqs-signing-prompt__step">{t("signing.step", { step: STEP_NUMBER[state.step] })}</p>
            <Dialog.Title ref={title} tabIndex={-1} className="cqs-signing-prompt__title">
              {t(TITLE[state.step])}
            </Dialog.Title>
            <Dialog.Close asChild>
              <button
                type="button"
                className="cqs-button cqs-signing-prompt__close"
                aria-label={t("signing.close")}
              >
                <span aria-hidden="true">×</span>
              </button>
            </Dialog.Close>
          </div>
          <div className="cqs-signing-prompt__body">{body}</div>
          <CancelAlert flow={flow} container={container} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
