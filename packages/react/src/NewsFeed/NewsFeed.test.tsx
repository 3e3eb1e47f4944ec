import { describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { ChinhQuyenSoProvider } from "../provider";
import { mockedPlatform, TestPlatform } from "../support/insights.test-support";
import { NewsFeed } from "./NewsFeed";
import type { NewsItem } from "./types";

const articles: NewsItem[] = [
  {
    id: "nw_1",
    category: "news",
    title: "TP.HCM đẩy mạnh chuyển đổi số",
    summary: "Tỉnh triển khai ứng dụng Chính quyền số cho cán bộ.",
    source: "Cổng thông tin điện tử Thành phố",
    publishedAt: "2026-01-20T08:00:00+07:00",
    imageUrl: "https://cdn.chinhquyenso.example/tin-tuc/1.jpg",
  },
  {
    id: "nw_2",
    category: "news",
    title: '<img src=x onerror="window.__pwned=1">Tiêu đề có mã',
    summary: "<script>window.__pwned=2</script> vẫn là chữ",
    source: "Báo Sài Gòn Giải Phóng",
    publishedAt: "không rõ ngày",
    imageUrl: "javascript:alert(1)",
  },
];

describe("NewsFeed (Chromium)", () => {
  it("shows title, summary, date, source and a decorative image; text stays text", async () => {
    const screen = await render(<NewsFeed articles={articles} />);
    await expect
      .element(screen.getByRole("heading", { name: "TP.HCM đẩy mạnh chuyển đổi số" }))
      .toBeVisible();
    await expect
      .element(screen.getByText("20/01/2026"))
      .toHaveAttribute("datetime", "2026-01-20T08:00:00+07:00");
    await expect.element(screen.getByText("Nguồn: Cổng thông tin điện tử Thành phố")).toBeVisible();
    await expect
      .element(screen.getByText('<img src=x onerror="window.__pwned=1">Tiêu đề có mã'))
      .toBeVisible();
    await expect.element(screen.getByText("<script>window.__pwned=2</script> vẫn là chữ")).toBeVisible();
    await expect.element(screen.getByText("không rõ ngày")).not.toHaveAttribute("datetime");
    const images = [...screen.container.querySelectorAll("img")];
    expect(images.map((image) => [image.getAttribute("src"), image.getAttribute("alt")])).toEqual([
      ["https://cdn.chinhquyenso.example/tin-tuc/1.jpg", ""],
    ]);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("renders the readable articles and marks each malformed one (null, a number, no title)", async () => {
    const broken = [
      null,
      articles[0],
      42,
      { id: "nw_9", category: "news" },
      "chuỗi",
      { ...(articles[1] as NewsItem), id: "nw_2" },
    ] as unknown as NewsItem[];
    const getHref = vi.fn((article: NewsItem) => `/tin/${article.id}`);
    const screen = await render(<NewsFeed articles={broken} getArticleHref={getHref} />);
    await expect
      .element(screen.getByRole("link", { name: "TP.HCM đẩy mạnh chuyển đổi số" }))
      .toHaveAttribute("href", "/tin/nw_1");
    expect(screen.getByRole("article").elements()).toHaveLength(2);
    expect(screen.getByText("Tin này không hiển thị được (dữ liệu không hợp lệ).").elements()).toHaveLength(
      4,
    );
    expect(screen.container.querySelectorAll("li[data-invalid]")).toHaveLength(4);
    // The host's callbacks only ever see readable articles.
    expect(getHref.mock.calls.map(([article]) => article.id)).toEqual(["nw_1", "nw_2"]);
    expect(screen.container.querySelector("section")?.getAttribute("data-state")).toBe("ready");
  });

  it("links titles only to http(s) or same-site URLs", async () => {
    const hrefs: Record<string, string> = { nw_1: "/tin-tuc/nw_1", nw_2: "javascript:alert(1)" };
    const screen = await render(
      <NewsFeed articles={articles} getArticleHref={(article) => hrefs[article.id]} />,
    );
    await expect
      .element(screen.getByRole("link", { name: "TP.HCM đẩy mạnh chuyển đổi số" }))
      .toHaveAttribute("href", "/tin-tuc/nw_1");
    expect(screen.getByRole("link").elements()).toHaveLength(1);
  });

  it("links titles to the article's url and describes its image with imageAlt; the props override both", async () => {
    const withPage: NewsItem[] = [
      {
        ...(articles[0] as NewsItem),
        url: "https://binhduong.gov.vn/tin-tuc/nw_1.html",
        imageAlt: "Cán bộ hướng dẫn người dân",
      },
      { ...(articles[1] as NewsItem), url: "javascript:alert(1)", imageAlt: null },
    ];
    const screen = await render(<NewsFeed articles={withPage} />);
    await expect
      .element(screen.getByRole("link", { name: "TP.HCM đẩy mạnh chuyển đổi số" }))
      .toHaveAttribute("href", "https://binhduong.gov.vn/tin-tuc/nw_1.html");
    expect(screen.getByRole("link").elements()).toHaveLength(1);
    await expect.element(screen.getByRole("img", { name: "Cán bộ hướng dẫn người dân" })).toBeVisible();
    await screen.unmount();

    const overridden = await render(
      <NewsFeed
        articles={withPage}
        getArticleHref={(article) => `/tin/${article.id}`}
        getImageAlt={() => ""}
      />,
    );
    await expect
      .element(overridden.getByRole("link", { name: "TP.HCM đẩy mạnh chuyển đổi số" }))
      .toHaveAttribute("href", "/tin/nw_1");
    expect(overridden.container.querySelector("img")?.getAttribute("alt")).toBe("");
  });

  it("makes titles buttons for onArticleSelect, usable by keyboard", async () => {
    const onSelect = vi.fn();
    const screen = await render(<NewsFeed articles={articles.slice(0, 1)} onArticleSelect={onSelect} />);
    await userEvent.tab(); // the "Tin tức" tab
    await userEvent.tab(); // the panel
    await userEvent.tab(); // the first title
    await expect.element(screen.getByRole("button", { name: "TP.HCM đẩy mạnh chuyển đổi số" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    expect(onSelect).toHaveBeenCalledWith(articles[0]);
  });

  it("switches between news and reference news with the arrow keys", async () => {
    const onCategory = vi.fn();
    const screen = await render(<NewsFeed articles={[]} onCategoryChange={onCategory} />);
    await expect.element(screen.getByText("Chưa có tin tức.")).toBeVisible();
    await userEvent.tab();
    await userEvent.keyboard("{ArrowRight}");
    await expect
      .element(screen.getByRole("tab", { name: "Tin tham khảo" }))
      .toHaveAttribute("aria-selected", "true");
    await expect.element(screen.getByText("Chưa có tin tham khảo.")).toBeVisible();
    expect(onCategory).toHaveBeenCalledWith("reference");
  });

  it("loads more on request, says when it is busy, and keeps the list when that fails", async () => {
    const onLoadMore = vi.fn();
    const screen = await render(<NewsFeed articles={articles} hasMore onLoadMore={onLoadMore} />);
    await screen.getByRole("button", { name: "Xem thêm" }).click();
    expect(onLoadMore).toHaveBeenCalledTimes(1);
    await screen.rerender(<NewsFeed articles={articles} hasMore loadingMore onLoadMore={onLoadMore} />);
    const busy = screen.getByRole("button", { name: "Đang tải thêm…" });
    await expect.element(busy).toHaveAttribute("aria-disabled", "true");
    // A click while busy (the DOM click: Playwright will not click an aria-disabled button) does nothing.
    (busy.element() as HTMLElement).click();
    expect(onLoadMore).toHaveBeenCalledTimes(1);
    await screen.rerender(
      <NewsFeed articles={articles} hasMore loadMoreError={new Error("502")} onLoadMore={onLoadMore} />,
    );
    await expect.element(screen.getByRole("alert")).toHaveTextContent("Không tải thêm được tin.");
    expect(screen.getByRole("article").elements()).toHaveLength(2);
    await screen.getByRole("button", { name: "Thử lại" }).click();
    expect(onLoadMore).toHaveBeenCalledTimes(2);
  });

  it("shows loading and error states in English", async () => {
    const onRetry = vi.fn();
    const screen = await render(
      <ChinhQuyenSoProvider locale="en">
        <NewsFeed loading />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(screen.getByRole("status")).toHaveTextContent("Loading the news…");
    await screen.rerender(
      <ChinhQuyenSoProvider locale="en">
        <NewsFeed error={new Error("x")} onRetry={onRetry} />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(screen.getByRole("alert")).toHaveTextContent("The news could not be loaded.");
    await screen.getByRole("button", { name: "Retry" }).click();
    expect(onRetry).toHaveBeenCalled();
  });
});

describe("NewsFeed connected (Chromium, real client, mock platform)", () => {
  it("pages with Xem thêm, announces what came, and loads reference news on its tab", async () => {
    const platform = mockedPlatform();
    const screen = await render(
      <TestPlatform platform={platform}>
        <NewsFeed pageSize={5} />
      </TestPlatform>,
    );
    await expect.poll(() => screen.getByRole("article").elements().length).toBe(5);
    await screen.getByRole("button", { name: "Xem thêm" }).click();
    await expect.poll(() => screen.getByRole("article").elements().length).toBe(10);
    await expect.element(screen.getByText("Đã tải thêm 5 tin.")).toHaveAttribute("aria-live", "polite");
    expect(platform.requests.filter((line) => line.startsWith("GET /v1/news"))).toEqual([
      "GET /v1/news?category=news&limit=5",
      expect.stringMatching(/^GET \/v1\/news\?category=news&limit=5&cursor=/),
    ]);
    await screen.getByRole("tab", { name: "Tin tham khảo" }).click();
    await expect.poll(() => platform.requests.at(-1)).toBe("GET /v1/news?category=reference&limit=5");
    await expect
      .poll(() => screen.container.querySelector('article[data-category="reference"]') !== null)
      .toBe(true);
    expect(screen.container.querySelector('article[data-category="news"]')).toBeNull();
  });

  it("is empty when the platform has no news, and retries a failure", async () => {
    const empty = mockedPlatform({ scenarios: ["empty"] });
    const failing = mockedPlatform({
      scenarios: [{ name: "operation_error", operationId: "news.list", status: 500, times: 1 }],
    });
    const screen = await render(
      <>
        <TestPlatform platform={empty}>
          <NewsFeed title="A" />
        </TestPlatform>
        <TestPlatform platform={failing}>
          <NewsFeed title="B" />
        </TestPlatform>
      </>,
    );
    await expect.element(screen.getByText("Chưa có tin tức.")).toBeVisible();
    await expect.element(screen.getByRole("alert")).toHaveTextContent("Không tải được tin.");
    await screen.getByRole("button", { name: "Thử lại" }).click();
    await expect.poll(() => screen.getByRole("article").elements().length).toBe(10);
  });
});
