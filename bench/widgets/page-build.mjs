// Bundles the bench page with production React and the built packages (node_modules resolve
// @chinhquyenso/react to its dist), and the page's HTML with the package's published stylesheet.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import react from "@vitejs/plugin-react";
import { build } from "vite";

const require = createRequire(import.meta.url);

export async function buildPage(entry, { minify = true } = {}) {
  const output = await build({
    configFile: false,
    logLevel: "warn",
    plugins: [react()],
    mode: "production",
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    build: {
      write: false,
      minify,
      lib: { entry, formats: ["es"], fileName: "page" },
      // One file served as /page.js: the widgets' lazy parts (React.lazy chunks) are bundled in.
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  const chunk = [output].flat()[0].output.find((item) => item.type === "chunk");
  const reactEntry = require.resolve("@chinhquyenso/react");
  const css = readFileSync(path.join(path.dirname(reactEntry), "styles.css"), "utf8");
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>widgets bench</title><style>${css}</style></head><body><script type="module" src="/page.js"></script></body></html>`;
  return { html, js: chunk.code };
}
