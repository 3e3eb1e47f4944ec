// Linear scales and "nice" axis ticks (1, 2, 2.5, 5 × 10^n), enough for the widgets' line and bar charts.

export interface Domain {
  readonly min: number;
  readonly max: number;
  /** Tick values from min to max (inclusive), evenly spaced. */
  readonly ticks: readonly number[];
}

function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * A domain covering every finite value, widened to nice ticks (about `tickCount` of them). A single value (or all
 * equal) gets a band around it; no value at all gives 0–1. Values ≥ 0 keep the axis from dipping below 0.
 */
export function niceDomain(values: readonly number[], tickCount = 4): Domain {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return { min: 0, max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] };
  let low = Math.min(...finite);
  let high = Math.max(...finite);
  if (low === high) {
    const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
    low -= pad;
    high += pad;
  }
  if (Math.min(...finite) >= 0 && low < 0) low = 0;
  const step = niceStep(high - low, tickCount);
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  // Rounded to the step's precision so 0.1 + 0.2 does not print as 0.30000000000000004.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  for (let tick = min; tick <= max + step / 2; tick += step) ticks.push(Number(tick.toFixed(digits)));
  return { min, max, ticks };
}

/** Maps [d0, d1] onto [r0, r1]; a zero-width domain maps everything to the middle of the range. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

/** Indices of the labels to show on an axis of `count` items, at most `max` of them, always the last. */
export function labelIndices(count: number, max: number): number[] {
  if (count <= 0) return [];
  if (count <= max) return Array.from({ length: count }, (_, index) => index);
  const every = Math.ceil(count / Math.max(1, max));
  const indices: number[] = [];
  for (let index = count - 1; index >= 0; index -= every) indices.unshift(index);
  return indices;
}

/**
 * SVG path data for a line through the points, broken where a value is missing (a gap, never a line drawn
 * through a period without data).
 */
export function linePath(points: readonly (readonly [number, number] | null)[]): string {
  let path = "";
  let open = false;
  for (const point of points) {
    if (!point) {
      open = false;
      continue;
    }
    path += `${open ? "L" : "M"}${round(point[0])},${round(point[1])}`;
    open = true;
  }
  return path;
}

const round = (value: number) => Math.round(value * 100) / 100;
