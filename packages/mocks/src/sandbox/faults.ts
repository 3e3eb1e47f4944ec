// Fault injection for the sandbox: a share of API requests fails, half with a 5xx problem and half with a
// dropped connection, each either before the handler runs or after it has applied the write (the case that
// makes idempotency keys necessary).
import { MockOptionsError } from "../errors";
import { createRandom, type Random } from "../random";

export type Fault = "none" | "error_before" | "error_after" | "drop_before" | "drop_after";

export interface FaultOptions {
  /** Share of API requests that fail, 0–1 (default 0). */
  readonly errorRate?: number;
  /** Added to every API request, in ms: a fixed value or a [min, max] range (default 0). */
  readonly latency?: number | readonly [number, number];
  /** Seed of the fault draws (default: the data set's seed). */
  readonly seed?: number;
}

export interface FaultCounts {
  requests: number;
  error_before: number;
  error_after: number;
  drop_before: number;
  drop_after: number;
}

const ERROR_STATUSES = [500, 502, 503, 504] as const;

export class FaultInjector {
  readonly counts: FaultCounts = {
    requests: 0,
    error_before: 0,
    error_after: 0,
    drop_before: 0,
    drop_after: 0,
  };
  #random: Random;
  #errorRate = 0;
  #latency: readonly [number, number] = [0, 0];

  constructor(options: FaultOptions, seed: number) {
    this.#random = createRandom(options.seed ?? seed);
    this.configure(options);
  }

  configure(options: FaultOptions): void {
    const rate = options.errorRate ?? 0;
    if (!(rate >= 0 && rate <= 1))
      throw new MockOptionsError("errorRate", `must be between 0 and 1, got ${String(rate)}`);
    const latency = options.latency ?? 0;
    const range: readonly [number, number] = typeof latency === "number" ? [latency, latency] : latency;
    if (!(range[0] >= 0 && range[1] >= range[0] && range[1] <= 60_000))
      throw new MockOptionsError("latency", "must be 0–60000 ms, or a range [min, max] within it");
    this.#errorRate = rate;
    this.#latency = range;
    if (options.seed !== undefined) this.#random = createRandom(options.seed);
  }

  draw(): Fault {
    this.counts.requests += 1;
    if (this.#errorRate === 0 || this.#random.next() >= this.#errorRate) return "none";
    const fault: Fault =
      (["error_before", "error_after", "drop_before", "drop_after"] as const)[this.#random.int(0, 3)] ??
      "none";
    if (fault !== "none") this.counts[fault] += 1;
    return fault;
  }

  errorStatus(): number {
    return this.#random.pick(ERROR_STATUSES);
  }

  latencyMs(): number {
    const [min, max] = this.#latency;
    return min === max ? min : min + Math.floor(this.#random.next() * (max - min + 1));
  }
}
