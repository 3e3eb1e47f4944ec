import type { Dossier } from "@chinhquyenso/client";
import { createHandlers, createManualClock, type MockHandlers, type Scenario } from "@chinhquyenso/mocks";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { delay, type HttpHandler, http } from "msw";
import type {} from "msw-storybook-addon/csf3";
import type { CSSProperties } from "react";
import { expect, fn, waitFor } from "storybook/test";
import { expectAccessProblem, FORBIDDEN_ERROR, NOT_FOUND_ERROR } from "../support/access.story-support";
import {
  expectActiveTabsShown,
  expectFocusRing,
  expectHiddenStaysHidden,
  expectMarkedApart,
  withHostReset,
} from "../support/hostCss.story-support";
import { STORY_API_URL, STORY_NOW } from "../support/storybook.story-support";
import { DossierQueue, type DossierQueueProps } from "./DossierQueue";
import { manyDossiers, sampleDossiers } from "./fixtures";

const meta = {
  title: "Widgets/DossierQueue",
  component: DossierQueue,
  tags: ["autodocs"],
  args: { onRowActivate: fn(), onQueueChange: fn(), onSelectedChange: fn() },
  parameters: {
    now: STORY_NOW,
    docs: {
      description: {
        component: [
          "The one-stop dossier queue (hồ sơ một cửa). Queue menus are tabs with live counts and overdue badges;",
          "the toolbar searches code, applicant and summary with or without diacritics and filters by status,",
          "procedure, channel and timeliness; the Received and Due headers sort. Rows show the deadline in working",
          'days ("còn 2 ngày làm việc" / "quá hạn 3 ngày") and a timeliness badge. Select rows with the checkboxes or',
          "Space / Shift+arrows / Ctrl+A: the bar offers only the actions the state machine allows for every selected",
          "dossier, asks for a reason when the law needs one, and reports what could not be done. Keyboard: arrows,",
          "Home/End, Ctrl+Home/End, PageUp/PageDown, Enter opens a dossier. Connected (inside a provider with a",
          "client) it pages through the platform and stays live; controlled, give it `rows` (all of them, filtered",
          "in memory) or `manual` rows from your own data layer.",
        ].join(" "),
      },
    },
  },
} satisfies Meta<typeof DossierQueue>;

export default meta;
type Story = StoryObj<typeof meta>;

interface Loaded {
  handlers: MockHandlers;
}

/** A connected story: the provider's client talks to the mocks' stateful msw handlers (seeded data). */
function connected(options: { scenarios?: Scenario[]; before?: HttpHandler[]; size?: number } = {}) {
  return {
    parameters: { connected: true },
    loaders: [
      async (): Promise<Loaded> => ({
        handlers: createHandlers({
          baseUrl: STORY_API_URL,
          seed: 7,
          size: options.size ?? 200,
          now: STORY_NOW,
          clock: createManualClock(STORY_NOW),
          scenarios: options.scenarios ?? [],
        }),
      }),
    ],
    beforeEach: ({
      msw,
      loaded,
    }: {
      msw: { use(...handlers: HttpHandler[]): void };
      loaded: Record<string, unknown>;
    }) => {
      msw.use(...(options.before ?? []), ...(loaded as unknown as Loaded).handlers);
    },
  };
}

const slow = { timeout: 8000 };
const focused = () => document.activeElement?.closest('[role="row"]')?.getAttribute("aria-rowindex");

// --- Connected to the platform (the mocks' handlers) ---------------------------------------------------------

