import type { ThreadEntry } from "@chinhquyenso/client";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { ComplaintThread } from "./ComplaintThread";
import { renderEntries, Staffed } from "./ComplaintThread.test-support";
import { largeThread, sampleFeedback } from "./fixtures";
import "../styles/tokens.css";
import "../styles/base.css";
import "./complaint-thread.css";
import "./complaint-thread-composer.css";

const ALL = Number.POSITIVE_INFINITY;

const renderThread = renderEntries;

const rendered = (container: HTMLElement) => [
  ...container.querySelectorAll<HTMLLIElement>(".cqs-complaint-thread__timeline > li"),
];
const entry = (container: HTMLElement, key: string) =>
  container.querySelector<HTMLLIElement>(`.cqs-complaint-thread__timeline > li[data-entry-key="${key}"]`);
const box = (container: HTMLElement) => {
  const element = container.querySelector<HTMLElement>(".cqs-complaint-thread__viewport");
  if (!element) throw new Error("no scroll box");
  return element;
};
/** Whether `element` is inside the scroll box's visible part (a real layout, not an attribute). */
function inView(container: HTMLElement, element: Element | null): boolean {
  if (!element) return false;
  const outer = box(container).getBoundingClientRect();
  const inner = element.getBoundingClientRect();
  return inner.height > 0 && inner.bottom > outer.top && inner.top < outer.bottom;
}

/** Resolves in a task queued from the next frame's animation callbacks: after that frame's layout, ResizeObserver
 * reports and paint. */
const afterNextFrame = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );

