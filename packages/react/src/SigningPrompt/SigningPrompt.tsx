import { useControllableState } from "@radix-ui/react-use-controllable-state";
import { type ReactElement, useCallback, useEffect, useMemo, useState } from "react";
import { WidgetBoundary } from "../boundary/WidgetBoundary";
import { useTranslator } from "../i18n/useTranslator";
import { useConnection, useLiveState } from "../provider/hooks";
import { SigningConnectedContext } from "./DocumentList";
import { SigningError } from "./errors";
import type { SigningIntentStore } from "./intent";
import { signingMessages } from "./messages";
import { SigningDialog } from "./SigningDialog";
import type {
  Certificate,
  SignatureKind,
  SigningActions,
  SigningDocument,
  SigningPlugin,
  SigningProvider,
  SigningRequest,
} from "./types";
import { type Loadable, useCachedQuery } from "./useCachedQuery";
import { useLiveRefresh } from "./useLiveRefresh";
import { signingActionsOf } from "./useSigningData";
import { type SigningFlow, useSigningFlow } from "./useSigningFlow";
import { detectVgcaPlugin } from "./vgca";

export interface SigningPromptProps {
  /** What to sign (1–50 documents or eForm submissions, in one request). */
  documents: readonly SigningDocument[];
  /** Default `approval` (ký duyệt); `issuance`, `copy`, `appendix` change where the signature goes. */
  kind?: SignatureKind;
  /** Sent with the request (≤ 200 characters). */
  reason?: string;
  /** Controlled open state (Radix style); or `defaultOpen` for uncontrolled. */
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** The element that opens the prompt (rendered as the dialog's trigger), e.g. `<button>Ký số</button>`. */
  children?: ReactElement;
  onSigned?: (request: SigningRequest) => void;
  /** A live transaction was cancelled (after the user confirmed). */
  onCancelled?: () => void;
  /** Shows "Download the signed document" on success. */
  onDownload?: (request: SigningRequest) => void;
  /** Shows "Next document" on success. */
  onNext?: (request: SigningRequest) => void;
  /** Controlled mode: the platform operations. Without them the provider's client is used (connected mode). */
  actions?: SigningActions;
  /** Controlled mode: the signing providers offered. */
  providers?: readonly SigningProvider[];
  /** Controlled mode: the user's certificates per provider id. */
  certificates?: Readonly<Record<string, readonly Certificate[]>>;
  /** The local plugin adapter (`createVgcaPlugin({ uploadHandlerUrl })`); detection defaults to `window.vgca_*`. */
  plugin?: SigningPlugin;
  /** Overrides plugin detection (tests, stories, hosts that know better). Called in effects only. */
  detectPlugin?: () => boolean;
  /** Where the "download the plugin" link points. */
  pluginInstallUrl?: string;
  /** Poll interval while awaiting the user, in ms (default 5000). */
  pollInterval?: number;
  /** Seconds before an OTP can be sent again (default 60). */
  otpResendSeconds?: number;
  /** Where pending intents survive remounts and reloads (default: sessionStorage). */
  intentStore?: SigningIntentStore;
  /** Portal container of the dialog (default: document.body). */
  container?: HTMLElement | null;
  className?: string;
}

/** The Ban Cơ yếu Chính phủ CA site, where the VGCA plugin is distributed. */
export const VGCA_INSTALL_URL = "https://ca.gov.vn";

const unconfiguredPlugin: SigningPlugin = {
  detect: detectVgcaPlugin,
  sign: () => Promise.reject(new SigningError("vgca_not_configured")),
};

function useOpenState(props: SigningPromptProps): [boolean, (open: boolean) => void] {
  return useControllableState({
    prop: props.open,
    defaultProp: props.defaultOpen ?? false,
    onChange: props.onOpenChange,
    caller: "SigningPrompt",
  });
}

/** Plugin detection, run in effects only (SSR-safe), again whenever the user asks. */
function usePluginStatus(props: SigningPromptProps, open: boolean) {
  const plugin = props.plugin ?? unconfiguredPlugin;
  const detect = props.detectPlugin ?? plugin.detect;
  const [detected, setDetected] = useState(false);
  const recheck = useCallback(() => setDetected(detect()), [detect]);
  useEffect(() => {
    if (open) recheck();
  }, [open, recheck]);
  const adapter = useMemo<SigningPlugin>(() => ({ detect, sign: plugin.sign }), [detect, plugin.sign]);
  return {
    adapter,
    status: { detected, recheck, installUrl: props.pluginInstallUrl ?? VGCA_INSTALL_URL },
  };
}

/** The provider and certificates the current step is about. */
function selectedProvider(flow: SigningFlow): string | undefined {
  const { state } = flow;
  if (state.step === "chooseMethod") return state.provider;
  if (state.step === "confirm") return state.method.provider;
  return undefined;
}

function ControlledSigningPrompt(props: SigningPromptProps & { actions: SigningActions }) {
  const [open, setOpen] = useOpenState(props);
  const plugin = usePluginStatus(props, open);
  const flow = useSigningFlow({
    documents: documentsOf(props),
    actions: props.actions,
    active: open,
    plugin: plugin.adapter,
    ...flowOptions(props),
  });
  const provider = selectedProvider(flow);
  const retry = useCallback(() => {}, []);
  const providers: Loadable<readonly SigningProvider[]> = {
    status: "success",
    data: wellFormed(props.providers, "provider"),
    retry,
  };
  const certificates: Loadable<readonly Certificate[]> = {
    status: "success",
    data: provider ? wellFormed(props.certificates?.[provider], "serial") : [],
    retry,
  };
  return (
    <SigningDialog
      {...dialogProps(props)}
      flow={flow}
      providers={providers}
      certificates={certificates}
      plugin={plugin.status}
      open={open}
      onOpenChange={setOpen}
    />
  );
}

/** A list read as the steps use it; a page whose `items` is not a list reads as empty, never a crash. */
/** The entries of a list that carry their id (`provider`, `serial`); anything else (not a list, null entries) is left out. */
function wellFormed<T>(list: readonly T[] | undefined, id: string): readonly T[] {
  if (!Array.isArray(list)) return [];
  return list.filter((item) => typeof (item as Record<string, unknown> | null)?.[id] === "string");
}

function itemsOf<T>(page: Loadable<{ items: readonly T[] }>, id: string): Loadable<readonly T[]> {
  return { ...page, data: page.data === undefined ? undefined : wellFormed(page.data?.items, id) };
}

function ConnectedSigningPrompt(props: SigningPromptProps) {
  const { client, queries, queryClient, live } = useConnection("SigningPrompt");
  const [open, setOpen] = useOpenState(props);
  const plugin = usePluginStatus(props, open);
  const actions = useMemo(() => signingActionsOf(client), [client]);
  const { onSigned } = props;
  const flow = useSigningFlow({
    documents: documentsOf(props),
    actions,
    active: open,
    plugin: plugin.adapter,
    ...flowOptions(props),
    // Every answer goes to the query cache, so useSigningRequest elsewhere on the page agrees with the dialog.
    onRequest: (request) =>
      queryClient.setQueryData(queries.signing.getRequest(request.id).queryKey, request),
    onSigned: (request) => {
      void queryClient.invalidateQueries({ queryKey: ["cqs", "documents"] });
      onSigned?.(request);
    },
  });
  const provider = selectedProvider(flow);
  const providers = useCachedQuery(
    queryClient,
    { ...queries.signing.listProviders(), staleTime: 60_000 },
    open,
  );
  const certificates = useCachedQuery(
    queryClient,
    { ...queries.signing.listCertificates(provider ?? ""), staleTime: 60_000 },
    provider !== undefined,
  );

  // The stream brings the request's changes sooner than the next poll (see useLiveRefresh).
  const requestId = flow.state.step === "waiting" ? flow.state.request.id : undefined;
  useLiveRefresh(live, useLiveState(), requestId, flow.refresh);

  return (
    <SigningConnectedContext.Provider value={true}>
      <SigningDialog
        {...dialogProps(props)}
        flow={flow}
        providers={itemsOf(providers, "provider")}
        certificates={itemsOf(certificates, "serial")}
        plugin={plugin.status}
        open={open}
        onOpenChange={setOpen}
      />
    </SigningConnectedContext.Provider>
  );
}

function flowOptions(props: SigningPromptProps) {
  return {
    ...(props.kind !== undefined ? { kind: props.kind } : {}),
    ...(props.reason !== undefined ? { reason: props.reason } : {}),
    ...(props.pollInterval !== undefined ? { pollInterval: props.pollInterval } : {}),
    ...(props.intentStore !== undefined ? { intentStore: props.intentStore } : {}),
    ...(props.onSigned !== undefined ? { onSigned: props.onSigned } : {}),
    ...(props.onCancelled !== undefined ? { onCancelled: props.onCancelled } : {}),
  };
}

const NO_DOCUMENTS: readonly SigningDocument[] = [];

/** The documents as given, or none when the prop is not a list (the review then says so). */
function documentsOf(props: SigningPromptProps): readonly SigningDocument[] {
  return Array.isArray(props.documents) ? props.documents : NO_DOCUMENTS;
}

function dialogProps(props: SigningPromptProps) {
  return {
    documents: documentsOf(props),
    kind: props.kind ?? "approval",
    trigger: props.children,
    container: props.container,
    className: props.className,
    otpResendSeconds: props.otpResendSeconds ?? 60,
    onDownload: props.onDownload,
    onNext: props.onNext,
  };
}

/**
 * The signing ceremony in a dialog: review (documents, number, subject, content fingerprint, where the
 * signature goes) → method (VGCA plugin or remote provider, certificate) → confirm → waiting (the provider's
 * app with a live countdown, or an OTP) → result, with a distinct, actionable answer for every failure. One
 * confirmation never creates two signing transactions: its idempotency key is reused by double clicks,
 * retries, remounts and reloads. Connected (the provider's client) or controlled (`actions` and data as props).
 */
export function SigningPrompt(props: SigningPromptProps) {
  const t = useTranslator(signingMessages);
  return (
    <WidgetBoundary widget="SigningPrompt" label={t("signing.widget")}>
      {props.actions ? (
        <ControlledSigningPrompt {...props} actions={props.actions} />
      ) : (
        <ConnectedSigningPrompt {...props} />
      )}
    </WidgetBoundary>
  );
}
