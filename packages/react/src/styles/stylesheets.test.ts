import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// What every widget stylesheet owes the browsers departments run. Chromium before 120 (Chrome 109 is the last
// on Windows 7, still common in offices) knows masks only as -webkit-mask: an icon drawn through an unprefixed
// mask alone would be a plain square there.
const root = path.join(__dirname, "..");
const stylesheets = readdirSync(root, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".css"))
  .map((file) => ({
    file,
    css: readFileSync(path.join(root, file), "utf8").replace(/\/\*[\s\S]*?\*\//g, ""),
  }));

/** The declarations of each rule, by property name. */
function rules(css: string): Map<string, string>[] {
  return [...css.matchAll(/\{([^{}]*)\}/g)].map(
    ([, body]) =>
      new Map(
        (body ?? "")
          .split(";")
          .map((declaration) => declaration.split(":").map((part) => part.trim()))
          .filter(([name]) => name)
          .map(([name, ...value]) => [name as string, value.join(":")]),
      ),
  );
}

describe("widget stylesheets", () => {
  it("are found", () => {
    expect(stylesheets.map(({ file }) => path.basename(file))).toContain("document-inbox.css");
  });

  it("give every mask its -webkit- twin with the same value", () => {
    const masks = stylesheets.flatMap(({ file, css }) =>
      rules(css).flatMap((rule) =>
        [...rule]
          .filter(([name]) => /^mask(-|$)/.test(name))
          .map(([name, value]) => ({ file, name, value, rule })),
      ),
    );
    expect(masks.length).toBeGreaterThan(0);
    for (const { file, name, value, rule } of masks)
      expect(rule.get(`-webkit-${name}`), `${file}: ${name}`).toBe(value);
  });
});
