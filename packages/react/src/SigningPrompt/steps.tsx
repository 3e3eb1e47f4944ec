// The steps before a transaction exists: review the documents, choose a method, confirm.
import type { ReactNode } from "react";
import type { Translate } from "../i18n/translator";
import { safeDate } from "../internal/dates";
import type { Locale } from "../provider/context";
import { DocumentList } from "./DocumentList";
import { MAX_DOCUMENTS_PER_REQUEST } from "./documents";
import { appName, kindLabel, providerName } from "./labels";
import type { SigningMethod } from "./machine";
import type { SigningMessageKey } from "./messages";
import type { Certificate, SigningDocument, SigningProvider } from "./types";
import type { Loadable } from "./useCachedQuery";
import type { SigningFlow } from "./useSigningFlow";

export interface PluginStatus {
  detected: boolean;
  recheck: () => void;
  installUrl: string;
}

interface StepBase {
  flow: SigningFlow;
  t: Translate<SigningMessageKey>;
  locale: Locale;
  documents: readonly SigningDocument[];
  kind: string;
}

export function Actions({ children }: { children: ReactNode }) {
  return <div className="cqs-signing-prompt__actions">{children}</div>;
}

export function ReviewStep({ flow, t, locale, documents, kind }: StepBase) {
  const problem = flow.documentsProblem;
  return (
    <>
      {problem ? (
        <p className="cqs-signing-prompt__notice" data-tone="danger" role="alert">
          {t(`signing.problem.${problem}`, {
            max: MAX_DOCUMENTS_PER_REQUEST,
            count: Array.isArray(documents) ? documents.length : 0,
          })}
        </p>
      ) : (
        <p>{t("signing.review.intro", { count: documents.length })}</p>
      )}
      <p className="cqs-signing-prompt__meta">
        {t("signing.review.kind", { kind: kindLabel(kind, locale) })}
      </p>
      {problem === "empty" || problem === "malformed" ? null : (
        <DocumentList documents={documents} kind={kind} t={t} detail="review" />
      )}
      <Actions>
        <button
          type="button"
          className="cqs-button"
          data-variant="primary"
          // aria-disabled, not disabled: it stays reachable by keyboard next to the message that explains why.
          aria-disabled={problem ? true : undefined}
          onClick={flow.next}
        >
          {t("signing.continue")}
        </button>
      </Actions>
    </>
  );
}

function methodHint(provider: SigningProvider, t: Translate<SigningMessageKey>, name: string): string {
  if (provider.flow === "plugin") return t("signing.method.plugin");
  if (provider.confirmation === "otp") return t("signing.method.otp");
  if (provider.confirmation === "app")
    return t("signing.method.app", { app: appName(provider.provider, name) });
  return t("signing.method.other");
}

function LoadFailed({
  message,
  retry,
  t,
}: {
  message: string;
  retry: () => void;
  t: Translate<SigningMessageKey>;
}) {
  return (
    <div className="cqs-signing-prompt__notice" data-tone="danger" role="alert">
      <p>{message}</p>
      <button type="button" className="cqs-button" onClick={retry}>
        {t("signing.action.retry")}
      </button>
    </div>
  );
}

function Skeleton() {
  return (
    <div className="cqs-signing-prompt__skeleton" aria-hidden="true">
      <span className="cqs-skeleton" />
      <span className="cqs-skeleton" />
      <span className="cqs-skeleton" />
    </div>
  );
}

interface MethodStepProps extends StepBase {
  providers: Loadable<readonly SigningProvider[]>;
  certificates: Loadable<readonly Certificate[]>;
  plugin: PluginStatus;
  loadingLabel: string;
}

/** The method a selection stands for, when it is complete (a provider and, if needed, its certificate). */
export function methodOf(
  provider: SigningProvider | undefined,
  certificates: Loadable<readonly Certificate[]>,
  chosenSerial: string | undefined,
  pluginDetected: boolean,
): SigningMethod | undefined {
  if (provider?.available !== true) return undefined;
  if (provider.flow === "plugin" && !pluginDetected) return undefined;
  if (certificates.status !== "success") return undefined;
  const valid = (certificates.data ?? []).filter((certificate) => certificate.status === "valid");
  const serial = valid.length === 1 ? valid[0]?.serial : valid.find((c) => c.serial === chosenSerial)?.serial;
  if (!serial) return undefined;
  return {
    provider: provider.provider,
    flow: provider.flow,
    confirmation: provider.confirmation,
    certificateSerial: serial,
  };
}

