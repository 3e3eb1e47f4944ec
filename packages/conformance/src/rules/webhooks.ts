// Webhooks: the kit runs a receiver, asks the platform for test deliveries (integrations.sendTestDeliveries) and checks their
// signatures (Standard Webhooks, with the client's verifyWebhook) and payload schemas.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { verifyWebhook } from "@chinhquyenso/client/webhooks";
import type { Reply } from "../http";
import { type Rule, type RunContext, SkipRule, validate } from "../rule";

interface Delivery {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

interface WebhookRun {
  readonly reply: Reply;
  readonly deliveries: readonly Delivery[];
  readonly expected: readonly { webhookId: string; type: string }[];
}

const SCHEMAS: Record<string, string> = {
  "dossier.status_changed": "DossierStatusChangedEvent",
  "signing.completed": "SigningCompletedEvent",
  "feedback.created": "FeedbackCreatedEvent",
};

const runs = new WeakMap<object, Promise<WebhookRun>>();

/** One receiver and one request for test deliveries, shared by the webhook rules of a run. */
function webhookRun(context: RunContext): Promise<WebhookRun> {
  let run = runs.get(context.data);
  if (!run) {
    run = receive(context);
    runs.set(context.data, run);
  }
  return run;
}

async function receive(context: RunContext): Promise<WebhookRun> {
  const deliveries: Delivery[] = [];
  let arrived = () => {};
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      deliveries.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(204).end();
      arrived();
    });
  });
  const settings = context.webhooks;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(settings.port ?? 0, settings.host ?? "127.0.0.1", resolve);
  });
  try {
    const address = server.address() as AddressInfo;
    const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
    const url = settings.publicUrl ?? `http://${host}:${address.port}/conformance-webhooks`;
    const reply = await context.http.call("integrations.sendTestDeliveries", {
      as: "service",
      json: { url },
    });
    const expected = (
      (reply.body as { deliveries?: { webhookId: string; type: string }[] })?.deliveries ?? []
    ).slice();
    const deadline = Date.now() + (settings.waitMs ?? 20_000);
    while (reply.status === 202 && deliveries.length < expected.length && Date.now() < deadline)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
        arrived = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    return { reply, deliveries, expected };
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

async function deliveriesOf(context: RunContext, cases: Parameters<Rule["run"]>[1]) {
  const run = await webhookRun(context);
  if (!cases.expect("integrations.sendTestDeliveries", context, run.reply, 202)) return [];
  if (run.expected.length === 0)
    cases.fail("deliveries", "the platform queued no delivery", run.reply.exchange);
  for (const { webhookId } of run.expected)
    if (!run.deliveries.some((delivery) => delivery.headers["webhook-id"] === webhookId))
      cases.fail(`delivery ${webhookId}`, "never arrived at the kit's receiver", run.reply.exchange);
  return run.deliveries;
}

const exchangeOf = (context: RunContext, delivery: Delivery) => ({
  request: {
    method: "POST",
    url: "(the kit's receiver)",
    headers: Object.fromEntries(
      Object.entries(delivery.headers).map(([name, value]) => [name, context.http.redact(String(value))]),
    ),
    body: context.http.redact(delivery.body),
  },
});

export const webhookRules: Rule[] = [
  {
    id: "webhooks.signature",
    title: "Test deliveries carry a valid Standard Webhooks signature (HMAC-SHA256 over id.timestamp.body)",
    section: "webhooks.*, components.parameters.WebhookSignature, integrations.sendTestDeliveries",
    tags: ["webhooks"],
    needs: ["service"],
    async run(context, cases) {
      const secret = context.tokens.webhookSecret;
      if (!secret) throw new SkipRule("needs webhookSecret in the tokens file");
      for (const delivery of await deliveriesOf(context, cases)) {
        const name = `delivery ${String(delivery.headers["webhook-id"] ?? "?")}`;
        try {
          await verifyWebhook({
            payload: delivery.body,
            headers: delivery.headers as Record<string, string>,
            secret,
          });
          cases.pass(name, exchangeOf(context, delivery));
        } catch (error) {
          cases.fail(name, (error as Error).message, exchangeOf(context, delivery));
        }
      }
    },
  },
  {
    id: "webhooks.payload",
    title: "Test deliveries are JSON events of the declared schema, one per type asked for",
    section: "webhooks.*.requestBody, WebhookTestDeliveries",
    tags: ["webhooks"],
    needs: ["service"],
    async run(context, cases) {
      for (const delivery of await deliveriesOf(context, cases)) {
        const name = `delivery ${String(delivery.headers["webhook-id"] ?? "?")}`;
        let event: { type?: string; id?: string };
        try {
          event = JSON.parse(delivery.body);
        } catch {
          cases.fail(name, "the body is not JSON", exchangeOf(context, delivery));
          continue;
        }
        const schema = SCHEMAS[event.type ?? ""];
        const problems = schema
          ? context.validator.checkSchema(schema, event)
          : [`unknown event type ${event.type}`];
        if (!/^application\/json/i.test(String(delivery.headers["content-type"] ?? "")))
          problems.push(`content type ${String(delivery.headers["content-type"])}, not application/json`);
        cases.check(name, problems, exchangeOf(context, delivery));
      }
      void validate;
    },
  },
];
