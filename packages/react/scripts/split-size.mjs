// What lazy-loading widgets saves: the same three-widget app (DossierQueue, SigningPrompt, ComplaintThread in a
// provider with TanStack Query) built by Vite for production three ways — every widget imported up front, each
// widget lazy from the main entry, each widget lazy from its own entry (`@chinhquyenso/react/<Widget>`) — with the
// size of what loads first and of what each page adds when its widget is shown (minified; gzip -9 beside it). Run after the package build:
//   pnpm --filter @chinhquyenso/react build && node packages/react/scripts/split-size.mjs
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { build } from "vite";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const WIDGETS = ["DossierQueue", "SigningPrompt", "ComplaintThread"];

const shell = (imports, declarations) => `
import { createClient } from "@chinhquyenso/client";
import { ChinhQuyenSoProvider } from "@chinhquyenso/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createElement as h, Suspense } from "react";
import { createRoot } from "react-dom/client";
${imports}
${declarations}
const client = createClient({ baseUrl: "https://api.example.gov.vn" });
const page = new URLSearchParams(location.search).get("page");
createRoot(document.getElementById("root")).render(
  h(QueryClientProvider, { client: new QueryClient() },
    h(ChinhQuyenSoProvider, { client },
      h(Suspense, { fallback: null },
        page === "queue" ? h(DossierQueue) :
        page === "sign" ? h(SigningPrompt, { documents: [{ id: "d" }] }) :
        h(ComplaintThread, { audience: "staff", feedbackId: "f" })))));
`;

const VARIANTS = {
  "every widget up front (main entry)": shell(
    `import { ${WIDGETS.join(", ")} } from "@chinhquyenso/react";`,
    "",
  ),
  "lazy, from the main entry": shell(
    'import { lazy } from "react";',
    WIDGETS.map(
      (name) =>
        `const ${name} = lazy(() => import("@chinhquyenso/react").then((m) => ({ default: m.${name} })));`,
    ).join("\n"),
  ),
  "lazy, from each widget's entry": shell(
    'import { lazy } from "react";',
    WIDGETS.map(
      (name) =>
        `const ${name} = lazy(() => import("@chinhquyenso/react/${name}").then((m) => ({ default: m.${name} })));`,
    ).join("\n"),
  ),
};

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
// Inside the repository's node_modules, so that the app resolves the workspace's built packages.
const work = path.join(root, "node_modules", ".cache", `cqs-split-size-${process.pid}`);
try {
  console.log(
    `| build | loaded first: min (gzip) | ${WIDGETS.map((w) => `then ${w}`).join(" | ")} |\n|---|---:|${WIDGETS.map(() => "---:").join("|")}|`,
  );
  for (const [name, code] of Object.entries(VARIANTS)) {
    const app = path.join(work, String(Object.keys(VARIANTS).indexOf(name)));
    mkdirSync(app, { recursive: true });
    writeFileSync(
      path.join(app, "index.html"),
      '<div id="root"></div><script type="module" src="/main.js"></script>',
    );
    writeFileSync(path.join(app, "main.js"), code);
    const result = await build({
      root: app,
      configFile: false,
      logLevel: "silent",
      plugins: [react()],
      build: { write: false, reportCompressedSize: false },
    });
    const chunks = (Array.isArray(result) ? result[0] : result).output.filter(
      (item) => item.type === "chunk",
    );
    const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    /** The chunk and every chunk it imports statically. */
    const closure = (chunk, seen = new Set()) => {
      if (seen.has(chunk)) return seen;
      seen.add(chunk);
      for (const file of chunk.imports) closure(byFile.get(file), seen);
      return seen;
    };
    const bytes = (set) => {
      const code = [...set].map((chunk) => chunk.code).join("\n");
      return `${kB(code.length)} (${kB(gzipSync(code, { level: 9 }).length)})`;
    };
    const entry = chunks.find((chunk) => chunk.isEntry);
    const first = closure(entry);
    // What each page adds: the chunk holding the widget's module (lazy builds), and what it imports, beyond the first load.
    const then = WIDGETS.map((widget) => {
      const holder = chunks.find((chunk) =>
        chunk.moduleIds.some((id) => id.endsWith(`/react/dist/${widget}.js`)),
      );
      if (!holder || first.has(holder)) return "—";
      return bytes(new Set([...closure(holder)].filter((chunk) => !first.has(chunk))));
    });
    console.log(`| ${name} | ${bytes(first)} | ${then.join(" | ")} |`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
