// Small stand-ins for what a platform can be when the kit cannot run against it: a server that answers HTML (an
// SSO login page in front of the API), one with a certificate nobody trusts, one whose tokens lack the roles, and
// an address where nothing listens. Each on a free loopback port. The real platform (the sandbox) is run by the
// mocks package's conformance test.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface FakePlatform {
  readonly url: string;
  close(): Promise<void>;
}

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../test-fixtures/${name}`, import.meta.url)));

function listen(server: Server, scheme: "http" | "https"): Promise<FakePlatform> {
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `${scheme}://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

export const fakePlatform = (handler: Handler) => listen(createServer(handler), "http");

/** HTTPS with a self-signed certificate (test-fixtures/, valid until 2126): no client trusts it. */
export const untrustedTlsPlatform = (handler: Handler) =>
  listen(
    createHttpsServer({ key: fixture("self-signed.key"), cert: fixture("self-signed.crt") }, handler),
    "https",
  );

/** A URL where nothing listens: a port the system gave out, then closed again. */
export async function unreachableUrl(): Promise<string> {
  const platform = await fakePlatform(() => {});
  await platform.close();
  return platform.url;
}

export const json = (response: ServerResponse, status: number, body: unknown, type = "application/json") => {
  response.writeHead(status, { "content-type": type });
  response.end(JSON.stringify(body));
};

/** The SSO gateway's answer to everything: a login page. */
export const loginPage: Handler = (_request, response) => {
  response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  response.end("<!doctype html><title>Đăng nhập một lần</title><form action=/sso/login></form>");
};

/** A platform whose every token is accepted but has no staff scope: public reads work, dossiers.counts is 403. */
export const scopelessTokens: Handler = (request, response) => {
  if (request.url?.startsWith("/v1/holidays")) return json(response, 200, { year: 2026, items: [] });
  json(
    response,
    403,
    { type: "about:blank", title: "Forbidden", status: 403, code: "insufficient_scope" },
    "application/problem+json",
  );
};
