// Redaction through the client, proven over generated inputs: what a careless server echoes back (the token,
// the citizen ID as a string and as a JSON number, phone numbers in every written form, e-mail addresses, the
// lookup reason) never reaches error messages, toString(), toJSON() or hook payloads, while the problem's
// `code` and `requestId` arrive untouched. The rules themselves are core's (`@chinhquyenso/core`'s
// redaction, with its own property tests); this checks the client applies them everywhere it writes.
import { redact as coreRedact, redactValue as coreRedactValue } from "@chinhquyenso/core";
import fc from "fast-check";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "./client";
import { ApiError } from "./runtime/errors";
import { redact, redactValue } from "./runtime/redact";

const digits = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(""));
// CCCD: 0 + a province code, then 9 digits (as a JSON number it keeps 11); CMND: 9 digits.
const citizenId = fc.oneof(
  digits(11)
    .filter((d) => !d.startsWith("0"))
    .map((d) => `0${d}`),
  digits(9).filter((d) => !d.startsWith("0")),
);
const separator = fc.constantFrom(" ", ".", "-", "\u00a0", "\u202f");
const phone = fc
  .tuple(fc.constantFrom("3", "5", "7", "8", "9"), digits(8), separator, fc.integer({ min: 0, max: 6 }))
  .map(([first, rest, sep, form]) => {
    const n = `${first}${rest}`;
    const [a, b, c] = [n.slice(0, 3), n.slice(3, 6), n.slice(6)];
    return [
      `0${n}`,
      `0${a}${sep}${b}${sep}${c}`,
      `+84${sep}${a}${sep}${b}${sep}${c}`,
      `(0${a})${sep}${b}${sep}${c}`,
      `0${sep}${a}${sep}${b}${sep}${c}`,
      `84${sep}${a}${sep}${b}${sep}${c}`,
      `0${n}`.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
    ][form] as string;
  });
const email = fc.emailAddress().filter((address) => /^[\w.%+-]+@[\w-]+\.[\w.-]+$/.test(address));
const longToken = fc.stringMatching(/^[A-Za-z0-9\-_.~+/]{8,40}$/);
const shortToken = fc.stringMatching(/^[A-Za-z0-9]{1,7}$/);
const reason = fc.string({ minLength: 10, maxLength: 40 }).filter((text) => text.trim().length >= 10);
const code = fc.oneof(
  fc.constantFrom("validation_failed", "citizen_not_found", "not_found", "internal_error"),
  fc.stringMatching(/^[a-z][a-z0-9_]{0,30}$/),
);
const requestId = fc.oneof(
  fc.uuid(),
  digits(12).map((d) => `req_${d}`),
  fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
);
const digitCount = (text: string) => text.replace(/\P{Nd}/gu, "").length;

describe("redact()", () => {
  it("is core's redaction, under the names the client has always exported", () => {
    expect(redact).toBe(coreRedact);
    expect(redactValue).toBe(coreRedactValue);
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

  /** A lookup and a list whose error bodies echo everything the server got, as a careless backend would. */
  async function failingCalls(
    token: string,
    problem: (request: Request) => Promise<Record<string, unknown>>,
  ) {
    server.use(
      http.post(`${baseUrl}/v1/citizens/household-lookups`, async ({ request }) =>
        HttpResponse.json(await problem(request), {
          status: 422,
          headers: { "content-type": "application/problem+json" },
        }),
      ),
      http.get(`${baseUrl}/v1/dossiers`, () => new HttpResponse(null, { status: 500 })),
    );
    const logged: unknown[] = [];
    const hooks = {
      request: (event: unknown) => logged.push(event),
      response: (event: unknown) => logged.push(event),
      error: (event: unknown) => logged.push(event),
    };
    return { client: createClient({ baseUrl, auth: { token: () => token }, hooks, retry: false }), logged };
  }

  it("never lets the token, a citizen ID, a phone number, an e-mail address or the lookup reason out", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ token: longToken, id: citizenId, tel: phone, mail: email, why: reason, code, requestId }),
        async ({ token, id, tel, mail, why, code: problemCode, requestId: rid }) => {
          // The code and request id pass through untouched by design, so a secret that is also one of them (the
          // generators favour words like "constructor" for both) would be found in the output legitimately.
          fc.pre(![token, why].some((secret) => rid.includes(secret) || problemCode.includes(secret)));
          const { client, logged } = await failingCalls(token, async (request) => ({
            type: "about:blank",
            title: `Bad ${request.headers.get("authorization")}`,
            status: 422,
            code: problemCode,
            requestId: rid,
            detail: `citizen ${id} phone ${tel} mail ${mail} reason ${why} token ${token}`,
            citizenId: Number(id),
            errors: [{ field: "/citizenId", code: "invalid", message: `${id} / ${tel}` }],
          }));
          const lookup = await client.citizens
            .lookupHousehold({ citizenId: id }, { lookupReason: why })
            .catch((caught: unknown) => caught);
          const list = await client.dossiers.list({ q: tel }).catch((caught: unknown) => caught);
          expect(lookup).toBeInstanceOf(ApiError);
          expect(list).toBeInstanceOf(ApiError);
          const problem = (lookup as ApiError).problem as Record<string, unknown>;
          expect(problem.code).toBe(problemCode);
          expect(problem.requestId).toBe(rid);
          expect((lookup as ApiError).requestId).toBe(rid);
          const outputs = [lookup, list].flatMap((error) => [
            String(error),
            (error as Error).message,
            JSON.stringify({
              ...(error as ApiError),
              requestId: undefined,
              problem: { ...problem, code: "", requestId: "" },
            }),
          ]);
          outputs.push(JSON.stringify(logged));
          for (const output of outputs) {
            for (const secret of [token, why, encodeURIComponent(why), id, tel, mail, String(Number(id))])
              expect(output).not.toContain(secret);
          }
          // Nothing else in the problem carries digits: any digit left would be part of a number.
          const { status: _, ...rest } = problem;
          expect(digitCount(JSON.stringify({ ...rest, code: "", requestId: "" }))).toBe(0);
        },
      ),
      // The rules' breadth is proven in core (500 generated cases per property, pure functions); here 20 cases
      // prove the client applies them on every path: 40 round trips through msw, quick even on a loaded runner.
      { numRuns: 20 },
    );
  }, 30_000);

  it("never alters the problem's code or request id, whatever short token is in use", async () => {
    await fc.assert(
      fc.asyncProperty(shortToken, code, requestId, async (token, problemCode, rid) => {
        const { client } = await failingCalls(token, async () => ({
          type: "about:blank",
          title: "Unprocessable",
          status: 422,
          code: problemCode,
          requestId: rid,
          detail: "The household lookup needs a valid citizen ID.",
        }));
        const error = (await client.citizens
          .lookupHousehold({ citizenId: "074095001234" }, { lookupReason: "kiểm tra hồ sơ" })
          .catch((caught: unknown) => caught)) as ApiError;
        expect(error).toBeInstanceOf(ApiError);
        expect(error.problem).toMatchObject({
          code: problemCode,
          requestId: rid,
          title: "Unprocessable",
          detail: "The household lookup needs a valid citizen ID.",
        });
        expect(error.requestId).toBe(rid);
      }),
      { numRuns: 15 },
    );
  }, 30_000);
});