describe("ComplaintThread, windowed timeline (Chromium)", () => {
  // Entries taller than the estimate (replies, more so at 320 px: WCAG reflow) and shorter (activities only).
  const activities = largeThread(500).map(
    ({ id, at, author }): ThreadEntry => ({
      id,
      at,
      author,
      entryType: "activity",
      activity: "status_changed",
      fromStatus: "received",
      toStatus: "in_progress",
    }),
  );
  it.each([
    ["replies, the page's width", "", largeThread(500)],
    ["replies, 320 px", "320px", largeThread(500)],
    ["activities only", "", activities],
  ])(
    "opens at its newest entry in one commit, measured and in place in the first frame (%s)",
    async (_, width, entries) => {
      const host = document.createElement("div");
      host.style.width = width;
      document.body.append(host);
      const root = createRoot(host);
      const changes = new MutationObserver(() => undefined);
      changes.observe(host, { subtree: true, childList: true, attributes: true, characterData: true });
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener("error", onError);
      try {
        flushSync(() =>
          root.render(
            <Staffed>
              <ComplaintThread
                audience="staff"
                feedback={sampleFeedback()}
                entries={entries}
                pageSize={ALL}
                readOnly
              />
            </Staffed>,
          ),
        );
        // The mount task inserted the tree and changed nothing inside it: no second render moved the entries or
        // added some (issue 18: measuring in the mount commit re-rendered and laid the thread out twice).
        const inside = changes.takeRecords().filter((record) => record.target !== host);
        expect(
          inside.map((record) => `${record.type} ${record.attributeName ?? ""} on ${record.target.nodeName}`),
        ).toEqual([]);
        expect(rendered(host).at(-1)?.getAttribute("aria-posinset")).toBe("500");

        // The first frame measured the entries before painting: they sit edge to edge at their real heights (not
        // at estimated offsets), the newest at the bottom of the box, scrolled to the end.
        await afterNextFrame();
        const scroller = box(host);
        expect(scroller.scrollHeight - scroller.clientHeight - scroller.scrollTop).toBeLessThanOrEqual(1);
        const shown = rendered(host).map((li) => li.getBoundingClientRect());
        for (let i = 1; i < shown.length; i++)
          expect(Math.abs((shown[i]?.top ?? 0) - (shown[i - 1]?.bottom ?? 0))).toBeLessThanOrEqual(1);
        const newest = entry(host, "id:te_499")?.getBoundingClientRect();
        expect(Math.abs((newest?.bottom ?? 0) - scroller.getBoundingClientRect().bottom)).toBeLessThanOrEqual(
          2,
        );
        const thread = host.querySelector<HTMLElement>(".cqs-complaint-thread");
        expect(thread?.scrollWidth).toBeLessThanOrEqual((thread?.clientWidth ?? 0) + 1);
        await afterNextFrame();
        expect(errors).toEqual([]);
      } finally {
        window.removeEventListener("error", onError);
        changes.disconnect();
        root.unmount();
        host.remove();
      }
    },
  );

  it("renders a window of 500 shown entries in a named, focusable scroll box, the newest in view", async () => {
    const s = await renderThread(largeThread(500), { pageSize: ALL }).screen;
    const region = s.getByRole("region", { name: "Diễn biến xử lý, 500 mục, cuộn để xem" });
    await expect.element(region).toBeVisible();
    expect(region.element().getAttribute("tabindex")).toBe("0");
    await expect.element(s.getByRole("list", { name: /Diễn biến xử lý/ })).toBeVisible();
    await expect.poll(() => inView(s.container, entry(s.container, "id:te_499"))).toBe(true);
    const shown = rendered(s.container);
    expect(shown.length).toBeGreaterThan(2);
    expect(shown.length).toBeLessThan(60);
    // Reading order is the thread's order, and each entry gives its place in the whole thread.
    const positions = shown.map((li) => Number(li.getAttribute("aria-posinset")));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(shown.at(-1)?.getAttribute("aria-posinset")).toBe("500");
    expect(shown.every((li) => li.getAttribute("aria-setsize") === "500")).toBe(true);
    expect(s.container.querySelector(".cqs-complaint-thread__earlier")).toBeNull();
  });

  it("renders what is scrolled to, by keyboard on the focused box", async () => {
    const s = await renderThread(largeThread(500), { pageSize: ALL }).screen;
    await expect.poll(() => inView(s.container, entry(s.container, "id:te_499"))).toBe(true);
    box(s.container).focus();
    await userEvent.keyboard("{Home}");
    await expect.poll(() => inView(s.container, entry(s.container, "id:te_0"))).toBe(true);
    expect(entry(s.container, "id:te_499")).toBeNull();
    await userEvent.keyboard("{End}");
    await expect.poll(() => inView(s.container, entry(s.container, "id:te_499"))).toBe(true);
    expect(entry(s.container, "id:te_0")).toBeNull();
  });

  it("keeps the focused entry rendered and focused while it is scrolled out of the window", async () => {
    const s = await renderThread(largeThread(500), { pageSize: ALL }).screen;
    await expect.poll(() => inView(s.container, entry(s.container, "id:te_499"))).toBe(true);
    entry(s.container, "id:te_499")?.focus();
    expect((document.activeElement as HTMLElement | null)?.dataset.entryKey).toBe("id:te_499");
    box(s.container).scrollTop = 0;
    await expect.poll(() => inView(s.container, entry(s.container, "id:te_0"))).toBe(true);
    expect(entry(s.container, "id:te_499")).not.toBeNull();
    expect((document.activeElement as HTMLElement | null)?.dataset.entryKey).toBe("id:te_499");
    // Only the focused entry is kept: the window itself is still small.
    expect(rendered(s.container).length).toBeLessThan(60);
  });

  it("follows a new entry when the reader is at the newest, and leaves the composer's focus alone", async () => {
    const entries = largeThread(302);
    const { element, screen } = renderThread(entries.slice(0, 300), {
      pageSize: ALL,
      readOnly: false,
      onPostUpdate: async () => undefined,
    });
    const s = await screen;
    await expect.poll(() => inView(s.container, entry(s.container, "id:te_299"))).toBe(true);
    const textarea = s.container.querySelector("textarea");
    if (!textarea) throw new Error("no composer");
    await userEvent.click(textarea);
    await userEvent.keyboard("Đang soạn");
    await s.rerender(element(entries.slice(0, 301)));
    await expect.poll(() => inView(s.container, entry(s.container, "id:te_300"))).toBe(true);
    expect(document.activeElement).toBe(textarea);
    expect(textarea.value).toBe("Đang soạn");

    // Scrolled back to read: a new entry does not pull the reader away.
    box(s.container).scrollTop = 0;
    await expect.poll(() => inView(s.container, entry(s.container, "id:te_0"))).toBe(true);
    await s.rerender(element(entries));
    await expect.poll(() => entry(s.container, "id:te_0") !== null).toBe(true);
    expect(inView(s.container, entry(s.container, "id:te_0"))).toBe(true);
    expect(entry(s.container, "id:te_301")).toBeNull();
  });

  it("becomes windowed when earlier pages are revealed, moving focus to the first revealed entry", async () => {
    const s = await renderThread(largeThread(200)).screen;
    await s.getByRole("button", { name: "Xem 30 cập nhật trước" }).click();
    // 60 shown: still a plain list with every shown entry.
    await expect.poll(() => rendered(s.container).length).toBe(60);
    expect(s.container.querySelector(".cqs-complaint-thread__viewport")).toBeNull();
    await s.getByRole("button", { name: "Xem 30 cập nhật trước" }).click();
    // 90 shown: windowed, and the first revealed entry (te_110) takes focus in view.
    await expect
      .poll(() => (document.activeElement as HTMLElement | null)?.dataset.entryKey)
      .toBe("id:te_110");
    await expect.poll(() => inView(s.container, entry(s.container, "id:te_110"))).toBe(true);
    expect(rendered(s.container).length).toBeLessThan(90);
    expect(entry(s.container, "id:te_110")?.getAttribute("aria-posinset")).toBe("111");
    expect(s.getByRole("region", { name: /200 mục/ }).element()).toBeTruthy();
  });

  it("names the scroll box in English", async () => {
    const s = await render(
      <Staffed locale="en">
        <ComplaintThread
          audience="staff"
          feedback={sampleFeedback()}
          entries={largeThread(80)}
          pageSize={ALL}
          readOnly
        />
      </Staffed>,
    );
    await expect
      .element(s.getByRole("region", { name: "Handling history, 80 entries, scroll to read" }))
      .toBeVisible();
  });
});
