// Where the bytes of `import { SigningPrompt }` go (README "Size"): the widget bundled from source the way
// size-limit does (esbuild, minified, gzip -9, react external), then again without each part; the difference
// is what that part costs. Run from the repository root: node packages/react/scripts/signing-size-breakdown.mjs
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const here = path.dirname(fileURLToPath(import.meta.url));
const packageRoot = path.resolve(here, "..");
// esbuild comes with tsup (a devDependency of the package).
const require = createRequire(createRequire(path.join(packageRoot, "package.json")).resolve("tsup"));
const { build } = require("esbuild");

const stub = (name, filter, contents) => ({
  name,
  setup(builder) {
    builder.onLoad({ filter }, () => ({ contents, loader: "ts" }));
  },
});

async function gzipped(name, { external = [], plugins = [] } = {}) {
  const result = await build({
    stdin: { contents: `export { ${name} } from "./src/index.ts";`, resolveDir: packageRoot, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    jsx: "automatic",
    platform: "browser",
    external: ["react", "react-dom", "react/jsx-runtime", ...external],
    loader: { ".css": "empty" },
    plugins,
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

const whole = await gzipped("SigningPrompt");
const parts = [
  ["Radix Dialog + AlertDialog (with react-remove-scroll, focus scope…)", { external: ["@radix-ui/*"] }],
  [
    "@chinhquyenso/core (labels, date formatting, the default calendar)",
    { external: ["@chinhquyenso/core"] },
  ],
  [
    "the provider's default working calendar, reached through useChinhQuyenSoSettings()",
    {
      plugins: [
        stub("calendar", /provider\/calendar\.ts$/, "export const defaultWidgetCalendar = () => undefined"),
      ],
    },
  ],
  [
    "messages (vi + en)",
    {
      plugins: [
        stub("messages", /SigningPrompt\/messages\.ts$/, "export const signingMessages = { vi: {}, en: {} }"),
      ],
    },
  ],
];
const print = (line) => process.stdout.write(`${line}\n`);
print(`| part | gzip bytes |\n|---|---:|\n| whole widget | ${whole} |`);
for (const [label, options] of parts)
  print(`| ${label} | ${whole - (await gzipped("SigningPrompt", options))} |`);
print(`| for comparison: import { TimelinessBadge } | ${await gzipped("TimelinessBadge")} |`);
