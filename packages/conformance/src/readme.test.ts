// The README's rule table is the kit's catalogue: every rule, whether it writes, and the contract section it checks.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { HELP } from "./command";
import { RULES } from "./rules/index";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const rows = new Map(
  [...readme.matchAll(/^\| `([a-z0-9.-]+)` \| (yes|) \| (.+) \| (.+) \|$/gm)].map((match) => [
    match[1],
    { writes: match[2] === "yes", title: match[3], section: match[4]?.replace(/\\\|/g, "|") },
  ]),
);

describe("the package README", () => {
  it("lists every rule once, in catalogue order, with its writes flag, title and contract section", () => {
    expect([...rows.keys()]).toEqual(RULES.map((rule) => rule.id));
    for (const rule of RULES)
      expect(rows.get(rule.id)).toEqual({
        writes: rule.writes === true,
        title: rule.title,
        section: rule.section,
      });
  });

  it("documents every option of the command", () => {
    const options = [...HELP.matchAll(/^ {2}(--[a-z-]+)/gm)].map((match) => match[1] ?? "");
    expect(options.length).toBeGreaterThanOrEqual(10);
    for (const option of options) expect(readme).toContain(`\`${option}`);
  });
});
