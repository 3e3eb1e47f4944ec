import { DossierPayments } from "@chinhquyenso/react";

/**
 * The dossier page's payments: fees and obligations, payment requests with their live state, reconciliation and
 * e-receipts — the library's DossierPayments, connected (its strings and headings are its own; it reads the
 * dossier's status through the same query as DossierDetail, so the page makes one request for it).
 */
export function PaymentsSection({ code }: { code: string }) {
  return (
    <div id="payments" className="panel" data-testid="dossier-payments">
      <DossierPayments dossierCode={code} headingLevel={2} />
    </div>
  );
}
