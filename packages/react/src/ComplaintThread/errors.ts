// ComplaintThread reads errors with the shared classifier (react/src/internal/problem.ts), under its own names.
export {
  type ClassifiedProblem as ThreadError,
  classifyProblem as classifyError,
  type ProblemKind as ThreadErrorKind,
} from "../internal/problem";
