import { linearScale, linePath, niceDomain } from "./scale";

export interface SparklineProps {
  /** Values oldest first; `null` leaves a gap. */
  values: readonly (number | null)[];
  /** Drawn as a dashed line when given. */
  target?: number | null | undefined;
  width?: number;
  height?: number;
  className?: string | undefined;
}

/**
 * A small trend line with its last point marked and the target dashed. Decorative to assistive technology
 * (`aria-hidden`): the widget that shows it states the same in words.
 */
export function Sparkline({ values, target = null, width = 120, height = 32, className }: SparklineProps) {
  const finite = values.filter((value): value is number => value !== null && Number.isFinite(value));
  const domain = niceDomain(target === null ? finite : [...finite, target], 2);
  const x = linearScale(0, Math.max(1, values.length - 1), 2, width - 4);
  const y = linearScale(domain.min, domain.max, height - 3, 3);
  const points = values.map((value, index) =>
    value === null || !Number.isFinite(value) ? null : ([x(index), y(value)] as const),
  );
  const last = [...points].reverse().find((point) => point !== null);
  return (
    <svg
      className={className ? `cqs-sparkline ${className}` : "cqs-sparkline"}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      {target !== null && Number.isFinite(target) ? (
        <line className="cqs-chart__target" x1={0} x2={width} y1={y(target)} y2={y(target)} />
      ) : null}
      <path className="cqs-chart__line" d={linePath(points)} />
      {last ? <circle className="cqs-chart__point" cx={last[0]} cy={last[1]} r={2.5} /> : null}
    </svg>
  );
}
