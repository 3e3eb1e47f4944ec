import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The chart tokens must stay readable in both themes: lines, marks and fills 3:1 against the backgrounds they
// are drawn on (WCAG 2.2 SC 1.4.11), axis text 4.5:1 (SC 1.4.3).
const css = readFileSync(path.join(__dirname, "../../styles/tokens.css"), "utf8");

function block(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  const body = css.slice(css.indexOf("{", start) + 1, css.indexOf("}", start));
  return Object.fromEntries(
    [...body.matchAll(/(--cqs-[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2]]),
  );
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((index) => {
    const channel = Number.parseInt(hex.slice(index, index + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

const light = block(':where(:root, [data-cqs-theme="light"])');
const dark = { ...light, ...block('[data-cqs-theme="dark"]') };
const graphics = ["line", "target", "early", "on-time", "late", "bar"].map((name) => `--cqs-chart-${name}`);

describe.each([
  ["light", light],
  ["dark", dark],
])("chart tokens, %s theme", (_theme, tokens) => {
  it("are all defined", () => {
    for (const name of [
      ...graphics,
      "--cqs-chart-axis",
      "--cqs-chart-grid",
      "--cqs-chart-track",
      "--cqs-chart-mark",
    ])
      expect(tokens[name], name).toMatch(/^#/);
  });

  it.each(["--cqs-color-bg", "--cqs-color-surface", "--cqs-color-surface-raised"])(
    "contrast with %s",
    (background) => {
      const bg = tokens[background] as string;
      for (const name of graphics)
        expect(contrast(tokens[name] as string, bg), `${name} on ${background}`).toBeGreaterThanOrEqual(3);
      expect(contrast(tokens["--cqs-chart-axis"] as string, bg)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it("keep the pattern marks visible on every segment fill", () => {
    for (const name of ["early", "on-time", "late"]) {
      const fill = tokens[`--cqs-chart-${name}`] as string;
      expect(contrast(tokens["--cqs-chart-mark"] as string, fill), name).toBeGreaterThanOrEqual(3);
    }
  });
});
