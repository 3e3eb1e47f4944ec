// BulkBar's deadline field, loaded when first needed (React.lazy): the picker's chunk is fetched as soon as a
// selection offers an action that asks for a deadline, so that it is usually there before the form opens.
import { type ComponentType, lazy, Suspense, useId } from "react";
import type { Translate } from "../i18n/translator";
import type { QueueMessageKey } from "./messages";
import type { SupplementDeadlineProps } from "./SupplementDeadline";

type Loaded = { default: ComponentType<SupplementDeadlineProps> };
let loading: Promise<Loaded> | undefined;

/** Starts loading the picker (once); a failed load gives the plain date field instead of an error. */
export function loadDeadlineField(): Promise<Loaded> {
  loading ??= import("./SupplementDeadline").catch(() => ({ default: PlainDeadlineField }));
  return loading;
}

const LazyDeadlineField = /* @__PURE__ */ lazy(loadDeadlineField);

/** When the picker's code could not be loaded (offline, a failed deploy): the browser's date field. */
function PlainDeadlineField({ label, value, onChange, error }: SupplementDeadlineProps) {
  const id = useId();
  return (
    <div className="cqs-queue__field">
      <label htmlFor={id} className="cqs-queue__label">
        {label}
      </label>
      <input
        id={id}
        type="date"
        className="cqs-queue__input"
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      {error ? (
        <span id={`${id}-error`} className="cqs-queue__error-text">
          {error}
        </span>
      ) : null}
    </div>
  );
}

/** The field, with a labelled, announced placeholder while its code loads (also what a server renders). */
export function DeadlineField(props: SupplementDeadlineProps & { t: Translate<QueueMessageKey> }) {
  const { t, ...field } = props;
  return (
    <Suspense
      fallback={
        <div className="cqs-queue__field" data-state="loading">
          <span className="cqs-queue__label">{field.label}</span>
          <span className="cqs-queue__muted" role="status">
            {t("queue.bulk.deadlineLoading")}
          </span>
        </div>
      }
    >
      <LazyDeadlineField {...field} />
    </Suspense>
  );
}
