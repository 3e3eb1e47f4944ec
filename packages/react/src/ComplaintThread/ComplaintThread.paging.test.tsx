import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { ComplaintThread } from "./ComplaintThread";
import { renderEntries, Staffed, visibleText } from "./ComplaintThread.test-support";
import { largeThread, ROUTING_NOTE, routedThread, SECRET_NOTE, sampleFeedback } from "./fixtures";

const renderThread = renderEntries;

const shown = (container: HTMLElement) => [
  ...container.querySelectorAll<HTMLLIElement>(".cqs-complaint-thread__timeline > li"),
];
const keysOf = (container: HTMLElement) => shown(container).map((li) => li.dataset.entryKey);
const ids = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `id:te_${from + i}`);

describe("ComplaintThread paging (Chromium)", () => {
  it("shows the 30 most recent entries, then reveals earlier pages by keyboard, moving focus and announcing", async () => {
    const s = await renderThread(largeThread(75)).screen;
    const container = s.container;
    await expect.element(s.getByRole("list", { name: /Diễn biến xử lý/ })).toBeVisible();
    expect(keysOf(container)).toEqual(ids(45, 75));
    // The heading counts the whole thread; each entry says where it stands in it.
    expect(visibleText(container)).toContain("(75 mục)");
    expect(shown(container)[0]?.getAttribute("aria-posinset")).toBe("46");
    expect(shown(container)[0]?.getAttribute("aria-setsize")).toBe("75");

    const earlier = s.getByRole("button", { name: "Xem 30 cập nhật trước" });
    (earlier.element() as HTMLElement).focus();
    await userEvent.keyboard("{Enter}");
    await expect.poll(() => keysOf(container)).toEqual(ids(15, 75));
    await expect
      .poll(() => (document.activeElement as HTMLElement | null)?.dataset.entryKey)
      .toBe("id:te_15");
    expect(container.querySelector('[role="status"]:not(:empty)')?.textContent).toBe(
      "Đã hiện thêm 30 cập nhật trước.",
    );

    // The last page is smaller; once everything is shown the button is gone.
    await s.getByRole("button", { name: "Xem 15 cập nhật trước" }).click();
    await expect.poll(() => keysOf(container)).toEqual(ids(0, 75));
    await expect.poll(() => (document.activeElement as HTMLElement | null)?.dataset.entryKey).toBe("id:te_0");
    expect(container.querySelector(".cqs-complaint-thread__earlier")).toBeNull();
    expect(shown(container)[0]?.getAttribute("aria-posinset")).toBe("1");
  });

  it("shows no button for a thread within one page, and a singular label for one hidden entry", async () => {
    const s = await renderThread(largeThread(30)).screen;
    await expect.element(s.getByRole("list", { name: /Diễn biến xử lý/ })).toBeVisible();
    expect(shown(s.container)).toHaveLength(30);
    expect(s.container.querySelector(".cqs-complaint-thread__earlier")).toBeNull();

    const one = await renderThread(largeThread(31)).screen;
    await expect.element(one.getByRole("button", { name: "Xem 1 cập nhật trước" })).toBeVisible();
  });

  it("takes its page size from `pageSize`; Infinity shows all; values below 1 or NaN fall back to 30", async () => {
    const small = await renderThread(largeThread(50), { pageSize: 12 }).screen;
    await expect.element(small.getByRole("button", { name: "Xem 12 cập nhật trước" })).toBeVisible();
    expect(keysOf(small.container)).toEqual(ids(38, 50));
    await small.unmount();

    const all = await renderThread(largeThread(50), { pageSize: Number.POSITIVE_INFINITY }).screen;
    await expect.element(all.getByRole("list", { name: /Diễn biến xử lý/ })).toBeVisible();
    expect(shown(all.container)).toHaveLength(50);
    expect(all.container.querySelector(".cqs-complaint-thread__earlier")).toBeNull();
    await all.unmount();

    for (const pageSize of [0, -5, Number.NaN]) {
      const fallback = await renderThread(largeThread(50), { pageSize }).screen;
      await expect.element(fallback.getByRole("button", { name: "Xem 20 cập nhật trước" })).toBeVisible();
      expect(shown(fallback.container)).toHaveLength(30);
      await fallback.unmount();
    }
  });

  it("keeps revealed entries when new ones arrive, adding them at the end", async () => {
    const entries = largeThread(80);
    const { element, screen } = renderThread(entries.slice(0, 70), { pageSize: 20 });
    const s = await screen;
    await s.getByRole("button", { name: "Xem 20 cập nhật trước" }).click();
    await expect.poll(() => keysOf(s.container)).toEqual(ids(30, 70));
    await s.rerender(element(entries));
    await expect.poll(() => keysOf(s.container)).toEqual(ids(30, 80));
    await expect.element(s.getByRole("button", { name: "Xem 20 cập nhật trước" })).toBeVisible();
  });

  it("never shows a citizen an internal note or `assigned` routing, on any page", async () => {
    const entries = routedThread(120);
    const visible = entries.filter(
      (entry) =>
        entry.entryType === "public_reply" ||
        (entry.entryType === "activity" && entry.activity !== "assigned"),
    );
    // The data holds what must stay hidden (controlled mode given staff data).
    expect(entries.some((entry) => entry.entryType === "internal_note")).toBe(true);
    expect(entries.some((entry) => entry.entryType === "activity" && entry.activity === "assigned")).toBe(
      true,
    );
    const s = await renderThread(entries, { audience: "citizen", pageSize: 25 }).screen;
    await expect.element(s.getByRole("list", { name: /Diễn biến xử lý/ })).toBeVisible();
    expect(visibleText(s.container)).toContain(`(${visible.length} mục)`);
    let pages = 1;
    for (;;) {
      const html = s.container.innerHTML;
      expect(html).not.toContain(ROUTING_NOTE);
      expect(html).not.toContain(SECRET_NOTE);
      expect(s.container.querySelector('[data-entry-type="internal_note"]')).toBeNull();
      expect(html).not.toContain("Ghi chú nội bộ");
      expect(html).not.toContain("Phân công xử lý");
      const button = s.container.querySelector<HTMLButtonElement>(".cqs-complaint-thread__earlier");
      if (!button) break;
      const before = shown(s.container).length;
      button.click();
      await expect.poll(() => shown(s.container).length).toBeGreaterThan(before);
      pages++;
    }
    expect(pages).toBe(Math.ceil(visible.length / 25));
    expect(keysOf(s.container)).toEqual(visible.map((entry) => `id:${entry.id}`));
  });

  it("labels the button in English", async () => {
    const s = await render(
      <Staffed locale="en">
        <ComplaintThread audience="staff" feedback={sampleFeedback()} entries={largeThread(40)} readOnly />
      </Staffed>,
    );
    await s.getByRole("button", { name: "Show 10 earlier updates" }).click();
    await expect.poll(() => shown(s.container)).toHaveLength(40);
    expect(s.container.querySelector('[role="status"]:not(:empty)')?.textContent).toBe(
      "Earlier updates shown: 10.",
    );
  });
});
