// A real HTTP server on 127.0.0.1 for contract tests: the client goes through the whole network stack.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  method: string;
  path: string;
  search: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: string;
}

export type Handler = (request: Received, response: ServerResponse) => void | Promise<void>;

export interface Loopback {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

export async function startLoopback(handler: Handler): Promise<Loopback> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      const entry = {
        method: request.method ?? "GET",
        path: url.pathname,
        search: url.searchParams,
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      received.push(entry);
      Promise.resolve(handler(entry, response)).catch((error: unknown) => {
        response.writeHead(500).end(String(error));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const type = status >= 400 ? "application/problem+json" : "application/json";
  response.writeHead(status, { "content-type": type, ...headers }).end(JSON.stringify(body));
}

export const problem = (status: number, code: string, extra: Record<string, unknown> = {}) => ({
  type: `https://docs.chinhquyenso.gov.vn/problems/${code}`,
  title: code,
  status,
  code,
  requestId: `req_${status}`,
  ...extra,
});

export const dossier = (code: string, status = "processing") => ({
  code,
  procedureCode: "1.000656.000.00.00.H29",
  procedureName: "Đăng ký thường trú",
  agencyCode: "00.02.H29",
  fieldName: "Cư trú",
  status,
  statusId: 4,
  channel: "online",
  applicant: { fullName: "Nguyễn Văn An" },
  summary: "Đăng ký thường trú",
  receivedAt: "2026-01-15T09:00:00+07:00",
  dueAt: "2026-01-26T17:00:00+07:00",
  timeliness: "due_soon",
  etag: '"d-1"',
  updatedAt: "2026-01-23T10:12:00+07:00",
});
