// What the insight widgets weigh, and where the bytes go: each widget's import from the built package, then the
// same bundle without one of its parts (React external, esbuild minify + gzip -9, as size-limit measures).
// Run after `pnpm --filter @chinhquyenso/react build`:
//   node packages/react/scripts/insights-size.mjs
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// esbuild comes with tsup (and size-limit's preset); resolve it from there.
const requireFromTsup = createRequire(createRequire(path.join(root, "package.json")).resolve("tsup"));
const { build } = requireFromTsup("esbuild");

const EXTERNAL = ["react", "react-dom", "react/jsx-runtime"];

async function gzipSize(contents, { stub = [], loader = "js" } = {}) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader },
    jsx: "automatic",
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    external: EXTERNAL,
    logLevel: "silent",
    plugins: [
      {
        name: "stub",
        setup(builder) {
          for (const module of stub) {
            const filter = new RegExp(`^${module.replace(/[/.]/g, (c) => `\\${c}`)}$`);
            builder.onResolve({ filter }, () => ({ path: module, namespace: "stub" }));
          }
          builder.onLoad({ filter: /.*/, namespace: "stub" }, () => ({
            contents: "export const Root=()=>null,List=()=>null,Trigger=()=>null,Content=()=>null;",
          }));
        },
      },
    ],
  });
  const code = result.outputFiles[0].contents;
  return gzipSync(code, { level: 9 }).length;
}

const entry = path.join(root, "dist/index.js");
const use = (names) => `import { ${names} } from ${JSON.stringify(entry)}; console.log(${names});`;

const rows = [];
for (const widget of ["IndicatorCard", "IndicatorTrend", "OnTimeRate", "Decision766Summary", "NewsFeed"]) {
  rows.push([`{ ${widget} }`, await gzipSize(use(widget))]);
}
rows.push([
  "all five",
  await gzipSize(use("IndicatorCard, IndicatorTrend, OnTimeRate, Decision766Summary, NewsFeed")),
]);

// The parts: the Radix Tabs behaviour in NewsFeed (a difference: the same bundle with Tabs stubbed out), and the
// hand-written SVG chart primitives on their own, from source.
const feed = await gzipSize(use("NewsFeed"));
const feedNoTabs = await gzipSize(use("NewsFeed"), { stub: ["@radix-ui/react-tabs"] });
rows.push(["@radix-ui/react-tabs inside { NewsFeed }", feed - feedNoTabs]);
const source = (file, names) =>
  `import { ${names} } from ${JSON.stringify(path.join(root, "src/internal/charts", file))}; console.log(${names});`;
const primitives = [
  ["chart primitive `Sparkline` (+ scales)", source("Sparkline.tsx", "Sparkline")],
  ["chart primitive `SeriesChart` (+ scales)", source("SeriesChart.tsx", "SeriesChart")],
  ["chart primitive `StackedBar` (+ patterns)", source("StackedBar.tsx", "StackedBar")],
];
for (const [name, contents] of primitives) rows.push([name, await gzipSize(contents, { loader: "tsx" })]);
const all = `${source("Sparkline.tsx", "Sparkline")}${source("SeriesChart.tsx", "SeriesChart")}${source("StackedBar.tsx", "StackedBar")}${source("patterns.tsx", "PatternSwatch")}`;
rows.push(["all chart primitives together", await gzipSize(all, { loader: "tsx" })]);

console.log("| import | bytes (min+gz) |\n|---|---:|");
for (const [name, bytes] of rows) console.log(`| ${name} | ${bytes} |`);
