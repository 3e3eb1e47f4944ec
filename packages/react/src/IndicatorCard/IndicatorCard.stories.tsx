import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn } from "storybook/test";
import { expectAccessProblem, FORBIDDEN_ERROR, NOT_FOUND_ERROR } from "../support/access.story-support";
import { CONNECTED, withMockPlatform } from "../support/insights.story-support";
import { IndicatorCard } from "./IndicatorCard";

/** December 2025 to November 2026. */
const points = [6.1, 6.4, 6.2, 6.6, 6.9, 6.5, 6.8, 7.0, 6.7, 6.9, 6.8, 7.1].map((value, index) => ({
  period: index === 0 ? "2025-12" : `2026-${String(index).padStart(2, "0")}`,
  value,
  target: 7.5,
}));

const meta = {
  title: "Widgets/IndicatorCard",
  component: IndicatorCard,
  tags: ["autodocs"],
  args: {
    indicator: {
      code: "KTXH-01",
      name: "Chỉ số sản xuất công nghiệp tăng so với cùng kỳ",
      unit: "%",
      period: "month",
      periodLabel: "2026-11",
      value: 7.1,
      target: 7.5,
      sourceAgency: "Sở Công Thương",
      updatedAt: "2026-11-05T08:00:00+07:00",
    },
    points,
    polarity: "higher_is_better",
  },
  argTypes: {
    polarity: { control: "inline-radio", options: ["higher_is_better", "lower_is_better", "neutral"] },
  },
  decorators: [
    // One card is shown at a dashboard card's width; the grid story lays out its own columns.
    (Story, context) =>
      context.parameters.grid ? (
        <Story />
      ) : (
        <div style={{ maxWidth: 320 }}>
          <Story />
        </div>
      ),
  ],
  parameters: {
    docs: {
      description: {
        component:
          "One IOC indicator: value with its unit (Vietnamese number format), period, the change since the previous period with an arrow, a sign and words, the target, a sparkline (decorative: the sentence under the value says the same), update time and source agency. Whether up is good is the `polarity` prop — without it, movement is shown but not judged. Controlled with `indicator` and `points`, or connected with `code`.",
      },
    },
  },
} satisfies Meta<typeof IndicatorCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const HigherIsBetter: Story = {
  play: async ({ canvas }) => {
    const card = canvas.getByRole("article");
    await expect(card).toHaveAttribute("data-sentiment", "good");
    await expect(canvas.getByText("Tăng 0,3 điểm phần trăm so với kỳ trước, đạt 95% chỉ tiêu")).toBeVisible();
  },
};

/** Fewer dengue cases is good: a fall shows as good news, and the target is a ceiling. */
export const LowerIsBetter: Story = {
  args: {
    indicator: {
      code: "YT-02",
      name: "Ca mắc sốt xuất huyết",
      unit: "ca",
      periodLabel: "2026-10",
      value: 212,
      target: 300,
      sourceAgency: "Sở Y tế",
      updatedAt: "2026-11-03T10:30:00+07:00",
    },
    points: [
      { period: "2026-08", value: 410 },
      { period: "2026-09", value: 265 },
      { period: "2026-10", value: 212 },
    ],
    polarity: "lower_is_better",
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("Giảm 20% so với kỳ trước, trong ngưỡng chỉ tiêu")).toBeVisible();
  },
};

/** Without a polarity nothing is called good or bad. */
export const NotJudged: Story = {
  args: {
    polarity: "neutral",
    indicator: {
      name: "Kim ngạch xuất khẩu",
      unit: "triệu USD",
      periodLabel: "2026-Q3",
      value: 8734.6,
      target: null,
      sourceAgency: "Sở Công Thương",
      updatedAt: "2026-10-12T08:00:00+07:00",
    },
    points: [
      { period: "2026-Q1", value: 8120 },
      { period: "2026-Q2", value: 9004.1 },
      { period: "2026-Q3", value: 8734.6 },
    ],
  },
};

