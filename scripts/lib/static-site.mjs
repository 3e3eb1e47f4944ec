#!/usr/bin/env node
// Serves a built static site (the demo's Storybook) on host:port until stopped.
//   node scripts/lib/static-site.mjs <directory> <host> <port>
// The demo serves Storybook's static build rather than its dev server: a dev server compiles each docs page's
// module graph and props tables on first visit (about a minute per page on a busy 2-core laptop); the build
// pays that once, and turbo caches it until a story or widget changes. `pnpm storybook` is the dev server.
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import sirv from "sirv";

const [directory, host, port] = process.argv.slice(2);
if (!directory || !host || !port) {
  console.error("usage: node scripts/lib/static-site.mjs <directory> <host> <port>");
  process.exit(2);
}
const root = path.resolve(directory);
if (!existsSync(path.join(root, "index.html"))) {
  console.error(`${root} has no index.html — build it first (pnpm run build:storybook)`);
  process.exit(1);
}

const serve = sirv(root, { etag: true, gzip: false, brotli: false, dev: false });
const server = http.createServer((request, response) =>
  serve(request, response, () => {
    response.statusCode = 404;
    response.setHeader("content-type", "text/plain; charset=utf-8");
    response.end("Not found\n");
  }),
);
server.on("error", (error) => {
  console.error(`cannot serve ${root} on ${host}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(Number(port), host, () => console.log(`serving ${root} on http://${host}:${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => server.close(() => process.exit(0)));
