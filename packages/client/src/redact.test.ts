// Redaction, proven over generated inputs: no bearer token, citizen ID, phone number or lookup reason
// survives in error messages, toString(), toJSON() or hook payloads.
import fc from "fast-check";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "./client";
import { ApiError } from "./runtime/errors";
import { redact } from "./runtime/redact";

const digits = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(""));
const citizenId = fc.oneof(digits(12), digits(9));
const mobile = fc
  .tuple(fc.constantFrom("3", "5", "7", "8", "9"), digits(8))
  .map(([prefix, rest]) => `0${prefix}${rest}`);
const phone = fc.oneof(
  mobile,
  mobile.map((n) => `${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`),
  mobile.map((n) => `${n.slice(0, 4)}.${n.slice(4, 7)}.${n.slice(7)}`),
  mobile.map((n) => `+84 ${n.slice(1, 4)} ${n.slice(4, 7)} ${n.slice(7)}`),
  mobile.map((n) => `+84${n.slice(1)}`),
);
const token = fc.stringMatching(/^[A-Za-z0-9\-_.]{12,40}$/);
const reason = fc.string({ minLength: 10, maxLength: 40 }).filter((text) => text.trim().length >= 10);
// Surrounding text never glues a secret to other digits (that would be another number).
const text = fc.string({ maxLength: 30 }).map((value) => ` ${value.replace(/\d+$|^\d+/g, "")} `);

/** Every way a secret could be written inside free text. */
const leakChecks = (secret: string) =>
  [secret, secret.replace(/[ .]/g, "")].filter((value) => value.length >= 9);

describe("redact()", () => {
  it("removes citizen IDs and phone numbers from any text around them", () => {
    fc.assert(
      fc.property(text, fc.oneof(citizenId, phone), text, (before, secret, after) => {
        const out = redact(`${before}${secret}${after}`);
        for (const check of leakChecks(secret)) expect(out).not.toContain(check);
      }),
    );
  });

  it("removes bearer tokens and exact secret values", () => {
    fc.assert(
      fc.property(text, token, reason, text, (before, value, why, after) => {
        const out = redact(`${before}Authorization: Bearer ${value}${after} reason=${why}`, [why]);
        expect(out).not.toContain(value);
        expect(out).not.toContain(why);
      }),
    );
  });

  it("keeps dossier and procedure codes readable", () => {
    expect(redact("dossier 000.00.00.H29-260115-0001, procedure 1.000656.000.00.00.H29")).toBe(
      "dossier 000.00.00.H29-260115-0001, procedure 1.000656.000.00.00.H29",
    );
  });
});

describe("through the client", () => {
  const baseUrl = "https://api.test.gov.vn";
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterAll(() => server.close());

  it("errors and hook payloads never contain the token, the citizen ID, a phone number or the lookup reason", async () => {
    await fc.assert(
      fc.asyncProperty(token, citizenId, phone, reason, async (secretToken, id, tel, why) => {
        // The server echoes everything it got into the problem, as a careless backend would.
        server.use(
          http.post(`${baseUrl}/v1/citizens/household-lookups`, async ({ request }) =>
            HttpResponse.json(
              {
                type: "about:blank",
                title: `Bad ${request.headers.get("authorization")}`,
                status: 422,
                code: "validation_failed",
                requestId: "r1",
                detail: `citizen ${id} phone ${tel} reason ${why} token ${secretToken}`,
                errors: [{ field: "/citizenId", code: "invalid", message: `${id} / ${tel}` }],
              },
              { status: 422, headers: { "content-type": "application/problem+json" } },
            ),
          ),
          http.get(`${baseUrl}/v1/dossiers`, () => new HttpResponse(null, { status: 500 })),
        );
        const logged: unknown[] = [];
        const hooks = {
          request: (e: unknown) => logged.push(e),
          response: (e: unknown) => logged.push(e),
          error: (e: unknown) => logged.push(e),
        };
        const client = createClient({ baseUrl, auth: { token: () => secretToken }, hooks, retry: false });
        const lookup = await client.citizens
          .lookupHousehold({ citizenId: id }, { lookupReason: why })
          .catch((caught: unknown) => caught);
        const list = await client.dossiers.list({ q: tel }).catch((caught: unknown) => caught);
        expect(lookup).toBeInstanceOf(ApiError);
        expect(list).toBeInstanceOf(ApiError);
        const outputs = [lookup, list].flatMap((error) => [
          String(error),
          (error as Error).message,
          JSON.stringify(error),
        ]);
        outputs.push(JSON.stringify(logged));
        for (const output of outputs) {
          expect(output).not.toContain(secretToken);
          expect(output).not.toContain(why);
          expect(output).not.toContain(encodeURIComponent(why));
          for (const check of [...leakChecks(id), ...leakChecks(tel)]) expect(output).not.toContain(check);
        }
      }),
      { numRuns: 50 },
    );
    // 50 real HTTP round trips: well under a second on a quiet machine, several on a loaded 2-core CI runner.
  }, 30_000);
});
