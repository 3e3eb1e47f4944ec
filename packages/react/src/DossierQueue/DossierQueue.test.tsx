import "../styles/tokens.css";
import "../styles/base.css";
import "./dossier-queue.css";
import type { Dossier } from "@chinhquyenso/client";
import { useState } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { page, userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { ChinhQuyenSoProvider } from "../provider";
import { testNow } from "../support/platform.test-support";
import { selectRows } from "./clientRows";
import { DossierQueue, type DossierQueueProps } from "./DossierQueue";
import { bulkOffers, focusCell, focusedCell, rowsWith, selectedCodes } from "./DossierQueue.test-support";
import { manyDossiers, sampleDossiers } from "./fixtures";

function Queue(props: DossierQueueProps & { locale?: "vi" | "en" }) {
  const { locale = "vi", ...rest } = props;
  return (
    <ChinhQuyenSoProvider now={testNow} locale={locale}>
      <DossierQueue {...rest} />
    </ChinhQuyenSoProvider>
  );
}

const renderedRows = () =>
  document.querySelectorAll('[role="grid"] [role="rowgroup"] + [role="rowgroup"] > [role="row"]');

beforeEach(async () => {
  await page.viewport(1280, 720);
});

describe("DossierQueue keyboard navigation (Chromium)", () => {
  it("moves through a virtualised 100,000-row grid with absolute row indexes, and Enter activates the right code", async () => {
    const rows = manyDossiers(100_000);
    const onRowActivate = vi.fn();
    const screen = await render(<Queue rows={rows} onRowActivate={onRowActivate} />);
    const grid = screen.getByRole("grid");
    await expect.element(grid).toHaveAttribute("aria-rowcount", "100001");
    await expect.element(grid).toHaveAttribute("aria-colcount", "9");

    focusCell(0, 1);
    expect(focusedCell()).toEqual({ rowIndex: 2, colIndex: 2, code: rows[0]?.code });
    await userEvent.keyboard("{ArrowDown}");
    expect(focusedCell()).toEqual({ rowIndex: 3, colIndex: 2, code: rows[1]?.code });
    await userEvent.keyboard("{PageDown}");
    const afterPage = focusedCell();
    expect(afterPage?.rowIndex).toBeGreaterThan(6);
    expect(afterPage?.code).toBe(rows[(afterPage?.rowIndex ?? 0) - 2]?.code);

    await userEvent.keyboard("{Control>}{End}{/Control}");
    await expect.poll(() => focusedCell()?.rowIndex).toBe(100_001);
    expect(focusedCell()).toMatchObject({ colIndex: 9, code: rows[99_999]?.code });
    // The focused row is scrolled into view below the sticky header.
    const gridBox = grid.element().getBoundingClientRect();
    const rowBox = (document.activeElement as HTMLElement).getBoundingClientRect();
    expect(rowBox.top).toBeGreaterThanOrEqual(gridBox.top);
    expect(rowBox.bottom).toBeLessThanOrEqual(gridBox.bottom + 1);

    await userEvent.keyboard("{Home}");
    expect(focusedCell()).toMatchObject({ rowIndex: 100_001, colIndex: 1 });
    await userEvent.keyboard("{ArrowRight}{ArrowRight}{ArrowLeft}");
    expect(focusedCell()).toMatchObject({ rowIndex: 100_001, colIndex: 2 });
    await userEvent.keyboard("{End}");
    expect(focusedCell()).toMatchObject({ colIndex: 9 });
    await userEvent.keyboard("{Enter}");
    expect(onRowActivate).toHaveBeenCalledTimes(1);
    expect(onRowActivate.mock.calls[0]?.[0]?.code).toBe(rows[99_999]?.code);

    await userEvent.keyboard("{PageUp}{ArrowUp}");
    expect(focusedCell()?.rowIndex).toBeLessThan(100_001);
    await userEvent.keyboard("{Control>}{Home}{/Control}");
    await expect.poll(() => focusedCell()).toEqual({ rowIndex: 2, colIndex: 1, code: rows[0]?.code });
    await userEvent.keyboard("{ArrowUp}{ArrowUp}");
    expect(focusedCell()).toMatchObject({ rowIndex: 1, colIndex: 1 });
    // Only the virtual window is in the DOM, however far the focus went.
    expect(renderedRows().length).toBeLessThan(60);
  });

  it("keeps exactly one cell in the tab order (roving tabindex)", async () => {
    await render(<Queue rows={sampleDossiers(200)} />);
    expect(document.querySelectorAll('[role="grid"] [tabindex="0"]').length).toBe(1);
    focusCell(2, 3);
    await userEvent.keyboard("{ArrowDown}");
    const tabbable = document.querySelectorAll<HTMLElement>('[role="grid"] [tabindex="0"]');
    expect(tabbable.length).toBe(1);
    expect(tabbable[0]).toBe(document.activeElement);
  });
});

describe("DossierQueue selection and bulk actions (Chromium)", () => {
  const rows = rowsWith({ A: "registered", B: "registered", C: "processing", D: "returned" });

  it("selects with Space, Shift+arrows, Ctrl+A and Escape, offering only the actions core allows for all", async () => {
    await render(<Queue rows={rows} onBulkAction={vi.fn()} />);
    focusCell(0, 1);
    await userEvent.keyboard(" ");
    expect(selectedCodes()).toEqual(["A"]);
    expect(bulkOffers()).toEqual(["Tiếp nhận", "Từ chối tiếp nhận", "Rút hồ sơ"]);

    await userEvent.keyboard("{Shift>}{ArrowDown}{ArrowDown}{/Shift}");
    expect(selectedCodes()).toEqual(["A", "B", "C"]);
    expect(bulkOffers()).toEqual(["Rút hồ sơ"]);
    await userEvent.keyboard("{Shift>}{ArrowUp}{/Shift}");
    expect(selectedCodes()).toEqual(["A", "B"]);

    await userEvent.keyboard("{Control>}a{/Control}");
    expect(selectedCodes()).toEqual(["A", "B", "C", "D"]);
    expect(bulkOffers()).toEqual([]);
    await expect
      .element(page.getByText("Không có thao tác nào áp dụng được cho tất cả hồ sơ đã chọn."))
      .toBeVisible();
    await userEvent.keyboard("{Escape}");
    expect(selectedCodes()).toEqual([]);
    // Space on the header's selection cell selects every row.
    await userEvent.keyboard("{Control>}{Home}{/Control}{ArrowUp} ");
    expect(selectedCodes()).toEqual(["A", "B", "C", "D"]);
    await userEvent.keyboard("{Escape}");
    expect(document.querySelector(".cqs-queue__bulk")).toBeNull();

    // Shift+Space selects from the anchor to the focused row.
    await userEvent.keyboard(
      "{Control>}{Home}{/Control}{ArrowRight} {ArrowDown}{ArrowDown}{Shift>} {/Shift}",
    );
    expect(selectedCodes()).toEqual(["A", "B", "C"]);
  });

  it("selects with the checkboxes (Shift+click for a range) and activates a row on click", async () => {
    const onRowActivate = vi.fn();
    const screen = await render(<Queue rows={rows} onRowActivate={onRowActivate} />);
    await screen.getByRole("checkbox", { name: "Chọn hồ sơ A" }).click();
    await screen.getByRole("checkbox", { name: "Chọn hồ sơ C" }).click({ modifiers: ["Shift"] });
    expect(selectedCodes()).toEqual(["A", "B", "C"]);
    expect(onRowActivate).not.toHaveBeenCalled();
    await screen.getByRole("checkbox", { name: "Chọn tất cả hồ sơ đang hiển thị" }).click();
    expect(selectedCodes()).toEqual(["A", "B", "C", "D"]);
    await screen.getByRole("gridcell", { name: "D", exact: true }).click();
    expect(onRowActivate).toHaveBeenCalledWith(expect.objectContaining({ code: "D" }));
  });

  it("confirms a bulk action with a required reason, and keeps what was typed when the host fails", async () => {
    const onBulkAction = vi
      .fn<DossierQueueProps["onBulkAction"] & object>()
      .mockRejectedValueOnce(new Error("503"));
    const screen = await render(<Queue rows={rows} onBulkAction={onBulkAction} />);
    await screen.getByRole("checkbox", { name: "Chọn hồ sơ A" }).click();
    await screen.getByRole("checkbox", { name: "Chọn hồ sơ B" }).click();
    await screen.getByRole("button", { name: "Từ chối tiếp nhận" }).click();
    const reason = screen.getByRole("textbox", { name: "Lý do" });
    await expect.element(reason).toHaveFocus();
    await screen.getByRole("button", { name: "Xác nhận" }).click();
    await expect.element(screen.getByText("Hãy nhập lý do.")).toBeVisible();
    await expect.element(reason).toHaveAttribute("aria-invalid", "true");
    expect(onBulkAction).not.toHaveBeenCalled();

    await reason.fill("Hồ sơ thiếu giấy tờ theo quy định");
    await screen.getByRole("button", { name: "Xác nhận" }).click();
    await expect
      .element(screen.getByRole("alert"))
      .toHaveTextContent("Không thực hiện được “Từ chối tiếp nhận”.");
    await expect.element(reason).toHaveValue("Hồ sơ thiếu giấy tờ theo quy định");
    expect(selectedCodes()).toEqual(["A", "B"]);

    await screen.getByRole("button", { name: "Xác nhận" }).click();
    const bulkRegion = screen.getByRole("region", { name: "Thao tác với các hồ sơ đã chọn" });
    await expect.element(bulkRegion).toHaveTextContent("Đã thực hiện “Từ chối tiếp nhận” cho 2 hồ sơ.");
    await expect
      .element(page.getByRole("status").last())
      .toHaveTextContent("Đã thực hiện “Từ chối tiếp nhận” cho 2 hồ sơ.");
    expect(onBulkAction).toHaveBeenLastCalledWith(
      "refuse",
      [expect.objectContaining({ code: "A" }), expect.objectContaining({ code: "B" })],
      { reason: "Hồ sơ thiếu giấy tờ theo quy định" },
    );
    expect(selectedCodes()).toEqual([]);
  });

  it("asks for a future deadline to request a supplement", async () => {
    const onBulkAction = vi.fn();
    const screen = await render(<Queue rows={rowsWith({ P: "processing" })} onBulkAction={onBulkAction} />);
    await screen.getByRole("checkbox", { name: "Chọn hồ sơ P" }).click();
    await screen.getByRole("button", { name: "Yêu cầu bổ sung" }).click();
    await screen.getByRole("textbox", { name: "Lý do" }).fill("Bổ sung bản sao sổ hộ khẩu");
    await screen.getByRole("button", { name: "Xác nhận" }).click();
    await expect.element(screen.getByText("Hãy chọn hạn nộp bổ sung sau hôm nay.")).toBeVisible();
    // The deadline is picked on the working calendar: a Sunday is refused and named, a working day counted.
    const deadline = screen.getByRole("textbox", { name: "Hạn nộp bổ sung" });
    await deadline.fill("29/11/2026");
    await userEvent.keyboard("{Enter}");
    await expect.element(screen.getByText(/^29\/11\/2026 là ngày nghỉ/)).toBeVisible();
    await deadline.fill("03/12/2026");
    await userEvent.keyboard("{Enter}");
    await expect.element(screen.getByText("5 ngày làm việc kể từ 26/11/2026")).toBeVisible();
    await screen.getByRole("button", { name: "Xác nhận" }).click();
    await expect.poll(() => onBulkAction.mock.calls.length).toBe(1);
    expect(onBulkAction.mock.calls[0]?.[2]).toEqual({
      reason: "Bổ sung bản sao sổ hộ khẩu",
      supplementDeadline: "2026-12-03T17:00:00+07:00",
    });
  });
});

/** Waiting for a 100,000-row index: generous, because the test checks results and states, never speed. */
const INDEX_BUDGET_MS = 60_000;

describe("DossierQueue menus, search, filters and sort in memory (Chromium)", () => {
  it("shows menu counts, switches menus, and reports the change", async () => {
    const rows = sampleDossiers(200);
    const onQueueChange = vi.fn();
    const screen = await render(<Queue rows={rows} onQueueChange={onQueueChange} />);
    const supplement = screen.getByRole("tab", { name: /Chờ bổ sung/ });
    const expected = rows.filter((row) => row.status === "awaiting_supplement").length;
    await expect.element(supplement).toHaveAccessibleName(`Chờ bổ sung ${expected} hồ sơ`);
    await supplement.click();
    expect(onQueueChange).toHaveBeenCalledWith("awaiting_supplement");
    await expect.element(screen.getByRole("grid")).toHaveAttribute("aria-rowcount", String(expected + 1));
    const statuses = [...document.querySelectorAll('[data-column="status"][role="gridcell"]')].map(
      (cell) => cell.textContent,
    );
    expect(new Set(statuses)).toEqual(new Set(["Yêu cầu bổ sung giấy tờ"]));
  });

  it("finds dossiers typed without diacritics", async () => {
    const rows = sampleDossiers(200);
    const target = rows.find((row) => /[ăâđêôơư]/i.test(row.applicant.fullName)) as Dossier;
    const plain = target.applicant.fullName
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/đ/g, "d")
      .replace(/Đ/g, "D");
    const screen = await render(<Queue rows={rows} />);
    await screen.getByRole("searchbox", { name: "Tìm hồ sơ" }).fill(plain);
    // Wait for the filtered list (the search is debounced), not merely for the target to be rendered: it may be
    // among the first rows of the unfiltered list too.
    const firstApplicant = () =>
      document.querySelector('[data-column="applicant"][role="gridcell"]')?.textContent ?? null;
    await expect.poll(firstApplicant).toBe(target.applicant.fullName);
    expect(focusableCodes()).toContain(target.code);
    await expect.element(page.getByRole("status").last()).toHaveTextContent(/^\d+ hồ sơ$/);
  });

  it("builds the index of 100,000 rows in slices with a visible indexing state, then shows the search's results", {
    timeout: INDEX_BUDGET_MS * 2,
  }, async () => {
    const rows = manyDossiers(100_000);
    const target = rows[54_320] as Dossier;
    // Started with a search, the first render cannot have the index of a long list: it says it is indexing.
    const screen = await render(<Queue rows={rows} defaultSearch={target.code} />);
    const searchbox = screen.getByRole("searchbox", { name: "Tìm hồ sơ" });
    // Checked at once (the build takes many slices, far longer than a render): the note is shown, describes the
    // search box and is announced; the grid is there, unsearched, busy, with an unknown row count.
    const note = document.querySelector(".cqs-queue__indexing");
    expect(note?.textContent).toBe("Đang lập chỉ mục tìm kiếm…");
    expect(searchbox.element().getAttribute("aria-describedby")?.split(" ")).toContain(note?.id);
    const statuses = document.querySelectorAll('[role="status"]');
    expect(statuses[statuses.length - 1]?.textContent).toBe(note?.textContent);
    const grid = screen.getByRole("grid").element();
    expect(grid.getAttribute("aria-busy")).toBe("true");
    expect(grid.getAttribute("aria-rowcount")).toBe("-1");

    // About a second of work on a quiet machine, spread over slices; many times that beside other sessions.
    await expect.poll(() => focusableCodes()[0], { timeout: INDEX_BUDGET_MS }).toBe(target.code);
    const expected = selectRows(rows, { queue: "all", filters: {}, search: target.code, sort: null });
    await expect
      .element(screen.getByRole("grid"))
      .toHaveAttribute("aria-rowcount", String(expected.length + 1));
    expect(document.querySelector(".cqs-queue__indexing")).toBeNull();
    // Results the user did not ask for by changing the view are not announced; the indexing note is gone.
    await expect.element(page.getByRole("status").last()).not.toHaveTextContent(/lập chỉ mục/);
  });

  // 40,000 rows take the same path as 100,000 (index and ranking in slices) at less of the test's time: in
  // development builds React compares the props of each re-render, and the rows are props.
  it("stays usable while a long list is indexed (typing, grid keys), then reaches the last match of a broad query", {
    timeout: INDEX_BUDGET_MS * 2,
  }, async () => {
    const rows = manyDossiers(40_000);
    const screen = await render(<Queue rows={rows} />);
    const searchbox = screen.getByRole("searchbox", { name: "Tìm hồ sơ" });
    await searchbox.fill("ng");
    const indexing = () => document.querySelector(".cqs-queue__indexing")?.textContent ?? null;
    await expect.poll(indexing).toBe("Đang lập chỉ mục tìm kiếm…");
    // The box takes what is typed while the index builds (the build runs in slices between keystrokes)…
    await searchbox.fill("n");
    await expect.element(searchbox).toHaveValue("n");
    expect(indexing()).toBe("Đang lập chỉ mục tìm kiếm…");
    // …and the grid answers its keys while it builds. A fast machine may finish the build (and re-rank the rows,
    // moving the focused dossier out of the rendered window) before the key lands: the move is then checked only
    // if the build is still running when focus settles — how fast the build runs must not decide the result.
    focusCell(0, 1);
    const below = document.querySelector('[role="row"][aria-rowindex="3"] [data-column="code"]')?.firstChild;
    expect(below?.textContent).toBeTruthy();
    await userEvent.keyboard("{ArrowDown}");
    await expect.poll(() => focusedCell()?.code === below?.textContent || indexing() === null).toBe(true);
    if (indexing() !== null) expect(focusedCell()).toMatchObject({ code: below?.textContent, colIndex: 2 });

    // Then every match of "n", best first, as a search done in one go orders them.
    const expected = selectRows(rows, { queue: "all", filters: {}, search: "n", sort: null });
    expect(expected.length).toBeGreaterThan(1000);
    await expect
      .element(screen.getByRole("grid"), { timeout: INDEX_BUDGET_MS })
      .toHaveAttribute("aria-rowcount", String(expected.length + 1));
    expect(indexing()).toBeNull();
    await expect.poll(() => focusableCodes()[0]).toBe(expected[0]?.code);
    // The last match is reachable from the keyboard (it is ranked, not cut at a first screen).
    focusCell(0, 1);
    await userEvent.keyboard("{Control>}{End}{/Control}");
    await expect.poll(() => focusedCell()?.rowIndex).toBe(expected.length + 1);
    expect(focusedCell()?.code).toBe(expected[expected.length - 1]?.code);
  });

  it("filters by status, channel and timeliness, with a designed empty state that clears them", async () => {
    const rows = sampleDossiers(200);
    const screen = await render(<Queue rows={rows} />);
    await screen.getByRole("button", { name: "Bộ lọc" }).click();
    await screen.getByRole("combobox", { name: "Kênh nộp" }).selectOptions("Trực tuyến");
    await screen.getByRole("checkbox", { name: "Đang xử lý" }).click();
    const expected = rows.filter((row) => row.channel === "online" && row.status === "processing").length;
    await expect.element(screen.getByRole("grid")).toHaveAttribute("aria-rowcount", String(expected + 1));
    await expect.element(screen.getByRole("button", { name: "Bộ lọc (2)" })).toBeVisible();
    await screen.getByRole("combobox", { name: "Thời hạn" }).selectOptions("Quá hạn");
    await screen.getByRole("combobox", { name: "Kênh nộp" }).selectOptions("Bưu chính công ích");
    await screen.getByRole("combobox", { name: "Thủ tục" }).selectOptions(rows[0]?.procedureName ?? "");
    await expect.element(screen.getByText("Không có hồ sơ nào khớp với tìm kiếm hoặc bộ lọc.")).toBeVisible();
    await screen.getByRole("button", { name: "Xóa bộ lọc" }).last().click();
    await expect.element(screen.getByRole("grid")).toHaveAttribute("aria-rowcount", "201");
  });

  it("sorts by a date column from the header, by keyboard, with aria-sort", async () => {
    const rows = sampleDossiers(200);
    const onSortChange = vi.fn();
    const screen = await render(<Queue rows={rows} onSortChange={onSortChange} />);
    focusCell(0, 1);
    await userEvent.keyboard("{ArrowUp}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}");
    const header = screen.getByRole("columnheader", { name: "Hẹn trả" });
    await expect.element(header).toHaveFocus();
    await expect.element(header).toHaveAttribute("aria-sort", "none");
    await userEvent.keyboard("{Enter}");
    await expect.element(header).toHaveAttribute("aria-sort", "ascending");
    expect(onSortChange).toHaveBeenLastCalledWith("dueAt");
    // Shown rows in order, by their due instant (ties keep the given order, so compare instants, not codes).
    const dueOf = new Map(rows.map((row) => [row.code, Date.parse(row.dueAt ?? "")]));
    const times = rows.map((row) => Date.parse(row.dueAt ?? "")).filter((time) => !Number.isNaN(time));
    const shownDue = () => focusableCodes().map((code) => dueOf.get(code) as number);
    await expect.poll(() => shownDue()[0]).toBe(Math.min(...times));
    expect(shownDue().slice(0, 8)).toEqual([...shownDue().slice(0, 8)].sort((a, b) => a - b));
    await userEvent.keyboard(" ");
    await expect.element(header).toHaveAttribute("aria-sort", "descending");
    await expect.poll(() => shownDue()[0]).toBe(Math.max(...times));
    expect(shownDue().slice(0, 8)).toEqual([...shownDue().slice(0, 8)].sort((a, b) => b - a));
    await expect
      .element(screen.getByRole("columnheader", { name: "Người nộp" }))
      .not.toHaveAttribute("aria-sort");
  });
});

