import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DOSSIER_CODE, LAND_TRANSFER_FEES, PENDING } from "../internal/payments/fixtures";
import { PaymentStatus } from "./PaymentStatus";

describe("PaymentStatus on the server", () => {
  it("renders what is owed and the link to pay without a DOM", () => {
    expect(typeof window).toBe("undefined");
    const html = renderToString(
      <PaymentStatus dossierCode={DOSSIER_CODE} fees={LAND_TRANSFER_FEES} paymentRequests={PENDING} />,
    );
    expect(html).toContain("Thanh toán trực tuyến");
    expect(html).toContain("https://thanhtoan.dichvucong.example/pay/pay_00102");
    expect(html).toContain("TB-03311/LPTB");
  });
});
