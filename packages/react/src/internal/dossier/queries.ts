// Connected data of the dossier detail widgets: TanStack queries built from the client's option factories, on the
// provider's QueryClient, so a transition anywhere (queue, actions) refreshes them through the `dossiers` key.
import { useQuery } from "@tanstack/react-query";
import { useConnection } from "../../provider/hooks";

/** One dossier (`dossiers.get`); idle while `code` is empty. */
export function useDossierQuery(code: string, caller = "useDossierQuery") {
  const { queries, queryClient } = useConnection(caller);
  return useQuery({ ...queries.dossiers.get(code), enabled: code !== "" }, queryClient);
}

/** A dossier's processing history (`dossiers.history`); idle while `code` is empty. */
export function useDossierHistoryQuery(code: string, caller = "useDossierHistoryQuery") {
  const { queries, queryClient } = useConnection(caller);
  return useQuery({ ...queries.dossiers.history(code), enabled: code !== "" }, queryClient);
}

/** A procedure with its cases (`procedures.get`); idle while `procedureCode` is empty. */
export function useProcedureQuery(procedureCode: string, caller = "useProcedureQuery") {
  const { queries, queryClient } = useConnection(caller);
  return useQuery({ ...queries.procedures.get(procedureCode), enabled: procedureCode !== "" }, queryClient);
}

/** A dossier's payment requests (`dossiers.listPaymentRequests`); idle unless `enabled` and `code` is set. */
export function usePaymentRequestsQuery(code: string, enabled: boolean, caller = "usePaymentRequestsQuery") {
  const { queries, queryClient } = useConnection(caller);
  return useQuery(
    { ...queries.dossiers.listPaymentRequests(code), enabled: enabled && code !== "" },
    queryClient,
  );
}
