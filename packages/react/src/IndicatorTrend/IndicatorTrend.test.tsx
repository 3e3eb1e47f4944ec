import { describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { ChinhQuyenSoProvider } from "../provider";
import { mockedPlatform, TestPlatform } from "../support/insights.test-support";
import { IndicatorTrend } from "./IndicatorTrend";

const series = {
  unit: "%",
  points: [
    { period: "2026-07", value: 96.2, target: 98 },
    { period: "2026-08", value: null, target: 98 },
    { period: "2026-09", value: 97.4, target: 98 },
    { period: "2026-10", value: 98.6, target: 98 },
  ],
};

const title = "Tỷ lệ hồ sơ giải quyết đúng hạn";

describe("IndicatorTrend (Chromium)", () => {
  it("summarises the series in words", async () => {
    const screen = await render(<IndicatorTrend title={title} series={series} polarity="higher_is_better" />);
    await expect
      .element(screen.getByText(/^Tăng 1,2 điểm phần trăm so với kỳ trước, đạt 101% chỉ tiêu\./))
      .toBeVisible();
    await expect
      .element(screen.getByText(/4 kỳ gần nhất: từ 96,2% \(Tháng 07\/2026\) đến 98,6% \(Tháng 10\/2026\)\./))
      .toBeVisible();
    const chart = screen.getByRole("group", { name: `Biểu đồ ${title}` });
    await expect.element(chart).toHaveAccessibleDescription(/Tăng 1,2 điểm phần trăm.*phím mũi tên/);
  });

  it("moves between points with the arrow keys and announces each", async () => {
    const onActive = vi.fn();
    const screen = await render(
      <IndicatorTrend title={title} series={series} onActiveIndexChange={onActive} />,
    );
    await userEvent.tab(); // the "Bảng số liệu" toggle
    await userEvent.tab(); // the chart
    const chart = screen.getByRole("group", { name: `Biểu đồ ${title}` });
    await expect.element(chart).toHaveFocus();
    const tooltip = () => chart.element().querySelector(".cqs-series-chart__tooltip")?.textContent;
    expect(tooltip()).toBe("Tháng 10/2026Giá trị: 98,6%Chỉ tiêu: 98%");
    await userEvent.keyboard("{ArrowLeft}");
    expect(tooltip()).toBe("Tháng 09/2026Giá trị: 97,4%Chỉ tiêu: 98%");
    await userEvent.keyboard("{ArrowLeft}");
    expect(tooltip()).toBe("Tháng 08/2026Giá trị: Chưa có số liệuChỉ tiêu: 98%");
    await expect
      .element(screen.getByText("Tháng 08/2026, Giá trị: Chưa có số liệu, Chỉ tiêu: 98%"))
      .toHaveAttribute("aria-live", "polite");
    await userEvent.keyboard("{Home}");
    expect(tooltip()).toMatch(/^Tháng 07\/2026/);
    await userEvent.keyboard("{ArrowLeft}");
    expect(tooltip()).toMatch(/^Tháng 07\/2026/);
    await userEvent.keyboard("{End}");
    expect(tooltip()).toMatch(/^Tháng 10\/2026/);
    await userEvent.keyboard("{Escape}");
    expect(tooltip()).toBeUndefined();
    // Radix's controllable state: no call for the ArrowLeft at the first point, which changed nothing.
    expect(onActive.mock.calls.map(([index]) => index)).toEqual([3, 2, 1, 0, 3, null]);
  });

  it("shows the point under the pointer", async () => {
    const screen = await render(
      <div style={{ width: 400 }}>
        <IndicatorTrend title={title} series={series} />
      </div>,
    );
    const svg = screen.container.querySelector(".cqs-series-chart svg") as SVGSVGElement;
    await expect.poll(() => svg.getAttribute("width")).toBe("400");
    const box = svg.getBoundingClientRect();
    svg.dispatchEvent(
      new PointerEvent("pointermove", { bubbles: true, clientX: box.right - 20, clientY: box.top + 50 }),
    );
    await expect
      .poll(() => screen.container.querySelector(".cqs-series-chart__tooltip")?.textContent)
      .toMatch(/^Tháng 10\/2026/);
  });

  it("offers the same figures as a table, by keyboard", async () => {
    const onView = vi.fn();
    const screen = await render(
      <ChinhQuyenSoProvider locale="en">
        <IndicatorTrend title="On-time rate" series={series} onViewChange={onView} />
      </ChinhQuyenSoProvider>,
    );
    await userEvent.tab();
    const toggle = screen.getByRole("button", { name: "Data table" });
    await expect.element(toggle).toHaveFocus();
    await expect.element(toggle).toHaveAttribute("aria-pressed", "false");
    await userEvent.keyboard("{Enter}");
    await expect.element(toggle).toHaveAttribute("aria-pressed", "true");
    expect(onView).toHaveBeenCalledWith("table");
    const table = screen.getByRole("table", { name: "On-time rate by period" });
    await expect.element(table).toBeVisible();
    expect(screen.container.querySelector(".cqs-series-chart")).toBeNull();
    const rows = [...table.element().querySelectorAll("tbody tr")].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ["Jul 2026", "96.2%", "98%", "—"],
      ["Aug 2026", "No data yet", "98%", "—"],
      ["Sep 2026", "97.4%", "98%", "—"],
      ["Oct 2026", "98.6%", "98%", "+1.2 pp"],
    ]);
    await userEvent.keyboard(" ");
    await expect.element(screen.getByRole("group", { name: "Chart of On-time rate" })).toBeVisible();
    expect(toggle.element().getAttribute("aria-pressed")).toBe("false");
  });

  it("follows the width of its container (the package stylesheet is not loaded here)", async () => {
    const screen = await render(
      <div data-testid="box" style={{ width: 320 }}>
        <IndicatorTrend title={title} series={series} />
      </div>,
    );
    const width = () => screen.container.querySelector(".cqs-series-chart svg")?.getAttribute("width");
    await expect.poll(width).toBe("320");
    (screen.getByTestId("box").element() as HTMLElement).style.width = "520px";
    await expect.poll(width).toBe("520");
    // Still followed after the chart was swapped for the table and back.
    await screen.getByRole("button", { name: "Bảng số liệu" }).click();
    await screen.getByRole("button", { name: "Bảng số liệu" }).click();
    (screen.getByTestId("box").element() as HTMLElement).style.width = "420px";
    await expect.poll(width).toBe("420");
  });

  it("says when there is nothing to draw", async () => {
    const screen = await render(
      <IndicatorTrend title={title} series={{ unit: "%", points: [{ period: "2026-10", value: null }] }} />,
    );
    await expect.element(screen.getByText("Chưa có số liệu trong khoảng thời gian này.")).toBeVisible();
    expect(screen.container.querySelector("svg")).toBeNull();
  });
});

