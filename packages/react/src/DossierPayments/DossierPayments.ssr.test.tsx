import { renderToString } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AWAITING_CONFIRMATION,
  BAD_FEES,
  DOSSIER_CODE,
  LAND_TRANSFER_FEES,
} from "../internal/payments/fixtures";
import { ChinhQuyenSoProvider } from "../provider";
import { startSsrPlatform } from "../support/insights-ssr.test-support";
import { DossierPayments } from "./DossierPayments";

describe("DossierPayments on the server", () => {
  it("renders controlled fees and the reconciliation without a DOM, bad amounts included", () => {
    expect(typeof window).toBe("undefined");
    const html = renderToString(
      <DossierPayments
        dossierCode={DOSSIER_CODE}
        fees={LAND_TRANSFER_FEES}
        paymentRequests={AWAITING_CONFIRMATION}
      />,
    );
    expect(html).toContain("Lệ phí trước bạ nhà, đất");
    expect(html).toContain("GD-20261126-0042");
    expect(renderToString(<DossierPayments dossierCode={DOSSIER_CODE} fees={BAD_FEES} />)).toContain(
      "Số tiền không hợp lệ",
    );
  });

  describe("with data prefetched from the sandbox over loopback HTTP", () => {
    let platform: Awaited<ReturnType<typeof startSsrPlatform>>;
    beforeAll(async () => {
      platform = await startSsrPlatform();
    });
    afterAll(() => platform.sandbox.close());

    it("renders a dossier's fees and payment requests as the platform has them", async () => {
      const { sandbox, client, queryClient, queries } = platform;
      // The SSR platform signs in as the default officer: only their agency's dossiers are visible.
      const record = [...sandbox.store.dossiers.values()].find(
        (item) => item.agencyCode === sandbox.store.currentUser.agencyCode && item.paymentRequests.length > 0,
      );
      const code = record?.code ?? "";
      const fees = await queryClient.fetchQuery(queries.dossiers.listFees(code));
      const requests = await queryClient.fetchQuery(queries.dossiers.listPaymentRequests(code));
      const html = renderToString(
        <ChinhQuyenSoProvider client={client} queryClient={queryClient} live={false}>
          <DossierPayments dossierCode={code} dossierStatus={record?.status} />
        </ChinhQuyenSoProvider>,
      );
      expect(html).toContain(fees.items[0]?.name);
      expect(html).toContain(requests.items[0]?.id);
      expect(html).not.toContain("aria-busy");
    });
  });
});
