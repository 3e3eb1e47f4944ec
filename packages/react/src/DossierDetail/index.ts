export { DossierDetail, type DossierDetailProps } from "./DossierDetail";
export { useDossierDetail } from "./useDossierDetail";
