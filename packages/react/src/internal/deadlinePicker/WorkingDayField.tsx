// The part of a working-day deadline field that loads on demand (LazyDeadlineField): the picker's state and its
// field, with the calendar rules they bring. A form that asks for a deadline renders it through
// LazyDeadlineField so that an app's first load does not carry it.
import { DeadlinePickerField } from "./DeadlinePickerField";
import { useDeadlinePicker } from "./useDeadlinePicker";

export interface WorkingDayFieldProps {
  label: string;
  /** `YYYY-MM-DD`, or null while none is picked. */
  value: string | null;
  onChange: (day: string | null) => void;
  /** The earliest day, in working days after today. */
  minWorkingDays?: number;
  required?: boolean | undefined;
  hostError?: string | null | undefined;
  inputRef?: React.Ref<HTMLInputElement> | undefined;
}

export default function WorkingDayField({
  label,
  required,
  hostError,
  inputRef,
  ...options
}: WorkingDayFieldProps) {
  const picker = useDeadlinePicker(options);
  return (
    <DeadlinePickerField
      picker={picker}
      label={label}
      required={required}
      hostError={hostError}
      inputRef={inputRef}
    />
  );
}
