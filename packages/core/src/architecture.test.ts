import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Conventions of the repository checked on core's own sources: no import cycles, small files, no runtime
// dependencies (core is a leaf), no host-time-zone APIs outside the Intl formatting module.
const root = fileURLToPath(new URL(".", import.meta.url));
const files = (function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? walk(path.join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [path.join(dir, entry.name)]
        : [],
  );
})(root);
const sources = files.filter((file) => !file.endsWith(".test.ts") && !file.endsWith(".test-support.ts"));

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+"([^"]+)"/gms)].map((match) => match[1] ?? "");
}

describe("core's sources", () => {
  it("have no import cycles", () => {
    const graph = new Map(
      sources.map((file) => [
        file,
        importsOf(file)
          .filter((specifier) => specifier.startsWith("."))
          .map((specifier) => path.resolve(path.dirname(file), `${specifier}.ts`)),
      ]),
    );
    const state = new Map<string, "visiting" | "done">();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "visiting") {
        cycles.push(
          [...trail.slice(trail.indexOf(file)), file].map((f) => path.relative(root, f)).join(" → "),
        );
        return;
      }
      state.set(file, "visiting");
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, "done");
    };
    for (const file of sources) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it("import nothing but each other", () => {
    const external = sources.flatMap((file) =>
      importsOf(file)
        .filter((specifier) => !specifier.startsWith("."))
        .map((specifier) => `${path.relative(root, file)}: ${specifier}`),
    );
    expect(external).toEqual([]);
  });

  it("stay small outside generated code", () => {
    const long = files
      .filter((file) => !file.includes(`${path.sep}generated${path.sep}`))
      .map((file) => [path.relative(root, file), readFileSync(file, "utf8").split("\n").length] as const)
      .filter(([, lines]) => lines > 400);
    expect(long).toEqual([]);
  });

  it("never ask the host for its time zone", () => {
    const local = sources
      .filter((file) =>
        /\.(getHours|getDate|getDay|getMonth|getFullYear|getTimezoneOffset|setHours)\(/.test(
          readFileSync(file, "utf8"),
        ),
      )
      .map((file) => path.relative(root, file));
    expect(local).toEqual([]);
  });
});
