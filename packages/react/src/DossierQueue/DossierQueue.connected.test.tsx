import "../styles/tokens.css";
import "../styles/base.css";
import "./dossier-queue.css";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { page, userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { Connected, createPlatform, type Platform } from "../support/platform.test-support";
import { DossierQueue } from "./DossierQueue";
import { focusCell, focusedCell, selectedCodes } from "./DossierQueue.test-support";

const listRequests = (platform: Platform) =>
  platform.requests
    .filter((request) => new URL(request.url).pathname === "/v1/dossiers")
    .map((request) => new URL(request.url));

const shownCodes = () =>
  [...document.querySelectorAll<HTMLElement>('[role="gridcell"][data-column="code"]')]
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
    .map((cell) => cell.firstChild?.textContent ?? "");

beforeEach(async () => {
  await page.viewport(1280, 720);
});

describe("DossierQueue, connected to the platform (Chromium, mocks' msw handlers)", () => {
  it("loads cursor pages as the focus reaches the end, with live counts per menu", async () => {
    // Paging needs more rows than one agency has in the data set: every agency's queue, through the explicit
    // opt-in to the any-token principal (the agency rules are the mocks' and the e2e tests' concern).
    const platform = createPlatform({ auth: { unknownTokens: "any" }, token: "paging-test" });
    const counts = await platform.client.dossiers.counts();
    const all = counts.items.find((item) => item.queue === "all");
    const screen = await render(
      <Connected platform={platform}>
        <DossierQueue pageSize={20} />
      </Connected>,
    );
    const grid = screen.getByRole("grid");
    await expect.element(grid).toHaveAttribute("aria-rowcount", String((all?.count ?? 0) + 1));
    const inProgress = counts.items.find((item) => item.queue === "in_progress");
    await expect
      .element(screen.getByRole("tab", { name: /Đang xử lý/ }))
      .toHaveAccessibleName(new RegExp(`^Đang xử lý ${inProgress?.count} hồ sơ`));
    expect(listRequests(platform)[0]?.searchParams.get("queue")).toBe("all");
    expect(listRequests(platform)[0]?.searchParams.get("limit")).toBe("20");

    focusCell(0, 1);
    await userEvent.keyboard("{Control>}{End}{/Control}");
    await expect.poll(() => listRequests(platform).some((url) => url.searchParams.has("cursor"))).toBe(true);
    await expect
      .poll(() => document.querySelectorAll('[role="gridcell"][data-column="code"]').length)
      .toBeGreaterThan(20);
    await userEvent.keyboard("{Control>}{End}{/Control}");
    await expect.poll(() => focusedCell()?.rowIndex).toBeGreaterThan(21);
    // Rows keep their absolute index across pages.
    const page2 = await platform.client.dossiers.list({ queue: "all", limit: 100 });
    const focused = focusedCell();
    expect(focused?.code).toBe(page2.items[(focused?.rowIndex ?? 0) - 2]?.code);
  });

  it("sends the menu, filters, sort and a debounced search to the server", async () => {
    const platform = createPlatform();
    const screen = await render(
      <Connected platform={platform}>
        <DossierQueue />
      </Connected>,
    );
    await expect.element(screen.getByRole("grid")).toBeVisible();
    await screen.getByRole("tab", { name: /Chờ bổ sung/ }).click();
    await expect
      .poll(() => listRequests(platform).at(-1)?.searchParams.get("queue"))
      .toBe("awaiting_supplement");
    await expect.element(screen.getByRole("grid")).toBeVisible();
    const statuses = [...document.querySelectorAll('[data-column="status"][role="gridcell"]')].map(
      (cell) => cell.textContent,
    );
    expect(new Set(statuses)).toEqual(new Set(["Yêu cầu bổ sung giấy tờ"]));

    await screen.getByRole("tab", { name: /Tất cả hồ sơ/ }).click();
    await screen.getByRole("button", { name: "Bộ lọc" }).click();
    await screen.getByRole("combobox", { name: "Kênh nộp" }).selectOptions("Trực tuyến");
    await screen.getByRole("columnheader", { name: "Hẹn trả" }).click();
    await userEvent.type(screen.getByRole("searchbox", { name: "Tìm hồ sơ" }), "nguyen");
    await expect.poll(() => listRequests(platform).at(-1)?.searchParams.get("q")).toBe("nguyen");
    const last = listRequests(platform).at(-1);
    expect(last?.searchParams.get("channel")).toBe("online");
    expect(last?.searchParams.get("sort")).toBe("dueAt");
    // Typing does not send a request per keystroke (one when typed quickly; a loaded machine may type slower
    // than the debounce, but never six).
    expect(listRequests(platform).filter((url) => url.searchParams.has("q")).length).toBeLessThan(
      "nguyen".length,
    );
    const expected = await platform.client.dossiers.list({
      queue: "all",
      channel: "online",
      sort: "dueAt",
      q: "nguyen",
    });
    await expect
      .element(screen.getByRole("grid"))
      .toHaveAttribute("aria-rowcount", String((expected.total ?? 0) + 1));
    await expect.poll(() => shownCodes()[0]).toBe(expected.items[0]?.code);
  });

  it("applies a bulk transition with If-Match and an Idempotency-Key, then reloads the menu", async () => {
    const platform = createPlatform();
    const screen = await render(
      <Connected platform={platform}>
        <DossierQueue defaultQueue="awaiting_online_intake" />
      </Connected>,
    );
    await expect.element(screen.getByRole("grid")).toBeVisible();
    const code = shownCodes()[0] as string;
    const record = platform.handlers.store.dossiers.get(code);
    const etag = (await platform.client.dossiers.get(code)).etag;
    await screen.getByRole("checkbox", { name: `Chọn hồ sơ ${code}` }).click();
    await screen.getByRole("button", { name: "Tiếp nhận", exact: true }).click();
    await screen.getByRole("button", { name: "Xác nhận" }).click();
    const region = screen.getByRole("region", { name: "Thao tác với các hồ sơ đã chọn" });
    await expect.element(region).toHaveTextContent("Đã thực hiện “Tiếp nhận” cho 1 hồ sơ.");
    expect(record?.status).toBe("received");
    const write = platform.requests.find((request) => request.method === "POST");
    expect(write?.headers.get("if-match")).toBe(etag);
    expect(write?.headers.get("idempotency-key")).toMatch(/^[0-9a-f-]{36}$/);
    await expect.poll(() => shownCodes()).not.toContain(code);
  });

  it("explains a dossier changed elsewhere (412) and one the state machine refuses (409)", async () => {
    const platform = createPlatform();
    const screen = await render(
      <Connected platform={platform}>
        <DossierQueue defaultQueue="in_progress" />
      </Connected>,
    );
    await expect.element(screen.getByRole("grid")).toBeVisible();
    const [first, second] = shownCodes() as [string, string];
    const store = platform.handlers.store;
    const changed = store.dossiers.get(first);
    const withdrawn = store.dossiers.get(second);
    if (!changed || !withdrawn) throw new Error("the data set needs two dossiers in progress");
    // Someone else edits the first (new etag); the second is withdrawn (same etag: the state machine answers).
    changed.version += 1;
    withdrawn.status = "withdrawn";
    await screen.getByRole("checkbox", { name: `Chọn hồ sơ ${first}` }).click();
    await screen.getByRole("checkbox", { name: `Chọn hồ sơ ${second}` }).click();
    const before = listRequests(platform).length;
    await screen.getByRole("button", { name: "Hoàn thành xử lý" }).click();
    await screen.getByRole("button", { name: "Xác nhận" }).click();
    const region = screen.getByRole("region", { name: "Thao tác với các hồ sơ đã chọn" });
    await expect.element(region).toHaveTextContent("Đã thực hiện “Hoàn thành xử lý” cho 0/2 hồ sơ.");
    await expect
      .element(region.getByText(new RegExp(`^Hồ sơ ${first} vừa được thay đổi ở nơi khác`)))
      .toBeVisible();
    await expect
      .element(
        region.getByText(
          `Hồ sơ ${second} đang ở trạng thái “Công dân yêu cầu rút hồ sơ” nên không thể “Hoàn thành xử lý”; không còn thao tác nào được phép.`,
        ),
      )
      .toBeVisible();
    // The list was reloaded, and the dossiers that failed stay selected for a second look.
    await expect.poll(() => listRequests(platform).length).toBeGreaterThan(before);
    await expect.poll(() => selectedCodes()).toEqual([first]);
  });

  it("shows an error with a retry that keeps the search, and a designed empty menu", async () => {
    const platform = createPlatform({
      scenarios: [
        { name: "operation_error", operationId: "dossiers.list", status: 503, times: 1 },
        { name: "empty_queue", queue: "awaiting_supplement" },
      ],
    });
    const screen = await render(
      <Connected platform={platform}>
        <DossierQueue defaultSearch="thu dau mot" searchDelay={0} />
      </Connected>,
    );
    const alert = screen.getByRole("alert");
    await expect.element(alert).toHaveTextContent("Hệ thống đang gặp sự cố. Hãy thử lại sau ít phút.");
    await screen.getByRole("button", { name: "Thử lại" }).click();
    await expect.element(screen.getByRole("grid")).toBeVisible();
    await expect.element(screen.getByRole("searchbox")).toHaveValue("thu dau mot");
    await screen.getByRole("searchbox").fill("");
    await screen.getByRole("tab", { name: /Chờ bổ sung/ }).click();
    await expect.element(screen.getByText("Không có hồ sơ nào chờ bổ sung.")).toBeVisible();
  });

  it("refreshes rows from the notification stream, keeping focus and selection by code", async () => {
    const platform = createPlatform();
    const screen = await render(
      <Connected platform={platform} live>
        <DossierQueue defaultQueue="in_progress" />
      </Connected>,
    );
    await expect.element(screen.getByRole("grid")).toBeVisible();
    await expect.poll(() => platform.handlers.store.events.subscriberCount).toBe(1);
    const [a, b, c] = shownCodes() as [string, string, string];
    await screen.getByRole("checkbox", { name: `Chọn hồ sơ ${a}` }).click();
    focusCell(2, 1);
    expect(focusedCell()?.code).toBe(c);

    // Another officer moves B on: it leaves "in progress"; C's handler changes.
    const store = platform.handlers.store;
    const recordB = store.dossiers.get(b);
    const recordC = store.dossiers.get(c);
    if (!recordB || !recordC) throw new Error("missing records");
    recordB.status = "finished";
    recordB.finishedAt = store.now();
    recordB.version += 1;
    recordC.version += 1;
    recordC.updatedAt += 60_000;
    store.events.publish(
      { type: "dossier.assigned", occurredAt: store.nowIso(), data: { dossierCode: c } } as never,
      store.now(),
    );
    await expect.poll(() => shownCodes()).not.toContain(b);
    expect(focusedCell()?.code).toBe(c);
    expect(selectedCodes()).toEqual([a]);
    const updated = document.querySelector<HTMLElement>('[role="row"][data-updated]');
    expect(updated?.querySelector('[data-column="code"]')?.firstChild?.textContent).toBe(c);
  });

  it("without rows or a client, the boundary names the widget and reports the cause", async () => {
    const onError = vi.fn();
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const { ChinhQuyenSoProvider } = await import("../provider");
    const screen = await render(
      <ChinhQuyenSoProvider onError={onError}>
        <DossierQueue />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(screen.getByRole("alert")).toHaveTextContent("Không hiển thị được danh sách hồ sơ.");
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ message: expect.stringContaining("no rows and no platform client") }),
      expect.objectContaining({ widget: "DossierQueue" }),
    );
    quiet.mockRestore();
  });
});
