import type { HTMLAttributes, PointerEvent } from "react";
import { labelIndices, linearScale, linePath, niceDomain } from "./scale";

export interface SeriesChartPoint {
  period: string;
  value: number | null;
  target: number | null;
}

export interface SeriesChartProps extends Omit<HTMLAttributes<HTMLDivElement>, "children"> {
  points: readonly SeriesChartPoint[];
  width: number;
  height: number;
  /** The point whose tooltip shows (keyboard or pointer); null: none. */
  activeIndex: number | null;
  formatValue: (value: number) => string;
  /** Short period label for the x axis. */
  formatAxisPeriod: (period: string) => string;
  /** Tooltip lines of a point (also what the live region reads). */
  describePoint: (index: number) => readonly string[];
  /** Pointer over the plot: the nearest point index (or null when it leaves). */
  onPointerIndex: (index: number | null) => void;
}

const MARGIN = { top: 12, right: 16, bottom: 28 };

/**
 * A line chart of a time series with its target dashed, gaps where a value is missing, y ticks, a few x labels
 * and a tooltip on the active point. The wrapper takes the focus and key handlers of `useIndicatorTrend`.
 */
export function SeriesChart({
  points,
  width,
  height,
  activeIndex,
  formatValue,
  formatAxisPeriod,
  describePoint,
  onPointerIndex,
  className,
  ...wrapper
}: SeriesChartProps) {
  const values = points.flatMap((point) => [point.value, point.target]);
  const domain = niceDomain(values.filter((value): value is number => value !== null));
  const tickLabels = domain.ticks.map(formatValue);
  const left = Math.max(32, Math.max(...tickLabels.map((label) => label.length)) * 7 + 10);
  const plotRight = Math.max(left + 10, width - MARGIN.right);
  const x = linearScale(0, Math.max(1, points.length - 1), left, plotRight);
  const y = linearScale(domain.min, domain.max, height - MARGIN.bottom, MARGIN.top);
  const at = (value: number | null, index: number) =>
    value === null ? null : ([x(index), y(value)] as const);
  const valueLine = points.map((point, index) => at(point.value, index));
  const targetLine = points.map((point, index) => at(point.target, index));
  const xLabels = labelIndices(points.length, Math.max(2, Math.floor((plotRight - left) / 72)));
  const active = activeIndex === null ? undefined : points[activeIndex];
  // Markers only while they stay apart; a long series reads better as a line (the active point is still ringed).
  const showMarkers = (plotRight - left) / Math.max(1, points.length - 1) >= 10;

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (points.length === 0) return;
    const box = event.currentTarget.getBoundingClientRect();
    const scale = box.width > 0 ? width / box.width : 1;
    const px = (event.clientX - box.left) * scale;
    const step = points.length > 1 ? (plotRight - left) / (points.length - 1) : 1;
    const index = Math.round((px - left) / step);
    onPointerIndex(Math.min(points.length - 1, Math.max(0, index)));
  };

  const tooltipX = activeIndex === null ? 0 : x(activeIndex);
  return (
    <div {...wrapper} className={className ? `cqs-series-chart ${className}` : "cqs-series-chart"}>
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        aria-hidden="true"
        focusable="false"
        onPointerMove={onPointerMove}
        onPointerLeave={() => onPointerIndex(null)}
      >
        <g className="cqs-chart__grid">
          {domain.ticks.map((tick, index) => (
            <g key={tick}>
              <line x1={left} x2={plotRight} y1={y(tick)} y2={y(tick)} />
              <text className="cqs-chart__axis-label" x={left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
                {tickLabels[index]}
              </text>
            </g>
          ))}
        </g>
        <g>
          {xLabels.map((index) => (
            <text
              key={index}
              className="cqs-chart__axis-label"
              x={x(index)}
              y={height - 8}
              textAnchor={index === points.length - 1 && points.length > 1 ? "end" : "middle"}
            >
              {formatAxisPeriod((points[index] as SeriesChartPoint).period)}
            </text>
          ))}
        </g>
        <path className="cqs-chart__target" d={linePath(targetLine)} />
        <path className="cqs-chart__line" d={linePath(valueLine)} />
        {valueLine.map((point, index) =>
          point && showMarkers ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: points are positional (one per period)
            <circle key={index} className="cqs-chart__point" cx={point[0]} cy={point[1]} r={3} />
          ) : null,
        )}
        {active && activeIndex !== null ? (
          <g className="cqs-chart__active">
            <line x1={tooltipX} x2={tooltipX} y1={MARGIN.top} y2={height - MARGIN.bottom} />
            {active.value !== null ? <circle cx={tooltipX} cy={y(active.value)} r={5.5} /> : null}
          </g>
        ) : null}
      </svg>
      {active && activeIndex !== null ? (
        <div
          className="cqs-series-chart__tooltip"
          aria-hidden="true"
          data-side={tooltipX > width / 2 ? "left" : "right"}
          style={{
            left: tooltipX > width / 2 ? undefined : tooltipX + 10,
            right: tooltipX > width / 2 ? width - tooltipX + 10 : undefined,
          }}
        >
          {describePoint(activeIndex).map((line) => (
            <span key={line}>{line}</span>
          ))}
        </div>
      ) : null}
    </div>
  );
}
