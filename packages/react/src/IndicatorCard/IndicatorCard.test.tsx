import { describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { mockedPlatform, TestPlatform } from "../charts/test-support";
import { ChinhQuyenSoProvider } from "../provider";
import { IndicatorCard } from "./IndicatorCard";
import type { IndicatorData } from "./types";

const growth: IndicatorData = {
  code: "KTXH-01",
  name: "Chỉ số sản xuất công nghiệp tăng so với cùng kỳ",
  unit: "%",
  period: "month",
  periodLabel: "2026-10",
  value: 7.1,
  target: 7.5,
  sourceAgency: "Sở Công Thương",
  updatedAt: "2026-11-05T08:00:00+07:00",
};
const points = [
  { period: "2026-08", value: 6.5, target: 7.5 },
  { period: "2026-09", value: 6.8, target: 7.5 },
  { period: "2026-10", value: 7.1, target: 7.5 },
];

describe("IndicatorCard (Chromium)", () => {
  it("shows value, period, change in words, target, update time and source", async () => {
    const screen = await render(
      <IndicatorCard indicator={growth} points={points} polarity="higher_is_better" />,
    );
    const card = screen.getByRole("article", { name: growth.name });
    await expect.element(card).toHaveAttribute("data-direction", "up");
    await expect.element(card).toHaveAttribute("data-sentiment", "good");
    await expect.element(card).toHaveAttribute("data-target", "missed");
    await expect.element(screen.getByText("7,1%", { exact: true })).toBeVisible();
    await expect.element(screen.getByText("Tháng 10/2026")).toBeVisible();
    await expect
      .element(screen.getByText("Tăng 0,3 điểm phần trăm so với kỳ trước, đạt 95% chỉ tiêu"))
      .toBeVisible();
    await expect.element(screen.getByText("▲ +0,3 điểm %")).toBeVisible();
    await expect.element(screen.getByText("Chỉ tiêu: 7,5%")).toBeVisible();
    await expect.element(screen.getByText("Cập nhật 08:00 05/11/2026")).toBeVisible();
    await expect.element(screen.getByText("Nguồn: Sở Công Thương")).toBeVisible();
    expect(card.element().querySelector("svg.cqs-sparkline")?.getAttribute("aria-hidden")).toBe("true");
  });

  it("writes numbers the English way in English", async () => {
    const screen = await render(
      <ChinhQuyenSoProvider locale="en">
        <IndicatorCard
          indicator={{ ...growth, unit: "tỷ đồng", value: 1234.5, target: null }}
          points={[{ period: "2026-09", value: 1000 }]}
          previousValue={1000}
        />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(screen.getByText("1,234.5 tỷ đồng")).toBeVisible();
    await expect.element(screen.getByText("Up 23.5% on the previous period")).toBeVisible();
    await expect.element(screen.getByText("Oct 2026")).toBeVisible();
  });

  it("judges a lower-is-better indicator the other way round", async () => {
    const screen = await render(
      <IndicatorCard
        indicator={{ ...growth, name: "AQI trung bình", unit: "AQI", value: 80, target: 100 }}
        previousValue={90}
        polarity="lower_is_better"
      />,
    );
    const card = screen.getByRole("article");
    await expect.element(card).toHaveAttribute("data-direction", "down");
    await expect.element(card).toHaveAttribute("data-sentiment", "good");
    await expect.element(card).toHaveAttribute("data-target", "met");
    await expect.element(screen.getByText("Giảm 11,1% so với kỳ trước, trong ngưỡng chỉ tiêu")).toBeVisible();
  });

  it("judges by the indicator's own direction when no polarity is given; the prop overrides it", async () => {
    const aqi = { ...growth, name: "AQI trung bình", unit: "AQI", value: 80, target: 100 };
    const screen = await render(
      <>
        <IndicatorCard indicator={{ ...aqi, direction: "lower_is_better" }} previousValue={90} />
        <IndicatorCard
          indicator={{ ...aqi, direction: "lower_is_better" }}
          previousValue={90}
          polarity="neutral"
        />
        <IndicatorCard indicator={{ ...aqi, direction: "sideways" }} previousValue={90} />
      </>,
    );
    const [byDirection, overridden, unknown] = screen.getByRole("article").elements();
    expect(byDirection?.getAttribute("data-sentiment")).toBe("good");
    expect(byDirection?.getAttribute("data-target")).toBe("met");
    expect(byDirection?.textContent).toContain("Giảm 11,1% so với kỳ trước, trong ngưỡng chỉ tiêu");
    expect(overridden?.getAttribute("data-sentiment")).toBe("neutral");
    expect(unknown?.getAttribute("data-sentiment")).toBe("neutral");
    expect(unknown?.hasAttribute("data-target")).toBe(false);
  });

  it("does not judge without a polarity, and never divides by a zero previous value", async () => {
    const screen = await render(
      <IndicatorCard
        indicator={{ ...growth, unit: "doanh nghiệp", value: 12, target: 16 }}
        previousValue={0}
      />,
    );
    const card = screen.getByRole("article");
    await expect.element(card).toHaveAttribute("data-sentiment", "neutral");
    await expect
      .element(screen.getByText("Tăng 12 doanh nghiệp so với kỳ trước, bằng 75% chỉ tiêu"))
      .toBeVisible();
  });

  it("shows a missing value and malformed fields as what they are", async () => {
    const screen = await render(
      <IndicatorCard
        indicator={{
          ...growth,
          value: "n/a" as unknown as number,
          periodLabel: "Q5-2026",
          updatedAt: "hôm qua",
        }}
        points={points}
      />,
    );
    const card = screen.getByRole("article");
    await expect.element(card).toHaveAttribute("data-state", "missing");
    await expect.element(screen.getByText("Chưa có số liệu")).toBeVisible();
    await expect.element(screen.getByText("Q5-2026")).toBeVisible();
    await expect.element(screen.getByText("Cập nhật hôm qua")).toBeVisible();
  });

  it("shows a skeleton while loading and an error with a retry reachable by keyboard", async () => {
    const onRetry = vi.fn();
    const screen = await render(<IndicatorCard loading />);
    await expect.element(screen.getByRole("status")).toHaveTextContent("Đang tải số liệu chỉ tiêu…");
    await screen.rerender(<IndicatorCard error={new Error("CCCD 074201001234")} onRetry={onRetry} />);
    const alert = screen.getByRole("alert");
    await expect.element(alert).toHaveTextContent("Không tải được số liệu chỉ tiêu.");
    await expect.element(alert).not.toHaveTextContent("074201001234");
    await userEvent.tab();
    await expect.element(screen.getByRole("button", { name: "Thử lại" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it("reports a card given neither data nor a code, and shows the fallback", async () => {
    const onError = vi.fn();
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const screen = await render(
      <ChinhQuyenSoProvider onError={onError}>
        <IndicatorCard />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(screen.getByRole("alert")).toHaveTextContent("Không hiển thị được thẻ chỉ tiêu.");
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ message: expect.stringContaining("pass `indicator`") }),
      expect.objectContaining({ widget: "IndicatorCard" }),
    );
    quiet.mockRestore();
  });
});

describe("IndicatorCard connected (Chromium, real client, mock platform)", () => {
  it("loads the indicator and its series by code", async () => {
    const platform = mockedPlatform();
    const { store, requests } = platform;
    const expected = store.world.indicators.find((item) => item.code === "HCC-01");
    const screen = await render(
      <TestPlatform platform={platform}>
        <IndicatorCard code="HCC-01" polarity="higher_is_better" />
      </TestPlatform>,
    );
    await expect
      .element(screen.getByRole("heading", { name: expected?.name ?? "HCC-01 missing from the data set" }))
      .toBeVisible();
    await expect
      .element(screen.getByText("Nguồn: Trung tâm Phục vụ hành chính công Thành phố"))
      .toBeVisible();
    await expect.poll(() => requests).toContain("GET /v1/indicators/HCC-01/series");
    await expect.poll(() => screen.container.querySelector("svg.cqs-sparkline") !== null).toBe(true);
  });

  it("says when the code is unknown", async () => {
    const platform = mockedPlatform();
    const screen = await render(
      <TestPlatform platform={platform}>
        <IndicatorCard code="KHONG-CO" />
      </TestPlatform>,
    );
    await expect.element(screen.getByRole("alert")).toHaveTextContent("Không tìm thấy chỉ tiêu KHONG-CO.");
  });

  it("recovers from a failed request with the retry button", async () => {
    const platform = mockedPlatform({
      scenarios: [{ name: "operation_error", operationId: "indicators.list", status: 503, times: 1 }],
    });
    const screen = await render(
      <TestPlatform platform={platform}>
        <IndicatorCard code="HCC-02" />
      </TestPlatform>,
    );
    await expect.element(screen.getByRole("alert")).toHaveTextContent("Không tải được số liệu chỉ tiêu.");
    await screen.getByRole("button", { name: "Thử lại" }).click();
    await expect.element(screen.getByRole("heading", { name: "Tỷ lệ hồ sơ nộp trực tuyến" })).toBeVisible();
  });

  it("keeps the figures shown when a background refetch fails", async () => {
    const platform = mockedPlatform();
    const screen = await render(
      <TestPlatform platform={platform}>
        <IndicatorCard code="HCC-02" />
      </TestPlatform>,
    );
    const heading = screen.getByRole("heading", { name: "Tỷ lệ hồ sơ nộp trực tuyến" });
    await expect.element(heading).toBeVisible();
    platform.store.forceError("indicators.list", 503, 1);
    await platform.queryClient.invalidateQueries();
    await expect.poll(() => platform.requests.filter((line) => line === "GET /v1/indicators").length).toBe(2);
    await expect.element(heading).toBeVisible();
    expect(screen.getByRole("alert").elements()).toHaveLength(0);
  });

  it("names itself when connected without a client", async () => {
    const onError = vi.fn();
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const screen = await render(
      <ChinhQuyenSoProvider onError={onError}>
        <IndicatorCard code="HCC-01" />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(screen.getByRole("alert")).toHaveTextContent("Không hiển thị được thẻ chỉ tiêu.");
    expect(onError.mock.calls[0]?.[0]).toMatchObject({
      message: expect.stringMatching(/^IndicatorCard: no platform client/),
    });
    quiet.mockRestore();
  });
});
