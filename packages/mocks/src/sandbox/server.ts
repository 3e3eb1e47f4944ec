import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { openapiDocument } from "@chinhquyenso/spec";

export interface SandboxOptions {
  port?: number;
  host?: string;
  seed?: number;
}

export interface Sandbox {
  url: string;
  server: Server;
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, body: unknown, type = "application/json") {
  response.writeHead(status, {
    "content-type": type,
    "access-control-allow-origin": "*",
    "access-control-allow-headers": "*",
    "access-control-allow-methods": "GET,POST,PUT,PATCH,DELETE,OPTIONS",
  });
  response.end(JSON.stringify(body));
}

function handle(request: IncomingMessage, response: ServerResponse, seed: number) {
  const url = new URL(request.url ?? "/", "http://sandbox.local");
  if (request.method === "OPTIONS") {
    send(response, 204, null);
    return;
  }
  if (url.pathname === "/__sandbox/health") {
    send(response, 200, { status: "ok", seed, api: openapiDocument.info.version });
    return;
  }
  send(
    response,
    404,
    { type: "about:blank", title: "Not Found", status: 404, detail: `No sandbox route for ${url.pathname}` },
    "application/problem+json",
  );
}

/** Starts the sandbox API on loopback; resolves once it listens. */
export function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const { port = 4010, host = "127.0.0.1", seed = 1 } = options;
  const server = createServer((request, response) => handle(request, response, seed));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const address = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${address.port}`,
        server,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
