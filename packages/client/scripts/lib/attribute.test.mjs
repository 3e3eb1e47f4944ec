// The size breakdown attributes every byte of a minified bundle to the module it came from.
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { attribute, ownerOfEachChar } from "./attribute.mjs";

const modules = {
  "entry.js":
    'import { big } from "./big.js"; import { small } from "./small.js"; export const all = [big(), small];',
  "big.js": `export const big = () => \`${"line of a long table\\n".repeat(20)}\`.split("\\n").map((x) => x.toUpperCase());`,
  "small.js": 'export const small = "tiny";',
};
const virtual = {
  name: "virtual",
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => ({ path: args.path.replace("./", ""), namespace: "v" }));
    b.onLoad({ filter: /.*/, namespace: "v" }, (args) => ({ contents: modules[args.path], loader: "js" }));
  },
};

describe("attribute", () => {
  it("gives every byte to a module, multi-line strings included, and costs the bigger module more", async () => {
    const result = await build({
      entryPoints: ["entry.js"],
      bundle: true,
      minify: true,
      format: "esm",
      write: false,
      outdir: "out",
      sourcemap: "external",
      plugins: [virtual],
    });
    const code = result.outputFiles.find((file) => file.path.endsWith(".js")).text;
    const map = JSON.parse(result.outputFiles.find((file) => file.path.endsWith(".map")).text);
    expect(code).toContain("line of a long table\n"); // the template literal spans lines
    const rows = attribute(code, map, (source) => source.replace(/^v:/, ""));
    expect(rows.reduce((sum, row) => sum + row.bytes, 0)).toBe(code.length);
    const byName = Object.fromEntries(rows.map((row) => [row.group, row]));
    expect(byName["big.js"].bytes).toBeGreaterThan(20 * "line of a long table".length);
    expect(byName["big.js"].gzip).toBeGreaterThan(byName["small.js"].gzip);
    expect(byName["small.js"].gzip).toBeGreaterThan(0);
    const owners = ownerOfEachChar(code, map);
    expect(map.sources[owners[code.indexOf("tiny")]]).toBe("v:small.js");
  });

  it("refuses a malformed source map", () => {
    expect(() => ownerOfEachChar("x", { sources: [], mappings: "A!" })).toThrow("invalid source-map segment");
  });
});
