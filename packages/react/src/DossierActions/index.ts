export { DossierActions, type DossierActionsProps } from "./DossierActions";
export {
  type DossierActionsOutcome,
  type DossierActionsState,
  type UseDossierActionsOptions,
  useDossierActions,
} from "./useDossierActions";
