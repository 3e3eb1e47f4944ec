export { createRandom, type Random } from "./random";
export { type Sandbox, type SandboxOptions, startSandbox } from "./sandbox/server";
