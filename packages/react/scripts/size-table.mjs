// Writes the README's size table from size-limit's own measurement, so the figures a reader sees are the ones
// `check:package` enforces. Run after the package build:
//   pnpm --filter @chinhquyenso/react build && node packages/react/scripts/size-table.mjs
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const readmePath = path.join(packageDir, "README.md");
const START = "<!-- sizes:start (scripts/size-table.mjs writes this table) -->";
const END = "<!-- sizes:end -->";

const limits = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8"))["size-limit"];
const results = JSON.parse(
  execFileSync("pnpm", ["exec", "size-limit", "--json"], {
    cwd: packageDir,
    encoding: "utf8",
    // esbuild warns about the chunks' bare ordering imports on stderr; the JSON is on stdout.
    stdio: ["ignore", "pipe", "ignore"],
    maxBuffer: 1 << 24,
  }),
);
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const rows = results.map((result, index) => {
  const entry = limits[index];
  // A `config` entry sets its own entry point; its name starts with the widget it measures.
  const what = `\`${entry.import ?? `{ ${entry.name.split(" ")[0]} }`}\``;
  return `| ${what} | ${result.name} | ${kB(result.size)} | ${entry.limit} |`;
});
const table = [
  START,
  "",
  `Measured ${new Date().toISOString().slice(0, 10)} by size-limit (minified, gzipped; React external in every row).`,
  "",
  "| import | what is counted | size | limit |",
  "|---|---|---:|---:|",
  ...rows,
  "",
  END,
].join("\n");

const readme = readFileSync(readmePath, "utf8");
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} block`);
writeFileSync(readmePath, readme.slice(0, start) + table + readme.slice(end + END.length));
console.log(`README.md: ${rows.length} size rows`);
