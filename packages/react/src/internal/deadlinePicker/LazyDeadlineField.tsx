// A working-day deadline field whose picker code (WorkingDayField: the month grid, the typed-date rules, the
// working-day count) is fetched when first needed. Hosts call `preloadDeadlineField()` when the control that
// opens the form is hovered or focused, so the code is usually there before the form opens; if it is not, a
// labelled placeholder of the field's height stands in, and a failed fetch says so with a retry button.
import {
  Component,
  type ComponentType,
  lazy,
  type ReactNode,
  Suspense,
  useCallback,
  useId,
  useRef,
  useState,
} from "react";
import { defineCatalog } from "../../i18n/translator";
import { useTranslator } from "../../i18n/useTranslator";
import type { WorkingDayFieldProps } from "./WorkingDayField";

const lazyMessages = /* @__PURE__ */ defineCatalog({
  vi: {
    "picker.loading": "Đang tải lịch chọn hạn…",
    "picker.loadFailed": "Không tải được lịch chọn hạn (mạng chập chờn hoặc ứng dụng vừa được cập nhật).",
    "picker.retry": "Tải lại lịch chọn hạn",
  },
  en: {
    "picker.loading": "Loading the deadline calendar…",
    "picker.loadFailed":
      "The deadline calendar could not be loaded (a network hiccup or the app was just updated).",
    "picker.retry": "Load the deadline calendar again",
  },
});

type Loaded = { default: ComponentType<WorkingDayFieldProps> };

class LoadBoundary extends Component<{ fallback: (retry: () => void) => ReactNode; children: ReactNode }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  retry = () => this.setState({ failed: false });
  override render() {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children;
  }
}

export interface LazyPart {
  /** Fetches the code once (again after a failure). */
  preload(): Promise<Loaded>;
  /** The component over the last load (React.lazy keeps a failed load, so `reload` makes a new one). */
  current(): ComponentType<WorkingDayFieldProps>;
  reload(): void;
}

/** The field's code behind a loader (`import()`). */
export function deadlineFieldPart(load: () => Promise<Loaded>): LazyPart {
  let loading: Promise<Loaded> | undefined;
  const preload = (): Promise<Loaded> => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  // One lazy component shared by every field, so that code already loaded renders at once, without a fallback
  // frame; a new one only after a failure.
  let loaded = lazy(preload);
  return {
    preload,
    current: () => loaded,
    reload: () => {
      loaded = lazy(preload);
    },
  };
}

/** The field over `part`: a labelled placeholder while loading, a retryable message when the fetch failed. */
export function LazyFieldOf({ part, ...props }: WorkingDayFieldProps & { part: LazyPart }) {
  const [, rerender] = useState(0);
  const retryLoad = () => {
    part.reload();
    rerender((n) => n + 1);
  };
  return <LazyField {...props} loaded={part.current()} reload={retryLoad} />;
}

function LazyField({
  loaded: LoadedField,
  reload,
  ...props
}: WorkingDayFieldProps & { loaded: ComponentType<WorkingDayFieldProps>; reload: () => void }) {
  const t = useTranslator(lazyMessages);
  // After "retry" the pressed button is gone: the focus waits on the loading message, then goes to the field.
  const focusAfterRetry = useRef(false);
  const { inputRef } = props;
  const fieldRef = useCallback(
    (input: HTMLInputElement | null) => {
      if (typeof inputRef === "function") inputRef(input);
      else if (inputRef) (inputRef as React.MutableRefObject<HTMLInputElement | null>).current = input;
      if (input && focusAfterRetry.current) {
        focusAfterRetry.current = false;
        input.focus();
      }
    },
    [inputRef],
  );
  // The placeholder is a group named by the field's label, so "loading" or "could not load" is heard with the
  // name of the field it stands for (the label is not a <label>: there is no control to label yet).
  const labelId = useId();
  const placeholder = (state: "loading" | "failed", body: ReactNode) => (
    // biome-ignore lint/a11y/useSemanticElements: it stands for one field, not a set of controls in a form fieldset
    <div className="cqs-deadline-picker" data-state={state} role="group" aria-labelledby={labelId}>
      <span id={labelId} className="cqs-deadline-picker__label">
        {props.label}
      </span>
      {body}
    </div>
  );
  return (
    <LoadBoundary
      fallback={(retry) =>
        placeholder(
          "failed",
          <div role="alert" className="cqs-deadline-picker__load-error">
            <p>{t("picker.loadFailed")}</p>
            <button
              type="button"
              className="cqs-button"
              onClick={() => {
                focusAfterRetry.current = true;
                reload();
                retry();
              }}
            >
              {t("picker.retry")}
            </button>
          </div>,
        )
      }
    >
      <Suspense
        fallback={placeholder(
          "loading",
          <p
            role="status"
            className="cqs-deadline-picker__hint"
            tabIndex={-1}
            ref={(message) => {
              if (message && focusAfterRetry.current) message.focus();
            }}
          >
            {t("picker.loading")}
          </p>,
        )}
      >
        <LoadedField {...props} inputRef={fieldRef} />
      </Suspense>
    </LoadBoundary>
  );
}

const deadlineField = /* @__PURE__ */ deadlineFieldPart(() => import("./WorkingDayField"));

/** Starts fetching the picker's code (once; again after a failure). Safe to call on every hover or focus. */
export function preloadDeadlineField(): Promise<Loaded> {
  return deadlineField.preload();
}

/** The working-day deadline field, its picker code fetched on first use (or earlier, by `preloadDeadlineField`). */
export function LazyDeadlineField(props: WorkingDayFieldProps) {
  return <LazyFieldOf part={deadlineField} {...props} />;
}
