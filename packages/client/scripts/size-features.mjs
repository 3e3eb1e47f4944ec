// What each feature costs up front: the main entry bundled from src/ (esbuild minify + gzip -9, the stream
// chunk left out as an app's bundler does), then again with that feature's code cut out. A decision aid for
// the 8 kB budget, not a check: when the sources change, a cut that no longer matches fails loudly.
//   pnpm --filter @chinhquyenso/client bench:size-features
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const operationCount = JSON.parse(
  /OPERATION_TABLE = (".*");/.exec(
    readFileSync(path.join(root, "src/generated/operations.ts"), "utf8"),
  )?.[1] ?? '""',
)
  .split(/[\n|]/)
  .filter(Boolean).length;

/** Replaces the text from `from` through `to` (or just `from`) in one source file. */
const cut = (file, from, to, replacement = "") => ({ file, from, to, replacement });

// ky-shaped single attempt with only what the transport uses (timeout, JSON body, HTTPError): a size estimate for
// "no ky", untested, never shipped. The retry loop is ours either way.
const fetchLoop = `
export class HTTPError extends Error { constructor(response) { super("HTTP " + response.status); this.response = response; } }
export class TimeoutError extends Error {}
export default function ky(url, o) {
  const headers = new Headers(o.headers);
  let body = o.body;
  if (o.json !== undefined) { body = JSON.stringify(o.json); headers.set("content-type", "application/json"); }
  const request = new Request(url, { method: o.method, headers, body, signal: o.signal });
  return (async () => {
    const timer = new AbortController();
    const id = o.timeout && setTimeout(() => timer.abort(), o.timeout);
    try {
      const response = await (o.fetch ?? fetch)(request, { signal: AbortSignal.any([request.signal, timer.signal]) })
        .catch((error) => { throw timer.signal.aborted ? new TimeoutError() : error; });
      if (!response.ok) throw new HTTPError(response);
      return response;
    } finally { clearTimeout(id); }
  })();
}`;

const experiments = [
  [
    "hooks: request/response payloads and the retry event (the payloads are a lazy chunk)",
    [
      cut("runtime/transport.ts", "  const observing = ", ";\n", "  const observing = undefined as never;\n"),
      cut("runtime/transport.ts", "  observing?.catch(", ";\n"),
      cut("runtime/transport.ts", "        hooks.retry?.({", ");\n"),
    ],
  ],
  [
    "pagination: listAll() and byPage() (the walk is a lazy chunk)",
    [cut("client.ts", "    if (op.paginated)", "paginate(transport, op, args);\n")],
  ],
  [
    "downloads: filename, type and size from the headers (a lazy chunk)",
    [cut("runtime/transport.ts", "(await files()).toDownload(response, response.body)", "", "response.body")],
  ],
  [
    "uploads: multipart bodies from typed objects (a lazy chunk)",
    [cut("runtime/transport.ts", '      if (op.body === "multipart" && request.body)', ";\n")],
  ],
  [
    "redaction: tokens, citizen IDs, phone numbers in messages, problems and hooks",
    [
      cut(
        "runtime/redact.ts",
        "import { redact as coreRedact",
        "= coreRedactValue;\n",
        "export const redact = (text: string, _?: unknown) => text;\n" +
          "export const redactValue = <T>(value: T, _?: unknown): T => value;\n",
      ),
    ],
  ],
  [
    "auth: single-flight refresh and one replay after a 401",
    [cut("runtime/transport.ts", "        const unauthorized = ", "          continue;\n        }\n")],
  ],
  [
    "retries: backoff, Retry-After, the time cap, body release (every call sent once)",
    [
      cut(
        "runtime/transport.ts",
        "        const wait = decideRetry(",
        "        retries++;\n",
        "        throw await toClientError(op, request, error, timeout);\n",
      ),
      cut(
        "runtime/transport.ts",
        "      const attemptTimeout =",
        ": timeout;\n",
        "      const attemptTimeout = timeout;\n",
      ),
    ],
  ],
  [
    "input checks: path parameters, body, required headers, baseUrl",
    [
      cut("runtime/transport.ts", "    if (!baseUrl)", ");\n"),
      cut("runtime/request.ts", '    if ((typeof value !== "string"', "invalid`);\n"),
      cut("runtime/request.ts", "  if (op.bodyRequired && body == null)", ";\n"),
      cut("runtime/request.ts", "      if (required) invalid(", ";\n"),
    ],
  ],
  [
    "idempotencyKey on the errors of a write",
    [cut("runtime/transport.ts", "    if (request?.idempotencyKey) Object.assign(", ";\n")],
  ],
  [
    `the operation table (${operationCount} operations), data only`,
    [
      cut(
        "generated/operations.ts",
        "export const OPERATION_TABLE = ",
        ";\n",
        'export const OPERATION_TABLE = "x:~ g y";\n',
      ),
    ],
  ],
  ["ky, replaced by a minimal single attempt on fetch (untested size estimate)", [], fetchLoop],
];

async function measure(cuts, kyReplacement) {
  const plugin = {
    name: "size-features",
    setup(b) {
      // Lazy chunks (stream, pages, files, hook payloads) stay out, as an app's bundler splits them.
      b.onResolve({ filter: /^\.\// }, (args) =>
        args.kind === "dynamic-import" ? { path: args.path, external: true } : undefined,
      );
      if (kyReplacement) b.onResolve({ filter: /^ky$/ }, () => ({ path: "ky", namespace: "replacement" }));
      b.onLoad({ filter: /.*/, namespace: "replacement" }, () => ({ contents: kyReplacement, loader: "js" }));
      b.onLoad({ filter: /[/\\]src[/\\].*\.ts$/ }, (args) => {
        const file = path.relative(path.join(root, "src"), args.path).split(path.sep).join("/");
        let text = readFileSync(args.path, "utf8");
        for (const { from, to, replacement } of cuts.filter((c) => c.file === file)) {
          const start = text.indexOf(from);
          const end = to ? text.indexOf(to, start + from.length) : start;
          if (start < 0 || end < 0)
            throw new Error(`${file}: the cut at ${JSON.stringify(from)} no longer matches`);
          text = text.slice(0, start) + replacement + text.slice(to ? end + to.length : end + from.length);
        }
        return { contents: text, loader: "ts" };
      });
    },
  };
  const result = await build({
    entryPoints: [path.join(root, "src/index.ts")],
    bundle: true,
    format: "esm",
    minify: true,
    write: false,
    absWorkingDir: root,
    plugins: [plugin],
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

// Every feature at once (the table and ky stay): what is left is the core a typed call needs.
const features = experiments.slice(0, -2);
experiments.push([
  "all the features above at once (the table and ky stay)",
  features.flatMap(([, cuts]) => cuts),
]);
// And the table too: only ky and the bare call path stay (the floor with ky, against the 8 kB budget).
experiments.push([
  "all the features above and the operation table (only ky and the bare call path stay)",
  [...features, experiments.at(-3)].flatMap(([, cuts]) => cuts),
]);

const full = await measure([]);
console.log(`Main entry from src/, up front: ${full} bytes (esbuild minify + gzip -9)\n`);
console.log("| without | bytes saved | main entry |");
console.log("|---|---|---|");
for (const [name, cuts, replacement] of experiments) {
  const bytes = await measure(cuts, replacement);
  console.log(`| ${name} | ${full - bytes} | ${bytes} |`);
}
