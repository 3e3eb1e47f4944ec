// Installs a consumer fixture the way a department developer would: with npm, from the packed tarballs (never
// the workspace links). `overrides` make transitive @chinhquyenso/* dependencies resolve to the tarballs too.
// npm's cache (~/.npm) keeps the fixtures' third-party packages between runs (--prefer-offline).
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { run } from "./tasks.mjs";

export async function installFixture(fixtureDir, workDir, tarballs, shared = {}) {
  cpSync(fixtureDir, workDir, { recursive: true });
  // Folders several consumers run (e.g. the SSR checks), copied in under their key.
  for (const [name, dir] of Object.entries(shared))
    cpSync(dir, path.join(workDir, name), { recursive: true });
  const manifestPath = path.join(workDir, "package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  const local = Object.fromEntries(Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`]));
  for (const name of Object.keys(manifest.dependencies ?? {})) {
    if (name in local) manifest.dependencies[name] = local[name];
  }
  manifest.overrides = { ...manifest.overrides, ...local };
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  await run(workDir, "npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"]);
}
