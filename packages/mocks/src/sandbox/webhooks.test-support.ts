// A loopback webhook receiver that verifies deliveries with the client's verifyWebhook (tests only).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { verifyWebhook, type WebhookEvent } from "@chinhquyenso/client/webhooks";

export const SECRET = `whsec_${btoa("a loopback receiver's secret key")}`;

export interface Receiver {
  server: Server;
  url: string;
  verified: WebhookEvent[];
  rejected: string[];
  /** Statuses to answer the next deliveries with (then 204). */
  script: number[];
}

export function startReceiver(): Promise<Receiver> {
  const receiver: Receiver = { server: createServer(), url: "", verified: [], rejected: [], script: [] };
  receiver.server.on("request", (request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      const scripted = receiver.script.shift();
      if (scripted !== undefined) return void response.writeHead(scripted).end();
      try {
        receiver.verified.push(
          await verifyWebhook({
            payload: Buffer.concat(chunks).toString("utf8"),
            headers: request.headers,
            secret: SECRET,
          }),
        );
        response.writeHead(204).end();
      } catch (error) {
        receiver.rejected.push((error as Error).message);
        response.writeHead(400).end();
      }
    });
  });
  return new Promise((resolve) =>
    receiver.server.listen(0, "127.0.0.1", () => {
      receiver.url = `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}/hooks`;
      resolve(receiver);
    }),
  );
}
