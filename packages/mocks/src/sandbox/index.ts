// @chinhquyenso/mocks/sandbox — Node only: the msw handlers of the main entry served over real HTTP.
export type { Fault, FaultCounts, FaultOptions } from "./faults";
export { NONCONFORMING_MODES, type NonconformingMode } from "./nonconforming";
export { type Sandbox, type SandboxOptions, startSandbox } from "./server";
