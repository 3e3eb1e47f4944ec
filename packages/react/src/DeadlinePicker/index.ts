export { DeadlinePicker, type DeadlinePickerProps } from "./DeadlinePicker";
export {
  type DeadlinePickerState,
  deadlineInstant,
  type PickerDay,
  type PickerError,
  parseTypedDate,
  type TypedDate,
  type UseDeadlinePickerOptions,
  useDeadlinePicker,
} from "./useDeadlinePicker";
