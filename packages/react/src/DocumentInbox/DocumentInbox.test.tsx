import "../styles/tokens.css";
import "../styles/base.css";
import "./document-inbox.css";
import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cdp, userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { ChinhQuyenSoProvider } from "../provider";
import { sandboxClient, TEST_NOW } from "../support/sandbox.test-support";
import { DocumentInbox } from "./DocumentInbox";
import { documentFixture, INBOX, ME, manyDocuments } from "./fixtures";

const now = () => new Date(TEST_NOW);
const noRetry = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

afterEach(() => {
  vi.restoreAllMocks();
});

/** A badge's icon (its ::before), as computed: `content` is "none" when the badge draws none. */
function iconOf(row: Element, badge: string) {
  const element = row.querySelector(`.cqs-inbox__badge${badge}`);
  if (!element) throw new Error(`no badge ${badge} in the row`);
  const style = getComputedStyle(element, "::before");
  const read = (property: string) => style.getPropertyValue(property);
  return {
    content: read("content"),
    clipPath: read("clip-path"),
    size: [read("width"), read("height")],
    background: read("background-color"),
    printColorAdjust: read("print-color-adjust"),
    badgeColor: getComputedStyle(element).getPropertyValue("color"),
  };
}

/** What a colour keyword computes to here (forced colours map system colours to the user's palette). */
function systemColor(keyword: string) {
  const probe = document.body.appendChild(document.createElement("span"));
  probe.style.color = keyword;
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

describe("DocumentInbox (Chromium)", () => {
  it("renders a page of rows at a time; showing more moves focus to the first new row; a new filter starts over", async () => {
    const screen = await render(
      <ChinhQuyenSoProvider now={now}>
        <DocumentInbox
          documents={manyDocuments(120)}
          currentUserId={ME.id}
          pageSize={50}
          defaultSort="arrival"
        />
      </ChinhQuyenSoProvider>,
    );
    const bodyRows = () => document.querySelectorAll(".cqs-inbox__table tbody tr");
    await expect.poll(() => bodyRows().length).toBe(50);
    await screen.getByRole("button", { name: "Hiện thêm 50 văn bản (còn 70)" }).click();
    await expect.poll(() => bodyRows().length).toBe(100);
    // These rows have nothing to open or act on: the first new row itself takes the focus.
    expect(document.activeElement).toBe(bodyRows()[50]);
    await screen.getByRole("button", { name: "Hiện thêm 20 văn bản (còn 20)" }).click();
    await expect.poll(() => bodyRows().length).toBe(120);
    expect(document.querySelector(".cqs-inbox__more")).toBeNull();
    // The button went away with the last page; focus did not fall to the page.
    expect(document.activeElement).toBe(bodyRows()[100]);
    // Another filter is another list: one page again.
    await screen.getByRole("button", { name: "Chờ tôi xử lý" }).click();
    await screen.getByRole("button", { name: "Tất cả" }).click();
    await expect.poll(() => bodyRows().length).toBe(50);
  });

  it("shows Decree 30 fields, badges, deadlines and assignments, most urgent first", async () => {
    const screen = await render(
      <ChinhQuyenSoProvider now={now}>
        <DocumentInbox documents={INBOX} currentUserId={ME.id} />
      </ChinhQuyenSoProvider>,
    );
    const rows = screen.getByRole("row");
    // header + three incoming documents, hỏa tốc first, then khẩn, then thường
    await expect.element(rows.nth(1)).toHaveTextContent("88/UBND-KT");
    await expect.element(rows.nth(2)).toHaveTextContent("15/SXD-QLN");
    await expect.element(rows.nth(3)).toHaveTextContent("142/UBND-VX");

    const flash = rows.nth(1);
    await expect.element(flash).toHaveTextContent("Độ khẩn: Hỏa tốc");
    await expect.element(flash).toHaveTextContent("Độ mật: Mật");
    await expect.element(flash).toHaveTextContent("hạn hôm nay");
    await expect.element(flash).toHaveTextContent("Liên thông: Đã đến");
    await expect.element(flash).toHaveAttribute("data-timeliness", "due_soon");
    // The bolt and the padlock are drawn by the stylesheet (see the forced-colours test below).
    expect(iconOf(flash.element(), "[data-urgency]").content).not.toBe("none");

    const overdue = rows.nth(2);
    await expect.element(overdue).toHaveTextContent("quá hạn 3 ngày");
    await expect.element(overdue).toHaveTextContent("Liên thông: Lỗi gửi nhận");

    const normal = rows.nth(3);
    await expect.element(normal).toHaveTextContent("Số đến 315, ngày 21/11/2026");
    await expect.element(normal).toHaveTextContent("còn 6 ngày làm việc");
    await expect.element(normal).toHaveTextContent("Chủ trì Nguyễn Văn An (bạn)");
    await expect.element(normal).toHaveTextContent("Chủ trì tổng hợp, dự thảo văn bản trả lời.");
    await expect.element(normal).toHaveTextContent("Phối hợp Trần Thị Bình");
    await expect.element(normal).toHaveTextContent("Phối hợp cung cấp số liệu.");
  });

  it("draws the badge icons in the badge's text colour, in print, and in the user's palette under forced colours", async () => {
    const odd = [
      documentFixture({ id: "d_odd_urgency", number: "7", urgency: "siêu khẩn" as never }),
      documentFixture({ id: "d_odd_secrecy", number: "8", secrecy: "bí mật riêng" as never }),
    ];
    const screen = await render(
      <ChinhQuyenSoProvider now={now}>
        <DocumentInbox documents={[...INBOX, ...odd]} currentUserId={ME.id} />
      </ChinhQuyenSoProvider>,
    );
    const rows = screen.getByRole("row");
    await expect.element(rows.nth(2)).toHaveTextContent("Khẩn");
    const flash = rows.nth(1).element();
    const rowOf = (number: string) =>
      [...document.querySelectorAll("tbody tr")].find((row) =>
        row.querySelector(".cqs-inbox__number")?.textContent?.startsWith(`${number}/`),
      ) as Element;
    for (const icon of [iconOf(flash, "[data-urgency]"), iconOf(flash, "[data-secrecy]")]) {
      // An outline cut from the text colour: nothing loaded (no url() for a CSP to block).
      expect(icon.clipPath).toMatch(/^path\(/);
      expect(icon.size).toEqual(["12px", "12px"]);
      expect(icon.background).toBe(icon.badgeColor);
      expect(icon.printColorAdjust).toBe("exact");
    }
    // "Khẩn" is told apart by its colour and its word; only the two strongest urgencies carry the bolt, an
    // unknown urgency none; every secrecy badge, an unknown level too, carries the padlock.
    expect(iconOf(rows.nth(2).element(), "[data-urgency]").content).toBe("none");
    expect(iconOf(rowOf("7"), '[data-urgency="unknown"]').content).toBe("none");
    expect(iconOf(rowOf("8"), '[data-secrecy="unknown"]').clipPath).toMatch(/^path\(/);

    // Forced colours paint backgrounds with Canvas, which would erase the icon: it keeps the forced text colour.
    const darkBefore = matchMedia("(prefers-color-scheme: dark)").matches;
    await cdp().send("Emulation.setEmulatedMedia", {
      features: [{ name: "forced-colors", value: "active" }],
    });
    try {
      expect(matchMedia("(forced-colors: active)").matches).toBe(true);
      const forced = iconOf(flash, "[data-urgency]");
      expect(forced.background).toBe(systemColor("CanvasText"));
      expect(forced.background).not.toBe(systemColor("Canvas"));
    } finally {
      await cdp().send("Emulation.setEmulatedMedia", { features: [] });
    }
    // Only forced colours were undone: the rest of the file runs in the page's own media.
    expect(matchMedia("(forced-colors: active)").matches).toBe(false);
    expect(matchMedia("(prefers-color-scheme: dark)").matches).toBe(darkBefore);
  });

  it("hands one or several documents awaiting my signature to the host's signing flow", async () => {
    const onRequestSignature = vi.fn();
    const screen = await render(
      <DocumentInbox documents={INBOX} currentUserId={ME.id} onRequestSignature={onRequestSignature} />,
    );
    // Tabs by keyboard: focus the active tab, arrow to "Văn bản đi".
    await userEvent.click(screen.getByRole("tab", { name: "Văn bản đến" }));
    await userEvent.keyboard("{ArrowRight}");
    await expect
      .element(screen.getByRole("tab", { name: "Văn bản đi" }))
      .toHaveAttribute("aria-selected", "true");
    await screen.getByRole("button", { name: "Chờ tôi ký số" }).click();
    await expect.element(screen.getByRole("row")).toHaveLength(3);

    await screen.getByRole("button", { name: "Ký số Chưa cấp số – UBND-VP" }).first().click();
    expect(onRequestSignature).toHaveBeenLastCalledWith([expect.objectContaining({ id: "d_sign_2" })]);

    await screen.getByRole("checkbox").first().click();
    await screen.getByRole("checkbox").last().click();
    await expect.element(screen.getByText("Đã chọn 2 văn bản")).toBeVisible();
    await screen.getByRole("button", { name: "Ký số 2 văn bản" }).click();
    expect(onRequestSignature).toHaveBeenLastCalledWith([
      expect.objectContaining({ id: "d_sign_2" }),
      expect.objectContaining({ id: "d_sign_1" }),
    ]);
  });

  it("moves between rows with the arrow keys and opens a document with Enter", async () => {
    const onOpen = vi.fn();
    const screen = await render(<DocumentInbox documents={INBOX} onOpen={onOpen} />);
    await screen.getByRole("button", { name: "V/v ứng phó khẩn cấp mưa lớn, ngập úng" }).click();
    await userEvent.keyboard("{ArrowDown}");
    await expect
      .element(screen.getByRole("button", { name: "V/v rà soát hồ sơ cấp phép xây dựng quá hạn" }))
      .toHaveFocus();
    await userEvent.keyboard("{End}");
    await userEvent.keyboard("{Enter}");
    expect(onOpen).toHaveBeenLastCalledWith(expect.objectContaining({ id: "d_normal" }));
    await userEvent.keyboard("{Home}");
    await expect
      .element(screen.getByRole("button", { name: "V/v ứng phó khẩn cấp mưa lớn, ngập úng" }))
      .toHaveFocus();
  });

  it("without onOpen, has no role-less focus stop and the inactive panel takes no Tab stop", async () => {
    const screen = await render(
      <ChinhQuyenSoProvider now={now}>
        <DocumentInbox documents={INBOX} currentUserId={ME.id} onDownload={vi.fn()} />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(screen.getByRole("row").nth(1)).toBeVisible();
    const root = screen.container;
    // Every focus stop is a control or has a role of its own (tabs, tab panels).
    const stops = [...root.querySelectorAll<HTMLElement>('[tabindex]:not([tabindex="-1"])')].filter(
      (element) =>
        !["BUTTON", "INPUT", "SELECT", "A"].includes(element.tagName) && !element.getAttribute("role"),
    );
    expect(stops.map((element) => `${element.tagName}.${element.className}`)).toEqual([]);
    const hidden = root.querySelector<HTMLElement>('[role="tabpanel"][hidden]');
    expect(hidden).not.toBeNull();
    expect(getComputedStyle(hidden as HTMLElement).display).toBe("none");
    // Arrow keys still move row to row, through each row's first action.
    await screen.getByRole("button", { name: /^Tải PDF 88\/UBND-KT/ }).click();
    await userEvent.keyboard("{ArrowDown}");
    await expect.element(screen.getByRole("button", { name: /^Tải PDF 15\/SXD-QLN/ })).toHaveFocus();
  });

  it("marks the platform's Vietnamese data lang=vi in English, and leaves the heading out with title={null}", async () => {
    const screen = await render(
      <ChinhQuyenSoProvider now={now} locale="en">
        <DocumentInbox documents={INBOX} currentUserId={ME.id} title={null} />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(screen.getByRole("region", { name: "Documents" })).toBeVisible();
    expect(screen.container.querySelector("h2")).toBeNull();
    const subjects = [...screen.container.querySelectorAll(".cqs-inbox__subject")];
    expect(subjects.length).toBeGreaterThan(0);
    expect(subjects.map((subject) => subject.getAttribute("lang"))).toEqual(subjects.map(() => "vi"));
  });

  it("shows a failed completion with a retry, then the success", async () => {
    let attempts = 0;
    const onComplete = vi.fn(async () => {
      attempts += 1;
      if (attempts === 1) throw Object.assign(new Error("boom"), { status: 503 });
    });
    const screen = await render(
      <DocumentInbox documents={INBOX} currentUserId={ME.id} onComplete={onComplete} />,
    );
    await screen.getByRole("button", { name: "Hoàn thành 142/UBND-VX" }).click();
    await expect
      .element(screen.getByRole("alert"))
      .toHaveTextContent(
        "Chưa hoàn thành được văn bản 142/UBND-VX. Hệ thống báo lỗi; hãy thử lại sau ít phút.",
      );
    await screen.getByRole("button", { name: "Thử lại" }).click();
    await expect
      .element(screen.getByRole("status"))
      .toHaveTextContent("Đã hoàn thành xử lý văn bản 142/UBND-VX.");
    expect(onComplete).toHaveBeenCalledTimes(2);
  });

  it("answers unknown values and malformed rows without failing", async () => {
    const screen = await render(
      <DocumentInbox
        documents={[
          documentFixture({
            id: "odd",
            urgency: "extreme",
            secrecy: "cosmic",
            state: "archived",
            dueAt: "soon",
          }),
          null as never,
        ]}
      />,
    );
    const row = screen.getByRole("row").nth(1);
    await expect.element(row).toHaveTextContent("extreme");
    await expect.element(row).toHaveTextContent("cosmic");
    await expect.element(row).toHaveTextContent("archived");
    await expect.element(row).toHaveTextContent("Hạn soon");
  });

  it("has an empty message per filter", async () => {
    const screen = await render(<DocumentInbox documents={[]} />);
    await expect.element(screen.getByText("Chưa có văn bản đến.")).toBeVisible();
    await screen.getByRole("button", { name: "Chờ tôi xử lý" }).click();
    await expect.element(screen.getByText("Không có văn bản nào chờ bạn xử lý.")).toBeVisible();
    await screen.getByRole("button", { name: "Chờ tôi ký số" }).click();
    await expect.element(screen.getByText("Không có văn bản nào chờ bạn ký số.")).toBeVisible();
  });

  it("loads, completes with If-Match and one idempotency key, and downloads the PDF from the platform", async () => {
    const { client, store, requests } = sandboxClient({
      scenarios: [{ name: "operation_error", operationId: "documents.list", status: 503, times: 1 }],
    });
    const me = store.currentUser.id;
    const open = [...store.documents.values()].find(
      (record) =>
        record.direction === "incoming" &&
        (record.state === "assigned" || record.state === "in_progress") &&
        record.assignments.some((item) => item.assignee.id === me && !item.completedAt),
    );
    expect(open, "the seeded data set has a document assigned to the user").toBeDefined();
    const saved: Blob[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      saved.push(blob as Blob);
      return "blob:test";
    });
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});

    const screen = await render(
      <ChinhQuyenSoProvider client={client} queryClient={noRetry()} now={now} live={false}>
        <DocumentInbox currentUserId={me} defaultFilter="pending" />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(screen.getByRole("alert")).toHaveTextContent("Không tải được danh sách văn bản.");
    await screen.getByRole("button", { name: "Thử lại" }).click();
    const row = screen.getByRole("row").filter({ hasText: String(open?.subject) });
    await expect.element(row).toBeVisible();

    await row.getByRole("button", { name: /^Tải PDF/ }).click();
    await expect.element(screen.getByRole("status")).toHaveTextContent(/^Đã tải văn bản/);
    expect(saved[0]?.type).toBe("application/pdf");

    await row.getByRole("button", { name: /^Hoàn thành/ }).click();
    await expect.element(screen.getByRole("status")).toHaveTextContent(/^Đã hoàn thành xử lý văn bản/);
    const completion = requests.find((request) => request.url.endsWith(`/documents/${open?.id}/completion`));
    expect(completion?.headers.get("if-match")).toMatch(/^"v-/);
    expect(completion?.headers.get("idempotency-key")).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(
      store.documents.get(open?.id ?? "")?.assignments.find((item) => item.assignee.id === me)?.completedAt,
    ).not.toBeNull();
  });
});
