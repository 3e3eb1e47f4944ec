import "../styles/tokens.css";
import "../styles/base.css";
import "./indicator-explorer.css";
import { useEffect } from "react";
import { flushSync } from "react-dom";
import { createRoot, hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { ChinhQuyenSoProvider } from "../provider";
import { largeCatalogue, SAMPLE_FIELDS, SAMPLE_INDICATORS, SAMPLE_NOW } from "./fixtures";
import { IndicatorExplorer } from "./IndicatorExplorer";
import type { IndicatorBoardConfig } from "./index";
import { SYNC_MODEL_LIMIT } from "./useExplorerModel";

const now = () => new Date(SAMPLE_NOW);
const bodyRows = (container: HTMLElement) =>
  container.querySelectorAll("tbody tr:not(.cqs-explorer__spacer)");

/** Calls `onCommit` once the tree it is in has been committed (hydrated), after every sibling's effects. */
function AfterCommit({ onCommit }: { onCommit: () => void }) {
  useEffect(() => onCommit(), [onCommit]);
  return null;
}

describe("IndicatorExplorer (Chromium)", () => {
  it("shows each indicator's value, target, threshold state, source and freshness", async () => {
    const screen = await render(
      <ChinhQuyenSoProvider now={now}>
        <IndicatorExplorer indicators={SAMPLE_INDICATORS} fields={SAMPLE_FIELDS} />
      </ChinhQuyenSoProvider>,
    );
    const dengue = screen.getByRole("row", { name: /Ca mắc sốt xuất huyết/ });
    await expect.element(dengue).toHaveAttribute("data-state", "alarm");
    await expect.element(dengue.getByText("Báo động")).toBeVisible();
    await expect.element(dengue.getByText("412 ca")).toBeVisible();
    await expect.element(dengue.getByText("300 ca")).toBeVisible();
    await expect.element(dengue.getByText("Sở Y tế")).toBeVisible();
    // A target without thresholds is not judged by guess; a missing figure says so; an old update is flagged.
    await expect
      .element(screen.getByRole("row", { name: /chất thải rắn/ }).getByText("Chưa đặt ngưỡng"))
      .toBeVisible();
    const river = screen.getByRole("row", { name: /Mực nước sông/ });
    await expect.element(river.getByText("Chưa có số liệu").first()).toBeVisible();
    await expect.element(river.getByText("Quá hạn cập nhật")).toBeVisible();
    await expect.element(screen.getByText("5 / 5 chỉ tiêu")).toBeVisible();
  });

  it("filters by search (with or without diacritics), field and state", async () => {
    const screen = await render(
      <ChinhQuyenSoProvider now={now}>
        <IndicatorExplorer indicators={SAMPLE_INDICATORS} fields={SAMPLE_FIELDS} />
      </ChinhQuyenSoProvider>,
    );
    await userEvent.fill(screen.getByLabelText("Tìm chỉ tiêu"), "ho so dung han");
    await expect.element(screen.getByText("1 / 5 chỉ tiêu")).toBeVisible();
    await userEvent.clear(screen.getByLabelText("Tìm chỉ tiêu"));
    await userEvent.selectOptions(
      screen.getByLabelText("Lĩnh vực", { exact: true }).element() as HTMLSelectElement,
      "public_administration",
    );
    await userEvent.selectOptions(
      screen.getByLabelText("Trạng thái ngưỡng").element() as HTMLSelectElement,
      "warning",
    );
    await expect.element(screen.getByText("1 / 5 chỉ tiêu")).toBeVisible();
    await expect.element(screen.getByRole("row", { name: /nộp trực tuyến/ })).toBeVisible();
    await userEvent.selectOptions(
      screen.getByLabelText("Trạng thái ngưỡng").element() as HTMLSelectElement,
      "alarm",
    );
    await expect.element(screen.getByText("Không có chỉ tiêu nào khớp bộ lọc.")).toBeVisible();
  });

  it("composes a board the host can persist, reordered and switched by keyboard", async () => {
    const onBoardChange = vi.fn<(board: IndicatorBoardConfig) => void>();
    const screen = await render(
      <ChinhQuyenSoProvider now={now}>
        <IndicatorExplorer
          indicators={SAMPLE_INDICATORS}
          fields={SAMPLE_FIELDS}
          onBoardChange={onBoardChange}
        />
      </ChinhQuyenSoProvider>,
    );
    await userEvent.click(
      screen.getByRole("checkbox", { name: "Thêm Ca mắc sốt xuất huyết vào bảng theo dõi" }),
    );
    await userEvent.click(
      screen.getByRole("checkbox", { name: "Thêm Tỷ lệ hồ sơ nộp trực tuyến vào bảng theo dõi" }),
    );
    await userEvent.selectOptions(
      screen.getByLabelText("Hiển thị Tỷ lệ hồ sơ nộp trực tuyến").element() as HTMLSelectElement,
      "trend",
    );
    screen.getByRole("button", { name: "Đưa Tỷ lệ hồ sơ nộp trực tuyến lên" }).element().focus();
    await userEvent.keyboard("{Enter}");
    expect(onBoardChange).toHaveBeenLastCalledWith({
      version: 1,
      tiles: [
        { code: "HCC-02", view: "trend" },
        { code: "YT-02", view: "card" },
      ],
    });
    await expect.element(screen.getByRole("heading", { name: "Bảng theo dõi (2/24)" })).toBeVisible();
    await userEvent.click(screen.getByRole("button", { name: "Bỏ Ca mắc sốt xuất huyết khỏi bảng" }));
    expect(onBoardChange).toHaveBeenLastCalledWith({
      version: 1,
      tiles: [{ code: "HCC-02", view: "trend" }],
    });
  });

  it("shows a stored board's tile that is no longer listed, without failing", async () => {
    const screen = await render(
      <IndicatorExplorer
        indicators={SAMPLE_INDICATORS}
        fields={SAMPLE_FIELDS}
        defaultBoard={{ version: 1, tiles: [{ code: "GONE-01", view: "card" }] }}
      />,
    );
    await expect.element(screen.getByText("Không còn trong danh sách: GONE-01")).toBeVisible();
  });

  it("renders only a window of rows for 27 fields with 5,000 indicators, and scrolls through them", async () => {
    const { fields, indicators } = largeCatalogue(27, 5000);
    const screen = await render(
      <ChinhQuyenSoProvider now={now}>
        <IndicatorExplorer indicators={indicators} fields={fields} />
      </ChinhQuyenSoProvider>,
    );
    await expect
      .element(screen.getByText("5.000 / 5.000 chỉ tiêu").or(screen.getByText("5000 / 5000 chỉ tiêu")))
      .toBeVisible();
    const table = screen.getByRole("table").element() as HTMLElement;
    expect(table.getAttribute("aria-rowcount")).toBe("5001");
    expect(bodyRows(table).length).toBeGreaterThan(5);
    expect(bodyRows(table).length).toBeLessThan(60);
    const scroller = screen.getByRole("region", { name: "Danh sách chỉ tiêu" }).element() as HTMLElement;
    scroller.scrollTop = scroller.scrollHeight;
    await expect.element(screen.getByRole("row", { name: /Chỉ tiêu thứ 5000 về/ })).toBeInTheDocument();
    expect(bodyRows(table).length).toBeLessThan(60);
  });

  describe("when the rows come", () => {
    let cleanup = () => {};
    afterEach(() => cleanup());
    /** Renders and commits at once (flushSync): nothing scheduled after the render has run yet. */
    const mount = () => {
      const container = document.createElement("div");
      document.body.append(container);
      const root = createRoot(container);
      cleanup = () => {
        root.unmount();
        container.remove();
      };
      const commit = (indicators: ReturnType<typeof largeCatalogue>["indicators"]) =>
        flushSync(() =>
          root.render(
            <ChinhQuyenSoProvider now={now}>
              <IndicatorExplorer indicators={indicators} fields={largeCatalogue(27, 1).fields} />
            </ChinhQuyenSoProvider>,
          ),
        );
      return { container, commit };
    };
    const firstCommit = (indicators: ReturnType<typeof largeCatalogue>["indicators"]) => {
      const { container, commit } = mount();
      commit(indicators);
      return container;
    };

    it("a short list has its rows in the first commit", () => {
      const container = firstCommit(largeCatalogue(27, SYNC_MODEL_LIMIT).indicators);
      expect(container.querySelector("table")?.getAttribute("aria-busy")).toBeNull();
      expect(bodyRows(container).length).toBeGreaterThan(5);
      expect(container.textContent).toContain(`${SYNC_MODEL_LIMIT} / ${SYNC_MODEL_LIMIT} chỉ tiêu`);
    });

    it("a long list's first commit is the frame, busy, the rows following", async () => {
      const container = firstCommit(largeCatalogue(27, 5000).indicators);
      const table = container.querySelector("table") as HTMLTableElement;
      expect(table.getAttribute("aria-busy")).toBe("true");
      expect(bodyRows(container).length).toBe(0);
      const count = container.querySelector(".cqs-explorer__count") as HTMLElement;
      expect(count.textContent).toBe("Đang chuẩn bị danh sách chỉ tiêu…");
      expect(count.getAttribute("aria-busy")).toBe("true");
      // The search box works while the rows are prepared.
      expect((container.querySelector('input[type="search"]') as HTMLInputElement).disabled).toBe(false);
      await expect.poll(() => count.textContent).toMatch(/^5\.?000 \/ 5\.?000 chỉ tiêu$/);
      expect(table.getAttribute("aria-busy")).toBeNull();
      expect(count.getAttribute("aria-busy")).toBeNull();
      expect(bodyRows(container).length).toBeGreaterThan(5);
    });

    it("new long data keep the previous rows until the new ones are in", async () => {
      const { container, commit } = mount();
      commit(largeCatalogue(27, 5000).indicators);
      const count = container.querySelector(".cqs-explorer__count") as HTMLElement;
      await expect.poll(() => count.textContent).toMatch(/^5\.?000 \/ 5\.?000 chỉ tiêu$/);
      const renamed = largeCatalogue(27, 4000).indicators.map((item) => ({
        ...item,
        name: `Mới: ${item.name}`,
      }));
      commit(renamed);
      // Not back to "preparing": the 5,000 rows stand while the 4,000 are judged.
      expect(count.textContent).toMatch(/^5\.?000 \/ 5\.?000 chỉ tiêu$/);
      expect(bodyRows(container).length).toBeGreaterThan(5);
      await expect.poll(() => count.textContent).toMatch(/^4\.?000 \/ 4\.?000 chỉ tiêu$/);
      expect(bodyRows(container)[0]?.textContent).toContain("Mới: Chỉ tiêu thứ 1 về");
    });

    it("a long list's server HTML hydrates without a mismatch, rows kept", async () => {
      const { fields, indicators } = largeCatalogue(27, 5000);
      let hydrated = false;
      const element = (
        <ChinhQuyenSoProvider now={now}>
          <IndicatorExplorer indicators={indicators} fields={fields} />
          <AfterCommit
            onCommit={() => {
              hydrated = true;
            }}
          />
        </ChinhQuyenSoProvider>
      );
      const container = document.createElement("div");
      container.innerHTML = renderToString(element);
      document.body.append(container);
      const serverRows = bodyRows(container).length;
      expect(serverRows).toBeGreaterThan(5);
      const onRecoverableError = vi.fn();
      const root = hydrateRoot(container, element, { onRecoverableError });
      cleanup = () => {
        root.unmount();
        container.remove();
      };
      await expect.poll(() => hydrated).toBe(true);
      expect(onRecoverableError).not.toHaveBeenCalled();
      expect(container.querySelector("table")?.getAttribute("aria-busy")).toBeNull();
      expect(bodyRows(container).length).toBeGreaterThan(5);
      // Hydrated: React handles the server's checkbox (the board heading counts it).
      await userEvent.click(container.querySelector('tbody input[type="checkbox"]') as HTMLInputElement);
      await expect.poll(() => container.textContent).toContain("Bảng theo dõi (1/24)");
    });
  });

  it("speaks English", async () => {
    const screen = await render(
      <ChinhQuyenSoProvider locale="en" now={now}>
        <IndicatorExplorer indicators={SAMPLE_INDICATORS} fields={SAMPLE_FIELDS} />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(screen.getByText("5 of 5 indicators")).toBeVisible();
    await expect
      .element(screen.getByRole("row", { name: /sốt xuất huyết/ }).getByText("Alarm"))
      .toBeVisible();
    await expect.element(screen.getByRole("columnheader", { name: "Reporting agency" })).toBeVisible();
  });

  it("shows a designed error with a retry in controlled mode", async () => {
    const onRetry = vi.fn();
    const screen = await render(<IndicatorExplorer error={new Error("boom")} onRetry={onRetry} />);
    await expect.element(screen.getByRole("alert")).toHaveTextContent("Không tải được danh sách chỉ tiêu.");
    await userEvent.click(screen.getByRole("button", { name: "Thử lại" }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});
