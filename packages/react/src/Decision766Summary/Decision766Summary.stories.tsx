import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn } from "storybook/test";
import { CONNECTED, withMockPlatform } from "../charts/story-support";
import { Decision766Summary } from "./Decision766Summary";

const report = {
  agencyCode: "00.02.X74",
  year: 2025,
  quarter: 4,
  groups: [
    { group: "publicity", score: 17.5, maxScore: 18 },
    { group: "progress", score: 19, maxScore: 20 },
    { group: "online_service", score: 11, maxScore: 12 },
    { group: "satisfaction", score: 17.8, maxScore: 18 },
    { group: "digitisation", score: 20, maxScore: 22 },
  ],
  total: 85.3,
  maxTotal: 90,
};

const meta = {
  title: "Widgets/Decision766Summary",
  component: Decision766Summary,
  tags: ["autodocs"],
  args: { report, subtitle: "Sở Tư pháp" },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 560 }}>
        <Story />
      </div>
    ),
  ],
  parameters: {
    docs: {
      description: {
        component:
          "Decision 766/QĐ-TTg scores service to citizens and businesses in five groups. The summary lists them in the decision's order with labels from core, each with its score against the maximum the platform gives, a compact bar and the share attained, inside one table (the bars are decorative: the numbers are in the cells). A group a newer platform adds appears after them under its code; a missing group says it has no score. Controlled with `report`, or connected with `agencyCode`, `year` and `quarter`.",
      },
    },
  },
} satisfies Meta<typeof Decision766Summary>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Quarter: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText("Tổng điểm: 85,3/90 điểm (94,8%)")).toBeVisible();
  },
};

export const YearWithGaps: Story = {
  args: {
    report: {
      year: 2026,
      groups: [
        { group: "publicity", score: 16, maxScore: 18 },
        { group: "progress", score: 12.5, maxScore: 20 },
        { group: "open_data", score: 3, maxScore: 5 },
      ],
    },
  },
};

export const NoScores: Story = { args: { report: { year: 2026, quarter: 4, groups: [] } } };

export const Loading: Story = { args: { report: undefined, loading: true } };

export const Failed: Story = { args: { report: undefined, error: new Error("500"), onRetry: fn() } };

export const Connected: Story = {
  args: {
    report: undefined,
    agencyCode: "000.00.00.X74",
    year: 2026,
    quarter: 3,
    subtitle: "UBND Thành phố",
  },
  parameters: CONNECTED,
  beforeEach: withMockPlatform(),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText("Quý III/2026")).toBeVisible();
  },
};

export const ConnectedFuturePeriod: Story = {
  args: { report: undefined, agencyCode: "000.00.00.X74", year: 2027 },
  parameters: CONNECTED,
  beforeEach: withMockPlatform(),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText("Chưa có điểm cho kỳ này.")).toBeVisible();
  },
};

export const ConnectedError: Story = {
  args: { report: undefined, agencyCode: "000.00.00.X74" },
  parameters: CONNECTED,
  beforeEach: withMockPlatform({
    scenarios: [{ name: "operation_error", operationId: "reports.decision766", status: 503 }],
  }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole("alert")).toHaveTextContent("Không tải được điểm Quyết định 766.");
  },
};

export const English: Story = { globals: { locale: "en" }, args: { subtitle: "Department of Justice" } };

export const Dark: Story = { globals: { theme: "dark" } };