export const MissingValue: Story = {
  args: { indicator: { name: "Doanh thu du lịch", unit: "tỷ đồng", value: null, sourceAgency: "Sở VHTTDL" } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("Chưa có số liệu")).toBeVisible();
  },
};

export const Loading: Story = { args: { loading: true } };

export const Failed: Story = {
  args: { indicator: undefined, error: new Error("503"), onRetry: fn() },
  play: async ({ canvas, args, userEvent }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Thử lại" }));
    await expect(args.onRetry).toHaveBeenCalled();
  },
};

/** Connected: the card loads the indicator list and the series through the provider's client. */
export const Connected: Story = {
  args: { indicator: undefined, points: undefined, code: "HCC-01" },
  parameters: CONNECTED,
  beforeEach: withMockPlatform(),
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole("heading", { name: "Tỷ lệ hồ sơ giải quyết đúng hạn" }),
    ).toBeVisible();
  },
};

export const ConnectedUnknownCode: Story = {
  args: { indicator: undefined, points: undefined, code: "KHONG-CO" },
  parameters: CONNECTED,
  beforeEach: withMockPlatform(),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText("Không tìm thấy chỉ tiêu KHONG-CO.")).toBeVisible();
  },
};

export const ConnectedError: Story = {
  args: { indicator: undefined, points: undefined, code: "HCC-01" },
  parameters: CONNECTED,
  beforeEach: withMockPlatform({
    scenarios: [{ name: "operation_error", operationId: "indicators.list", status: 503 }],
  }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole("alert")).toHaveTextContent("Không tải được số liệu chỉ tiêu.");
  },
};

const ALL_CODES = [
  ["KTXH-01", "higher_is_better"],
  ["KTXH-04", "higher_is_better"],
  ["KTXH-05", "neutral"],
  ["HCC-01", "higher_is_better"],
  ["HCC-02", "higher_is_better"],
  ["HCC-03", "neutral"],
  ["YT-02", "lower_is_better"],
  ["MT-01", "lower_is_better"],
  ["ANTT-01", "lower_is_better"],
  ["TT-03", "higher_is_better"],
  ["DL-01", "neutral"],
  ["CAM-02", "higher_is_better"],
] as const;

/** A dashboard row: twelve connected cards share one indicator-list request. */
export const ConnectedGrid: Story = {
  args: { indicator: undefined, points: undefined },
  parameters: { ...CONNECTED, grid: true },
  beforeEach: withMockPlatform(),
  decorators: [
    (Story) => (
      <div
        style={{
          display: "grid",
          gap: 12,
          gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 15rem), 1fr))",
        }}
      >
        <Story />
      </div>
    ),
  ],
  render: () => (
    <>
      {ALL_CODES.map(([code, polarity]) => (
        <IndicatorCard key={code} code={code} polarity={polarity} headingLevel={2} />
      ))}
    </>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole("heading", { name: "Số vụ tai nạn giao thông" })).toBeVisible();
  },
};

export const English: Story = {
  globals: { locale: "en" },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByText("Up 0.3 percentage points on the previous period, 95% of target"),
    ).toBeVisible();
  },
};

export const Dark: Story = { globals: { theme: "dark" } };

export const DarkLowerIsBetter: Story = { ...LowerIsBetter, globals: { theme: "dark" } };

/** 403: the signed-in principal may not see this (a designed state: no retry, it would change nothing). */
export const Forbidden: Story = {
  args: { indicator: undefined, error: FORBIDDEN_ERROR },
  play: expectAccessProblem("forbidden"),
};

/** 404: not found, or another agency's — the platform answers both alike, so codes do not leak. */
export const NotFound: Story = {
  args: { indicator: undefined, error: NOT_FOUND_ERROR },
  play: expectAccessProblem("not_found"),
};

export const ForbiddenEnglish: Story = { ...Forbidden, globals: { locale: "en" } };
