// Redaction of secrets and personal data in everything the client writes (error messages, toJSON(), hook
// payloads) is core's: one module for the client, the widgets and the sandbox's logs. Kept under this path and
// these names so the rest of the runtime imports it as before.
export { redact, redactValue } from "@chinhquyenso/core";
