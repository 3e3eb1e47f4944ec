// integrations.sendTestDeliveries: signed test deliveries on request, so that a receiver (or the conformance kit) can check its
// signature verification and payload parsing without waiting for a real event.
import { conflict, field, invalid } from "../store/problem";
import { WEBHOOK_EVENT_TYPES } from "../store/webhooks";
import type { Resolvers } from "./context";
import { json } from "./respond";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

export const webhookResolvers: Pick<Resolvers, "integrations.sendTestDeliveries"> = {
  "integrations.sendTestDeliveries": async ({ store, json: body }) => {
    const { types = WEBHOOK_EVENT_TYPES, url } = await body();
    // The sandbox's subscription is its configured one; a URL is accepted when it is that one or on loopback
    // (where the sandbox itself listens), never another host: no requests to arbitrary addresses.
    if (url !== undefined && url !== store.webhooks.url) {
      const target = URL.canParse(url) ? new URL(url) : null;
      if (!target || !/^https?:$/.test(target.protocol) || !LOOPBACK.has(target.hostname))
        throw invalid(
          [field("/url", "url_not_allowed", "is not a subscriber URL of this principal")],
          "url_not_allowed",
          "URL not allowed",
        );
    }
    if (url === undefined && store.webhooks.url === undefined)
      throw conflict(
        "no_webhook_subscription",
        "No webhook subscription is configured (sandbox: --webhook-url); pass url to send to a loopback receiver.",
      );
    const deliveries = store.webhooks.sendTests(types, url, store.nowIso());
    return json("integrations.sendTestDeliveries", 202, { deliveries });
  },
};
