import { DossierPayments } from "@chinhquyenso/react";

/**
 * The dossier page's payments: fees and obligations, payment requests with their live state, reconciliation and
 * e-receipts — the library's DossierPayments, connected (its strings and headings are its own). A component of
 * its own so that the page's layout can place it as a section or a tab.
 */
export function PaymentsSection({ code, status }: { code: string; status: string }) {
  return (
    <div id="payments" className="panel" data-testid="dossier-payments">
      <DossierPayments dossierCode={code} dossierStatus={status} headingLevel={2} />
    </div>
  );
}
