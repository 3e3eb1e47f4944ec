import { CREDENTIALS, EMAIL, PERSONAL_NUMBER } from "./patterns";

/**
 * Secret values shorter than this are not searched for: replacing a one-letter token would corrupt every word
 * that contains the letter (a problem's `code` included). A token is hidden by the credential rules anyway
 * (`Bearer …`), and the client never writes its Authorization header.
 */
export const MIN_SECRET_LENGTH = 8;

const REDACTED = "[redacted]";

/**
 * Citizen ID and phone numbers hidden: what core's own error messages need when they quote a caller's value (a
 * date, a code, a duration). Credentials never reach core's functions; leaving those rules out keeps about
 * 100 B gz out of every app that imports core.
 */
export function redactQuotedValue(text: string): string {
  return text.replace(PERSONAL_NUMBER, "[number]");
}

/**
 * `text` without secrets or personal data: every given secret value of 8+ characters, authorization credentials (`Bearer …`, `bearer: sk_…`), JWTs, e-mail
 * addresses, citizen ID and phone numbers. For error messages, logs and hook payloads.
 */
export function redact(text: string, secrets: readonly string[] = []): string {
  for (const secret of secrets)
    if (secret.length >= MIN_SECRET_LENGTH) text = text.replaceAll(secret, REDACTED);
  for (const [pattern, replacement] of CREDENTIALS) text = text.replace(pattern, replacement);
  return redactQuotedValue(text.replace(EMAIL, "[email]"));
}

// Fields that identify a problem rather than describe it: never personal, needed verbatim by code and support.
const KEPT = /^(code|errorCode|requestId)$/;

/**
 * Deep copy of a JSON value (a problem body) with every string redacted and every number of 8+ digits (a
 * citizen ID or phone number sent as a JSON number, its leading zero lost) replaced by `"[number]"`. `code`,
 * `errorCode` and `requestId` are kept as they are.
 */
export const redactValue = <T>(value: T, secrets: readonly string[] = []): T =>
  value === undefined
    ? value
    : JSON.parse(JSON.stringify(value), (key, item) =>
        KEPT.test(key)
          ? item
          : typeof item === "string"
            ? redact(item, secrets)
            : typeof item === "number" && Math.abs(item) >= 1e7
              ? "[number]"
              : item,
      );
