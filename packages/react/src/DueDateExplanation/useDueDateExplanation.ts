export {
  type DueExplanationDossier,
  type DueExplanationInput,
  type DueExplanationResult,
  explainDossierDue,
  useDueDateExplanation,
} from "../internal/dossier/dueExplanation";
