// Builds dist/styles.css: the tokens, the base rules, then every widget stylesheet, all inside one cascade layer so
// that any unlayered rule of the host app wins without specificity fights.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { inLayer } from "./css-layer.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const src = path.join(root, "src");

function cssFiles(directory) {
  return readdirSync(directory, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) return cssFiles(full);
      return entry.name.endsWith(".css") ? [full] : [];
    })
    .sort();
}

// Tokens first, then the shared base rules, then each widget's stylesheet in path order.
const first = [path.join(src, "styles/tokens.css"), path.join(src, "styles/base.css")];
const files = [...first, ...cssFiles(src).filter((file) => !first.includes(file))];
const body = files
  .map((file) => `/* ${path.relative(src, file)} */\n${readFileSync(file, "utf8").trim()}\n`)
  .join("\n");
mkdirSync(path.join(root, "dist"), { recursive: true });
writeFileSync(path.join(root, "dist/styles.css"), inLayer(body));
console.log(`styles.css: ${files.length} stylesheets`);