/** The queue on the platform: menus with live counts, cursor pages, server-side search. Keyboard walk-through. */
export const Connected: Story = {
  ...connected(),
  play: async ({ canvas, userEvent, args, loaded }) => {
    // The stories sign in as the default officer: their agency's dossiers (another agency's are not theirs).
    const { store } = (loaded as unknown as Loaded).handlers;
    const agency = store.principal("officer").agencyCode;
    const theirs = [...store.dossiers.values()].filter((record) => record.agencyCode === agency).length;
    const grid = await canvas.findByRole("grid", {}, slow);
    await waitFor(() => expect(grid).toHaveAttribute("aria-rowcount", String(theirs + 1)), slow);
    // The menu's counts are their own request (dossiers.counts): they may arrive after the rows.
    await waitFor(
      () => expect(canvas.getByRole("tab", { name: /Đang xử lý/ })).toHaveAccessibleName(/hồ sơ/),
      slow,
    );
    await userEvent.click(canvas.getByRole("searchbox", { name: "Tìm hồ sơ" }));
    await userEvent.tab();
    await userEvent.tab();
    // Tab reaches the grid's one tabbable cell: the first row's code.
    await expect(focused()).toBe("2");
    await userEvent.keyboard("{ArrowDown}{ArrowDown}");
    await expect(focused()).toBe("4");
    await userEvent.keyboard("{Control>}{End}{/Control}");
    await waitFor(() => expect(Number(focused())).toBe(theirs + 1), slow);
    await userEvent.keyboard("{Control>}{Home}{/Control}{ArrowRight}{Enter}");
    await expect(focused()).toBe("2");
    await expect(args.onRowActivate).toHaveBeenCalledTimes(1);
  },
};

export const ConnectedEnglish: Story = {
  ...connected(),
  globals: { locale: "en" },
  play: async ({ canvas }) => {
    await canvas.findByRole("grid", {}, slow);
    await expect(canvas.getByRole("tab", { name: /Awaiting online intake/ })).toBeVisible();
    await expect(canvas.getByRole("columnheader", { name: "Due" })).toHaveAttribute("aria-sort", "none");
  },
};

export const ConnectedDark: Story = {
  ...connected(),
  globals: { theme: "dark" },
  play: async ({ canvas }) => {
    await canvas.findByRole("grid", {}, slow);
  },
};

/** The first page is on its way: a skeleton, announced to screen readers. */
export const Loading: Story = {
  ...connected({ before: [http.get(`${STORY_API_URL}/v1/dossiers`, () => delay("infinite"))] }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('[data-state="loading"]')).not.toBeNull());
    await expect(canvasElement.querySelector('[role="status"]')).toHaveTextContent(
      "Đang tải danh sách hồ sơ…",
    );
  },
};

/** The platform failed: what happened in plain words, and a retry. */
export const LoadError: Story = {
  ...connected({ scenarios: [{ name: "operation_error", operationId: "dossiers.list", status: 503 }] }),
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole("alert", {}, slow);
    await expect(alert).toHaveTextContent("Hệ thống đang gặp sự cố. Hãy thử lại sau ít phút.");
    await expect(canvas.getByRole("button", { name: "Thử lại" })).toBeVisible();
  },
};

/** No dossiers at all. */
export const Empty: Story = {
  ...connected({ scenarios: ["empty"] }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText("Chưa có hồ sơ nào.", {}, slow)).toBeVisible();
  },
};

/** A menu with nothing in it says what that means for this menu. */
export const EmptyMenu: Story = {
  ...connected({ scenarios: [{ name: "empty_queue", queue: "awaiting_supplement" }] }),
  args: { defaultQueue: "awaiting_supplement" },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText("Không có hồ sơ nào chờ bổ sung.", {}, slow)).toBeVisible();
  },
};

/** Due-soon and overdue dossiers of the current user, sorted by due date. */
export const MyDueDossiers: Story = {
  ...connected(),
  args: { defaultQueue: "due_or_overdue", defaultSort: "dueAt", scope: { assignee: "me" } },
  play: async ({ canvas }) => {
    await canvas.findByRole("grid", {}, slow);
    await expect(canvas.getByRole("columnheader", { name: /Hẹn trả/ })).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
  },
};

/**
 * A bulk action on the platform where one dossier changed elsewhere (412) and one was withdrawn (409): each gets
 * its own explanation, the list reloads, the failed ones stay selected.
 */
