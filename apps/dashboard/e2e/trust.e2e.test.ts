// The trust rules in the built dashboard, in Debian's Chromium against the real sandbox over HTTP: two tabs
// racing to sign one document, and the identity switch that shows who is signed in and what they may not see.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startStack } from "./harness.mjs";
import { axeViolations, settled } from "./helpers";

type Stack = Awaited<ReturnType<typeof startStack>>;
let stack: Stack;

beforeAll(async () => {
  // The signer never confirms during the test: the one transaction stays open for both tabs to meet.
  stack = await startStack({ signingDelayMs: 600_000 });
});
afterAll(async () => {
  await stack?.close();
});
beforeEach(async () => {
  await stack.reset();
});

type Page = Awaited<ReturnType<Stack["page"]>>["page"];

/** Opens the first document awaiting the officer's signature and goes to the confirm step (VNPT SmartCA). */
async function toConfirm(page: Page) {
  await page.goto(`${stack.appUrl}/van-ban`);
  const sign = page.getByRole("button", { name: /^Ký số / }).first();
  await sign.waitFor();
  await sign.click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Tiếp tục" }).click();
  await dialog.getByRole("radio", { name: /VNPT SmartCA/ }).check();
  await dialog.getByRole("radio", { name: /^CN=/ }).first().check();
  await dialog.getByRole("button", { name: "Tiếp tục" }).click();
  await dialog.getByRole("button", { name: "Ký số", exact: true }).waitFor();
}

/** 50 clicks on "Ký số", as fast as the page can dispatch them (the element itself, no waiting in between). */
const clickSignFiftyTimes = (page: Page) =>
  page.evaluate(() => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('[role="dialog"] button')].find(
      (candidate) => candidate.textContent?.trim() === "Ký số",
    );
    if (!button) throw new Error("no Ký số button in the dialog");
    for (let attempt = 0; attempt < 50; attempt += 1) button.click();
  });

describe("one signing transaction per document, across tabs", () => {
  it("2 tabs × 50 concurrent attempts on one document make exactly 1 transaction; the other tab follows it", async () => {
    const store = stack.sandbox.store;
    const before = new Set(store.signingRequests.keys());
    const first = await stack.page();
    const second = await stack.page();
    await Promise.all([toConfirm(first.page), toConfirm(second.page)]);
    await Promise.all([clickSignFiftyTimes(first.page), clickSignFiftyTimes(second.page)]);

    const waiting = (page: Page) => page.locator('[role="dialog"][data-step="waiting"]');
    await Promise.all([waiting(first.page).waitFor(), waiting(second.page).waitFor()]);
    const created = [...store.signingRequests.values()].filter((request) => !before.has(request.id));
    expect(created).toHaveLength(1);
    expect(created[0]?.state).toBe("awaiting_user");

    // One tab holds the transaction (the provider's app is waiting); the other follows it, as the same officer's.
    const modes = await Promise.all(
      [first.page, second.page].map((page) => waiting(page).getAttribute("data-mode")),
    );
    // Sorted on a copy: `modes` keeps the tabs' order, so that the follower below is the tab that joined.
    expect([...modes].sort()).toEqual(["joined", "remote"]);
    const follower = modes[0] === "joined" ? first.page : second.page;
    const notice = follower.getByText(/do bạn mở ở thẻ hoặc thiết bị khác/);
    await notice.waitFor();
    // The same officer may cancel it from the follower: the documents are then free again.
    await follower.getByRole("dialog").getByRole("button", { name: "Hủy giao dịch" }).click();
    await follower.getByRole("alertdialog").getByRole("button", { name: "Hủy giao dịch" }).click();
    await expect.poll(() => store.signingRequests.get(created[0]?.id ?? "")?.state).toBe("cancelled");
    expect([...store.signingRequests.keys()].filter((id) => !before.has(id))).toHaveLength(1);
    expect([...first.errors, ...second.errors]).toEqual([]);
  });
});

describe("identity", () => {
  it("shows the default officer's name and agency", async () => {
    const { page } = await stack.page();
    await page.goto(`${stack.appUrl}/`);
    const officer = stack.sandbox.store.principal("officer");
    const agency = stack.sandbox.store.world.agencies.find((item) => item.code === officer.agencyCode);
    const who = page.locator(".app-identity__who");
    await expect.poll(() => who.textContent()).toContain(officer.name);
    expect(await who.textContent()).toContain(agency?.name);
  });

  it("switches to the other agency's officer in settings: their name and agency, none of agency A's documents", async () => {
    const { page, errors } = await stack.page();
    await page.goto(`${stack.appUrl}/van-ban`);
    await page
      .getByRole("button", { name: /^Ký số / })
      .first()
      .waitFor();
    await page.getByLabel("Tài khoản thử (sandbox)").selectOption("officer_2");
    await page.getByRole("button", { name: "Đăng nhập lại" }).click();
    await page.waitForLoadState("load");
    const other = stack.sandbox.store.principal("officer_2");
    const agency = stack.sandbox.store.world.agencies.find((item) => item.code === other.agencyCode);
    const who = page.locator(".app-identity__who");
    await expect.poll(() => who.textContent()).toContain(other.name);
    expect(await who.textContent()).toContain(agency?.name);
    await expect.poll(() => page.getByLabel("Tài khoản thử (sandbox)").inputValue()).toBe("officer_2");
    // Agency A's documents are not theirs: none is listed (the platform leaves them out).
    await settled(page);
    const mine = [...stack.sandbox.store.documents.values()]
      .filter((document) => document.ownerAgencyCode === stack.sandbox.store.principal("officer").agencyCode)
      .map((document) => document.subject);
    const shown = await page.locator("main").textContent();
    expect(mine.filter((subject) => subject && shown?.includes(subject))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("signed in as a citizen, the documents page answers with the designed 403 state, without axe violations", async () => {
    const { page, errors } = await stack.page({ storage: { "cqs-dashboard:identity": "citizen" } });
    await page.goto(`${stack.appUrl}/van-ban`);
    const problem = page.locator('[data-problem="forbidden"]');
    await problem.waitFor();
    expect(await problem.textContent()).toContain("Bạn không có quyền xem nội dung này.");
    await expect.poll(() => page.locator(".app-identity__who").getAttribute("data-identity")).toBe("citizen");
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
