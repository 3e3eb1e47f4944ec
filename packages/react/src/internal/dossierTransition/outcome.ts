// What a dossier transition came to, in words a civil servant can act on. Pure: the error is read by shape
// (name, status, problem), so the client's error classes are not bundled, and never by its message (which
// may quote data the user should not see).
import type { Dossier, DossierAction } from "@chinhquyenso/client";
import {
  allowedActions as coreAllowedActions,
  DOSSIER_ACTION_LABELS,
  DOSSIER_STATUS_LABELS,
  type Locale,
  labelOf,
} from "@chinhquyenso/core";
import type { Translate } from "../../i18n/translator";
import type { TransitionMessageKey } from "./messages";

export type DossierTransitionFailure =
  /** 409: the state machine refused (the dossier's status changed); `allowedActions` are what applies now. */
  | "conflict"
  /** 412: the dossier changed since it was read; the list is reloaded. */
  | "changed"
  /** 422: the request was incomplete (a reason, a deadline…). */
  | "invalid"
  | "forbidden"
  | "not_found"
  | "unauthorized"
  | "network"
  | "timeout"
  | "failed";

export type DossierTransitionOutcome =
  | { readonly ok: true; readonly code: string; readonly dossier: Dossier }
  | {
      readonly ok: false;
      readonly code: string;
      readonly reason: DossierTransitionFailure;
      /** Localised, actionable, free of personal data. */
      readonly message: string;
      /** For `conflict`: the status the platform reports and the actions allowed from it. */
      readonly currentStatus?: string;
      readonly allowedActions?: readonly string[];
    };

interface ErrorShape {
  name?: unknown;
  status?: unknown;
  problem?: { currentStatus?: unknown; allowedActions?: unknown; errors?: unknown } | undefined;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];

/** The outcome of a failed transition of `dossier` by `action`. */
export function transitionFailure(
  error: unknown,
  dossier: Pick<Dossier, "code" | "status">,
  action: DossierAction,
  locale: Locale,
  t: Translate<TransitionMessageKey>,
): DossierTransitionOutcome {
  const shape = (error && typeof error === "object" ? error : {}) as ErrorShape;
  const code = dossier.code;
  const fail = (reason: DossierTransitionFailure, key: TransitionMessageKey, extra: object = {}) => ({
    ok: false as const,
    code,
    reason,
    message: t(key, { code }),
    ...extra,
  });
  if (shape.name === "ApiError" && typeof shape.status === "number") {
    switch (shape.status) {
      case 409: {
        const current =
          typeof shape.problem?.currentStatus === "string" ? shape.problem.currentStatus : dossier.status;
        const allowed = Array.isArray(shape.problem?.allowedActions)
          ? strings(shape.problem?.allowedActions)
          : [...coreAllowedActions(current)];
        return conflict(code, current, allowed, action, locale, t);
      }
      case 412:
        return fail("changed", "queue.transition.changed");
      case 422: {
        const fields = (Array.isArray(shape.problem?.errors) ? shape.problem.errors : [])
          .map((item) => (item as { field?: unknown })?.field)
          .filter((field): field is string => typeof field === "string")
          .map((field) => field.replace(/^\//, ""));
        return {
          ok: false,
          code,
          reason: "invalid",
          message: t("queue.transition.invalid", { fields: fields.join(", ") || "?" }),
        };
      }
      case 401:
        return fail("unauthorized", "queue.transition.unauthorized");
      case 403:
        return fail("forbidden", "queue.transition.forbidden");
      case 404:
      case 410:
        return fail("not_found", "queue.transition.notFound");
      default:
        return fail("failed", "queue.transition.failed");
    }
  }
  if (shape.name === "NetworkError") return fail("network", "queue.transition.network");
  if (shape.name === "TimeoutError") return fail("timeout", "queue.transition.timeout");
  return fail("failed", "queue.transition.failed");
}

/** A transition the state machine refuses, explained with core's labels. */
export function conflict(
  code: string,
  status: string,
  allowed: readonly string[],
  action: DossierAction,
  locale: Locale,
  t: Translate<TransitionMessageKey>,
): DossierTransitionOutcome {
  const params = {
    code,
    status: labelOf(DOSSIER_STATUS_LABELS, status, locale),
    action: labelOf(DOSSIER_ACTION_LABELS, action, locale),
    allowed: allowed.map((item) => labelOf(DOSSIER_ACTION_LABELS, item, locale)).join(", "),
  };
  return {
    ok: false,
    code,
    reason: "conflict",
    message: t(allowed.length > 0 ? "queue.transition.conflict" : "queue.transition.conflictNone", params),
    currentStatus: status,
    allowedActions: allowed,
  };
}
