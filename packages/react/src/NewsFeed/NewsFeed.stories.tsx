import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, fn } from "storybook/test";
import { expectAccessProblem, FORBIDDEN_ERROR, NOT_FOUND_ERROR } from "../support/access.story-support";
import { CONNECTED, withExampleImages, withMockPlatform } from "../support/insights.story-support";
import { NewsFeed } from "./NewsFeed";
import type { NewsItem } from "./types";

const articles: NewsItem[] = [
  {
    id: "nw_0001",
    category: "news",
    title: "TP.HCM đẩy mạnh chuyển đổi số trong cơ quan nhà nước",
    summary: "Tỉnh triển khai ứng dụng Chính quyền số cho cán bộ, công chức; 100% văn bản đi được ký số.",
    source: "Cổng thông tin điện tử Thành phố",
    publishedAt: "2026-11-25T08:00:00+07:00",
    imageUrl: "https://cdn.chinhquyenso.example/tin-tuc/1.jpg",
    imageAlt: "Cán bộ Trung tâm Phục vụ hành chính công hướng dẫn người dân nộp hồ sơ trực tuyến",
  },
  {
    id: "nw_0002",
    category: "news",
    title: "Tổng đài 1022 tiếp nhận hơn 4.000 cuộc gọi mỗi ngày",
    summary: "Phản ánh về hạ tầng đô thị chiếm tỷ lệ cao nhất trong tháng 11.",
    source: "Báo Sài Gòn Giải Phóng",
    publishedAt: "2026-11-24T15:30:00+07:00",
    imageUrl: null,
  },
  {
    id: "nw_0003",
    category: "news",
    title: 'Tiêu đề có "<script>alert(1)</script>" vẫn hiện đúng như chữ',
    summary: "Nội dung do người dùng nhập luôn được hiển thị dưới dạng văn bản, không bao giờ là HTML.",
    source: "Đài Truyền hình Thành phố Hồ Chí Minh",
    publishedAt: "2026-11-20T09:00:00+07:00",
    imageUrl: "javascript:alert(1)",
  },
];
// The example CDN's images are answered by msw (withExampleImages): stories never reach the network.
const shown = articles;

const meta = {
  title: "Widgets/NewsFeed",
  component: NewsFeed,
  tags: ["autodocs"],
  beforeEach: withExampleImages,
  args: {
    articles: shown,
    getArticleHref: (article: NewsItem) => `/tin-tuc/${article.id}`,
    onCategoryChange: fn(),
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 640 }}>
        <Story />
      </div>
    ),
  ],
  parameters: {
    docs: {
      description: {
        component:
          "News (tin tức) and reference news (tin tham khảo) in two tabs. Each article shows its title — a link only when `getArticleHref` gives an http(s) URL or a same-site path, otherwise plain text or a button for `onArticleSelect` — its summary as plain text (never HTML), date, source and image (with `imageAlt`, or decorative beside the title; an unsafe URL shows no image). **Xem thêm** loads the next page and announces how many came. Controlled with `articles`, `hasMore`, `onLoadMore`, or connected (the news endpoint, cursor pages of `pageSize`).",
      },
    },
  },
} satisfies Meta<typeof NewsFeed>;

export default meta;
type Story = StoryObj<typeof meta>;

export const News: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("link", { name: articles[0]?.title ?? "" })).toHaveAttribute(
      "href",
      "/tin-tuc/nw_0001",
    );
    await expect(
      canvas.getByText('Tiêu đề có "<script>alert(1)</script>" vẫn hiện đúng như chữ'),
    ).toBeVisible();
  },
};

export const ReferenceEmpty: Story = {
  args: { articles: [], defaultCategory: "reference" },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("Chưa có tin tham khảo.")).toBeVisible();
  },
};

/** Malformed rows from the wire (`null`, a number, no title) are marked; the readable articles still show. */
export const MalformedArticles: Story = {
  args: { articles: [articles[0], null, 7, { id: "nw_x" }, articles[1]] as unknown as NewsItem[] },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole("article")).toHaveLength(2);
    await expect(canvas.getAllByText("Tin này không hiển thị được (dữ liệu không hợp lệ).")).toHaveLength(3);
  },
};

/** Controlled paging: the story keeps the list and adds three articles per "Xem thêm". */
export const LoadMore: Story = {
  render: function Render(args) {
    const [count, setCount] = useState(3);
    const list = Array.from({ length: count }, (_, index) => ({
      ...(shown[index % 3] as NewsItem),
      id: `nw_${index}`,
      title: `${(shown[index % 3] as NewsItem).title} (${index + 1})`,
    }));
    return <NewsFeed {...args} articles={list} hasMore={count < 12} onLoadMore={() => setCount(count + 3)} />;
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Xem thêm" }));
    await expect(canvas.getAllByRole("article")).toHaveLength(6);
    await expect(canvas.getByText("Đã tải thêm 3 tin.")).toBeInTheDocument();
  },
};

export const LoadingMore: Story = { args: { hasMore: true, loadingMore: true } };

export const LoadMoreFailed: Story = {
  args: { hasMore: true, loadMoreError: new Error("502"), onLoadMore: fn() },
};

export const Loading: Story = { args: { articles: undefined, loading: true } };

export const Failed: Story = { args: { articles: undefined, error: new Error("500"), onRetry: fn() } };

/** Connected: the first page, then "Xem thêm" and the reference tab, from the mocks' 48 articles. */
export const Connected: Story = {
  args: { articles: undefined, pageSize: 5 },
  parameters: CONNECTED,
  beforeEach: withMockPlatform(),
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole("button", { name: "Xem thêm" }));
    await expect(await canvas.findByText("Đã tải thêm 5 tin.")).toBeInTheDocument();
    await userEvent.click(canvas.getByRole("tab", { name: "Tin tham khảo" }));
    await expect(await canvas.findAllByRole("article")).toHaveLength(5);
  },
};

export const ConnectedEmpty: Story = {
  args: { articles: undefined },
  parameters: CONNECTED,
  beforeEach: withMockPlatform({ scenarios: ["empty"] }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText("Chưa có tin tức.")).toBeVisible();
  },
};

export const ConnectedError: Story = {
  args: { articles: undefined },
  parameters: CONNECTED,
  beforeEach: withMockPlatform({
    scenarios: [{ name: "operation_error", operationId: "news.list", status: 503 }],
  }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole("alert")).toHaveTextContent("Không tải được tin.");
  },
};

export const English: Story = { globals: { locale: "en" } };

export const Dark: Story = { globals: { theme: "dark" }, args: { hasMore: true } };

/** 403: the signed-in principal may not see this (a designed state: no retry, it would change nothing). */
export const Forbidden: Story = {
  args: { articles: undefined, error: FORBIDDEN_ERROR },
  play: expectAccessProblem("forbidden"),
};

/** 404: not found, or another agency's — the platform answers both alike, so codes do not leak. */
export const NotFound: Story = {
  args: { articles: undefined, error: NOT_FOUND_ERROR },
  play: expectAccessProblem("not_found"),
};

export const ForbiddenEnglish: Story = { ...Forbidden, globals: { locale: "en" } };
