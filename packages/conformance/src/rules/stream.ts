// The notification stream (x-streaming: sse): typed events, a heartbeat within the declared interval, resume
// with Last-Event-ID, and a stream.reset instead of a silent gap.
import { listOperations, openapiDocument } from "@chinhquyenso/spec";
import type { EventSourceMessage } from "eventsource-parser";
import type { Exchange } from "../http";
import { type Rule, type RunContext, SkipRule, validate } from "../rule";
import { openStream } from "../stream";
import { openSigningRequest } from "./calls-write";

const convention = listOperations(openapiDocument).find((op) => op.streaming)?.streaming;
const HEARTBEAT_MS = (convention?.heartbeatSeconds ?? 15) * 1000;
/** Slack on the declared interval: proxies and a loaded machine delay a comment by a few seconds. */
const SLACK_MS = 5000;

const documents = new WeakMap<RunContext, Record<string, unknown>>();

/**
 * Causes an event for the officer: a signing request they open and cancel (its status_changed is theirs). The
 * document is free again once the request is cancelled, so a rule reuses its one document.
 */
async function causeEvent(context: RunContext): Promise<string> {
  let document = documents.get(context);
  if (!document) {
    document = context.data.take(context.data.documents, (item) => item.state === "awaiting_signature");
    if (!document) throw new SkipRule("cannot cause an event: no document awaiting signature is left");
    documents.set(context, document);
  }
  const created = await openSigningRequest(context, (item) => item.flow === "plugin", "approval", document);
  if (typeof created === "string") throw new SkipRule(`cannot cause an event: ${created}`);
  const requestId = (created.body as { id?: string } | undefined)?.id;
  if (created.status !== 201 || !requestId)
    throw new SkipRule(`cannot cause an event: signing.createRequest answered ${created.status}`);
  await context.http.call("signing.cancel", { path: { requestId } });
  return requestId;
}

/** The stream's exchange with what was read from it as the response body. */
function withStreamBody(exchange: Exchange, body: string): Exchange {
  return exchange.response ? { ...exchange, response: { ...exchange.response, body } } : exchange;
}

const about = (requestId: string) => (message: EventSourceMessage) => message.data.includes(`"${requestId}"`);

export const streamRules: Rule[] = [
  {
    id: "stream.events",
    title: "The stream is text/event-stream and sends typed NotificationEvents with an id",
    section: "x-streaming.sse, notifications.stream, NotificationEvent",
    tags: ["stream", "notifications"],
    async run(context, cases) {
      const stream = await openStream(context.http, "officer", { signal: context.signal });
      try {
        if (!cases.expect("notifications.stream answers", context, stream.reply, 200)) return;
        if (!context.allowWrites)
          return cases.skip("an event", "causing one is a write: needs --allow-writes");
        const requestId = await causeEvent(context);
        const message = await stream.nextEvent(10_000, about(requestId));
        if (!message)
          return cases.fail(
            "an event",
            "no event about the kit's signing request within 10 s",
            stream.reply.exchange,
          );
        const data = JSON.parse(message.data) as { type?: string; id?: string };
        const problems = context.validator.checkSchema("NotificationEvent", data);
        if (message.event !== data.type)
          problems.push(`event: ${message.event} differs from the payload's type ${data.type}`);
        if (!message.id) problems.push("the event has no id (Last-Event-ID could not resume)");
        cases.check(
          "an event",
          problems,
          withStreamBody(
            stream.reply.exchange,
            context.http.redact(`id: ${message.id}\nevent: ${message.event}\ndata: ${message.data}`),
          ),
        );
      } finally {
        stream.close();
      }
    },
  },
  {
    id: "stream.heartbeat",
    title: `A heartbeat comment arrives within the declared interval (${HEARTBEAT_MS / 1000} s)`,
    section: "x-streaming.sse.heartbeatSeconds",
    tags: ["stream", "notifications"],
    budgetMs: HEARTBEAT_MS * 2 + SLACK_MS * 2,
    async run(context, cases) {
      const stream = await openStream(context.http, "officer", { signal: context.signal });
      try {
        if (!cases.expect("notifications.stream answers", context, stream.reply, 200)) return;
        // Comments sent with the connection do not count: the first one after it must come in time.
        const deadline = stream.openedAt + HEARTBEAT_MS + SLACK_MS;
        for (;;) {
          const item = await stream.next(Math.max(0, deadline - Date.now()));
          if (!item)
            return cases.fail(
              "heartbeat",
              `no comment line within ${(HEARTBEAT_MS + SLACK_MS) / 1000} s of connecting`,
              stream.reply.exchange,
            );
          if (item.kind === "comment" && item.at - stream.openedAt > 500)
            return cases.pass(
              `heartbeat after ${Math.round((item.at - stream.openedAt) / 100) / 10} s`,
              stream.reply.exchange,
            );
        }
      } finally {
        stream.close();
      }
    },
  },
  {
    id: "stream.resume",
    title: "Reconnecting with Last-Event-ID delivers what was missed, without a reset",
    section: "x-streaming.sse.resumeHeader",
    tags: ["stream", "notifications"],
    writes: true,
    async run(context, cases) {
      const first = await openStream(context.http, "officer", { signal: context.signal });
      let lastId: string | undefined;
      try {
        if (!cases.expect("notifications.stream answers", context, first.reply, 200)) return;
        const seen = await first.nextEvent(10_000, about(await causeEvent(context)));
        lastId = seen?.id;
      } finally {
        first.close();
      }
      if (!lastId) return cases.fail("a first event", "no event with an id arrived to resume from");
      const missed = await causeEvent(context);
      const second = await openStream(context.http, "officer", {
        lastEventId: lastId,
        signal: context.signal,
      });
      try {
        const events: EventSourceMessage[] = [];
        const found = await second.nextEvent(10_000, (message) => {
          events.push(message);
          return about(missed)(message);
        });
        const reset = events.find((message) => message.event === "stream.reset");
        const problems = validate(context, second.reply);
        if (reset) problems.push("a stream.reset came though the id was just issued");
        if (!found) problems.push("the event sent while disconnected never arrived");
        cases.check("resume from the last id", problems, second.reply.exchange);
      } finally {
        second.close();
      }
    },
  },
  {
    id: "stream.reset",
    title: "A Last-Event-ID the platform cannot resume from gets a stream.reset event first",
    section: "x-streaming.sse, StreamResetEvent",
    tags: ["stream", "notifications"],
    async run(context, cases) {
      const lastEventId = "kiem-thu-id-khong-ton-tai";
      const stream = await openStream(context.http, "officer", { lastEventId, signal: context.signal });
      try {
        if (!cases.expect("notifications.stream answers", context, stream.reply, 200)) return;
        const message = await stream.nextEvent(10_000);
        if (!message) return cases.fail("stream.reset", "no event within 10 s", stream.reply.exchange);
        const exchange = withStreamBody(
          stream.reply.exchange,
          context.http.redact(`event: ${message.event}\ndata: ${message.data}`),
        );
        if (message.event !== "stream.reset")
          return cases.fail(
            "stream.reset",
            `the first event is ${message.event}, not stream.reset`,
            exchange,
          );
        const data = JSON.parse(message.data) as { data?: { lastEventId?: string } };
        const problems = context.validator.checkSchema("StreamResetEvent", data);
        if (data.data?.lastEventId !== lastEventId) problems.push("data.lastEventId is not the id sent");
        cases.check("stream.reset", problems, exchange);
      } finally {
        stream.close();
      }
    },
  },
];
