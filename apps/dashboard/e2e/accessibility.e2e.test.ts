// What axe cannot see (issue 21), on the built dashboard in Chromium: reflow at 320 px and at 200 % text, focus
// after every action that removes the focused control, the grid's focus ring, language of parts, announcements,
// and coming back to the queue. docs/accessibility-audit.md describes the same audit by hand.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { settled } from "./helpers";
import { useStack } from "./stack";

const stack = useStack();

const ROUTES = [
  "/",
  "/ho-so",
  "/ho-so/00.41.X74-261109-0001",
  "/van-ban",
  "/phan-anh",
  "/phan-anh/fb_000090",
  "/phan-anh/fb_000090?as=citizen",
  "/lich",
  "/khong-co",
];

/** The page's width beyond the viewport, and the widest elements that cause it (for the failure message). */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const culprits: string[] = [];
    if (document.documentElement.scrollWidth > viewport) {
      for (const element of document.querySelectorAll<HTMLElement>("body *")) {
        const right = element.getBoundingClientRect().right;
        if (right <= viewport + 1) continue;
        // Inside a scroll container of its own (the grid, a data table): allowed, as WCAG 1.4.10 allows.
        let scroller = element.parentElement;
        while (scroller && scroller !== document.body && getComputedStyle(scroller).overflowX === "visible")
          scroller = scroller.parentElement;
        if (scroller && scroller !== document.body) continue;
        culprits.push(
          `${element.tagName.toLowerCase()}.${[...element.classList].join(".")} → ${Math.round(right)}`,
        );
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, viewport, culprits: culprits.slice(0, 5) };
  });
}