export const BulkConflicts: Story = {
  ...connected(),
  args: { defaultQueue: "in_progress" },
  play: async ({ canvas, canvasElement, userEvent, loaded }) => {
    await canvas.findByRole("grid", {}, slow);
    const codes = [...canvasElement.querySelectorAll('[role="gridcell"][data-column="code"]')].map(
      (cell) => cell.firstChild?.textContent ?? "",
    );
    const [first, second] = codes as [string, string];
    const store = (loaded as unknown as Loaded).handlers.store;
    const changed = store.dossiers.get(first);
    const withdrawn = store.dossiers.get(second);
    if (changed) changed.version += 1;
    if (withdrawn) withdrawn.status = "withdrawn";
    await userEvent.click(canvas.getByRole("checkbox", { name: `Chọn hồ sơ ${first}` }));
    await userEvent.click(canvas.getByRole("checkbox", { name: `Chọn hồ sơ ${second}` }));
    await userEvent.click(canvas.getByRole("button", { name: "Hoàn thành xử lý" }));
    await userEvent.click(canvas.getByRole("button", { name: "Xác nhận" }));
    const region = canvas.getByRole("region", { name: "Thao tác với các hồ sơ đã chọn" });
    await waitFor(() => expect(region).toHaveTextContent("cho 0/2 hồ sơ"), slow);
    await expect(region).toHaveTextContent(`Hồ sơ ${first} vừa được thay đổi ở nơi khác`);
    await expect(region).toHaveTextContent(`Hồ sơ ${second} đang ở trạng thái “Công dân yêu cầu rút hồ sơ”`);
  },
};

// --- Controlled (rows given, no client) -----------------------------------------------------------------------

/** All rows given by the host: menus, counts, filters, search and sort run in memory. */
export const ClientMode: Story = {
  args: { rows: sampleDossiers(200), onBulkAction: fn() },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("grid")).toHaveAttribute("aria-rowcount", "201");
    await waitFor(() =>
      expect(canvas.getByRole("tab", { name: /Tất cả hồ sơ/ })).toHaveAccessibleName(/200 hồ sơ/),
    );
  },
};

/**
 * 100,000 rows in memory: only the visible window is rendered; Ctrl+End reaches the last row. (The rows come from
 * a loader, not args, so that Storybook does not send them to the controls panel.)
 */
export const LargeData: Story = {
  loaders: [async () => ({ rows: manyDossiers(100_000) })],
  render: (args: DossierQueueProps, { loaded }: { loaded: Record<string, unknown> }) => (
    <DossierQueue {...args} rows={loaded.rows as Dossier[]} />
  ),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvas.getByRole("grid")).toHaveAttribute("aria-rowcount", "100001");
    canvasElement.querySelector<HTMLElement>('[data-cell="0:1"]')?.focus();
    await userEvent.keyboard("{Control>}{End}{/Control}");
    await waitFor(() => expect(focused()).toBe("100001"));
    await expect(canvasElement.querySelectorAll('[role="row"]').length).toBeLessThan(60);
  },
};

/**
 * A search over 5,000 rows before their index exists: the grid stays usable (rows unsearched, busy) and says
 * "Đang lập chỉ mục tìm kiếm…" while the index is built in short slices, then shows the matches.
 */
export const SearchWhileIndexing: Story = {
  loaders: [async () => ({ rows: manyDossiers(5_000) })],
  args: { defaultSearch: "nguyen van an" },
  render: (args: DossierQueueProps, { loaded }: { loaded: Record<string, unknown> }) => (
    <DossierQueue {...args} rows={loaded.rows as Dossier[]} />
  ),
  play: async ({ canvas, canvasElement }) => {
    // About 50 ms of work, seconds beside other sessions: the play checks the outcome, not the speed.
    await waitFor(() => expect(canvasElement.querySelector(".cqs-queue__indexing")).toBeNull(), {
      timeout: 12_000,
    });
    await expect(canvas.getByRole("grid")).not.toHaveAttribute("aria-rowcount", "5001");
    const applicants = [...canvasElement.querySelectorAll('[role="gridcell"][data-column="applicant"]')];
    await expect(applicants[0]).toHaveTextContent(/Nguyễn Văn An/);
  },
};

/** Search typed without diacritics finds "Nguyễn", "Thủ Dầu Một"… */
export const Search: Story = {
  args: { rows: sampleDossiers(200), defaultSearch: "nguyen" },
  play: async ({ canvasElement }) => {
    const applicants = [...canvasElement.querySelectorAll('[role="gridcell"][data-column="applicant"]')];
    await waitFor(() => expect(applicants.length).toBeGreaterThan(0));
  },
};

