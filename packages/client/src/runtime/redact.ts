// Redaction of secrets and personal data in everything the client writes (error messages, toJSON(), hook
// payloads) is @chinhquyenso/core's: one module for the client, the widgets and the sandbox's logs. Core is a dev
// dependency: tsup bundles just these two functions into the client, so an app that bundles the client with
// esbuild (no code splitting) does not find core behind the client's lazy chunks, where it could no longer be
// tree-shaken. The names and signatures are the ones the client has always exported.
import { redact as coreRedact, redactValue as coreRedactValue } from "@chinhquyenso/core";

/** Masks credentials, e-mail addresses, phone and citizen ID numbers and every given secret value in `text`. */
export const redact: (text: string, secrets?: readonly string[]) => string = coreRedact;

/** Deep copy of a JSON value (a problem body) with every string redacted; `code` and `requestId` kept. */
export const redactValue: <T>(value: T, secrets?: readonly string[]) => T = coreRedactValue;
