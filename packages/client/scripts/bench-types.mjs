// Type-checking cost of a consumer file making 100 calls, with this client and with openapi-fetch (the anchor)
// over the same contract, measured in the same run with `tsc --extendedDiagnostics`.
//   pnpm --filter @chinhquyenso/client bench:types          → prints the table for the README
//   node scripts/bench-types.mjs --check                   → fails when this client exceeds 50 per call
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const BUDGET_PER_CALL = 50;
const CALLS = 100;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const work = path.join(root, "node_modules/.cache/cqs-bench-types");
const tsc = path.join(
  path.dirname(createRequire(import.meta.url).resolve("typescript/package.json")),
  "bin/tsc",
);
const check = process.argv.includes("--check");

// Ten typical calls (list with filters, get, guarded write, create, …), repeated to make 100.
const ours = [
  `await client.dossiers.list({ queue: "in_progress", limit: 20 }); void r.items[0]?.code;`,
  `await client.dossiers.get("H29-1"); void r.status;`,
  `await client.dossiers.transition("H29-1", { action: "accept" }, { ifMatch: '"e"' }); void r.etag;`,
  `await client.documents.list({ direction: "incoming" }); void r.items.length;`,
  `await client.signing.createRequest({ provider: "smartca", kind: "approval", items: [{ source: "document", documentId: "d", format: "pades" }] }); void r.state;`,
  `await client.feedback.get("fb"); void r.title;`,
  `await client.holidays.list({ year: 2026 }); void r.items;`,
  `await client.meetings.get("m"); void r.agenda;`,
  `await client.reports.timeliness({ from: "2026-01-01", to: "2026-01-31" }); void r.rows;`,
  `await client.notifications.list({ unread: true }); void r.unread;`,
];
const anchor = [
  `await api.GET("/v1/dossiers", { params: { query: { queue: "in_progress", limit: 20 } } }); void r.data?.items[0]?.code;`,
  `await api.GET("/v1/dossiers/{code}", { params: { path: { code: "H29-1" } } }); void r.data?.status;`,
  `await api.POST("/v1/dossiers/{code}/transitions", { params: { path: { code: "H29-1" }, header: { "If-Match": '"e"', "Idempotency-Key": "k" } }, body: { action: "accept" } }); void r.data?.etag;`,
  `await api.GET("/v1/documents", { params: { query: { direction: "incoming" } } }); void r.data?.items.length;`,
  `await api.POST("/v1/signing/requests", { params: { header: { "Idempotency-Key": "k" } }, body: { provider: "smartca", kind: "approval", items: [{ source: "document", documentId: "d", format: "pades" }] } }); void r.data?.state;`,
  `await api.GET("/v1/feedback/{feedbackId}", { params: { path: { feedbackId: "fb" } } }); void r.data?.title;`,
  `await api.GET("/v1/holidays", { params: { query: { year: 2026 } } }); void r.data?.items;`,
  `await api.GET("/v1/meetings/{meetingId}", { params: { path: { meetingId: "m" } } }); void r.data?.agenda;`,
  `await api.GET("/v1/reports/timeliness", { params: { query: { from: "2026-01-01", to: "2026-01-31" } } }); void r.data?.rows;`,
  `await api.GET("/v1/notifications", { params: { query: { unread: true } } }); void r.data?.unread;`,
];
const setups = {
  ours: `import { createClient } from "../../../src/index";\nconst client = createClient({ baseUrl: "https://x.gov.vn" });`,
  anchor: `import createClient from "openapi-fetch";\nimport type { paths } from "@chinhquyenso/spec";\nconst api = createClient<paths>({ baseUrl: "https://x.gov.vn" });`,
};

function instantiations(name, source) {
  writeFileSync(path.join(work, `${name}.ts`), source);
  const compilerOptions = {
    noEmit: true,
    strict: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: true,
    target: "es2022",
    module: "esnext",
    moduleResolution: "bundler",
    lib: ["es2023", "dom"],
    types: [],
  };
  writeFileSync(path.join(work, "tsconfig.json"), JSON.stringify({ compilerOptions, files: [`${name}.ts`] }));
  const output = execFileSync(process.execPath, [tsc, "-p", work, "--extendedDiagnostics"], {
    cwd: work,
    encoding: "utf8",
  });
  const match = /Instantiations:\s+(\d+)/.exec(output);
  if (!match) throw new Error(`no instantiation count for ${name}:\n${output}`);
  return Number(match[1]);
}

function consumer(kind, calls) {
  const templates = kind === "ours" ? ours : anchor;
  const body = Array.from(
    { length: calls },
    (_, i) => `  { const r = ${templates[i % templates.length]} }`,
  ).join("\n");
  return `${setups[kind]}\nexport async function run() {\n${body}\n}\n`;
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
try {
  const empty = instantiations("empty", "export {};\n");
  const rows = [];
  for (const kind of check ? ["ours"] : ["ours", "anchor"]) {
    const base = instantiations(`${kind}-0`, consumer(kind, 0));
    const full = instantiations(`${kind}-${CALLS}`, consumer(kind, CALLS));
    rows.push({ kind, fixed: base - empty, perCall: (full - base) / CALLS, total: full - empty });
  }
  const [mine, other] = rows;
  if (check) {
    if (mine.perCall > BUDGET_PER_CALL) {
      console.error(`✖ ${mine.perCall} type instantiations per call (budget ${BUDGET_PER_CALL})`);
      process.exit(1);
    }
    console.log(
      `✔ ${mine.perCall} type instantiations per call (budget ${BUDGET_PER_CALL}), ${mine.fixed} fixed`,
    );
  } else {
    console.log("| client | fixed (import + createClient) | per call | 100-call file |");
    console.log("|---|---|---|---|");
    for (const row of rows) {
      const label = row.kind === "ours" ? "@chinhquyenso/client" : "openapi-fetch 0.17 (anchor)";
      console.log(`| ${label} | ${row.fixed} | ${row.perCall} | ${row.total} |`);
    }
    console.log(
      `\nwhole 100-call file: ${(other.total / mine.total).toFixed(1)}× fewer instantiations than the anchor`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
