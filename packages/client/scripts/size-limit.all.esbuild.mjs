// esbuild config for the size-limit check of the main entry with every lazy chunk bundled in.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { base } from "./size-limit.esbuild.mjs";

export default { ...base, outdir: mkdtempSync(path.join(tmpdir(), "cqs-size-limit-all-")) };
