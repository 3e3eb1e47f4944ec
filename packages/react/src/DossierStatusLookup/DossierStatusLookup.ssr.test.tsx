import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DossierStatusLookup } from "./DossierStatusLookup";

describe("DossierStatusLookup on the server", () => {
  it("renders the form, and a controlled answer with only its public fields, without a DOM", () => {
    expect(typeof window).toBe("undefined");
    expect(renderToString(<DossierStatusLookup />)).toContain("Mã tra cứu");
    const answer = {
      code: "000.00.04.H29-261120-0007",
      procedureName: "Đăng ký thường trú",
      agencyName: "Công an phường Thủ Dầu Một",
      status: "awaiting_supplement",
      statusId: 5,
      receivedAt: "2026-11-20T09:00:00+07:00",
      dueAt: "2026-12-02T17:00:00+07:00",
      returnedAt: null,
      pausedAt: "2026-11-24T10:00:00+07:00",
      amountDue: null,
      applicant: { fullName: "Nguyễn Văn Bí Mật" },
    } as const;
    const html = renderToString(<DossierStatusLookup result={answer} onLookup={() => {}} />);
    expect(html).toContain("Bổ sung giấy tờ theo phiếu yêu cầu bổ sung");
    expect(html).toContain("02/12/2026");
    expect(html).not.toContain("Bí Mật");
  });
});
