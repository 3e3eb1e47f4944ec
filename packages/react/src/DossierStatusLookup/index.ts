export { DossierStatusLookup } from "./DossierStatusLookup";
export { statusLookupMessages } from "./messages";
export type { DossierPublicStatus, DossierStatusLookupProps, PublicStatusView } from "./types";
export { LOOKUP_PIN, lookupInputProblems, publicStatusView } from "./useDossierStatusLookup";
