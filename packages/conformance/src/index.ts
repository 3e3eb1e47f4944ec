export { type CommandIo, EXIT, runCommand } from "./command";
export { CannotRunError } from "./errors";
export type { Exchange } from "./http";
export { toJUnit } from "./report/junit";
export { toMarkdown } from "./report/markdown";
export type { Terminal } from "./report/progress";
export { writeReports } from "./report/write";
export type { CaseResult, Outcome, Rule, RuleResult, WebhookSettings } from "./rule";
export { RULES } from "./rules/index";
export {
  type ConformanceOptions,
  type ConformanceReport,
  conforms,
  type ProgressEvent,
  runConformance,
  selectRules,
} from "./run";
export { PRINCIPALS, type PrincipalName, parseTokens, type TokensFile } from "./tokens";
export { type ContractValidator, createContractValidator, type ResponseToCheck } from "./validator";
