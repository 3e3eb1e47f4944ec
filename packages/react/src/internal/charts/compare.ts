// How a value moved since the previous period and how it stands against its target. Whether "up" is good is
// not in the contract: it is the caller's `polarity`, and without one nothing is judged good or bad.

/** Which way is better for an indicator; `neutral` (the default) shows movement without judging it. */
export type Polarity = "higher_is_better" | "lower_is_better" | "neutral";
export type Direction = "up" | "down" | "flat";
export type Sentiment = "good" | "bad" | "neutral";

export interface Change {
  readonly direction: Direction;
  /** current − previous. */
  readonly absolute: number;
  /** (current − previous) / |previous|; null when the previous value is 0 (no ratio to a zero). */
  readonly relative: number | null;
  readonly sentiment: Sentiment;
}

function judge(direction: Direction, polarity: Polarity): Sentiment {
  if (direction === "flat" || polarity === "neutral") return "neutral";
  const better = polarity === "higher_is_better" ? "up" : "down";
  return direction === better ? "good" : "bad";
}

/** The change from `previous` to `current`; null when either is missing. */
export function changeBetween(
  current: number | null,
  previous: number | null,
  polarity: Polarity = "neutral",
): Change | null {
  if (current === null || previous === null) return null;
  const absolute = current - previous;
  // Values are shown with a few decimals: a difference below that is no movement.
  const direction: Direction = Math.abs(absolute) < 1e-9 ? "flat" : absolute > 0 ? "up" : "down";
  const relative = previous === 0 ? null : absolute / Math.abs(previous);
  return { direction, absolute, relative, sentiment: judge(direction, polarity) };
}

export interface TargetStanding {
  readonly polarity: Polarity;
  /** value / target; null when the target is 0 or negative (no meaningful ratio). */
  readonly ratio: number | null;
  /** Whether the target is met; null when `polarity` is neutral (not judged). */
  readonly met: boolean | null;
  readonly sentiment: Sentiment;
}

/** How `value` stands against `target`; null when either is missing. */
export function targetStanding(
  value: number | null,
  target: number | null,
  polarity: Polarity = "neutral",
): TargetStanding | null {
  if (value === null || target === null) return null;
  const ratio = target > 0 ? value / target : null;
  if (polarity === "neutral") return { polarity, ratio, met: null, sentiment: "neutral" };
  const met = polarity === "higher_is_better" ? value >= target : value <= target;
  return { polarity, ratio, met, sentiment: met ? "good" : "bad" };
}
