import { renderToString } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChinhQuyenSoProvider } from "../provider";
import { startSsrPlatform } from "../support/insights-ssr.test-support";
import { Decision766Summary } from "./Decision766Summary";

describe("Decision766Summary on the server", () => {
  it("renders a controlled report without a DOM", () => {
    expect(typeof window).toBe("undefined");
    const html = renderToString(
      <Decision766Summary
        report={{ year: 2025, groups: [{ group: "publicity", score: 17.5, maxScore: 18 }] }}
      />,
    );
    expect(html).toContain("Công khai, minh bạch");
    expect(html).toContain("97,2%");
  });

  describe("with data prefetched from the sandbox over loopback HTTP", () => {
    let platform: Awaited<ReturnType<typeof startSsrPlatform>>;
    beforeAll(async () => {
      platform = await startSsrPlatform();
    });
    afterAll(() => platform.sandbox.close());

    it("renders an agency's scores", async () => {
      const { client, queryClient, queries, sandbox } = platform;
      const agencyCode = sandbox.store.world.agencies[2]?.code ?? "missing agency";
      await queryClient.prefetchQuery(queries.reports.decision766({ agencyCode, year: 2026 }));
      const html = renderToString(
        <ChinhQuyenSoProvider client={client} queryClient={queryClient} live={false} locale="en">
          <Decision766Summary agencyCode={agencyCode} year={2026} />
        </ChinhQuyenSoProvider>,
      );
      expect(html).toContain("Year 2026");
      expect(html).toContain("Digitisation of dossiers");
      expect(html).toMatch(/Total: [\d.]+ of 90 points/);
    });
  });
});
