import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn } from "storybook/test";
import { CONNECTED, withMockPlatform } from "../charts/story-support";
import { OnTimeRate } from "./OnTimeRate";

const rows = [
  { agencyCode: "00.02.X74", agencyName: "Sở Tư pháp", period: "2026-10", early: 300, onTime: 62, late: 18 },
  { agencyCode: "00.05.X74", agencyName: "Sở Xây dựng", period: "2026-10", early: 112, onTime: 40, late: 21 },
  {
    agencyCode: "00.09.X74",
    agencyName: "Sở Nông nghiệp và Môi trường",
    period: "2026-10",
    early: 180,
    onTime: 55,
    late: 9,
  },
];

// Agencies of 2026: departments and the commune-level committees (phường, xã) of the two-tier map.
const AGENCIES = ["Sở", "UBND phường", "UBND xã"];
const PLACES = [
  "Thủ Dầu Một",
  "Dĩ An",
  "Thuận An",
  "Tân Uyên",
  "Bến Cát",
  "Bàu Bàng",
  "Bắc Tân Uyên",
  "Dầu Tiếng",
  "Phú Giáo",
];

const meta = {
  title: "Widgets/OnTimeRate",
  component: OnTimeRate,
  tags: ["autodocs"],
  args: { rows, from: "2026-10-01", to: "2026-10-31", onDetailsOpenChange: fn() },
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
          "The on-time rate as core defines it — (early + on time) / finished — with the breakdown as a patterned bar (solid, hatched, dotted: never colour alone) and as text, and a per-agency, per-period table behind a disclosure. When nothing was finished it says so instead of showing 0 % or 100 %. Controlled with `rows` (the timeliness report's rows) or connected: the reports endpoint for `from`–`to` (default: this month so far), `granularity`, `agencyCode`.",
      },
    },
  },
} satisfies Meta<typeof OnTimeRate>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText("94%")).toBeVisible();
  },
};

/** The per-agency table, opened (the Chromium tests open it with the keyboard). */
export const Details: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByText("Chi tiết theo đơn vị và kỳ (3)"));
    await expect(canvas.getByRole("table")).toBeVisible();
    await expect(args.onDetailsOpenChange).toHaveBeenCalledWith(true);
  },
};

export const NothingFinished: Story = {
  args: { rows: [{ agencyName: "Sở Y tế", period: "2026-11", early: 0, onTime: 0, late: 0 }] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("Chưa có hồ sơ hoàn thành trong kỳ")).toBeVisible();
  },
};

/** Every agency for twelve months: 324 rows behind the disclosure. */
export const LargeReport: Story = {
  args: {
    from: "2025-11-01",
    to: "2026-10-31",
    defaultDetailsOpen: true,
    rows: AGENCIES.flatMap((kind, a) =>
      PLACES.flatMap((place, p) =>
        Array.from({ length: 12 }, (_, m) => ({
          agencyName: `${kind} ${place}`,
          period: `${m < 2 ? 2025 : 2026}-${String(((m + 10) % 12) + 1).padStart(2, "0")}`,
          early: 40 + ((a * 7 + p * 13 + m * 5) % 60),
          onTime: 10 + ((a + p + m) % 15),
          late: (a * 3 + p * 2 + m) % 9,
        })),
      ),
    ),
  },
};

export const Loading: Story = { args: { rows: undefined, loading: true } };

export const Failed: Story = { args: { rows: undefined, error: new Error("503"), onRetry: fn() } };

export const Connected: Story = {
  args: { rows: undefined, from: "2026-07-01", to: "2026-09-30", granularity: "quarter" },
  parameters: CONNECTED,
  beforeEach: withMockPlatform(),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/hồ sơ hoàn thành trước hạn hoặc đúng hạn/)).toBeVisible();
  },
};

export const ConnectedForbidden: Story = {
  args: { rows: undefined },
  parameters: CONNECTED,
  beforeEach: withMockPlatform({
    scenarios: [{ name: "operation_error", operationId: "reports.timeliness", status: 403 }],
  }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole("alert")).toHaveTextContent("Bạn không có quyền xem báo cáo");
  },
};

export const ConnectedError: Story = {
  args: { rows: undefined },
  parameters: CONNECTED,
  beforeEach: withMockPlatform({
    scenarios: [{ name: "operation_error", operationId: "reports.timeliness", status: 500 }],
  }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole("button", { name: "Thử lại" })).toBeVisible();
  },
};

export const English: Story = { globals: { locale: "en" } };

export const Dark: Story = { globals: { theme: "dark" }, args: { defaultDetailsOpen: true } };
