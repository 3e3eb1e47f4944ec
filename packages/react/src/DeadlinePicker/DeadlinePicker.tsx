import { useControllableState } from "@radix-ui/react-use-controllable-state";
import { WidgetBoundary } from "../boundary/WidgetBoundary";
import { DeadlinePickerField } from "../internal/deadlinePicker/DeadlinePickerField";
import {
  type UseDeadlinePickerOptions,
  useDeadlinePicker,
} from "../internal/deadlinePicker/useDeadlinePicker";
import { useWidgetRoot } from "../theme/useWidgetRoot";

export interface DeadlinePickerProps extends UseDeadlinePickerOptions {
  /** The field's visible label. */
  label: string;
  /** Adds a time field (`HH:mm`, Vietnam time); controlled with `time`, or kept with `defaultTime` (17:00). */
  withTime?: boolean;
  time?: string;
  defaultTime?: string;
  onTimeChange?: (time: string) => void;
  required?: boolean;
  /** Submitted with a form as `YYYY-MM-DD` text (what the field shows is dd/mm/yyyy). */
  name?: string;
  className?: string;
}

/**
 * A date field on the working calendar: typed dd/mm/yyyy or picked on a month grid where days off are disabled and
 * named (holiday, compensatory, swapped), "N ngày làm việc" shown as you pick, earliest and latest days in working
 * days. Keyboard: arrows, Home/End, Page Up/Down (Shift: a year), Enter, Escape.
 */
export function DeadlinePicker(props: DeadlinePickerProps) {
  return (
    <WidgetBoundary widget="DeadlinePicker" label={props.label}>
      <DeadlinePickerContent {...props} />
    </WidgetBoundary>
  );
}

function DeadlinePickerContent({
  label,
  withTime,
  time,
  defaultTime,
  onTimeChange,
  required,
  name,
  className,
  ...options
}: DeadlinePickerProps) {
  const picker = useDeadlinePicker(options);
  const [timeValue, setTime] = useControllableState<string>({
    prop: time,
    defaultProp: defaultTime ?? "17:00",
    onChange: onTimeChange,
    caller: "DeadlinePicker",
  });
  return (
    <div {...useWidgetRoot("cqs-deadline-picker-root", className)}>
      <DeadlinePickerField
        picker={picker}
        label={label}
        required={required}
        time={withTime ? { value: timeValue, onChange: setTime } : undefined}
      />
      {name ? <input type="hidden" name={name} value={picker.value ?? ""} /> : null}
    </div>
  );
}
