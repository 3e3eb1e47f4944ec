// The classification of failed calls is shared by every widget that writes (internal/errors.ts); the thread keeps
// publishing its types under their names.
export {
  classifyError,
  type WidgetError as ThreadError,
  type WidgetErrorKind as ThreadErrorKind,
} from "../internal/errors";