/** The filter panel open, with a status and a channel chosen. */
export const Filters: Story = {
  args: {
    rows: sampleDossiers(200),
    defaultQueue: "in_progress",
    defaultFilters: { status: ["processing"], channel: "online" },
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Bộ lọc (2)" }));
    await expect(canvas.getByRole("checkbox", { name: "Đang xử lý" })).toBeChecked();
    await expect(canvas.getByRole("combobox", { name: "Kênh nộp" })).toHaveValue("online");
  },
};

/** Nothing matches the search or the filters: one click clears them. */
export const NoResults: Story = {
  args: { rows: sampleDossiers(200), defaultSearch: "không có hồ sơ nào như thế này" },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("Không có hồ sơ nào khớp với tìm kiếm hoặc bộ lọc.")).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Xóa bộ lọc" })).toBeVisible();
  },
};

/** Rows selected: the bar offers what the state machine allows for all of them; refusing asks for a reason. */
export const BulkActions: Story = {
  args: { rows: sampleDossiers(200), defaultQueue: "awaiting_online_intake", onBulkAction: fn() },
  play: async ({ canvas, canvasElement, userEvent, args }) => {
    canvasElement.querySelector<HTMLElement>('[data-cell="0:1"]')?.focus();
    await userEvent.keyboard(" ");
    await expect(canvas.getByText("Đã chọn 1 hồ sơ")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Từ chối tiếp nhận" }));
    await userEvent.click(canvas.getByRole("button", { name: "Xác nhận" }));
    await expect(canvas.getByText("Hãy nhập lý do.")).toBeVisible();
    await userEvent.type(canvas.getByRole("textbox", { name: "Lý do" }), "Thiếu bản sao giấy khai sinh");
    await userEvent.click(canvas.getByRole("button", { name: "Xác nhận" }));
    await waitFor(() => expect(args.onBulkAction).toHaveBeenCalledTimes(1));
    await expect(canvas.getByRole("region", { name: "Thao tác với các hồ sơ đã chọn" })).toHaveTextContent(
      "Đã thực hiện “Từ chối tiếp nhận” cho 1 hồ sơ.",
    );
  },
};

/** The host's own data layer is loading (controlled `loading`). */
export const ControlledLoading: Story = { args: { loading: true } };

/** The host's own data layer failed (controlled `error` and `onRetry`). */
export const ControlledError: Story = {
  args: { error: { name: "NetworkError" }, onRetry: fn() },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByRole("alert")).toHaveTextContent("Không kết nối được tới hệ thống.");
    await userEvent.click(canvas.getByRole("button", { name: "Thử lại" }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

const strange: Dossier[] = (() => {
  const [base] = sampleDossiers(200) as [Dossier];
  return [
    {
      ...base,
      code: "FROM-A-NEWER-SERVER",
      status: "archived_in_v2",
      timeliness: "paused_by_law",
      allowedActions: [],
    },
    { ...base, code: "MALFORMED-DATES", dueAt: "hôm qua", receivedAt: null, assignee: null },
    { ...base, code: "NO-APPLICANT", applicant: undefined as unknown as Dossier["applicant"] },
    null as unknown as Dossier,
  ];
})();

/** Data from a newer server or a broken one: raw codes and placeholders, never a crash. */
export const UnknownValues: Story = {
  args: { rows: strange, queues: [] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("archived_in_v2")).toBeVisible();
    await expect(canvas.getByText("paused_by_law")).toHaveAttribute("data-timeliness", "unknown");
    await expect(canvas.getByText("Dữ liệu hồ sơ không hợp lệ")).toBeVisible();
  },
};

/** Columns chosen and reordered, one of the department's own, no selection column, no tabs. */
export const CustomColumns: Story = {
  args: {
    rows: sampleDossiers(200),
    queues: [],
    selectable: false,
    columns: ["code", "status", { id: "agency", header: "Cơ quan", cell: (row) => row.agencyName }, "due"],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("grid")).toHaveAttribute("aria-colcount", "4");
  },
};

/** Compact density and a taller grid, from the tokens alone (`--cqs-row-height`, `--cqs-queue-height`). */
export const Compact: Story = {
  args: { rows: sampleDossiers(200) },
  render: (args: DossierQueueProps) => (
    <div style={{ "--cqs-row-height": "2.25rem", "--cqs-queue-height": "36rem" } as CSSProperties}>
      <DossierQueue {...args} />
    </div>
  ),
};

export const English: Story = {
  args: { rows: sampleDossiers(200) },
  globals: { locale: "en" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("searchbox", { name: "Search dossiers" })).toBeVisible();
  },
};

