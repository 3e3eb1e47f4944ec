import { Component, type ErrorInfo, type ReactNode } from "react";
import { commonMessages } from "../i18n/common";
import { useTranslator } from "../i18n/useTranslator";
import { useChinhQuyenSoSettings } from "../provider/hooks";
import { useWidgetRoot } from "../theme/useWidgetRoot";

export interface WidgetBoundaryProps {
  /** Stable widget id reported to `onError`, e.g. "DossierQueue". */
  widget: string;
  /** Human name shown in the fallback, e.g. "danh sách hồ sơ". */
  label: string;
  children?: ReactNode;
}

interface BoundaryState {
  failed: boolean;
}

interface InnerProps extends WidgetBoundaryProps {
  report:
    | ((error: unknown, info: { widget: string; componentStack?: string | undefined }) => void)
    | undefined;
}

// React still needs a class for error boundaries; this one only records failure and offers a reset.
class Boundary extends Component<InnerProps, BoundaryState> {
  override state: BoundaryState = { failed: false };

  static getDerivedStateFromError(): BoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    this.props.report?.(error, {
      widget: this.props.widget,
      componentStack: info.componentStack ?? undefined,
    });
  }

  override render() {
    if (this.state.failed) {
      return <Fallback label={this.props.label} onRetry={() => this.setState({ failed: false })} />;
    }
    return this.props.children;
  }
}

function Fallback({ label, onRetry }: { label: string; onRetry: () => void }) {
  const t = useTranslator(commonMessages);
  const root = useWidgetRoot("cqs-widget-fallback");
  // The error itself is not shown: its message may carry data the user should not see.
  return (
    <div {...root} role="alert">
      <p className="cqs-widget-fallback__title">{t("common.widgetFailed", { widget: label })}</p>
      <p className="cqs-widget-fallback__hint">{t("common.widgetFailedHint")}</p>
      <button type="button" className="cqs-button" onClick={onRetry}>
        {t("common.retry")}
      </button>
    </div>
  );
}

/** Catches a widget's render errors: shows a fallback with a retry and reports to the provider's `onError`. */
export function WidgetBoundary(props: WidgetBoundaryProps) {
  const { onError } = useChinhQuyenSoSettings();
  return <Boundary {...props} report={onError} />;
}
