export {
  deadlineInstant,
  type PickerDay,
  parseTypedDate,
  type TypedDate,
} from "../internal/deadlinePicker/model";
export {
  type DeadlinePickerState,
  type PickerError,
  type UseDeadlinePickerOptions,
  useDeadlinePicker,
} from "../internal/deadlinePicker/useDeadlinePicker";