/** Codes of the rendered rows, top first. */
function focusableCodes(): string[] {
  return [...document.querySelectorAll<HTMLElement>('[role="gridcell"][data-column="code"]')]
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
    .map((cell) => cell.firstChild?.textContent ?? "");
}

/** Loading, then failing on demand, then loaded on retry: a host with its own data layer. */
function LoadingHost() {
  const [state, setState] = useState<"loading" | "error" | "ready">("loading");
  return (
    <>
      <button type="button" onClick={() => setState("error")}>
        fail
      </button>
      <Queue
        loading={state === "loading"}
        error={state === "error" ? { name: "NetworkError" } : undefined}
        rows={state === "ready" ? sampleDossiers(200) : undefined}
        onRetry={() => setState("ready")}
      />
    </>
  );
}

let updateRows: (rows: Dossier[]) => void = () => {};
function RowsHost({ initial }: { initial: Dossier[] }) {
  const [rows, setRows] = useState(initial);
  updateRows = setRows;
  return <Queue rows={rows} />;
}

describe("DossierQueue states and bad data (Chromium)", () => {
  it("shows a skeleton, then an error with a retry, then the rows", async () => {
    const screen = await render(<LoadingHost />);
    await expect.element(screen.getByRole("status").last()).toHaveTextContent("Đang tải danh sách hồ sơ…");
    expect(document.querySelector('[data-state="loading"][aria-busy="true"]')).not.toBeNull();
    await screen.getByRole("button", { name: "fail" }).click();
    const alert = screen.getByRole("alert");
    await expect.element(alert).toHaveTextContent("Không tải được danh sách hồ sơ.");
    await expect.element(alert).toHaveTextContent("Không kết nối được tới hệ thống.");
    await screen.getByRole("button", { name: "Thử lại" }).click();
    await expect.element(screen.getByRole("grid")).toHaveAttribute("aria-rowcount", "201");
  });

  it("says what each empty menu means", async () => {
    const screen = await render(<Queue rows={[]} defaultQueue="awaiting_supplement" />);
    await expect.element(screen.getByText("Không có hồ sơ nào chờ bổ sung.")).toBeVisible();
    await screen.getByRole("tab", { name: /Xin rút/ }).click();
    await expect.element(screen.getByText("Không có yêu cầu rút hồ sơ nào.")).toBeVisible();
  });

  it("renders unknown enum values as their raw code and malformed rows as a fallback, without crashing", async () => {
    const [base] = rowsWith({ X: "processing" }) as [Dossier];
    const rows = [
      { ...base, code: "NEW", status: "archived_in_v2", timeliness: "paused_by_law", allowedActions: [] },
      { ...base, code: "BAD-DATE", dueAt: "not a date", receivedAt: null, assignee: null },
      { ...base, code: "NO-APPLICANT", applicant: undefined as unknown as Dossier["applicant"] },
      null as unknown as Dossier,
    ];
    const onError = vi.fn();
    const screen = await render(
      <ChinhQuyenSoProvider now={testNow} onError={onError}>
        <DossierQueue rows={rows} />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(screen.getByRole("gridcell", { name: "archived_in_v2" })).toBeVisible();
    await expect.element(screen.getByText("paused_by_law")).toHaveAttribute("data-timeliness", "unknown");
    await expect.element(screen.getByRole("gridcell", { name: "not a date" })).toBeVisible();
    await expect.element(screen.getByText("Chưa tiếp nhận")).toBeVisible();
    await expect.element(screen.getByText("Chưa phân công")).toBeVisible();
    await expect.element(screen.getByText("Dữ liệu hồ sơ không hợp lệ")).toBeVisible();
    expect(onError).not.toHaveBeenCalled();
  });

  it("keeps focus and selection on the same dossiers when the rows change, and marks changed rows", async () => {
    const initial = rowsWith({ A: "registered", B: "registered", C: "processing" });
    const screen = await render(<RowsHost initial={initial} />);
    await screen.getByRole("checkbox", { name: "Chọn hồ sơ B" }).click();
    focusCell(2, 1);
    expect(focusedCell()?.code).toBe("C");
    const [a, b, c] = initial as [Dossier, Dossier, Dossier];
    // A new dossier arrives first, and C changes (new etag).
    updateRows([{ ...a, code: "Z" }, a, b, { ...c, etag: '"C-2"', status: "awaiting_supplement" }]);
    await expect.poll(() => focusedCell()?.code).toBe("C");
    expect(focusedCell()?.rowIndex).toBe(5);
    expect(selectedCodes()).toEqual(["B"]);
    const changed = document.querySelector('[role="row"][data-updated]');
    expect(changed?.querySelector('[data-column="code"]')?.textContent).toBe("CMới cập nhật");
    expect(document.querySelectorAll('[role="row"][data-updated]').length).toBe(1);
  });

  it("shows only the columns asked for, custom ones included, in English", async () => {
    const rows = rowsWith({ A: "registered" });
    const screen = await render(
      <Queue
        locale="en"
        rows={rows}
        selectable={false}
        columns={["status", "code", { id: "agency", header: "Agency", cell: (row) => row.agencyName }]}
        queues={[]}
      />,
    );
    const headers = screen
      .getByRole("columnheader")
      .elements()
      .map((cell) => cell.textContent);
    expect(headers).toEqual(["Status", "Code", "Agency"]);
    await expect.element(screen.getByRole("gridcell", { name: "Registered" })).toBeVisible();
    expect(screen.getByRole("tab").elements()).toHaveLength(0);
    expect(screen.getByRole("checkbox").elements()).toHaveLength(0);
  });
});
