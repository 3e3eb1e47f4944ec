import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, fn } from "storybook/test";
import { IndicatorBoard, type IndicatorBoardConfig } from "../boards";
import { CONNECTED, withMockPlatform } from "../support/insights.story-support";
import { largeCatalogue, SAMPLE_FIELDS, SAMPLE_INDICATORS } from "./fixtures";
import { IndicatorExplorer } from "./IndicatorExplorer";

const meta = {
  title: "Widgets/IndicatorExplorer",
  component: IndicatorExplorer,
  tags: ["autodocs"],
  args: { indicators: SAMPLE_INDICATORS, fields: SAMPLE_FIELDS, onBoardChange: fn() },
  parameters: {
    docs: {
      description: {
        component:
          "The IOC's fields and indicators for dashboard teams: a searchable (Vietnamese, with or without diacritics), filterable grid with the latest value, target, threshold state (normal / warning / alarm from the contract's thresholds; \"no threshold\" when none is set — never guessed), a sparkline, the reporting agency and freshness. Long lists are virtual. Selecting indicators composes a board (`board`/`onBoardChange`, JSON the host persists) that `IndicatorBoard` from `@chinhquyenso/react/boards` draws with IndicatorCard and IndicatorTrend.",
      },
    },
  },
} satisfies Meta<typeof IndicatorExplorer>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every threshold state, a target without thresholds, a missing figure and an overdue update. */
export const States: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText("Báo động")).toBeVisible();
    await expect(canvas.getByText("Chưa đặt ngưỡng")).toBeVisible();
  },
};

/**
 * 27 fields with 5,000 indicators: the explorer's frame comes first ("Đang chuẩn bị…"), the rows a few short tasks
 * later, and only the rows in view are rendered.
 */
export const FiveThousand: Story = {
  args: largeCatalogue(27, 5000),
  play: async ({ canvas, canvasElement }) => {
    await expect(
      await canvas.findByText(/^5\.?000 \/ 5\.?000 chỉ tiêu$/, {}, { timeout: 5000 }),
    ).toBeVisible();
    await expect(canvasElement.querySelectorAll("tbody tr").length).toBeGreaterThan(5);
    await expect(canvasElement.querySelectorAll("tbody tr").length).toBeLessThan(60);
  },
};

export const Empty: Story = { args: { indicators: [], fields: SAMPLE_FIELDS } };
export const Loading: Story = { args: { indicators: undefined, fields: undefined, loading: true } };
export const ErrorState: Story = {
  args: { indicators: undefined, fields: undefined, error: new Error("story"), onRetry: fn() },
};

/** Connected to the sandbox's IOC (27 fields, 1,000+ indicators), composing a board drawn by IndicatorBoard. */
export const ConnectedWithBoard: Story = {
  args: { indicators: undefined, fields: undefined },
  parameters: CONNECTED,
  beforeEach: withMockPlatform(),
  render: function Render(args) {
    const [board, setBoard] = useState<IndicatorBoardConfig>({
      version: 1,
      tiles: [
        { code: "HCC-01", view: "card" },
        { code: "YT-02", view: "card" },
        { code: "ANTT-01", view: "trend" },
      ],
    });
    return (
      <IndicatorExplorer
        {...args}
        board={board}
        onBoardChange={(next) => {
          setBoard(next);
          args.onBoardChange?.(next);
        }}
        renderBoard={(current) => <IndicatorBoard board={current} />}
      />
    );
  },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole("article", { name: "Tỷ lệ hồ sơ giải quyết đúng hạn" }, { timeout: 5000 }),
    ).toBeVisible();
  },
};

export const English: Story = { globals: { locale: "en" } };
