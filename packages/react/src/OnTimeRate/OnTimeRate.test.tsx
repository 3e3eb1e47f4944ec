import { describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { ChinhQuyenSoProvider } from "../provider";
import { mockedPlatform, TestPlatform } from "../support/insights.test-support";
import { OnTimeRate } from "./OnTimeRate";

const rows = [
  { agencyCode: "00.02.X74", agencyName: "Sở Tư pháp", period: "2026-10", early: 300, onTime: 62, late: 18 },
  { agencyCode: "00.05.X74", agencyName: "Sở Xây dựng", period: "2026-10", early: 50, onTime: 10, late: 20 },
];

describe("OnTimeRate (Chromium)", () => {
  it("shows (early + on time) / finished with the breakdown as text and a patterned bar", async () => {
    const screen = await render(<OnTimeRate rows={rows} from="2026-10-01" to="2026-10-31" />);
    await expect
      .element(screen.getByRole("heading", { name: "Tỷ lệ giải quyết hồ sơ đúng hạn" }))
      .toBeVisible();
    await expect.element(screen.getByText("Từ 01/10/2026 đến 31/10/2026")).toBeVisible();
    await expect.element(screen.getByText("91,7%")).toBeVisible();
    await expect.element(screen.getByText("422/460 hồ sơ hoàn thành trước hạn hoặc đúng hạn")).toBeVisible();
    const legend = screen.getByRole("list", { name: "Phân loại hồ sơ đã hoàn thành" });
    expect([...legend.element().querySelectorAll("li")].map((item) => item.textContent)).toEqual([
      "Trước hạn: 350 (76,1%)",
      "Đúng hạn: 72 (15,7%)",
      "Trễ hạn: 38 (8,3%)",
    ]);
    const segments = [...screen.container.querySelectorAll("rect[data-segment]")];
    expect(
      segments.map((rect) => [rect.getAttribute("data-segment"), rect.getAttribute("fill")?.slice(0, 5)]),
    ).toEqual([
      ["early", "url(#"],
      ["onTime", "url(#"],
      ["late", "url(#"],
    ]);
    // Three different patterns, not three colours.
    expect(new Set(segments.map((rect) => rect.getAttribute("fill"))).size).toBe(3);
  });

  it("opens the per-agency table by keyboard", async () => {
    const onOpen = vi.fn();
    const screen = await render(<OnTimeRate rows={rows} onDetailsOpenChange={onOpen} />);
    await userEvent.tab();
    await expect.element(screen.getByText("Chi tiết theo đơn vị và kỳ (2)")).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    const table = screen.getByRole("table", { name: "Hồ sơ hoàn thành theo đơn vị và kỳ" });
    await expect.element(table).toBeVisible();
    expect(onOpen).toHaveBeenCalledWith(true);
    const cells = [...table.element().querySelectorAll("tbody tr")].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    );
    expect(cells).toEqual([
      ["Sở Tư pháp", "Tháng 10/2026", "380", "300", "62", "18", "95,3%"],
      ["Sở Xây dựng", "Tháng 10/2026", "80", "50", "10", "20", "75%"],
    ]);
  });

  it("says so when nothing was finished, without dividing by zero", async () => {
    const screen = await render(
      <OnTimeRate rows={[{ agencyName: "Sở Y tế", period: "2026-11", early: 0, onTime: 0, late: 0 }]} />,
    );
    await expect.element(screen.getByText("Chưa có hồ sơ hoàn thành trong kỳ")).toBeVisible();
    expect(screen.container.querySelector(".cqs-stacked-bar")).toBeNull();
    expect(screen.container.querySelector("section")?.getAttribute("data-state")).toBe("empty");
    expect(screen.container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it("counts malformed numbers as nothing rather than crashing", async () => {
    const screen = await render(
      <OnTimeRate
        rows={[
          { early: "12" as unknown as number, onTime: -4, late: Number.NaN },
          { early: 3, onTime: 1, late: 0 },
        ]}
      />,
    );
    await expect.element(screen.getByText("4/4 hồ sơ hoàn thành trước hạn hoặc đúng hạn")).toBeVisible();
  });

  it("speaks English with the provider", async () => {
    const screen = await render(
      <ChinhQuyenSoProvider locale="en">
        <OnTimeRate rows={rows} />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(screen.getByText("422 of 460 finished dossiers early or on time")).toBeVisible();
    await expect.element(screen.getByText("Late: 38 (8.3%)")).toBeVisible();
  });
});

describe("OnTimeRate connected (Chromium, real client, mock platform)", () => {
  it("asks the reports endpoint for this month so far by default", async () => {
    const platform = mockedPlatform();
    const screen = await render(
      <TestPlatform platform={platform}>
        <OnTimeRate />
      </TestPlatform>,
    );
    await expect.element(screen.getByText("Từ 01/11/2026 đến 26/11/2026")).toBeVisible();
    await expect
      .element(screen.getByText(/hồ sơ hoàn thành trước hạn hoặc đúng hạn|Chưa có hồ sơ/))
      .toBeVisible();
    expect(platform.requests).toContain("GET /v1/reports/timeliness?from=2026-11-01&to=2026-11-26");
  });

  it("explains a refusal without offering a pointless retry, and retries a failure", async () => {
    const forbidden = mockedPlatform({
      scenarios: [{ name: "operation_error", operationId: "reports.timeliness", status: 403 }],
    });
    const failing = mockedPlatform({
      scenarios: [{ name: "operation_error", operationId: "reports.timeliness", status: 503, times: 1 }],
    });
    const screen = await render(
      <>
        <TestPlatform platform={forbidden}>
          <OnTimeRate title="A" from="2026-01-01" to="2026-06-30" granularity="quarter" />
        </TestPlatform>
        <TestPlatform platform={failing}>
          <OnTimeRate title="B" from="2026-01-01" to="2026-06-30" granularity="quarter" />
        </TestPlatform>
      </>,
    );
    await expect.element(screen.getByText("Bạn không có quyền xem báo cáo của đơn vị này.")).toBeVisible();
    await expect.element(screen.getByText("Không tải được báo cáo đúng hạn.")).toBeVisible();
    expect(screen.getByRole("button", { name: "Thử lại" }).elements()).toHaveLength(1);
    await screen.getByRole("button", { name: "Thử lại" }).click();
    await expect.element(screen.getByText("Chi tiết theo đơn vị và kỳ", { exact: false })).toBeVisible();
    expect(failing.requests.at(-1)).toBe(
      "GET /v1/reports/timeliness?from=2026-01-01&to=2026-06-30&granularity=quarter",
    );
  });
});
