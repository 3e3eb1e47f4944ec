import { createClient } from "@chinhquyenso/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChinhQuyenSoProvider } from "../provider";
import { HouseholdLookup } from "./HouseholdLookup";

describe("HouseholdLookup on the server", () => {
  it("renders the form, reason first, with the purposes in force on the provider's date", () => {
    expect(typeof window).toBe("undefined");
    const client = createClient({ baseUrl: "http://127.0.0.1:9" });
    const html = renderToString(
      <ChinhQuyenSoProvider client={client} now={() => new Date("2022-06-01T09:00:00+07:00")}>
        <HouseholdLookup />
      </ChinhQuyenSoProvider>,
    );
    expect(html).toContain("Mục đích tra cứu");
    expect(html.indexOf("Mục đích tra cứu")).toBeLessThan(html.indexOf("Số định danh cá nhân (CCCD)"));
    // In mid-2022 only the Law on Residence's purpose applied.
    expect(html).toContain("Xác minh thông tin cư trú");
    expect(html).not.toContain("Giải quyết hồ sơ thủ tục hành chính");
    expect(html).toContain("Đang tải nhật ký…");
  });
});
