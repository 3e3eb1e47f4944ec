// The bulk form's supplement deadline on the working calendar. Loaded on demand (BulkBar's `React.lazy`): the
// picker and the calendar rules it brings are a quarter of the queue's code and only officers requesting a
// supplement ever open it.
import { DeadlinePickerField } from "../internal/deadlinePicker/DeadlinePickerField";
import { useDeadlinePicker } from "../internal/deadlinePicker/useDeadlinePicker";

export interface SupplementDeadlineProps {
  label: string;
  /** `YYYY-MM-DD`, or "" while none is picked. */
  value: string;
  onChange: (day: string) => void;
  error: string | null;
}

/** A working day, one working day after today at the earliest. */
export default function SupplementDeadline({ label, value, onChange, error }: SupplementDeadlineProps) {
  const picker = useDeadlinePicker({
    value: value === "" ? null : value,
    onChange: (day) => onChange(day ?? ""),
    minWorkingDays: 1,
  });
  return (
    <div className="cqs-queue__field">
      <DeadlinePickerField picker={picker} label={label} required hostError={error} />
    </div>
  );
}
