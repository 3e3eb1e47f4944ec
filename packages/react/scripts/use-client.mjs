// After tsup: marks the client entries and checks the server entry, the two halves of React Server Components
// support (README "Frameworks").
// 1. Puts the "use client" directive first in every client entry file (ESM and CommonJS). esbuild drops
//    directives from the sources, and tsup's CommonJS output starts with its own "use strict" and
//    `Object.defineProperty(exports, "__esModule", …)`, after which a banner would no longer be a directive.
//    Only the entries are marked: they are the client boundary, the chunks they import are client code through
//    them. Source maps shift by one line.
//    Bare imports of shared chunks (`import "./chunk-X.js";`, which esbuild keeps to preserve evaluation order)
//    are blanked in the ESM entries: the package declares its JavaScript free of side effects, so a host's
//    esbuild (Vite's dependency optimiser) would drop them anyway, with an "ignored-bare-import" warning per line.
//    Blanked, not removed, so the source maps keep their lines.
// 2. Checks that dist/server.js (for server components) is unmarked, self-contained, imports only what a React
//    Server Component may load, and nothing React's server build lacks (no createContext, useState, …).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIRECTIVE = '"use client";';
const SERVER_IMPORTS = ["react", "react/jsx-runtime", "@chinhquyenso/core", "@chinhquyenso/client/query"];

const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const clientEntries = Object.entries(manifest.exports)
  .filter(([subpath, target]) => typeof target === "object" && subpath !== "./server")
  .map(([subpath]) => (subpath === "." ? "index" : subpath.slice(2)));
const read = (file) => {
  if (!existsSync(file))
    throw new Error(`use-client: ${path.relative(root, file)} is missing (run tsup first)`);
  return readFileSync(file, "utf8");
};

let marked = 0;
for (const name of clientEntries) {
  for (const extension of [".js", ".cjs"]) {
    const file = path.join(root, "dist", `${name}${extension}`);
    const built = read(file);
    if (built.startsWith(DIRECTIVE)) continue;
    const code = extension === ".js" ? built.replace(/^import "\.\/chunk-[\w-]+\.js";$/gm, "") : built;
    writeFileSync(file, `${DIRECTIVE}\n${code}`);
    const mapFile = `${file}.map`;
    if (existsSync(mapFile)) {
      const map = JSON.parse(readFileSync(mapFile, "utf8"));
      map.mappings = `;${map.mappings}`;
      writeFileSync(mapFile, JSON.stringify(map));
    }
    marked += 1;
  }
}

const server = read(path.join(root, "dist/server.js"));
const problems = [];
if (server.includes("use client")) problems.push('it contains "use client"');
const reactDir = path.dirname(createRequire(import.meta.url).resolve("react/package.json"));
const serverReact = new Set(
  Object.keys(createRequire(import.meta.url)(path.join(reactDir, "react.react-server.js"))),
);
for (const [, names, source] of server.matchAll(
  /^import\s+(?:\{([^}]*)\}\s+from\s+|[^"']*from\s+)?["']([^"']+)["']/gm,
)) {
  if (!SERVER_IMPORTS.includes(source)) problems.push(`it imports "${source}"`);
  if (source !== "react" || !names) continue;
  for (const name of names.split(",").map((item) => item.trim().split(/\s+as\s+/)[0])) {
    if (name && !serverReact.has(name))
      problems.push(`it imports ${name} from react, which server components lack`);
  }
}
if (problems.length > 0)
  throw new Error(`use-client: dist/server.js is not safe in a server component: ${problems.join("; ")}`);
console.log(
  `use-client: ${marked} client entry files marked; dist/server.js imports only what server components have`,
);
