// Packaging gate for one publishable package (run from its folder after `build`):
//   1. publint: the package.json and files are publishable (warnings fail too);
//   2. attw --pack: types resolve for every module system;
//   3. size-limit: each budget in package.json "size-limit" holds;
//   4. a real require() and a real import() of every JS entry point in Node, exporting the same names; a name a
//      subpath shares with the main entry is the very same object (one module instance, e.g. one React context),
//      except in the bundles package.json lists as `checkPackage.separateEntries` (react's "./server").
// attw passes while a CJS build can still fail at run time (toolchain.md), hence step 4.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";

const cwd = process.cwd();
const pkg = JSON.parse(readFileSync(path.join(cwd, "package.json"), "utf8"));
const require = createRequire(import.meta.url);
const bin = (name, file) => path.join(path.dirname(require.resolve(`${name}/package.json`)), file);
let failed = false;
const fail = (message) => {
  failed = true;
  console.error(`✖ ${pkg.name}: ${message}`);
};

// 1. publint
const { messages } = await publint({ pkgDir: cwd, level: "suggestion", strict: true });
for (const message of messages) {
  const text = formatMessage(message, pkg);
  if (message.type === "suggestion") console.log(`  publint suggestion: ${text}`);
  else fail(`publint ${message.type}: ${text}`);
}

// 2. attw
// Subpaths that are not modules (styles.css, openapi.yaml, openapi.json, package.json) have no types to check.
const attwProfile = pkg.checkPackage?.attwProfile ?? "strict";
const assetSubpaths = Object.entries(pkg.exports ?? {})
  .filter(([, target]) => typeof target === "string" && !/\.(c|m)?js$/.test(target))
  .map(([subpath]) => subpath);
const attw = spawnSync(
  process.execPath,
  [
    bin("@arethetypeswrong/cli", "dist/index.js"),
    "--pack",
    ".",
    "--profile",
    attwProfile,
    "--format",
    "ascii",
    ...(assetSubpaths.length > 0 ? ["--exclude-entrypoints", ...assetSubpaths] : []),
  ],
  { cwd, encoding: "utf8" },
);
if (attw.status !== 0) {
  process.stderr.write(attw.stdout + attw.stderr);
  fail(`attw found type resolution problems (profile ${attwProfile})`);
}

// 3. size-limit
if (pkg["size-limit"]) {
  const size = spawnSync(process.execPath, [bin("size-limit", "bin.js")], { cwd, encoding: "utf8" });
  process.stdout.write(size.stdout);
  if (size.status !== 0) {
    process.stderr.write(size.stderr);
    fail("a size-limit budget is exceeded");
  }
}

// 4. real require() and import() of every JS entry point, by package name (self-reference through "exports")
const entries = Object.entries(pkg.exports ?? { ".": pkg.main })
  .filter(([, target]) => typeof target !== "string" || /\.(c|m)?js$/.test(target))
  .map(([subpath]) => (subpath === "." ? pkg.name : `${pkg.name}/${subpath.slice(2)}`));
const separate = new Set(
  (pkg.checkPackage?.separateEntries ?? []).map((subpath) => `${pkg.name}/${subpath.slice(2)}`),
);
for (const specifier of entries) {
  const shared = !separate.has(specifier);
  const script = `
    const same = (sub, main, kind) => {
      if (!${shared}) return;
      for (const name of Object.keys(sub)) {
        if (name !== "default" && name in main && main[name] !== sub[name])
          throw new Error(kind + ": " + name + " is a different object than the main entry's (a duplicated module)");
      }
    };
    let required;
    try {
      required = require(${JSON.stringify(specifier)});
      same(required, require(${JSON.stringify(pkg.name)}), "require()");
    } catch (error) {
      console.error(error.message);
      process.exit(1);
    }
    const cjs = Object.keys(required).sort();
    Promise.all([import(${JSON.stringify(specifier)}), import(${JSON.stringify(pkg.name)})]).then(([esm, main]) => {
      same(esm, main, "import()");
      const names = Object.keys(esm).filter((name) => name !== "default" && name !== "module.exports").sort();
      if (cjs.length === 0) throw new Error("require() gave no exports");
      if (JSON.stringify(names) !== JSON.stringify(cjs)) throw new Error("ESM and CJS export different names: " + names + " vs " + cjs);
      console.log("  " + ${JSON.stringify(specifier)} + ": require() and import() give " + cjs.length + " exports");
    }).catch((error) => { console.error(error.message); process.exit(1); });`;
  const run = spawnSync(process.execPath, ["--input-type=commonjs", "-e", script], { cwd, encoding: "utf8" });
  process.stdout.write(run.stdout);
  if (run.status !== 0)
    fail(`loading ${specifier} in Node failed: ${run.stderr.trim().split("\n").slice(-3).join(" / ")}`);
}

if (failed) process.exit(1);
const steps = [
  "publint",
  `attw (${attwProfile})`,
  ...(pkg["size-limit"] ? ["size-limit"] : []),
  "require/import in Node",
];
console.log(`✔ ${pkg.name}: ${steps.join(", ")} pass`);
