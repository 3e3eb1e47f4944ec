/**
 * Thrown when a seed generator is given input it cannot honour (an empty window, a malformed code…).
 * `parameter` names the offending option; messages never echo personal data.
 */
export class SeedInputError extends Error {
  override readonly name = "SeedInputError";
  readonly parameter: string;

  constructor(parameter: string, message: string) {
    super(`${parameter}: ${message}`);
    this.parameter = parameter;
  }
}
