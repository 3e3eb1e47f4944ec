import type { Placement } from "@chinhquyenso/client";
import { useContext } from "react";
import type { Translate } from "../i18n/translator";
import { createClientContext } from "../provider/clientContext";
import { useConnection } from "../provider/hooks";
import { formatFingerprint } from "./documents";
import type { SigningMessageKey } from "./messages";
import type { SigningDocument } from "./types";
import { useCachedQuery } from "./useCachedQuery";
import { fingerprintQuery } from "./useSigningData";

export type ItemStatus = "pending" | "active" | "signed" | "failed";

/** Whether the prompt has a platform connection (fingerprints are then computed from the files). */
export const SigningConnectedContext = /* @__PURE__ */ createClientContext(false, "SigningPrompt");

interface DocumentListProps {
  documents: readonly SigningDocument[];
  kind: string;
  t: Translate<SigningMessageKey>;
  /** Review: fingerprint and placement of each document. Otherwise: each document's progress. */
  detail: "review" | "progress";
  statuses?: readonly ItemStatus[] | undefined;
}

const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value : undefined);

function Fingerprint({ value, t }: { value: string | undefined; t: Translate<SigningMessageKey> }) {
  if (value === undefined) return <span>{t("signing.document.fingerprintMissing")}</span>;
  const formatted = formatFingerprint(value);
  return formatted ? (
    <code className="cqs-signing-prompt__fingerprint">{formatted}</code>
  ) : (
    <span>{t("signing.document.fingerprintFailed")}</span>
  );
}

function ConnectedFingerprint({ id, t }: { id: string; t: Translate<SigningMessageKey> }) {
  const { client, queryClient } = useConnection("SigningPrompt");
  const fingerprint = useCachedQuery(queryClient, fingerprintQuery(client, id), true);
  if (fingerprint.status === "pending") return <span>{t("signing.document.fingerprintLoading")}</span>;
  if (fingerprint.status === "error") return <span>{t("signing.document.fingerprintFailed")}</span>;
  return <Fingerprint value={fingerprint.data} t={t} />;
}

/** Decree 30 Annex I: where each kind of signature goes. */
function placementText(kind: string, t: Translate<SigningMessageKey>): string {
  switch (kind) {
    case "approval":
      return t("signing.placement.approval");
    case "issuance":
      return t("signing.placement.issuance");
    case "copy":
    case "appendix":
      return t("signing.placement.copy");
    default:
      return t("signing.placement.other");
  }
}

// An A4 page in PDF points, for the thumbnail.
const PAGE = { width: 595, height: 842 };

function isPlacement(value: unknown): value is Placement {
  const p = value as Placement;
  return (
    typeof p === "object" &&
    p !== null &&
    [p.page, p.x, p.y, p.width, p.height].every((n) => typeof n === "number" && Number.isFinite(n)) &&
    p.width > 0 &&
    p.height > 0
  );
}

/** A thumbnail of the page with the signature's box (decorative: the text says the same). */
function PlacementThumbnail({ kind, placement }: { kind: string; placement: Placement | undefined }) {
  const corner = kind === "copy" || kind === "appendix";
  const box =
    !corner && placement
      ? {
          x: placement.x,
          y: PAGE.height - placement.y - placement.height,
          w: placement.width,
          h: placement.height,
        }
      : { x: PAGE.width - 220, y: 30, w: 190, h: 60 };
  return (
    <svg
      className="cqs-signing-prompt__thumbnail"
      viewBox={`0 0 ${PAGE.width} ${PAGE.height}`}
      aria-hidden="true"
    >
      <rect
        x="1"
        y="1"
        width={PAGE.width - 2}
        height={PAGE.height - 2}
        className="cqs-signing-prompt__page"
      />
      <rect x={box.x} y={box.y} width={box.w} height={box.h} className="cqs-signing-prompt__box" />
    </svg>
  );
}

function DocumentPlacement({
  document,
  kind,
  t,
}: {
  document: SigningDocument;
  kind: string;
  t: Translate<SigningMessageKey>;
}) {
  const placement = isPlacement(document.placement) ? document.placement : undefined;
  const corner = kind === "copy" || kind === "appendix";
  const where = corner
    ? t("signing.placement.page", { page: 1 })
    : placement
      ? t("signing.placement.page", { page: placement.page })
      : undefined;
  return (
    <span className="cqs-signing-prompt__placement">
      {corner || placement ? <PlacementThumbnail kind={kind} placement={placement} /> : null}
      <span>
        {where ? `${where}: ` : ""}
        {placementText(kind, t)}
        {!corner && !placement ? ` (${t("signing.placement.default")})` : ""}
      </span>
    </span>
  );
}

/** The documents of a signing: what will be signed (review) or how far each has got (progress). */
export function DocumentList({ documents, kind, t, detail, statuses }: DocumentListProps) {
  const connected = useContext(SigningConnectedContext);
  return (
    <ol className="cqs-signing-prompt__documents" data-detail={detail}>
      {documents.map((document, index) => {
        const number = text(document.number);
        const status = statuses?.[index];
        const source = document.source ?? "document";
        return (
          <li
            key={`${source}/${document.id}`}
            className="cqs-signing-prompt__document"
            {...(status ? { "data-status": status } : {})}
          >
            <div className="cqs-signing-prompt__document-head">
              <span className="cqs-signing-prompt__number">{number ?? t("signing.document.noNumber")}</span>
              {text(document.type) ? <span>{document.type}</span> : null}
              {typeof document.pages === "number" && document.pages > 0 ? (
                <span>{t("signing.document.pages", { count: document.pages })}</span>
              ) : null}
              {status ? (
                <span className="cqs-signing-prompt__status" data-status={status}>
                  {t(`signing.item.${status}`)}
                </span>
              ) : null}
            </div>
            <p className="cqs-signing-prompt__subject">
              {text(document.subject) ?? t("signing.document.noSubject")}
            </p>
            {detail === "review" ? (
              <dl className="cqs-signing-prompt__facts">
                <dt>{t("signing.document.fingerprint")}</dt>
                <dd>
                  {document.fingerprint === undefined && connected && source === "document" ? (
                    <ConnectedFingerprint id={document.id} t={t} />
                  ) : (
                    <Fingerprint value={document.fingerprint} t={t} />
                  )}
                </dd>
                <dt>{t("signing.document.placement")}</dt>
                <dd>
                  <DocumentPlacement document={document} kind={kind} t={t} />
                </dd>
              </dl>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
