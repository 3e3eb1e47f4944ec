// The release flow, rehearsed without publishing (part of `npm test`):
//   1. `changeset status` lists the pending releases;
//   2. in a scratch copy of the repository (built dist folders included), `changeset version` bumps the
//      versions and writes the changelogs — checked package by package;
//   3. `pnpm -r publish --dry-run` packs every public package at its new version, as a real release would.
// The repository itself is never modified.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const scratch = mkdtempSync(path.join(tmpdir(), "cqs-release-"));
const changeset = path.join(root, "node_modules/@changesets/cli/bin.js");
const SKIP = new Set(["node_modules", ".git", ".turbo", "storybook-static", "coverage"]);

const run = (cwd, command, args) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));

/**
 * The ref `changeset status` compares with: the base branch (.changeset/config.json), or its remote-tracking copy
 * where there is no local branch — a pull request checkout on GitHub, or a clone of another branch.
 */
function baseRef() {
  const { baseBranch } = readJson(path.join(root, ".changeset", "config.json"));
  for (const ref of [baseBranch, `origin/${baseBranch}`]) {
    try {
      run(root, "git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
      return ref;
    } catch {}
  }
  throw new Error(
    `neither "${baseBranch}" nor "origin/${baseBranch}" exists: changeset status compares with the base branch — fetch it (git fetch origin ${baseBranch})`,
  );
}

try {
  const statusFile = path.join(scratch, "status.json");
  run(root, process.execPath, [changeset, "status", "--since", baseRef(), "--output", statusFile]);
  // Every published package (a private one, such as the bench, is never released).
  const folders = Object.fromEntries(
    readdirSync(path.join(root, "packages"))
      .filter((folder) => existsSync(path.join(root, "packages", folder, "package.json")))
      .map((folder) => [readJson(path.join(root, "packages", folder, "package.json")), folder])
      .filter(([manifest]) => !manifest.private)
      .map(([manifest, folder]) => [manifest.name, folder]),
  );
  // Packages this branch's changesets leave alone are listed too ("none"): changesets already on the base branch
  // may still bump them, so only the ones released here are checked.
  const releases = readJson(statusFile).releases.filter(
    (release) => release.name in folders && release.type !== "none",
  );
  console.log(
    `pending releases: ${releases.map((r) => `${r.name} ${r.oldVersion} → ${r.newVersion}`).join(", ") || "none"}`,
  );

  const copy = path.join(scratch, "repo");
  // Tarballs are skipped: `pnpm pack` of test:consumers, running alongside, writes them in package folders a moment.
  cpSync(root, copy, {
    recursive: true,
    filter: (source) => !SKIP.has(path.basename(source)) && !source.endsWith(".tgz"),
  });
  // pnpm resolves `workspace:` ranges from installed packages: link them from the store (no download).
  run(copy, "pnpm", ["install", "--frozen-lockfile", "--offline", "--ignore-scripts"]);

  run(copy, process.execPath, [changeset, "version"]);
  for (const release of releases) {
    const folder = path.join(copy, "packages", folders[release.name]);
    const version = readJson(path.join(folder, "package.json")).version;
    if (version !== release.newVersion)
      throw new Error(`${release.name}: changeset version wrote ${version}, expected ${release.newVersion}`);
    const changelog = path.join(folder, "CHANGELOG.md");
    if (!existsSync(changelog) || !readFileSync(changelog, "utf8").includes(`## ${release.newVersion}`)) {
      throw new Error(`${release.name}: CHANGELOG.md has no "## ${release.newVersion}" entry`);
    }
  }
  if (existsSync(path.join(copy, ".changeset")) && releases.length > 0) {
    const left = run(copy, "sh", [
      "-c",
      "ls .changeset | grep -v -e README.md -e config.json || true",
    ]).trim();
    if (left) throw new Error(`changeset version left changesets behind: ${left}`);
  }
  console.log("  ✔ changeset version: versions bumped and changelogs written");

  const publish = run(copy, "pnpm", ["-r", "publish", "--dry-run", "--no-git-checks", "--access", "public"]);
  for (const [name, folder] of Object.entries(folders)) {
    const version = readJson(path.join(copy, "packages", folder, "package.json")).version;
    const tarball = `${name.replace("@", "").replace("/", "-")}-${version}.tgz`;
    if (!publish.includes(tarball) && !publish.includes(`${name}@${version}`)) {
      throw new Error(`pnpm publish --dry-run did not pack ${name}@${version}:\n${publish}`);
    }
  }
  console.log(
    `  ✔ pnpm publish --dry-run packs ${Object.keys(folders).length} packages at their new versions`,
  );
  console.log("✔ release flow rehearsed");
} catch (error) {
  console.error(`✖ release check failed: ${error.message}${error.stderr ? `\n${error.stderr}` : ""}`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
