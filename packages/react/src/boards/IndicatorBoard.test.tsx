// The explorer and the board together, connected to the mocks' IOC (27 fields, 1,000+ indicators): selecting
// indicators composes a board that IndicatorCard and IndicatorTrend draw, and the JSON the host stores draws the
// same board again.
import "../styles/tokens.css";
import "../styles/base.css";
import "../IndicatorExplorer/indicator-explorer.css";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { IndicatorExplorer } from "../IndicatorExplorer";
import { Connected, createPlatform } from "../support/platform.test-support";
import { IndicatorBoard, type IndicatorBoardConfig } from "./index";

function Screen({ onStore }: { onStore: (json: string) => void }) {
  const [board, setBoard] = useState<IndicatorBoardConfig>({ version: 1, tiles: [] });
  return (
    <IndicatorExplorer
      board={board}
      onBoardChange={(next) => {
        setBoard(next);
        onStore(JSON.stringify(next));
      }}
      renderBoard={(current) => <IndicatorBoard board={current} />}
    />
  );
}

describe("IndicatorExplorer composing an IndicatorBoard (Chromium, connected)", () => {
  it("loads 27 fields and 1,000+ indicators, and draws the chosen tiles as cards and charts", async () => {
    const platform = createPlatform();
    let stored = "";
    const screen = await render(
      <Connected platform={platform}>
        <Screen onStore={(json) => (stored = json)} />
      </Connected>,
    );
    const fieldSelect = screen.getByLabelText("Lĩnh vực", { exact: true });
    await expect.element(fieldSelect).toBeVisible();
    expect((fieldSelect.element() as HTMLSelectElement).options).toHaveLength(28);
    const total = platform.handlers.store.world.indicators.length;
    expect(total).toBeGreaterThan(1000);
    await userEvent.fill(screen.getByLabelText("Tìm chỉ tiêu"), "HCC-01");
    await userEvent.click(
      screen.getByRole("checkbox", { name: "Thêm Tỷ lệ hồ sơ giải quyết đúng hạn vào bảng theo dõi" }),
    );
    await userEvent.fill(screen.getByLabelText("Tìm chỉ tiêu"), "YT-02");
    await userEvent.click(
      screen.getByRole("checkbox", { name: "Thêm Ca mắc sốt xuất huyết vào bảng theo dõi" }),
    );
    await userEvent.selectOptions(
      screen.getByLabelText("Hiển thị Ca mắc sốt xuất huyết").element() as HTMLSelectElement,
      "trend",
    );
    const board = screen.getByRole("list", { name: "Bảng theo dõi chỉ tiêu" });
    await expect
      .element(board.getByRole("article", { name: "Tỷ lệ hồ sơ giải quyết đúng hạn" }))
      .toBeVisible();
    await expect.element(board.getByRole("heading", { name: "Ca mắc sốt xuất huyết" })).toBeVisible();
    expect(JSON.parse(stored)).toEqual({
      version: 1,
      tiles: [
        { code: "HCC-01", view: "card" },
        { code: "YT-02", view: "trend" },
      ],
    });

    // The stored JSON draws the same board on its own.
    const again = await render(
      <Connected platform={platform}>
        <IndicatorBoard board={stored} />
      </Connected>,
    );
    await expect
      .element(again.getByRole("list", { name: "Bảng theo dõi chỉ tiêu" }).getByRole("article").first())
      .toBeVisible();
  });

  it("says so when a stored board is empty or unreadable", async () => {
    const screen = await render(
      <Connected platform={createPlatform()}>
        <IndicatorBoard board="{not json" />
      </Connected>,
    );
    await expect.element(screen.getByText("Bảng theo dõi chưa có chỉ tiêu nào.")).toBeVisible();
  });
});
