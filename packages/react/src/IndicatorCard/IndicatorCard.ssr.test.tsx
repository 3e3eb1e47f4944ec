import { createClient } from "@chinhquyenso/client";
import { renderToString } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChinhQuyenSoProvider } from "../provider";
import { startSsrPlatform } from "../support/insights-ssr.test-support";
import { IndicatorCard } from "./IndicatorCard";

describe("IndicatorCard on the server", () => {
  it("renders controlled data without a DOM", () => {
    expect(typeof window).toBe("undefined");
    const html = renderToString(
      <IndicatorCard
        indicator={{
          name: "Thu ngân sách",
          unit: "tỷ đồng",
          value: 5234.5,
          target: null,
          periodLabel: "2026-Q3",
        }}
        points={[
          { period: "2026-Q2", value: 5000 },
          { period: "2026-Q3", value: 5234.5 },
        ]}
      />,
    );
    expect(html).toContain("5.234,5 tỷ đồng");
    expect(html).toContain("Quý III/2026");
    expect(html).toContain("Tăng 4,7% so với kỳ trước");
    expect(html).toContain('class="cqs-sparkline');
  });

  it("renders the skeleton of a connected card before data (no request on the server)", () => {
    const client = createClient({ baseUrl: "http://127.0.0.1:9" });
    const html = renderToString(
      <ChinhQuyenSoProvider client={client}>
        <IndicatorCard code="HCC-01" />
      </ChinhQuyenSoProvider>,
    );
    expect(html).toContain('data-state="loading"');
    expect(html).toContain("Đang tải số liệu chỉ tiêu…");
  });

  describe("with data prefetched from the sandbox over loopback HTTP", () => {
    let platform: Awaited<ReturnType<typeof startSsrPlatform>>;
    beforeAll(async () => {
      platform = await startSsrPlatform();
    });
    afterAll(() => platform.sandbox.close());

    it("renders the figure, the change and the sparkline", async () => {
      const { client, queryClient, queries, sandbox } = platform;
      await queryClient.prefetchQuery(queries.indicators.list(undefined));
      await queryClient.prefetchQuery(queries.indicators.series("HCC-02", undefined));
      const html = renderToString(
        <ChinhQuyenSoProvider client={client} queryClient={queryClient} live={false} locale="en">
          <IndicatorCard code="HCC-02" polarity="higher_is_better" />
        </ChinhQuyenSoProvider>,
      );
      const indicator = sandbox.store.world.indicators.find((item) => item.code === "HCC-02");
      expect(html).toContain(indicator?.name);
      expect(html).toMatch(/(Up|Down) [\d.]+ percentage points on the previous period|Unchanged/);
      expect(html).toContain('class="cqs-sparkline');
    });
  });
});
