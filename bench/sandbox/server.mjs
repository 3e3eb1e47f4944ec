// One server of the sandbox bench, in its own process (the load generator must not share its event loop):
//   node server.mjs sandbox [size]     the mocks' sandbox (default data set, or `size` dossiers), on a free port
//   node server.mjs bare <file> <type>  a bare node:http server sending the bytes of <file> to every request
// Prints its base URL on the first line of stdout.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [mode, file, type] = process.argv.slice(2);
const size = mode === "sandbox" && file ? Number(file) : undefined;
// A normal exit on SIGINT, so that `node --cpu-prof server.mjs …` writes its profile.
process.on("SIGINT", () => process.exit(0));
if (mode === "sandbox") {
  const { startSandbox } = await import("@chinhquyenso/mocks/sandbox");
  const sandbox = await startSandbox({ port: 0, ...(size ? { size } : {}) });
  process.stdout.write(`${sandbox.url}\n`);
} else if (mode === "bare" && file && type) {
  const body = readFileSync(file);
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": type, "content-length": body.length });
    response.end(body);
  });
  server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    process.stdout.write(`http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}\n`);
  });
} else {
  process.stderr.write("usage: node server.mjs sandbox | bare <file> <content-type>\n");
  process.exit(2);
}
