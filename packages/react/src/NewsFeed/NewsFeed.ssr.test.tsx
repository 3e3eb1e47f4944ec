import { renderToString } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChinhQuyenSoProvider } from "../provider";
import { startSsrPlatform } from "../support/insights-ssr.test-support";
import { NewsFeed } from "./NewsFeed";

describe("NewsFeed on the server", () => {
  it("renders controlled articles as text without a DOM", () => {
    expect(typeof window).toBe("undefined");
    const html = renderToString(
      <NewsFeed
        articles={[
          { id: "a", title: "<b>Tin</b>", summary: "Tóm tắt", publishedAt: "2026-01-20T08:00:00+07:00" },
        ]}
      />,
    );
    expect(html).toContain("&lt;b&gt;Tin&lt;/b&gt;");
    expect(html).toContain("20/01/2026");
  });

  it("renders past malformed articles without a DOM", () => {
    const html = renderToString(
      <NewsFeed
        articles={[null, 3, { id: "b", title: "Tin đọc được" }] as unknown as { id: string; title: string }[]}
      />,
    );
    expect(html).toContain("Tin đọc được");
    expect(html.match(/data-invalid/g)?.length).toBe(2);
  });

  describe("with data prefetched from the sandbox over loopback HTTP", () => {
    let platform: Awaited<ReturnType<typeof startSsrPlatform>>;
    beforeAll(async () => {
      platform = await startSsrPlatform();
    });
    afterAll(() => platform.sandbox.close());

    it("renders the first page of reference news", async () => {
      const { client, queryClient, queries } = platform;
      const params = { category: "reference" as const, limit: 4 };
      const pages = await queryClient.fetchInfiniteQuery(queries.news.listInfinite(params));
      const html = renderToString(
        <ChinhQuyenSoProvider client={client} queryClient={queryClient} live={false}>
          <NewsFeed defaultCategory="reference" pageSize={4} />
        </ChinhQuyenSoProvider>,
      );
      const first = pages.pages[0]?.items[0];
      expect(first?.category).toBe("reference");
      expect(html).toContain(first?.title);
      expect(html.match(/<article/g)?.length).toBe(4);
      expect(html).toContain("Xem thêm");
    });
  });
});
