// Fills that tell series and segments apart without colour: solid, diagonal hatching and dots. Colours come
// from the --cqs-chart-* tokens through the classes in charts.css.

export type PatternKind = "solid" | "hatch" | "dots";

/** `<defs>` with one pattern per kind, ids `${prefix}-solid`, `${prefix}-hatch`, `${prefix}-dots`. */
export function PatternDefs({ prefix, kinds }: { prefix: string; kinds: readonly PatternKindClass[] }) {
  return (
    <defs>
      {kinds.map(({ kind, tone }) => (
        <pattern
          key={`${kind}-${tone}`}
          id={patternId(prefix, kind, tone)}
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
        >
          <rect className={`cqs-chart__fill cqs-chart__fill--${tone}`} width={6} height={6} />
          {kind === "hatch" ? (
            <path
              className={`cqs-chart__mark cqs-chart__mark--${tone}`}
              d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2"
            />
          ) : null}
          {kind === "dots" ? (
            <circle className={`cqs-chart__dot cqs-chart__dot--${tone}`} cx={3} cy={3} r={1.3} />
          ) : null}
        </pattern>
      ))}
    </defs>
  );
}

export interface PatternKindClass {
  kind: PatternKind;
  /** Colour family of the fill: a token suffix (`early`, `on-time`, `late`, `bar`). */
  tone: string;
}

export function patternId(prefix: string, kind: PatternKind, tone: string): string {
  return `${prefix}-${kind}-${tone}`;
}

/** A legend swatch drawing the same pattern as the chart (decorative: the legend text names it). */
export function PatternSwatch({ prefix, kind, tone }: { prefix: string } & PatternKindClass) {
  // Its own ids: the chart's pattern of the same kind may be elsewhere in the page.
  const own = `${prefix}-swatch`;
  return (
    <svg className="cqs-chart__swatch" width={14} height={14} aria-hidden="true" focusable="false">
      <PatternDefs prefix={own} kinds={[{ kind, tone }]} />
      <rect
        width={14}
        height={14}
        rx={2}
        fill={`url(#${patternId(own, kind, tone)})`}
        className="cqs-chart__swatch-edge"
      />
    </svg>
  );
}