export const Dark: Story = {
  args: { rows: sampleDossiers(200), defaultSelected: [sampleDossiers(200)[0]?.code ?? ""] },
  globals: { theme: "dark" },
};

/**
 * Inside a host app whose unlayered CSS resets buttons, backgrounds, borders and focus rings and overrides
 * `[hidden]`: the active tab, the selected rows, the closed filter panel and the grid's inset focus ring hold.
 */
export const UnderHostReset: Story = {
  args: {
    rows: sampleDossiers(40),
    // Every other row, so that rendered rows of both kinds exist whatever the virtual window shows.
    defaultSelected: sampleDossiers(40)
      .filter((_, index) => index % 2 === 0)
      .map((row) => row.code),
    queues: ["all", "in_progress", "due_or_overdue"],
  },
  decorators: [withHostReset],
  play: async ({ canvasElement }) => {
    expectActiveTabsShown(canvasElement);
    expectMarkedApart(
      canvasElement.querySelector('.cqs-queue__row[aria-selected="true"]'),
      canvasElement.querySelector('.cqs-queue__row[aria-selected="false"]'),
    );
    expectHiddenStaysHidden(canvasElement);
    const stop = canvasElement.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]');
    if (!stop) throw new Error("the grid has no tab stop");
    const cell = await expectFocusRing(stop, "{ArrowDown}");
    expect(cell.getAttribute("role")).toBe("gridcell");
    expect(getComputedStyle(cell).outlineStyle).toBe("solid");
    expect(getComputedStyle(cell).outlineWidth).toBe("3px");
    expect(getComputedStyle(cell).outlineOffset).toBe("-3px");
  },
};

/** Late December 2026: due dates in 2027 depend on a year without an official holiday notice yet. */
function provisionalRows(): Dossier[] {
  const dates: [string, string][] = [
    ["2026-12-28T08:00:00+07:00", "2027-01-05T08:00:00+07:00"],
    ["2026-12-24T10:30:00+07:00", "2027-01-07T10:30:00+07:00"],
    ["2026-12-01T08:00:00+07:00", "2026-12-30T08:00:00+07:00"],
  ];
  return sampleDossiers(10)
    .slice(0, dates.length)
    .map((row, index) => ({
      ...row,
      status: "processing",
      receivedAt: dates[index]?.[0] ?? row.receivedAt,
      dueAt: dates[index]?.[1] ?? row.dueAt,
    }));
}

/**
 * Provisional due dates: 2027's days off come from the Labour Code until the official notice is loaded, so
 * those dates say "dự kiến"; the reason shows on hover, on tap, and while the cell has the keyboard focus.
 */
export const ProvisionalDueDates: Story = {
  args: { rows: provisionalRows() },
  parameters: { now: "2026-12-28T09:00:00+07:00" },
  play: async ({ canvas, canvasElement }) => {
    const marks = await canvas.findAllByRole("button", { name: "dự kiến" });
    await expect(marks).toHaveLength(2);
    await expect(marks[0]).toHaveAccessibleDescription(/Chưa có thông báo nghỉ lễ chính thức năm 2027/);
    marks[0]?.closest<HTMLElement>('[role="gridcell"]')?.focus();
    await waitFor(() =>
      expect(canvasElement.querySelector(".cqs-provisional[data-open] .cqs-provisional__tip")).toBeVisible(),
    );
  },
};

/** 403: the signed-in principal may not see this (a designed state: no retry, it would change nothing). */
export const Forbidden: Story = {
  args: { rows: [], error: FORBIDDEN_ERROR },
  play: expectAccessProblem("forbidden"),
};

/** 404: not found, or another agency's — the platform answers both alike, so codes do not leak. */
export const NotFound: Story = {
  args: { rows: [], error: NOT_FOUND_ERROR },
  play: expectAccessProblem("not_found"),
};

export const ForbiddenEnglish: Story = { ...Forbidden, globals: { locale: "en" } };
