// Bundles openapi/*.yaml into one document.
//   node scripts/bundle.mjs          → src/generated/openapi.json (committed, imported by src/index.ts)
//   node scripts/bundle.mjs --dist   → also dist/openapi.json and dist/openapi.yaml for consumers
//   node scripts/bundle.mjs --check  → fails when src/generated/openapi.json is stale
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { redocly } from "./redocly.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const generated = path.join(root, "src/generated/openapi.json");
const mode = process.argv[2];

const out = path.join(tmpdir(), `cqs-openapi-${process.pid}.json`);
redocly(["bundle", "openapi/openapi.yaml", "--output", out], { cwd: root });
const text = `${JSON.stringify(JSON.parse(readFileSync(out, "utf8")), null, 2)}\n`;

if (mode === "--check") {
  if (readFileSync(generated, "utf8") !== text) {
    console.error("src/generated/openapi.json is stale: run `pnpm --filter @chinhquyenso/spec generate`");
    process.exit(1);
  }
} else {
  mkdirSync(path.dirname(generated), { recursive: true });
  writeFileSync(generated, text);
  if (mode === "--dist") {
    mkdirSync(path.join(root, "dist"), { recursive: true });
    writeFileSync(path.join(root, "dist/openapi.json"), text);
    redocly(["bundle", "openapi/openapi.yaml", "--output", "dist/openapi.yaml"], { cwd: root });
  }
}
