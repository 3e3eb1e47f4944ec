// The layering and conventions of the whole repository, checked on the sources (modelled on core's own
// src/architecture.test.ts). Run: node --test scripts/architecture.test.mjs (part of `npm test`).
//
//   spec → client → react, core a leaf, mocks on spec + core, the dashboard on the published packages only.
//
// "Shipped" files are those reachable from a package's entry points (its package.json `exports` and `bin`,
// dist/X.js ↔ src/X.ts): what a department installs. Everything else under src/ is a test, a story, or support
// named as docs/architecture.md says.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { describe, it } from "node:test";

const root = path.resolve(import.meta.dirname, "..");
const rel = (file) => path.relative(root, file);

const PACKAGES = ["spec", "core", "client", "react", "mocks"].map((name) => {
  const dir = path.join(root, "packages", name);
  const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
  return { name, dir, src: path.join(dir, "src"), manifest };
});
const DASHBOARD_SRC = path.join(root, "apps", "dashboard", "src");

/** The workspace packages each package's shipped code may import (beyond its declared third-party deps). */
const ALLOWED_WORKSPACE = {
  spec: [],
  core: [],
  client: ["@chinhquyenso/core"],
  react: ["@chinhquyenso/client", "@chinhquyenso/core"],
  mocks: ["@chinhquyenso/core", "@chinhquyenso/spec"],
};
/** Packages that must run anywhere (browsers, workers): not even Node's built-in modules. */
const NO_BUILTINS = new Set(["spec", "core"]);

const TEST = /\.(test|test-d|ssr\.test|bench)\.tsx?$/;
const STORY = /\.stories\.tsx?$/;
const SUPPORT = /\.(test|story)-support\.tsx?$|(^|\/)fixtures\.tsx?$/;

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : walk(full);
    return [full];
  });
}
const sourcesOf = (dir) =>
  walk(dir).filter((file) => /\.(ts|tsx|mts)$/.test(file) && !file.endsWith(".d.ts"));

/** Every module specifier a file imports or re-exports, type-only and dynamic imports included. */
function importsOf(file) {
  const text = readFileSync(file, "utf8");
  return [
    ...text.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s+["']([^"']+)["']/gms),
    ...text.matchAll(/^\s*import\s+["']([^"']+)["']/gm),
    ...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ].map((match) => match[1]);
}

function resolveRelative(from, specifier) {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, ...[".ts", ".tsx", ".mts"].map((ext) => base + ext)];
  candidates.push(...["index.ts", "index.tsx"].map((name) => path.join(base, name)));
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

const packageName = (specifier) =>
  specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0];
const isBuiltin = (specifier) =>
  specifier.startsWith("node:") || builtinModules.includes(packageName(specifier));

/** src/ files of the package's entry points: dist/X.js ↔ src/X.ts(x). */
function entriesOf(pkg) {
  const targets = [];
  const collect = (value) => {
    if (typeof value === "string") targets.push(value);
    else if (value && typeof value === "object") for (const inner of Object.values(value)) collect(inner);
  };
  collect(pkg.manifest.exports);
  collect(pkg.manifest.bin);
  return targets
    .filter((target) => /^\.\/dist\/.+\.js$/.test(target))
    .map((target) => resolveRelative(path.join(pkg.src, "x"), `./${target.slice(7, -3)}`))
    .filter(Boolean);
}

/** Files reachable from the entries through relative imports. */
function shippedFiles(pkg) {
  const seen = new Set();
  const queue = [...entriesOf(pkg)];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of importsOf(file))
      if (specifier.startsWith(".")) {
        const target = resolveRelative(file, specifier);
        if (target) queue.push(target);
      }
  }
  return [...seen];
}

/** Import cycles among `files` (strongly connected components of more than one file, or a self-import). */
function cyclesAmong(files) {
  const graph = new Map(
    files.map((file) => [
      file,
      importsOf(file)
        .filter((specifier) => specifier.startsWith("."))
        .map((specifier) => resolveRelative(file, specifier))
        .filter(Boolean),
    ]),
  );
  // Tarjan's algorithm.
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  const visit = (file) => {
    index.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file), low.get(next)));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file), index.get(next)));
    }
    if (low.get(file) === index.get(file)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || (graph.get(file) ?? []).includes(file)) components.push(component);
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return components.map((component) => component.map(rel).sort().join(" ↔ "));
}

