// Lints the contract with Redocly's recommended rules — zero errors and zero warnings — and checks that
// the committed bundle (src/generated/openapi.json) and types (src/generated/types.ts) match the sources.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { redocly } from "./redocly.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const output = redocly(["lint", "--format", "stylish", "openapi/openapi.yaml"], { cwd: root });
if (/\bwarnings?\b/i.test(output.replace(/Deprecation warning[^\n]*/g, ""))) {
  process.stderr.write(output);
  console.error("✖ The OpenAPI contract has lint warnings: fix them (see above).");
  process.exit(1);
}
for (const script of ["scripts/bundle.mjs", "scripts/types.mjs"]) {
  const check = spawnSync(process.execPath, [path.join(root, script), "--check"], { stdio: "inherit" });
  if (check.status !== 0) process.exit(check.status ?? 1);
}
console.log("✔ OpenAPI contract: lint clean, bundle and types up to date");
