// Packs every publishable package with pnpm (which rewrites `workspace:` ranges to real versions, exactly as
// `pnpm publish` would) and returns name → tarball path.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export function packAll(root, destination) {
  execFileSync("pnpm", ["--filter", "./packages/*", "pack", "--pack-destination", destination], {
    cwd: root,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const tarballs = {};
  for (const folder of readdirSync(path.join(root, "packages"))) {
    const manifest = JSON.parse(readFileSync(path.join(root, "packages", folder, "package.json"), "utf8"));
    if (manifest.private) continue;
    const file = `${manifest.name.replace("@", "").replace("/", "-")}-${manifest.version}.tgz`;
    tarballs[manifest.name] = path.join(destination, file);
  }
  return tarballs;
}
