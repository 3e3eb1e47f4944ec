import { PatternDefs, type PatternKind, patternId } from "./patterns";

export interface StackedBarSegment {
  key: string;
  value: number;
  kind: PatternKind;
  /** Token suffix of the segment's colour: `early` → --cqs-chart-early. */
  tone: string;
}

export interface StackedBarProps {
  segments: readonly StackedBarSegment[];
  /** Unique per chart (pattern ids). */
  idPrefix: string;
  height?: number;
  className?: string | undefined;
}

/**
 * One horizontal bar split into segments proportional to their values, each filled with its own pattern.
 * Decorative (`aria-hidden`): the widget lists the same numbers as text. Nothing is drawn for a total of 0.
 */
export function StackedBar({ segments, idPrefix, height = 16, className }: StackedBarProps) {
  const total = segments.reduce((sum, segment) => sum + Math.max(0, segment.value), 0);
  let offset = 0;
  return (
    <svg
      className={className ? `cqs-stacked-bar ${className}` : "cqs-stacked-bar"}
      width="100%"
      height={height}
      aria-hidden="true"
      focusable="false"
    >
      <PatternDefs prefix={idPrefix} kinds={segments} />
      <rect className="cqs-chart__track" width="100%" height={height} rx={3} />
      {total > 0
        ? segments.map((segment) => {
            const share = (Math.max(0, segment.value) / total) * 100;
            const x = offset;
            offset += share;
            if (share === 0) return null;
            return (
              <rect
                key={segment.key}
                data-segment={segment.key}
                x={`${x}%`}
                width={`${share}%`}
                height={height}
                fill={`url(#${patternId(idPrefix, segment.kind, segment.tone)})`}
                className="cqs-chart__segment"
              />
            );
          })
        : null}
    </svg>
  );
}
