// 429 carries Retry-After and a RateLimitProblem. The kit asks first with `Prefer: code=429` (the convention of
// Prism and of the sandbox; a platform ignores it), then sends a burst of cheap public reads.
import { inBatches, type Reply } from "../http";
import { type Rule, SkipRule, validate } from "../rule";

export const rateLimitRules: Rule[] = [
  {
    id: "rate-limit.retry-after",
    title: "A 429 carries Retry-After (seconds) and a problem body with retryAfter",
    section: "Conventions: rate limits; components.responses.TooManyRequests",
    tags: ["rate-limit"],
    async run(context, cases) {
      const year = Number(context.data.today.slice(0, 4));
      const ask = (prefer?: string) =>
        context.http.call("holidays.list", {
          as: null,
          query: { year },
          ...(prefer ? { headers: { prefer } } : {}),
        });
      let limited: Reply | undefined = await ask("code=429");
      if (limited.status !== 429) {
        limited = undefined;
        const burst = Array.from({ length: 60 }, (_, index) => index);
        await inBatches(burst, 10, async () => {
          if (limited) return;
          const reply = await ask();
          if (reply.status === 429) limited ??= reply;
        });
      }
      if (!limited)
        throw new SkipRule("no 429 within 60 requests: the platform's limit is higher (nothing to check)");
      const problems = validate(context, limited);
      const retryAfter = limited.headers.get("retry-after");
      if (!retryAfter) problems.push("no Retry-After header");
      else if (!/^\d+$/.test(retryAfter) && Number.isNaN(Date.parse(retryAfter)))
        problems.push(`Retry-After "${retryAfter}" is neither seconds nor an HTTP date`);
      cases.check("429", problems, limited.exchange);
    },
  },
];
