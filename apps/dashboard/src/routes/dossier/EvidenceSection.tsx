import { EvidenceUploader } from "@chinhquyenso/react";

/**
 * The dossier page's documents: the library's EvidenceUploader, connected — files uploaded with their SHA-256 and
 * the "số hóa" flag, and the applicant's stored documents reused by reference (once-only). Its strings and
 * headings are its own; a stored or reused file refreshes the dossier's queries, so the timeline follows.
 */
export function EvidenceSection({ code }: { code: string }) {
  return (
    <div id="evidence" className="panel" data-testid="dossier-evidence">
      <EvidenceUploader dossierCode={code} headingLevel={2} />
    </div>
  );
}
