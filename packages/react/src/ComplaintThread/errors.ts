// The classification of failed calls is shared by every widget that writes (internal/writeErrors.ts); the thread
// keeps publishing its types under their names.
export { classifyError, type ThreadError, type ThreadErrorKind } from "../internal/writeErrors";
