import { describe, expect, it } from "vitest";
import { render } from "vitest-browser-react";
import { ChinhQuyenSoProvider } from "../provider";
import { mockedPlatform, TestPlatform } from "../support/insights.test-support";
import { Decision766Summary } from "./Decision766Summary";

const report = {
  agencyCode: "00.02.H29",
  year: 2025,
  quarter: 4,
  groups: [
    { group: "digitisation", score: 20, maxScore: 22 },
    { group: "publicity", score: 17.5, maxScore: 18 },
    { group: "progress", score: 19, maxScore: 20 },
    { group: "online_service", score: 11, maxScore: 12 },
    { group: "satisfaction", score: 17.8, maxScore: 18 },
  ],
  total: 85.3,
  maxTotal: 90,
};

const cells = (table: Element) =>
  [...table.querySelectorAll("tbody tr")].map((row) => [...row.children].map((cell) => cell.textContent));

describe("Decision766Summary (Chromium)", () => {
  it("lists the five groups in the decision's order with score, maximum and share", async () => {
    const screen = await render(<Decision766Summary report={report} subtitle="Sở Tư pháp" />);
    await expect.element(screen.getByText("Quý IV/2025")).toBeVisible();
    await expect.element(screen.getByText("Tổng điểm: 85,3/90 điểm (94,8%)")).toBeVisible();
    const table = screen.getByRole("table", { name: "Điểm theo nhóm chỉ số" });
    expect(cells(table.element())).toEqual([
      ["Công khai, minh bạch", "17,5", "18", "97,2%"],
      ["Tiến độ, kết quả giải quyết", "19", "20", "95%"],
      ["Dịch vụ công trực tuyến", "11", "12", "91,7%"],
      ["Mức độ hài lòng", "17,8", "18", "98,9%"],
      ["Số hóa hồ sơ", "20", "22", "90,9%"],
    ]);
  });

  it("keeps an unknown group under its code, marks a missing one, and never divides by a zero maximum", async () => {
    const screen = await render(
      <ChinhQuyenSoProvider locale="en">
        <Decision766Summary
          report={{
            year: 2026,
            groups: [
              { group: "publicity", score: 10, maxScore: 0 },
              { group: "data_sharing", score: 4, maxScore: 5 },
              { group: "progress", score: "x" as unknown as number, maxScore: 20 },
            ],
          }}
        />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(screen.getByText("Year 2026")).toBeVisible();
    const table = screen.getByRole("table", { name: "Scores by group" });
    expect(cells(table.element())).toEqual([
      ["Publicity and transparency", "10", "0", "—"],
      ["Processing progress and results", "No score yet", "20", "—"],
      ["Online public services", "No score yet", "—", "—"],
      ["Satisfaction", "No score yet", "—", "—"],
      ["Digitisation of dossiers", "No score yet", "—", "—"],
      ["data_sharing", "4", "5", "80%"],
    ]);
    await expect.element(screen.getByText("Total: 14 of 25 points (56%)")).toBeVisible();
    expect(table.element().querySelector('tr[data-group="unknown"]')).not.toBeNull();
  });

  it("shows the empty state when the report has no groups", async () => {
    const screen = await render(<Decision766Summary report={{ year: 2026, quarter: 1, groups: [] }} />);
    await expect.element(screen.getByText("Chưa có điểm cho kỳ này.")).toBeVisible();
  });
});

describe("Decision766Summary connected (Chromium, real client, mock platform)", () => {
  it("loads an agency's scores for a quarter", async () => {
    const platform = mockedPlatform();
    const agency = platform.store.world.agencies[1];
    const screen = await render(
      <TestPlatform platform={platform}>
        <Decision766Summary agencyCode={agency?.code} year={2026} quarter={3} subtitle={agency?.name} />
      </TestPlatform>,
    );
    const table = screen.getByRole("table");
    await expect.element(table).toBeVisible();
    expect(cells(table.element())).toHaveLength(5);
    expect(platform.requests.at(-1)).toBe(
      `GET /v1/reports/decision-766?agencyCode=${agency?.code}&year=2026&quarter=3`,
    );
  });

  it("treats a period without scores (404) as empty, not as a failure", async () => {
    const platform = mockedPlatform();
    const agency = platform.store.world.agencies[1];
    const screen = await render(
      <TestPlatform platform={platform}>
        <Decision766Summary agencyCode={agency?.code} year={2027} />
      </TestPlatform>,
    );
    await expect.element(screen.getByText("Chưa có điểm cho kỳ này.")).toBeVisible();
    await expect.element(screen.getByText("Năm 2027")).toBeVisible();
  });
});
