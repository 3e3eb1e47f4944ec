import {
  DOCUMENT_SECRECY_LABELS,
  DOCUMENT_SECRECY_LEVELS,
  DOCUMENT_URGENCIES,
  DOCUMENT_URGENCY_LABELS,
  isOneOf,
  labelOf,
} from "@chinhquyenso/core";
import { useLocale } from "../provider/hooks";

/** Lightning bolt: "hỏa tốc" and "thượng khẩn" stand out by icon and text, not colour alone. */
function UrgentIcon() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="12" height="12">
      <path d="M9.5 0 2 9h5l-1.5 7L14 6H9l.5-6Z" fill="currentColor" />
    </svg>
  );
}

/** Padlock: secrecy levels. */
function LockIcon() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="12" height="12">
      <path
        d="M4 7V5a4 4 0 0 1 8 0v2h1v9H3V7h1Zm2 0h4V5a2 2 0 0 0-4 0v2Z"
        fill="currentColor"
        fillRule="evenodd"
      />
    </svg>
  );
}

/** Urgency badge (nothing for "thường"); an unknown value shows its raw code. */
export function UrgencyBadge({ urgency, prefix }: { urgency: string; prefix: string }) {
  const locale = useLocale();
  if (urgency === "normal") return null;
  const known = isOneOf(DOCUMENT_URGENCIES, urgency);
  const strong = urgency === "flash" || urgency === "very_urgent";
  return (
    <span className="cqs-inbox__badge" data-urgency={known ? urgency : "unknown"}>
      {strong ? <UrgentIcon /> : null}
      <span className="cqs-visually-hidden">{prefix}</span>
      {labelOf(DOCUMENT_URGENCY_LABELS, urgency, locale)}
    </span>
  );
}

/** Secrecy badge (nothing for "thường"); an unknown value shows its raw code. */
export function SecrecyBadge({ secrecy, prefix }: { secrecy: string; prefix: string }) {
  const locale = useLocale();
  if (secrecy === "normal") return null;
  const known = isOneOf(DOCUMENT_SECRECY_LEVELS, secrecy);
  return (
    <span className="cqs-inbox__badge" data-secrecy={known ? secrecy : "unknown"}>
      <LockIcon />
      <span className="cqs-visually-hidden">{prefix}</span>
      {labelOf(DOCUMENT_SECRECY_LABELS, secrecy, locale)}
    </span>
  );
}