describe("IndicatorTrend connected (Chromium, real client, mock platform)", () => {
  it("loads the series and names the chart after the indicator", async () => {
    const platform = mockedPlatform();
    const screen = await render(
      <TestPlatform platform={platform}>
        <IndicatorTrend code="YT-02" from="2026-01" polarity="lower_is_better" />
      </TestPlatform>,
    );
    await expect.element(screen.getByRole("heading", { name: "Ca mắc sốt xuất huyết" })).toBeVisible();
    expect(platform.requests).toContain("GET /v1/indicators/YT-02/series?from=2026-01");
    await screen.getByRole("button", { name: "Bảng số liệu" }).click();
    await expect.element(screen.getByRole("table")).toBeVisible();
    // January to October 2026: the seeded series ends with the month before "now" (November 2026).
    expect(screen.getByRole("table").element().querySelectorAll("tbody tr")).toHaveLength(10);
  });

  it("judges by the indicator's direction from the platform when no polarity is given", async () => {
    const platform = mockedPlatform();
    const screen = await render(
      <TestPlatform platform={platform}>
        <IndicatorTrend code="YT-02" title="Sốt xuất huyết" />
        <IndicatorTrend code="YT-02" title="Không đánh giá" polarity="neutral" />
      </TestPlatform>,
    );
    // YT-02 (dengue cases) is lower_is_better in the seed: "within" or "over" the limit, never a bare ratio.
    await expect
      .poll(() => screen.container.querySelector(".cqs-indicator-trend__summary")?.textContent ?? "")
      .toMatch(/(trong|vượt) ngưỡng chỉ tiêu/);
    expect(
      platform.requests.some(
        (request) => request.startsWith("GET /v1/indicators?") || request === "GET /v1/indicators",
      ),
    ).toBe(true);
    const summaries = [...screen.container.querySelectorAll(".cqs-indicator-trend__summary")];
    expect(summaries[1]?.textContent).toMatch(/bằng \d+(,\d+)?% chỉ tiêu/);
  });

  it("tells an unknown indicator and a bad period apart from a failure", async () => {
    const platform = mockedPlatform();
    const screen = await render(
      <TestPlatform platform={platform}>
        <IndicatorTrend code="KHONG-CO" title="?" />
        <IndicatorTrend code="YT-02" from="2026-13" title="?" />
      </TestPlatform>,
    );
    await expect.element(screen.getByText("Không tìm thấy chỉ tiêu KHONG-CO.")).toBeVisible();
    await expect.element(screen.getByText("Khoảng thời gian yêu cầu không hợp lệ.")).toBeVisible();
  });

  it("retries after a failure", async () => {
    const platform = mockedPlatform({
      scenarios: [{ name: "operation_error", operationId: "indicators.series", status: 500, times: 1 }],
    });
    const screen = await render(
      <TestPlatform platform={platform}>
        <IndicatorTrend code="GD-01" title="Chuyên cần" />
      </TestPlatform>,
    );
    await expect
      .element(screen.getByRole("alert"))
      .toHaveTextContent("Không tải được số liệu theo thời gian.");
    await screen.getByRole("button", { name: "Thử lại" }).click();
    await expect.element(screen.getByRole("group", { name: "Biểu đồ Chuyên cần" })).toBeVisible();
  });
});
