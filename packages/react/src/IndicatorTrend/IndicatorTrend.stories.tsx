import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn } from "storybook/test";
import { expectAccessProblem, FORBIDDEN_ERROR, NOT_FOUND_ERROR } from "../support/access.story-support";
import { CONNECTED, withMockPlatform } from "../support/insights.story-support";
import { IndicatorTrend } from "./IndicatorTrend";

const month = (index: number) =>
  `${2025 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;

/** January 2025 to October 2026, with August 2025 missing. */
const onTime = [
  96.1,
  96.4,
  95.8,
  96.9,
  97.2,
  96.8,
  97.4,
  null,
  97.9,
  97.5,
  98.1,
  98.4,
  97.6,
  97.9,
  98.2,
  98.5,
  98.1,
  98.7,
  98.9,
  98.4,
  98.8,
  99.1,
].map((value, index) => ({ period: month(index), value, target: 98 }));

const meta = {
  title: "Widgets/IndicatorTrend",
  component: IndicatorTrend,
  tags: ["autodocs"],
  args: {
    title: "Tỷ lệ hồ sơ giải quyết đúng hạn",
    series: { unit: "%", points: onTime },
    polarity: "higher_is_better",
    onViewChange: fn(),
    onActiveIndexChange: fn(),
  },
  argTypes: {
    polarity: { control: "inline-radio", options: ["higher_is_better", "lower_is_better", "neutral"] },
    view: { control: "inline-radio", options: ["chart", "table"] },
  },
  parameters: {
    docs: {
      description: {
        component:
          "A time series with its target (dashed) and gaps where a period has no value. The chart takes the focus: ← and → move between periods, Home and End jump to the first and last, Escape hides the tooltip; the pointer shows the nearest period. A sentence summarises the trend, and the **Bảng số liệu** toggle shows the same figures as a table. The width follows the container (ResizeObserver); on the server the chart is drawn 640 px wide.",
      },
    },
  },
} satisfies Meta<typeof IndicatorTrend>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Chart: Story = {
  play: async ({ canvas }) => {
    await expect(
      canvas.getByText(/Tăng 0,3 điểm phần trăm so với kỳ trước, đạt 101% chỉ tiêu\./),
    ).toBeVisible();
  },
};

/** Tab to the chart, then walk the periods with the arrow keys: each one is announced. */
export const KeyboardNavigation: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.tab();
    await userEvent.tab();
    const chart = canvas.getByRole("group", { name: "Biểu đồ Tỷ lệ hồ sơ giải quyết đúng hạn" });
    await expect(chart).toHaveFocus();
    await userEvent.keyboard("{ArrowLeft}{ArrowLeft}");
    await expect(args.onActiveIndexChange).toHaveBeenLastCalledWith(19);
    await expect(canvas.getByText("Tháng 08/2026, Giá trị: 98,4%, Chỉ tiêu: 98%")).toBeInTheDocument();
  },
};

export const Table: Story = {
  args: { defaultView: "table" },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByRole("table", { name: "Tỷ lệ hồ sơ giải quyết đúng hạn theo kỳ" }),
    ).toBeVisible();
  },
};

/** Ten years of monthly figures: the axis thins its labels, the table lists every month. */
export const LargeSeries: Story = {
  args: {
    title: "Lượt khách du lịch",
    polarity: "neutral",
    series: {
      unit: "lượt",
      points: Array.from({ length: 120 }, (_, index) => ({
        period: `${2016 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`,
        value: Math.round(420000 + 90000 * Math.sin(index / 3) + index * 900),
        target: null,
      })),
    },
  },
};

export const LowerIsBetter: Story = {
  args: {
    title: "Chỉ số chất lượng không khí (AQI) trung bình",
    polarity: "lower_is_better",
    series: {
      unit: "AQI",
      points: [72, 85, 96, 104, 91, 78, 66, 58, 61, 70].map((value, index) => ({
        period: month(12 + index),
        value,
        target: 100,
      })),
    },
  },
};

export const Empty: Story = { args: { series: { unit: "%", points: [] } } };

export const Loading: Story = { args: { series: undefined, loading: true } };

export const Failed: Story = { args: { series: undefined, error: new Error("500"), onRetry: fn() } };

export const Connected: Story = {
  args: { series: undefined, title: undefined, code: "HCC-01", from: "2025-11" },
  parameters: CONNECTED,
  beforeEach: withMockPlatform(),
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole("heading", { name: "Tỷ lệ hồ sơ giải quyết đúng hạn" }),
    ).toBeVisible();
  },
};

export const ConnectedUnknownCode: Story = {
  args: { series: undefined, title: undefined, code: "KHONG-CO" },
  parameters: CONNECTED,
  beforeEach: withMockPlatform(),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText("Không tìm thấy chỉ tiêu KHONG-CO.")).toBeVisible();
  },
};

export const ConnectedError: Story = {
  args: { series: undefined, code: "HCC-01" },
  parameters: CONNECTED,
  beforeEach: withMockPlatform({
    scenarios: [{ name: "operation_error", operationId: "indicators.series", status: 503 }],
  }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole("alert")).toHaveTextContent(
      "Không tải được số liệu theo thời gian.",
    );
  },
};

export const English: Story = { globals: { locale: "en" }, args: { title: "Dossiers processed on time" } };

export const Dark: Story = { globals: { theme: "dark" } };

export const DarkTable: Story = { globals: { theme: "dark" }, args: { defaultView: "table" } };

/** 403: the signed-in principal may not see this (a designed state: no retry, it would change nothing). */
export const Forbidden: Story = {
  args: { series: undefined, error: FORBIDDEN_ERROR },
  play: expectAccessProblem("forbidden"),
};

/** 404: not found, or another agency's — the platform answers both alike, so codes do not leak. */
export const NotFound: Story = {
  args: { series: undefined, error: NOT_FOUND_ERROR },
  play: expectAccessProblem("not_found"),
};

export const ForbiddenEnglish: Story = { ...Forbidden, globals: { locale: "en" } };
