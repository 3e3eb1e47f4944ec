// Redaction proven over generated inputs: no citizen ID, phone number (in every way people write one), e-mail
// address, credential or long secret survives, wherever it sits in the text or the JSON; and nothing that is
// not secret (a problem's code, its request id, ordinary text) is ever altered.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskPersonalNumbers } from "./mask";
import { redact, redactValue } from "./redact";

const digits = (min: number, max = min) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(""));

/** Digits as full-width characters (`０`–`９`), as some input methods type them. */
const fullWidth = (text: string) =>
  text.replace(/[0-9+]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, "\u3000");

// The national significant number: a mobile (9 digits after the 0) or a landline (02x + 8 digits).
const national = fc.oneof(
  fc.tuple(fc.constantFrom("3", "5", "7", "8", "9"), digits(8)).map(([prefix, rest]) => prefix + rest),
  fc
    .tuple(fc.constantFrom("20", "22", "24", "28", "74"), digits(8))
    .map(([area, rest]) => `2${area.slice(1)}${rest}`),
);
const separator = fc.constantFrom(" ", ".", "-", "\u00a0", "\u202f", "\u2009");

/** `912345678` written as people write it: `0912 345 678`, `+84 912 345 678`, `(0912) 345 678`… */
const phone = fc
  .tuple(national, separator, fc.integer({ min: 0, max: 10 }), fc.boolean())
  .map(([n, sep, form, wide]) => {
    const [a, b, c] = [n.slice(0, 3), n.slice(3, 6), n.slice(6)];
    const written = [
      `0${n}`,
      `0${a}${sep}${b}${sep}${c}`,
      `0${a.slice(0, 1)}${sep}${a.slice(1)}${b}${sep}${c}`,
      `+84${n}`,
      `+84${sep}${a}${sep}${b}${sep}${c}`,
      `84${sep}${a}${sep}${b}${sep}${c}`,
      `84${n}`,
      `(0${a})${sep}${b}${sep}${c}`,
      `0${sep}${a}${sep}${b}${sep}${c}`,
      `(+84)${sep}${a}${sep}${b}${sep}${c}`,
      `+84${sep}(0)${sep}${a}${sep}${b}${sep}${c}`,
    ][form] as string;
    return { written: wide ? fullWidth(written) : written, national: n };
  });
const citizenId = fc.oneof(digits(12), digits(9)).map((id) => ({ written: id, national: id }));
const email = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,20}$/),
    fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/),
    fc.constantFrom("vn", "gov.vn", "com", "example.org"),
  )
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);
const token = fc.stringMatching(/^[A-Za-z0-9\-_.~+/]{8,40}$/);
const credential = fc.tuple(token, fc.integer({ min: 0, max: 5 })).map(([value, form]) => ({
  value,
  written: [
    `Bearer ${value}`,
    `Authorization: Bearer ${value}`,
    `bearer: sk_${value}`,
    `"authorization": "bearer ${value}"`,
    `BEARER=${value}`,
    `Basic ${value}`,
  ][form] as string,
}));

// Text around a secret: anything but digits (a digit next to it would make it another number, and without them
// any digit left in the output is a leak), separators trimmed next to it, and never a letter glued to "Bearer"
// (that is another word).
const noDigits = (text: string) => text.replace(/\p{Nd}/gu, "");
const around = fc
  .tuple(fc.string({ maxLength: 30, unit: "binary" }), fc.constantFrom(" ", ": ", "=", "(", "\n", '"', "— "))
  .map(([text, boundary]) => `${noDigits(text).replace(/[\s.\-()+＋（）．－\w]+$/u, "")}${boundary}`);
const after = fc
  .tuple(fc.constantFrom(" ", ", ", ";", ")", "\n", '"', ". "), fc.string({ maxLength: 30, unit: "binary" }))
  .map(([boundary, text]) => `${boundary}${noDigits(text)}`);

const digitCount = (text: string) => text.replace(/\P{Nd}/gu, "").length;

describe("redact() over generated text", () => {
  it("leaves no citizen ID or phone number, however written and wherever", () => {
    fc.assert(
      fc.property(around, fc.oneof(phone, citizenId), after, (before, secret, rest) => {
        const text = `${before}${secret.written}${rest}`;
        expect(digitCount(redact(text))).toBe(0);
        // The display mask reveals the last three digits and nothing more.
        expect(digitCount(maskPersonalNumbers(text))).toBe(3);
      }),
      { numRuns: 500 },
    );
  });

  it("leaves no e-mail address, credential or long secret value", () => {
    fc.assert(
      fc.property(
        around,
        email,
        credential,
        fc.string({ minLength: 8, maxLength: 40 }).filter((value) => value.trim().length >= 8),
        after,
        (before, address, { value, written }, secret, rest) => {
          const output = redact(`${before}${written}${rest} ${address} reason=${secret}`, [secret]);
          expect(output).not.toContain(value);
          expect(output).not.toContain(address);
          expect(output).not.toContain(secret);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("never alters text with nothing secret in it, whatever short secret values are given", () => {
    const plain = fc
      .string({ maxLength: 60, unit: "grapheme" })
      .map((text) => text.replace(/[\p{Nd}@:=]/gu, ""))
      .filter((text) => !/bearer|basic|eyJ/i.test(text));
    fc.assert(
      fc.property(plain, fc.string({ maxLength: 7 }), (text, short) => {
        expect(redact(text, [short])).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe("redactValue() over generated problem bodies", () => {
  const code = fc.oneof(
    fc.constantFrom(
      "validation_failed",
      "not_found",
      "citizen_not_found",
      "wrong_otp",
      "request_not_pending",
    ),
    fc.stringMatching(/^[a-z][a-z0-9_]{0,40}$/),
  );
  const requestId = fc.oneof(
    fc.uuid(),
    digits(1, 16).map((d) => `req_${d}`),
    fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
  );

  it("hides numbers sent as JSON numbers and strings, and never alters code, requestId or status", () => {
    fc.assert(
      fc.property(
        code,
        requestId,
        fc.integer({ min: 400, max: 599 }),
        fc.oneof(phone, citizenId),
        fc.string({ maxLength: 7 }),
        (problemCode, id, status, secret, short) => {
          // As a JSON number an ID loses its leading zeros; fewer than 8 digits left identify no one.
          fc.pre(Number(secret.national) >= 1e7);
          const problem = {
            type: "about:blank",
            status,
            code: problemCode,
            requestId: id,
            detail: `citizen ${secret.written}`,
            citizenId: Number(secret.national),
            errors: [{ field: "/citizenId", code: problemCode, message: secret.written }],
          };
          const output = redactValue(problem, [short]);
          expect(output.code).toBe(problemCode);
          expect(output.requestId).toBe(id);
          expect(output.status).toBe(status);
          expect(output.errors[0]?.code).toBe(problemCode);
          expect(output.errors[0]?.field).toBe("/citizenId");
          const { code: _, requestId: __, status: ___, errors, ...rest } = output;
          expect(digitCount(JSON.stringify(rest))).toBe(0);
          expect(digitCount(errors[0]?.message ?? "")).toBe(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
