// Named states a story or a test can put a store in: empty lists, an empty queue, an operation that fails,
// signing requests that expire, get rejected or need an OTP, a provider that is down.
import { DOSSIER_QUEUES, type DossierQueue } from "@chinhquyenso/core";
import type { SigningOutcome } from "../dataset/types";
import { MockOptionsError } from "../errors";
import { OPERATIONS, type OperationId } from "../openapi/document";
import { type PaymentSimulation, simulatePayment } from "./payment-ops";
import { anyTokenPrincipal } from "./principals";
import { inQueue } from "./queues";
import { createSigningRequest } from "./signing-ops";
import type { MockStore } from "./store";

export type Scenario =
  /** Every list empty (dossiers, documents, signing requests, feedback, meetings, calendar, notifications, news). */
  | "empty"
  /** New signing requests are never confirmed: they expire (`transaction_expired`). */
  | "signing_expires"
  /** The signer refuses in the provider's app (`user_rejected`). */
  | "signing_rejected"
  /** The provider fails the transaction (`provider_unavailable`). */
  | "signing_fails"
  /** Every remote provider confirms by OTP (the right one is the store's `signing.otp`, "123456" by default). */
  | "signing_needs_otp"
  /** Every signing provider is down (listing certificates and creating requests answer 502). */
  | "signing_unavailable"
  | { readonly name: "empty_queue"; readonly queue: DossierQueue }
  | {
      readonly name: "operation_error";
      readonly operationId: OperationId;
      readonly status: number;
      readonly times?: number;
    }
  | {
      readonly name: "signing";
      readonly outcome: SigningOutcome;
      readonly confirmAfterMs?: number;
      readonly transactionSeconds?: number;
    }
  /**
   * The payment simulator: the national platform pays, fails, expires or refunds a payment request, now or after
   * `afterMs`; a payment's confirmation here can come later (`confirmAfterMs`) or wait for an officer (null).
   */
  | ({ readonly name: "payment" } & PaymentSimulation)
  /** A signing request awaiting the user now, for a document awaiting signature, that will then end as `outcome`. */
  | {
      readonly name: "pending_signing";
      readonly provider?: "vgca" | "smartca" | "mysign" | "neac";
      readonly outcome?: SigningOutcome;
    };

export const SCENARIO_NAMES = [
  "empty",
  "signing_expires",
  "signing_rejected",
  "signing_fails",
  "signing_needs_otp",
  "signing_unavailable",
] as const;

/**
 * Applies a scenario; returns the id of what it created (the `pending_signing` request) or acted on (the `payment`
 * scenario's payment request), if anything.
 */
export function applyScenario(store: MockStore, scenario: Scenario): string | undefined {
  if (typeof scenario === "string") {
    switch (scenario) {
      case "empty":
        for (const map of [
          store.dossiers,
          store.documents,
          store.signingRequests,
          store.feedback,
          store.feedbackByCode,
          store.meetings,
          store.notifications,
        ])
          map.clear();
        store.world.calendarEvents.length = 0;
        store.world.news.length = 0;
        return;
      case "signing_expires":
        store.signing.outcome = "expire";
        return;
      case "signing_rejected":
        store.signing.outcome = "reject";
        return;
      case "signing_fails":
        store.signing.outcome = "fail";
        return;
      case "signing_needs_otp":
        for (const provider of store.world.signingProviders)
          if (provider.flow === "remote") provider.confirmation = "otp";
        return;
      case "signing_unavailable":
        for (const provider of store.world.signingProviders) provider.available = false;
        return;
      default:
        throw new MockOptionsError(
          "scenario",
          `unknown scenario "${String(scenario)}"; known: ${SCENARIO_NAMES.join(", ")}, or an object scenario`,
        );
    }
  }
  switch (scenario?.name) {
    case "empty_queue": {
      if (!DOSSIER_QUEUES.includes(scenario.queue))
        throw new MockOptionsError("scenario.queue", `must be one of ${DOSSIER_QUEUES.join(", ")}`);
      for (const record of [...store.dossiers.values()])
        if (inQueue(store, record, scenario.queue)) store.dossiers.delete(record.code);
      return;
    }
    case "operation_error":
      if (!OPERATIONS.has(scenario.operationId))
        throw new MockOptionsError(
          "scenario.operationId",
          `"${scenario.operationId}" is not an operation of the contract`,
        );
      store.forceError(scenario.operationId, scenario.status, scenario.times);
      return;
    case "pending_signing": {
      const pending = (id: string) =>
        [...store.signingRequests.values()].some(
          (request) =>
            request.state === "awaiting_user" && request.items.some((entry) => entry.documentId === id),
        );
      const document = [...store.documents.values()].find(
        (item) => item.state === "awaiting_signature" && !pending(item.id),
      );
      if (!document)
        throw new MockOptionsError(
          "scenario",
          "no document awaiting a signature is left for a pending request",
        );
      const provider = scenario.provider ?? "smartca";
      const previous = store.signing.outcome;
      store.signing.outcome = scenario.outcome ?? "complete";
      const serial = store.world.certificates[provider]?.find(
        (certificate) => certificate.status === "valid",
      )?.serial;
      try {
        // Opened by the data set's current user, as if from another tab of theirs.
        return createSigningRequest(
          store,
          {
            provider,
            kind: "approval",
            ...(serial ? { certificateSerial: serial } : {}),
            items: [{ source: "document", documentId: document.id, format: "pades" }],
          },
          anyTokenPrincipal(store.world, "scenario", null),
        ).id;
      } finally {
        store.signing.outcome = previous;
      }
    }
    case "payment":
      return simulatePayment(store, scenario);
    case "signing":
      if (!["complete", "reject", "expire", "fail"].includes(scenario.outcome))
        throw new MockOptionsError("scenario.outcome", "must be complete, reject, expire or fail");
      store.signing.outcome = scenario.outcome;
      if (scenario.confirmAfterMs !== undefined) store.signing.confirmAfterMs = scenario.confirmAfterMs;
      if (scenario.transactionSeconds !== undefined)
        store.signing.transactionSeconds = scenario.transactionSeconds;
      return;
    default:
      throw new MockOptionsError("scenario", "must be a scenario name or an object with a known `name`");
  }
}