describe("layering", () => {
  for (const pkg of PACKAGES) {
    it(`${pkg.name}'s shipped files import only declared dependencies it may use`, () => {
      const { dependencies = {}, peerDependencies = {} } = pkg.manifest;
      const declared = new Set([...Object.keys(dependencies), ...Object.keys(peerDependencies)]);
      const wrong = shippedFiles(pkg).flatMap((file) =>
        importsOf(file)
          .filter((specifier) => !specifier.startsWith("."))
          .filter((specifier) => {
            if (isBuiltin(specifier)) return NO_BUILTINS.has(pkg.name);
            const name = packageName(specifier);
            if (name.startsWith("@chinhquyenso/")) return !ALLOWED_WORKSPACE[pkg.name].includes(name);
            return !declared.has(name);
          })
          .map((specifier) => `${rel(file)} → ${specifier}`),
      );
      assert.deepEqual(wrong, []);
    });
  }

  it("shipped files never import tests, stories or their support", () => {
    const wrong = PACKAGES.flatMap(shippedFiles)
      .filter((file) => TEST.test(file) || STORY.test(file) || SUPPORT.test(file))
      .map(rel);
    assert.deepEqual(wrong, []);
  });

  it("the dashboard's app code never imports the mocks", () => {
    const wrong = sourcesOf(DASHBOARD_SRC)
      .filter((file) => importsOf(file).some((specifier) => packageName(specifier) === "@chinhquyenso/mocks"))
      .map(rel);
    assert.deepEqual(wrong, []);
  });

  // Tests may span widgets (an integration test of several); shipped code, stories and support may not.
  it("no react folder imports a widget's folder but the widget itself (entry points and tests aside)", () => {
    const src = PACKAGES.find((pkg) => pkg.name === "react").src;
    const folderOf = (file) => {
      const parts = path.relative(src, file).split(path.sep);
      return parts.length > 1 ? parts[0] : undefined;
    };
    const isWidget = (folder) => folder !== undefined && /^[A-Z]/.test(folder);
    // Entry points compose widgets: the package index and entry folders such as server/ (React Server Components).
    const react = PACKAGES.find((pkg) => pkg.name === "react");
    const entryFolders = new Set(
      entriesOf(react)
        .map(folderOf)
        .filter((folder) => folder && !isWidget(folder)),
    );
    const wrong = sourcesOf(src)
      .filter((file) => !TEST.test(file))
      .flatMap((file) =>
        importsOf(file)
          .filter((specifier) => specifier.startsWith("."))
          .map((specifier) => resolveRelative(file, specifier))
          .filter(
            (target) =>
              target &&
              isWidget(folderOf(target)) &&
              folderOf(file) !== undefined &&
              !entryFolders.has(folderOf(file)) &&
              folderOf(target) !== folderOf(file),
          )
          .map((target) => `${rel(file)} → ${rel(target)}`),
      );
    assert.deepEqual(wrong, []);
  });
});

describe("conventions", () => {
  for (const pkg of PACKAGES) {
    it(`${pkg.name} has no import cycles, type-only ones included`, () => {
      assert.deepEqual(cyclesAmong(sourcesOf(pkg.src)), []);
    });
  }

  it("every source file outside the shipped code is a test, a story or support named as such", () => {
    const wrong = PACKAGES.flatMap((pkg) => {
      const shipped = new Set(shippedFiles(pkg));
      return sourcesOf(pkg.src)
        .filter((file) => !shipped.has(file) && !TEST.test(file) && !STORY.test(file) && !SUPPORT.test(file))
        .map(rel);
    });
    assert.deepEqual(wrong, []);
  });

  it("build and benchmark scripts live outside src/", () => {
    const wrong = PACKAGES.flatMap((pkg) => walk(pkg.src))
      .filter((file) => /\.(mjs|cjs|js)$/.test(file))
      .map(rel);
    assert.deepEqual(wrong, []);
  });
});
