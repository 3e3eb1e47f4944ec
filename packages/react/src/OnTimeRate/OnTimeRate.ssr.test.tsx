import { renderToString } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChinhQuyenSoProvider } from "../provider";
import { startSsrPlatform } from "../support/insights-ssr.test-support";
import { OnTimeRate } from "./OnTimeRate";

describe("OnTimeRate on the server", () => {
  it("renders controlled rows and the empty state without a DOM", () => {
    expect(typeof window).toBe("undefined");
    expect(renderToString(<OnTimeRate rows={[{ early: 3, onTime: 1, late: 1 }]} />)).toContain("80%");
    expect(renderToString(<OnTimeRate rows={[]} />)).toContain("Chưa có hồ sơ hoàn thành trong kỳ");
  });

  describe("with data prefetched from the sandbox over loopback HTTP", () => {
    let platform: Awaited<ReturnType<typeof startSsrPlatform>>;
    beforeAll(async () => {
      platform = await startSsrPlatform();
    });
    afterAll(() => platform.sandbox.close());

    it("renders the report of the requested period", async () => {
      const { client, queryClient, queries, now } = platform;
      const params = { from: "2026-07-01", to: "2026-09-30", granularity: "quarter" as const };
      const report = await queryClient.fetchQuery(queries.reports.timeliness(params));
      const html = renderToString(
        <ChinhQuyenSoProvider client={client} queryClient={queryClient} live={false} now={now}>
          <OnTimeRate from="2026-07-01" to="2026-09-30" granularity="quarter" />
        </ChinhQuyenSoProvider>,
      );
      expect(report.rows.length).toBeGreaterThan(0);
      expect(html).toContain("Từ 01/07/2026 đến 30/09/2026");
      expect(html).toContain(`Chi tiết theo đơn vị và kỳ (${report.rows.length})`);
    });
  });
});
