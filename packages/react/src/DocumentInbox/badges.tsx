import {
  DOCUMENT_SECRECY_LABELS,
  DOCUMENT_SECRECY_LEVELS,
  DOCUMENT_URGENCIES,
  DOCUMENT_URGENCY_LABELS,
  isOneOf,
  labelOf,
} from "@chinhquyenso/core";
import { useLocale } from "../provider/hooks";

// The icons (a bolt for "hỏa tốc" and "thượng khẩn", a padlock for secrecy) are drawn by document-inbox.css from
// the badge's data attribute, not inline SVG: a page of 50 rows would repeat the same paths 50 times, some 30
// server-rendered chunks and 160–210 bytes of HTML per badge.

/** Urgency badge (nothing for "thường"); an unknown value shows its raw code. */
export function UrgencyBadge({ urgency, prefix }: { urgency: string; prefix: string }) {
  const locale = useLocale();
  if (urgency === "normal") return null;
  const known = isOneOf(DOCUMENT_URGENCIES, urgency);
  return (
    <span className="cqs-inbox__badge" data-urgency={known ? urgency : "unknown"}>
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
      <span className="cqs-visually-hidden">{prefix}</span>
      {labelOf(DOCUMENT_SECRECY_LABELS, secrecy, locale)}
    </span>
  );
}
