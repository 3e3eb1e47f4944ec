import { renderToString } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChinhQuyenSoProvider } from "../provider";
import { startSsrPlatform } from "../support/insights-ssr.test-support";
import { IndicatorTrend } from "./IndicatorTrend";

describe("IndicatorTrend on the server", () => {
  it("draws at the default width without a DOM", () => {
    expect(typeof window).toBe("undefined");
    const html = renderToString(
      <IndicatorTrend
        title="Lượt khách du lịch"
        series={{
          unit: "lượt",
          points: [
            { period: "2026-09", value: 410000 },
            { period: "2026-10", value: 452000 },
          ],
        }}
      />,
    );
    expect(html).toContain('width="640"');
    expect(html).toContain("Tăng 10,2% so với kỳ trước.");
    expect(html).toContain('aria-pressed="false"');
  });

  describe("with data prefetched from the sandbox over loopback HTTP", () => {
    let platform: Awaited<ReturnType<typeof startSsrPlatform>>;
    beforeAll(async () => {
      platform = await startSsrPlatform();
    });
    afterAll(() => platform.sandbox.close());

    it("renders the series of an indicator by code", async () => {
      const { client, queryClient, queries } = platform;
      await queryClient.prefetchQuery(queries.indicators.series("MT-01", { from: "2026-01" }));
      const html = renderToString(
        <ChinhQuyenSoProvider client={client} queryClient={queryClient} live={false}>
          <IndicatorTrend code="MT-01" from="2026-01" title="AQI" defaultView="table" />
        </ChinhQuyenSoProvider>,
      );
      expect(html).toContain("AQI theo kỳ");
      expect(html.match(/<tr>/g)?.length).toBe(11); // header + January to October
    });
  });
});
