#!/usr/bin/env node
// chinhquyenso-conformance — runs the conformance kit against a platform (the logic is command.ts). Exit codes:
// 0 conforms, 1 ran and found non-conformance, 2 could not run (every such reason is one line).
import { runCommand } from "./command";

const stderr = process.stderr;
void runCommand(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: {
    write: (text) => stderr.write(text),
    isTTY: stderr.isTTY === true,
    ...(stderr.columns ? { columns: stderr.columns } : {}),
  },
}).then((code) => {
  process.exitCode = code;
});
