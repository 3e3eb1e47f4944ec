export {
  type DossierActionsOutcome,
  type DossierActionsState,
  type UseDossierActionsOptions,
  useDossierActions,
} from "../internal/dossier/useDossierActions";
