export { DueDateExplanation, type DueDateExplanationProps } from "./DueDateExplanation";
export {
  type DueExplanationDossier,
  type DueExplanationInput,
  type DueExplanationResult,
  explainDossierDue,
  useDueDateExplanation,
} from "./useDueDateExplanation";
