import { useDossierHistoryQuery, useDossierQuery, useProcedureQuery } from "../internal/dossier/queries";

/**
 * Headless connected data of a dossier page: the dossier, its history and its procedure's cases, each with its
 * own loading and error state (a failed history does not hide the actions). `notFound` for a 404 or 403.
 */
export function useDossierDetail(code: string) {
  const dossier = useDossierQuery(code, "DossierDetail");
  const history = useDossierHistoryQuery(code, "DossierDetail");
  const procedure = useProcedureQuery(dossier.data?.procedureCode ?? "", "DossierDetail");
  // Read by shape, so the client's error classes are not bundled.
  const status = (dossier.error as { status?: unknown } | null)?.status;
  const notFound = status === 404 || status === 403 || status === 410;
  return { dossier, history, procedure, notFound };
}
