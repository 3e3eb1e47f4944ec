// Moved to internal/errors.ts (DossierPayments and DossierStatusLookup classify errors the same way).
export {
  classifyError,
  type WidgetError as ThreadError,
  type WidgetErrorKind as ThreadErrorKind,
} from "../internal/errors";
