export { Decision766Summary, type Decision766SummaryProps } from "./Decision766Summary";
export { decision766Messages } from "./messages";
export { useDecision766Report } from "./useDecision766Report";
export { type Decision766Data, type Decision766Row, useDecision766Summary } from "./useDecision766Summary";
