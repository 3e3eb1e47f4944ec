// The GitHub workflows can only run on GitHub; here every one is read by GitHub's own parser, and the promises the
// README makes about them are checked: CI runs the README's test command and keeps the static Storybook, the
// release publishes with changesets and npm provenance.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type Plain, readWorkflow } from "./read-workflow.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const directory = path.join(root, ".github", "workflows");
const files = readdirSync(directory).filter((file) => /\.ya?ml$/.test(file));

const read = async (file: string) => readWorkflow(file, readFileSync(path.join(directory, file), "utf8"));

type Step = { uses?: string; run?: string; with?: Record<string, Plain>; env?: Record<string, Plain> };
type Job = { steps: Step[]; permissions?: Record<string, Plain>; "timeout-minutes"?: number };

async function jobs(file: string): Promise<Record<string, Job>> {
  const { errors, document } = await read(file);
  expect(errors).toEqual([]);
  return (document as { jobs: Record<string, Job> }).jobs;
}

const steps = (all: Record<string, Job>) => Object.values(all).flatMap((job) => job.steps);

describe("GitHub workflows", () => {
  it("there are the CI and the release workflows", () => {
    expect(files).toEqual(expect.arrayContaining(["ci.yml", "release.yml"]));
  });

  it.each(files)("%s is valid for GitHub Actions", async (file) => {
    const { errors, document } = await read(file);
    expect(errors).toEqual([]);
    expect(document).toBeTypeOf("object");
  });

  it.each(files)("%s pins every action to a release, never a branch", async (file) => {
    for (const step of steps(await jobs(file))) {
      if (step.uses === undefined) continue;
      expect(step.uses).toMatch(/^[\w.-]+\/[\w./-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/);
    }
  });

  const workflow = (lines: string[]) => ["on: push", "jobs:", ...lines.map((line) => `  ${line}`)].join("\n");
  const job = (lines: string[]) =>
    workflow(["test:", "  runs-on: ubuntu-24.04", ...lines.map((line) => `  ${line}`)]);
  // GitHub's expression syntax, not a JavaScript template.
  const expression = (text: string) => `$\{{ ${text} }}`;
  // The parser must be able to fail, or a green check proves nothing.
  it.each([
    ["a misspelt key", job(["timeout-minute: 5", "steps: [{ run: echo }]"]), /Line: 5.*'timeout-minute'/],
    [
      "an unclosed expression",
      job(["steps:", `  - run: echo ${expression("github.sha").slice(0, -1)}`]),
      /Line: 6.*not closed/,
    ],
    [
      "`with` that is not a mapping",
      job(["steps:", "  - uses: actions/checkout@v6", "    with: [1]"]),
      /Line: 7/,
    ],
    [
      "a context GitHub does not have",
      job([`steps: [{ run: 'echo ${expression("build.sha")}' }]`]),
      /Unrecognized named-value: 'build'/,
    ],
    [
      "`needs` naming no job",
      workflow([
        "test: { runs-on: ubuntu-24.04, steps: [{ run: echo }] }",
        "deploy: { runs-on: ubuntu-24.04, needs: [build], steps: [{ run: echo }] }",
      ]),
      /build/,
    ],
  ])("the parser refuses %s", async (_case, text, error) => {
    const { errors } = await readWorkflow("broken.yml", text);
    expect(errors.join("\n")).toMatch(error);
  });

  it("CI runs the README's test command and keeps the static Storybook as an artifact", async () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    const quickStart = readme.match(/```sh\n([\s\S]*?)```/)?.[1] ?? "";
    const testCommand = quickStart.match(/^(npm test)\b/m)?.[1];
    expect(testCommand).toBe("npm test");

    const ci = steps(await jobs("ci.yml"));
    expect(ci.map((step) => step.run)).toContain(testCommand);
    const upload = ci.find((step) => step.uses?.startsWith("actions/upload-artifact@"));
    expect(upload?.with).toMatchObject({ name: "storybook-static", path: "storybook-static/" });
    // After the tests, which build it.
    expect(ci.indexOf(upload as Step)).toBeGreaterThan(ci.findIndex((step) => step.run === testCommand));
  });

  it("CI stays within its time budget", async () => {
    for (const job of Object.values(await jobs("ci.yml")))
      expect(job["timeout-minutes"]).toBeLessThanOrEqual(30);
  });

  it("the release runs changesets and publishes with npm provenance", async () => {
    const release = await jobs("release.yml");
    const changesets = steps(release).find((step) => step.uses?.startsWith("changesets/action@"));
    expect(changesets?.with?.publish).toMatch(/changeset publish/);
    expect(changesets?.env).toMatchObject({ NPM_CONFIG_PROVENANCE: "true" });
    const job = Object.values(release).find((candidate) => candidate.steps.includes(changesets as Step));
    // Provenance needs GitHub's OIDC token; tags and the Version Packages pull request need write access.
    expect(job?.permissions).toMatchObject({
      "id-token": "write",
      contents: "write",
      "pull-requests": "write",
    });
  });
});
