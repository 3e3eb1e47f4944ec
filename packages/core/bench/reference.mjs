// Loads the former search index (src/text/search-reference.test-support.ts, the oracle of the equivalence test) for the
// before/after comparison: transpiled with the package's own TypeScript into a temporary folder, no build step.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";

export async function loadReferenceIndex() {
  const dir = mkdtempSync(join(os.tmpdir(), "cqs-search-reference-"));
  for (const name of ["tokenize", "top-k.test-support", "search-reference.test-support"]) {
    const source = readFileSync(new URL(`../src/text/${name}.ts`, import.meta.url), "utf8");
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: true,
      },
    });
    writeFileSync(
      join(dir, `${name}.mjs`),
      outputText.replace(/from "\.\/(tokenize|top-k\.test-support)"/g, 'from "./$1.mjs"'),
    );
  }
  const module = await import(pathToFileURL(join(dir, "search-reference.test-support.mjs")).href);
  return module.ReferenceSearchIndex;
}
