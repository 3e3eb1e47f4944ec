/**
 * Thrown by `createDataset`, `createStore`, `createHandlers` and `startSandbox` for an option they cannot honour
 * (a size out of range, a malformed agency code, an unknown scenario…). `option` names the option at fault;
 * messages never echo personal data.
 */
export class MockOptionsError extends Error {
  override readonly name = "MockOptionsError";
  readonly option: string;

  constructor(option: string, message: string) {
    super(`${option}: ${message}`);
    this.option = option;
  }
}
