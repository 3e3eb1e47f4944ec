import type { Polarity } from "../charts";

const POLARITIES: readonly string[] = ["higher_is_better", "lower_is_better", "neutral"];

/**
 * The polarity an indicator's contract `direction` stands for. A value this version does not know (a newer
 * server) or none at all (an older one) is `neutral`: movement is shown, never judged good or bad by guess.
 */
export function polarityOf(direction: unknown): Polarity {
  return typeof direction === "string" && POLARITIES.includes(direction)
    ? (direction as Polarity)
    : "neutral";
}
