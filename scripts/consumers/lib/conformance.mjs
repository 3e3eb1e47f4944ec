// The conformance kit as a platform team runs it: `chinhquyenso-conformance` from its tarball against the mocks'
// sandbox (also from its tarball): every rule passes (exit 0, reports written), a nonconforming sandbox fails
// naming the rule (exit 1), an unreachable platform cannot be checked (exit 2, one line).
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { installFixture } from "./install.mjs";
import { bin, check, freePort, run, startServer } from "./tasks.mjs";

const NAME = "conformance kit";

/** Runs the kit's command; resolves with its exit code and output, whatever the code. */
function kit(cwd, args) {
  return new Promise((resolve) => {
    execFile(
      bin(cwd, "chinhquyenso-conformance"),
      args,
      { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function expectExit(result, code, pattern) {
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.code !== code || !pattern.test(output))
    throw Object.assign(new Error(`expected exit ${code} and ${pattern}, got exit ${result.code}`), result);
}

/** The sandbox command from its tarball, with extra arguments; resolves with its URL and a stop function. */
async function sandbox(cwd, extra = []) {
  const server = startServer(
    cwd,
    bin(cwd, "chinhquyenso-mocks"),
    ["sandbox", "--port", "0", "--seed", "7", "--now", "2026-11-26T10:00:00+07:00", ...extra],
    { pattern: /listening on (http:\/\/\S+)/ },
  );
  try {
    return { url: await server.url, stop: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

export async function conformanceConsumer(context) {
  const cwd = path.join(context.work, "conformance");
  await check(NAME, "installs from tarballs (npm)", () =>
    installFixture(path.join(context.fixtures, "conformance"), cwd, context.tarballs),
  );
  await check(NAME, "library entry from CommonJS", () => run(cwd, "node", ["library.cjs"]));
  const tokens = path.join(cwd, "tokens.json");

  await check(NAME, "every rule passes against the sandbox (exit 0, reports)", async () => {
    const platform = await sandbox(cwd);
    try {
      const reports = path.join(cwd, "reports");
      const args = [
        "--base-url",
        platform.url,
        "--token-file",
        tokens,
        "--allow-writes",
        "--report",
        reports,
      ];
      expectExit(await kit(cwd, args), 0, /✔ conforms: \d+ passed, 0 failed, 0 skipped, 0 inconclusive/);
      for (const name of ["conformance.md", "conformance.xml", "conformance.json"]) {
        const file = path.join(reports, name);
        if (!existsSync(file)) throw new Error(`no ${name}`);
        if (readFileSync(file, "utf8").includes("sbx-officer")) throw new Error(`${name} shows a token`);
      }
    } finally {
      await platform.stop();
    }
  });

  await check(NAME, "a nonconforming sandbox fails naming the rule (exit 1)", async () => {
    const platform = await sandbox(cwd, ["--nonconforming", "drop-etag"]);
    try {
      const args = ["--base-url", platform.url, "--token-file", tokens, "--only", "conditional"];
      expectExit(await kit(cwd, args), 1, /^ {2}✖ conditional\.etag: /m);
    } finally {
      await platform.stop();
    }
  });

  await check(NAME, "an unreachable platform cannot be checked (exit 2, one line)", async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const result = await kit(cwd, ["--base-url", url, "--token-file", tokens]);
    expectExit(result, 2, /^✖ GET http:\/\/127\.0\.0\.1:\d+\/v1\/holidays\?year=\d{4}: connection refused$/m);
    if (result.stderr.split("\n").filter((line) => line.startsWith("✖")).length !== 1)
      throw Object.assign(new Error("expected exactly one ✖ line"), result);
  });
}
