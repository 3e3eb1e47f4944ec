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

/** Replaces the text from `from` through `to` (or just `from`) in one source file. */
const cut = (file, from, to, replacement = "") => ({ file, from, to, replacement });

// ky-shaped fetch loop with only what the transport uses (retry, Retry-After, jitter, timeout, prefix, JSON):
// a size estimate for "no ky", untested, never shipped.
const fetchLoop = `
export class HTTPError extends Error { constructor(response) { super("HTTP " + response.status); this.response = response; } }
export class TimeoutError extends Error {}
const sleep = (ms, signal) => new Promise((resolve, reject) => {
  signal?.throwIfAborted();
  const timer = setTimeout(resolve, ms);
  signal?.addEventListener("abort", () => { clearTimeout(timer); reject(signal.reason); }, { once: true });
});
export default async function ky(path, o) {
  const url = new URL(path, o.prefixUrl);
  url.search = o.searchParams;
  const headers = new Headers(o.headers);
  let body = o.body;
  if (o.json !== undefined) { body = JSON.stringify(o.json); headers.set("content-type", "application/json"); }
  for (let count = 0; ; ) {
    const timer = new AbortController();
    const id = o.timeout && setTimeout(() => timer.abort(), o.timeout);
    try {
      const request = new Request(url, { method: o.method, headers, body, signal: AbortSignal.any([o.signal, timer.signal]) });
      for (const hook of o.hooks.beforeRequest ?? []) await hook(request);
      const response = await o.fetch(request).catch((error) => { throw timer.signal.aborted ? new TimeoutError() : error; });
      if (!response.ok) throw new HTTPError(response);
      return response;
    } catch (error) {
      if (++count > o.retry.limit || o.retry.shouldRetry({ error }) === false || (error instanceof HTTPError && !o.retry.statusCodes.includes(error.response.status))) throw error;
      const header = error.response?.headers.get("retry-after");
      const after = header && (Number(header) * 1000 || Date.parse(header) - Date.now());
      await sleep(after ?? Math.random() * Math.min(o.retry.backoffLimit, o.retry.delay(count)), o.signal);
      o.hooks.beforeRetry[0]({ error, retryCount: count });
    } finally { clearTimeout(id); }
  }
}`;

const experiments = [
  [
    "hooks: request/response/retry payloads (the redaction itself is a lazy chunk)",
    [
      cut("runtime/transport.ts", "  const events = ", ";\n"),
      cut(
        "runtime/transport.ts",
        "          const event = events && {",
        "            return response;\n",
        "          attempt++;\n          try {\n            return await (config.fetch ?? fetch)(request, init);\n",
      ),
      cut("runtime/transport.ts", "              hooks.retry?.({", "              });\n"),
    ],
  ],
  [
    "pagination: listAll() and byPage()",
    [cut("client.ts", '    if (op.flags.includes("p"))', "paginate(transport, op, args);\n")],
  ],
  [
    "downloads: filename, type and size from the headers (a lazy chunk)",
    [cut("runtime/transport.ts", "(await files()).toDownload(response, response.body)", "", "response.body")],
  ],
  [
    "uploads: multipart bodies from typed objects (a lazy chunk)",
    [cut("runtime/transport.ts", '      if (op.flags.includes("m") && init.body)', ";\n")],
  ],
  [
    "redaction: tokens, citizen IDs, phone numbers in messages, problems and hooks",
    [
      cut(
        "runtime/redact.ts",
        "const RULES",
        "\n}\n",
        "export const redact = (text: string, _?: unknown) => text;\n",
      ),
      cut(
        "runtime/redact.ts",
        "export const redactValue",
        ");\n",
        "export const redactValue = <T>(value: T, _?: unknown): T => value;\n",
      ),
    ],
  ],
  [
    "auth: single-flight refresh and one replay after a 401",
    [
      cut(
        "runtime/transport.ts",
        "      if (apiError.status !== 401",
        "return send(op, prepared, false);",
        "throw apiError;",
      ),
    ],
  ],
  [
    "retries beyond ky's: time cap, Retry-After against the time left, body release",
    [
      cut("runtime/transport.ts", "          shouldRetry:", "          },\n        },", "        },"),
      cut("runtime/transport.ts", "          let cap: AbortSignal | undefined;", "          }\n"),
      cut("runtime/transport.ts", "            capped ||= !!cap?.aborted;\n"),
      cut("runtime/transport.ts", "          // Full jitter", "          },\n", "          jitter: true,\n"),
    ],
  ],
  [
    "input checks: path parameters, body, required headers, baseUrl",
    [
      cut("runtime/transport.ts", "    if (!base) input(", ";\n"),
      cut("runtime/transport.ts", '      if ((typeof value !== "string"', "invalid`);\n"),
      cut("runtime/transport.ts", '    if (flags.includes("r") && body == null)', ";\n"),
      cut("runtime/transport.ts", '        if (spec.includes("!")) input(', ";\n", "{}\n"),
    ],
  ],
  [
    "the operation table (63 operations), data only",
    [
      cut(
        "generated/operations.ts",
        "export const OPERATION_TABLE = ",
        ";\n",
        'export const OPERATION_TABLE = "x:~ g y";\n',
      ),
    ],
  ],
  ["ky, replaced by a minimal fetch loop (untested size estimate)", [], fetchLoop],
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

const full = await measure([]);
console.log(`Main entry from src/, up front: ${full} bytes (esbuild minify + gzip -9)\n`);
console.log("| without | bytes saved | main entry |");
console.log("|---|---|---|");
for (const [name, cuts, replacement] of experiments) {
  const bytes = await measure(cuts, replacement);
  console.log(`| ${name} | ${full - bytes} | ${bytes} |`);
}