export function MethodStep({
  flow,
  t,
  locale,
  providers,
  certificates,
  plugin,
  loadingLabel,
}: MethodStepProps) {
  const state = flow.state.step === "chooseMethod" ? flow.state : undefined;
  const list = providers.data ?? [];
  const selected = list.find((provider) => provider.provider === state?.provider);
  const method = methodOf(selected, certificates, state?.certificateSerial, plugin.detected);
  const valid = (certificates.data ?? []).filter((certificate) => certificate.status === "valid");
  const chosen = valid.length === 1 ? valid[0]?.serial : state?.certificateSerial;
  return (
    <>
      {providers.status === "pending" ? (
        <div aria-busy="true">
          <p className="cqs-visually-hidden">{loadingLabel}</p>
          <Skeleton />
        </div>
      ) : providers.status === "error" ? (
        <LoadFailed message={t("signing.method.loadFailed")} retry={providers.retry} t={t} />
      ) : list.length === 0 ? (
        <p className="cqs-signing-prompt__notice">{t("signing.method.none")}</p>
      ) : (
        <fieldset className="cqs-signing-prompt__choices">
          <legend>{t("signing.method.legend")}</legend>
          {list.map((provider) => {
            const name = providerName(provider, locale);
            const missing = provider.flow === "plugin" && !plugin.detected;
            const disabled = provider.available !== true || missing;
            return (
              <div
                key={provider.provider}
                className="cqs-signing-prompt__choice"
                data-disabled={disabled || undefined}
              >
                <label>
                  <input
                    type="radio"
                    name="cqs-signing-provider"
                    value={provider.provider}
                    checked={state?.provider === provider.provider}
                    disabled={disabled}
                    onChange={() => flow.selectProvider(provider.provider)}
                  />
                  <span className="cqs-signing-prompt__choice-text">
                    <span className="cqs-signing-prompt__choice-title">{name}</span>
                    <span className="cqs-signing-prompt__choice-hint">
                      {provider.available === true
                        ? methodHint(provider, t, name)
                        : t("signing.method.unavailable")}
                    </span>
                  </span>
                </label>
                {missing && provider.available === true ? (
                  <div className="cqs-signing-prompt__plugin-help">
                    <p>{t("signing.method.pluginMissing")}</p>
                    <p>{t("signing.method.pluginHint")}</p>
                    <a href={plugin.installUrl} target="_blank" rel="noopener noreferrer">
                      {t("signing.method.pluginInstall")}
                    </a>{" "}
                    <button type="button" className="cqs-button" onClick={plugin.recheck}>
                      {t("signing.method.pluginRecheck")}
                    </button>
                  </div>
                ) : null}
              </div>
            );
          })}
        </fieldset>
      )}
      {selected && selected.available === true && !(selected.flow === "plugin" && !plugin.detected) ? (
        certificates.status === "pending" ? (
          <div aria-busy="true">
            <p className="cqs-visually-hidden">{loadingLabel}</p>
            <Skeleton />
          </div>
        ) : certificates.status === "error" ? (
          <LoadFailed message={t("signing.certificate.loadFailed")} retry={certificates.retry} t={t} />
        ) : valid.length === 0 ? (
          <p className="cqs-signing-prompt__notice" data-tone="warning">
            {t("signing.certificate.none", { provider: providerName(selected, locale) })}
          </p>
        ) : (
          <fieldset className="cqs-signing-prompt__choices">
            <legend>{t("signing.certificate.legend")}</legend>
            {(certificates.data ?? []).map((certificate) => {
              const usable = certificate.status === "valid";
              return (
                <div
                  key={certificate.serial}
                  className="cqs-signing-prompt__choice"
                  data-disabled={!usable || undefined}
                >
                  <label>
                    <input
                      type="radio"
                      name="cqs-signing-certificate"
                      value={certificate.serial}
                      checked={chosen === certificate.serial}
                      disabled={!usable}
                      onChange={() => flow.selectCertificate(certificate.serial)}
                    />
                    <span className="cqs-signing-prompt__choice-text">
                      <span className="cqs-signing-prompt__choice-title">{certificate.subject}</span>
                      <span className="cqs-signing-prompt__choice-hint">
                        {certificate.issuer} ·{" "}
                        {t("signing.certificate.serial", { serial: certificate.serial })} ·{" "}
                        {t("signing.certificate.validTo", { date: safeDate(certificate.validTo) })}
                      </span>
                      {usable ? null : (
                        <span className="cqs-signing-prompt__status" data-status="failed">
                          {certificate.status === "revoked"
                            ? t("signing.certificate.revoked")
                            : certificate.status === "expired"
                              ? t("signing.certificate.expired")
                              : certificate.status}
                        </span>
                      )}
                    </span>
                  </label>
                </div>
              );
            })}
          </fieldset>
        )
      ) : null}
      <Actions>
        <button type="button" className="cqs-button" onClick={flow.back}>
          {t("signing.back")}
        </button>
        <button
          type="button"
          className="cqs-button"
          data-variant="primary"
          disabled={!method}
          onClick={() => method && flow.chooseMethod(method)}
        >
          {t("signing.continue")}
        </button>
      </Actions>
    </>
  );
}

interface ConfirmStepProps extends StepBase {
  providers: Loadable<readonly SigningProvider[]>;
  certificates: Loadable<readonly Certificate[]>;
}

export function ConfirmStep({ flow, t, locale, documents, kind, providers, certificates }: ConfirmStepProps) {
  if (flow.state.step !== "confirm") return null;
  const { method } = flow.state;
  const provider = providers.data?.find((item) => item.provider === method.provider) ?? {
    provider: method.provider,
  };
  const certificate = certificates.data?.find((item) => item.serial === method.certificateSerial);
  return (
    <>
      {flow.state.notice === "joinedEnded" ? (
        <p className="cqs-signing-prompt__notice" data-tone="info" role="status">
          {t("signing.joined.ended")}
        </p>
      ) : null}
      <p>
        {t("signing.confirm.summary", {
          count: documents.length,
          kind: kindLabel(kind, locale),
          provider: providerName(provider, locale),
        })}
      </p>
      {certificate ? (
        <p className="cqs-signing-prompt__meta">
          {t("signing.confirm.certificate", { subject: certificate.subject, issuer: certificate.issuer })}
        </p>
      ) : null}
      <p className="cqs-signing-prompt__disclosure">{t("signing.confirm.disclosure")}</p>
      <Actions>
        <button type="button" className="cqs-button" onClick={flow.back}>
          {t("signing.back")}
        </button>
        <button type="button" className="cqs-button" data-variant="primary" onClick={flow.submit}>
          {t("signing.confirm.sign")}
        </button>
      </Actions>
    </>
  );
}