/** A description of the focused element: role, accessible-name source, tag. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      tag: element?.tagName ?? "",
      role: element?.getAttribute("role") ?? "",
      name: (element?.getAttribute("aria-label") ?? element?.textContent ?? "").trim(),
      row: element?.closest('[role="row"]')?.querySelector('[data-column="code"]')?.textContent ?? null,
    };
  });
}

describe("reflow (WCAG 1.4.10, 1.4.4)", () => {
  it("no route scrolls sideways at 320 × 640 (the grid and data tables scroll in their own box)", async () => {
    const { page, errors } = await stack().page({ viewport: { width: 320, height: 640 } });
    const found: Record<string, unknown> = {};
    for (const route of ROUTES) {
      await page.goto(`${stack().appUrl}${route}`);
      await settled(page);
      const result = await overflow(page);
      if (result.scrollWidth > result.viewport) found[route] = result;
    }
    expect(found).toEqual({});
    expect(errors).toEqual([]);
  });

  it("no route scrolls sideways with text at 200 % (640 px wide)", async () => {
    const { page, context, errors } = await stack().page({ viewport: { width: 640, height: 800 } });
    await context.addInitScript(() => {
      document.addEventListener("DOMContentLoaded", () => {
        document.documentElement.style.fontSize = "200%";
      });
    });
    const found: Record<string, unknown> = {};
    for (const route of ROUTES) {
      await page.goto(`${stack().appUrl}${route}`);
      await settled(page);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe("32px");
      const result = await overflow(page);
      if (result.scrollWidth > result.viewport) found[route] = result;
      // Applicant names are whole, not cut off with an ellipsis.
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[role="gridcell"][data-column="applicant"]')]
          .filter((cell) => cell.scrollWidth > cell.clientWidth)
          .map((cell) => cell.textContent),
      );
      if (cut.length > 0) found[`${route} applicants cut off`] = cut;
    }
    expect(found).toEqual({});
    expect(errors).toEqual([]);
  });
});

describe("focus after an action (WCAG 2.4.3)", () => {
  it("the skip link is the first stop of the landing page", async () => {
    const { page } = await stack().page();
    await page.goto(`${stack().appUrl}/ho-so`);
    await settled(page);
    expect((await focused(page)).tag).toBe("BODY");
    await page.keyboard.press("Tab");
    expect((await focused(page)).name).toBe("Bỏ qua điều hướng, đến nội dung chính");
  });

  it("a heading focused after navigation shows no box", async () => {
    const { page } = await stack().page();
    await page.goto(`${stack().appUrl}/`);
    await settled(page);
    await page.keyboard.press("Tab"); // keyboard modality: :focus-visible applies to scripted focus from now on
    await page.getByRole("navigation").getByRole("link", { name: "Lịch và họp" }).press("Enter");
    await expect.poll(async () => (await focused(page)).tag).toBe("H1");
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { boxShadow: style.boxShadow, outline: style.outlineStyle };
    });
    expect(ring).toEqual({ boxShadow: "none", outline: "none" });
  });

  it("switching a queue tab keeps focus on the tab; clearing a selection puts it on the grid", async () => {
    const { page, errors } = await stack().page();
    await page.goto(`${stack().appUrl}/ho-so`);
    await settled(page);
    const tabs = page.getByRole("tab");
    // Manual activation: the tab is focused first (as the arrows would), then Enter opens it.
    await tabs.nth(1).focus();
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await tabs.nth(1).getAttribute("aria-selected")) ?? "").toBe("true");
    expect(await focused(page)).toMatchObject({ role: "tab" });
    expect((await focused(page)).name).toMatch(/^Đang xử lý/);

    await page.getByRole("tab", { name: /^Tất cả hồ sơ/ }).click();
    const grid = page.getByRole("grid", { name: "Hồ sơ một cửa" });
    await grid
      .getByRole("gridcell")
      .nth(1)
      .click({ modifiers: ["ControlOrMeta"] });
    const clear = page.getByRole("button", { name: "Bỏ chọn" });
    await clear.click();
    await clear.waitFor({ state: "detached" });
    expect(await focused(page)).toMatchObject({ role: "gridcell" });
    expect(errors).toEqual([]);
  });

  it("a confirmed bulk action leaves focus on the named bulk section, then on the grid", async () => {
    const { page, errors } = await stack().page();
    await page.goto(`${stack().appUrl}/ho-so?menu=in_progress`);
    await settled(page);
    const grid = page.getByRole("grid", { name: "Hồ sơ một cửa" });
    await grid
      .getByRole("gridcell")
      .nth(1)
      .click({ modifiers: ["ControlOrMeta"] });
    const bulk = page.getByRole("region", { name: "Thao tác với các hồ sơ đã chọn" });
    const action = bulk.locator("button[data-action]").first();
    await action.click();
    const field = bulk.getByRole("textbox").first();
    await field.fill("Kiểm tra lại hồ sơ theo yêu cầu của lãnh đạo.");
    // The supplement deadline is the shared DeadlinePicker: a dd/mm/yyyy text box, read on Enter or blur.
    const deadline = bulk.getByRole("textbox", { name: "Hạn nộp bổ sung" });
    if ((await deadline.count()) > 0) {
      await deadline.fill("31/12/2026");
      await deadline.press("Enter");
    }
    await bulk.getByRole("button", { name: "Xác nhận" }).click();
    await bulk.getByRole("button", { name: "Đóng" }).waitFor({ timeout: 30_000 });
    expect(await focused(page)).toMatchObject({ tag: "SECTION", name: "Thao tác với các hồ sơ đã chọn" });
    await bulk.getByRole("button", { name: "Đóng" }).click();
    await expect.poll(async () => (await focused(page)).role).toMatch(/^(gridcell|columnheader)$/);
    expect(errors).toEqual([]);
  });

  it("closing the signing dialog returns focus to the button that opened it", async () => {
    const { page, errors } = await stack().page();
    await page.goto(`${stack().appUrl}/van-ban`);
    await settled(page);
    const sign = page.getByRole("button", { name: /^Ký số / }).first();
    await sign.click();
    await page.getByRole("dialog").waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await expect.poll(async () => (await focused(page)).name).toMatch(/^Ký số /);
    expect(errors).toEqual([]);
  });

  it("coming back to the queue puts focus and scroll on the dossier the user opened", async () => {
    const { page, errors } = await stack().page({ viewport: { width: 1280, height: 700 } });
    await page.goto(`${stack().appUrl}/ho-so`);
    await settled(page);
    const grid = page.getByRole("grid", { name: "Hồ sơ một cửa" });
    await grid.getByRole("gridcell").nth(1).focus();
    for (let step = 0; step < 9; step++) await page.keyboard.press("ArrowDown");
    const code = (await focused(page)).row ?? "";
    expect(code).toMatch(/^\d{2}\.\d{2}\.X74-/);
    await page.keyboard.press("Enter");
    await page.waitForURL(`**/ho-so/${encodeURIComponent(code)}`);
    await settled(page);
    await page.goBack();
    await page.waitForURL("**/ho-so");
    await expect.poll(async () => (await focused(page)).row, { timeout: 30_000 }).toBe(code);
    // The row is (and stays, once the grid has taken its height) inside the grid's visible box.
    const visible = () =>
      page.evaluate(() => {
        const cell = document.activeElement as HTMLElement;
        const box = cell.closest('[role="grid"]')?.getBoundingClientRect();
        const rect = cell.getBoundingClientRect();
        return !!box && rect.top >= box.top && rect.bottom <= box.bottom;
      });
    await expect.poll(visible).toBe(true);
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    expect(await visible()).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe("the grid's focus ring (WCAG 2.4.7)", () => {
  it("is an inset ring drawn on all four sides, also on the checkbox column", async () => {
    const { page, errors } = await stack().page();
    await page.goto(`${stack().appUrl}/ho-so`);
    await settled(page);
    const grid = page.getByRole("grid", { name: "Hồ sơ một cửa" });
    await grid.getByRole("gridcell").nth(1).focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Home"); // the checkbox column: the ring used to show 1–2 px there
    const cell = page.locator(":focus");
    expect(await cell.getAttribute("class")).toContain("cqs-queue__cell--select");
    const style = await cell.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { style: computed.outlineStyle, width: computed.outlineWidth, offset: computed.outlineOffset };
    });
    expect(style).toEqual({ style: "solid", width: "3px", offset: "-3px" });

    // Pixels: one pixel in from each edge of the cell is the focus colour, not a neighbour's background.
    const image = (await cell.screenshot({ animations: "disabled" })).toString("base64");
    const sides = await page.evaluate(async (png) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext("2d");
      if (!context) throw new Error("no 2d context");
      context.drawImage(bitmap, 0, 0);
      const at = (x: number, y: number) => [...context.getImageData(x, y, 1, 1).data.slice(0, 3)].join(",");
      const { width, height } = bitmap;
      const midX = Math.floor(width / 2);
      const midY = Math.floor(height / 2);
      return {
        top: at(midX, 1),
        bottom: at(midX, height - 2),
        left: at(1, midY),
        right: at(width - 2, midY),
      };
    }, image);
    const focusColour = await page.evaluate(() => {
      const probe = document.createElement("div");
      probe.style.color = "var(--cqs-color-focus)";
      document.body.append(probe);
      const colour = getComputedStyle(probe).color.match(/\d+/g)?.slice(0, 3).join(",");
      probe.remove();
      return colour;
    });
    expect(sides).toEqual({ top: focusColour, bottom: focusColour, left: focusColour, right: focusColour });
    expect(errors).toEqual([]);
  });
});

describe("language of parts and announcements (WCAG 3.1.2, 4.1.3)", () => {
  it("in English, Vietnamese data is marked lang=vi and the title follows the locale", async () => {
    const { page, errors } = await stack().page({ storage: { "cqs-dashboard:locale": "en" } });
    await page.goto(`${stack().appUrl}/ho-so`);
    await page.getByRole("heading", { level: 1, name: "One-stop dossiers" }).waitFor();
    await settled(page);
    expect(await page.title()).toBe("One-stop dossiers — Digital government");
    const unmarked = await page.evaluate(() =>
      [...document.querySelectorAll('[role="gridcell"][data-column]')]
        .filter((cell) =>
          ["applicant", "procedure", "handler"].includes((cell as HTMLElement).dataset.column ?? ""),
        )
        .filter((cell) => cell.querySelector(".cqs-queue__muted") === null)
        .filter((cell) => cell.querySelector('[lang="vi"]') === null)
        .map((cell) => cell.textContent),
    );
    expect(unmarked).toEqual([]);
    expect(await page.locator('[role="gridcell"] [lang="vi"]').count()).toBeGreaterThan(10);

    await page.getByRole("navigation").getByRole("link", { name: "Documents" }).click();
    await page.getByRole("heading", { level: 1, name: "Documents" }).waitFor();
    await settled(page);
    expect(await page.title()).toBe("Documents — Digital government");
    const subjects = page.locator(".cqs-inbox__subject");
    expect(await subjects.count()).toBeGreaterThan(0);
    for (const subject of await subjects.all()) expect(await subject.getAttribute("lang")).toBe("vi");
    expect(errors).toEqual([]);
  });

  it("says how many dossiers are selected, once the keys stop", async () => {
    const { page, errors } = await stack().page();
    await page.goto(`${stack().appUrl}/ho-so`);
    await settled(page);
    const grid = page.getByRole("grid", { name: "Hồ sơ một cửa" });
    const total = Number(await grid.getAttribute("aria-rowcount")) - 1;
    await grid.getByRole("gridcell").nth(1).focus();
    await page.keyboard.press("Space");
    await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Shift+ArrowDown");
    const status = page.locator(".cqs-queue > [role='status']");
    await expect.poll(() => status.textContent()).toBe("Đã chọn 3 hồ sơ");
    await page.keyboard.press("ControlOrMeta+a");
    await expect.poll(() => status.textContent()).toBe(`Đã chọn ${total} hồ sơ`);
    expect(errors).toEqual([]);
  });
});

describe("an open dialog", () => {
  it("leaves no empty landmark exposed behind it", async () => {
    const { page, errors } = await stack().page();
    await page.goto(`${stack().appUrl}/van-ban`);
    await settled(page);
    await page
      .getByRole("button", { name: /^Ký số / })
      .first()
      .click();
    await page.getByRole("dialog").waitFor();
    const snapshot = await page.locator("body").ariaSnapshot();
    expect(snapshot).not.toMatch(/- banner\s*$/m);
    expect(snapshot).toContain("dialog");
    expect(errors).toEqual([]);
  });
});
