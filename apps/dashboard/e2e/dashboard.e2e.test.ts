// The dashboard end to end: the built app in Debian's Chromium against the real sandbox over HTTP.
import { createClient } from "@chinhquyenso/client";
import { describe, expect, it } from "vitest";
import { axeViolations, settled, tabCount } from "./helpers";
import { useStack } from "./stack";

const stack = useStack();

describe("dossier payments", () => {
  it("requests payment, sees the platform's payment arrive live, reconciles it and gets the e-receipt", async () => {
    const dossiers = [...stack().sandbox.store.dossiers.values()];
    const me = stack().sandbox.store.currentUser.agencyCode;
    const record = dossiers.find(
      (item) =>
        item.agencyCode === me &&
        item.paymentRequests.length === 0 &&
        item.fees.some((fee) => fee.state === "unpaid"),
    );
    expect(record, "a dossier of the officer's agency with an unpaid fee").toBeDefined();
    const code = record?.code ?? "";
    const { page, errors } = await stack().page();
    await page.goto(`${stack().appUrl}/ho-so/${encodeURIComponent(code)}`);
    const payments = page.getByTestId("dossier-payments");
    await payments.getByRole("heading", { name: "Phí, lệ phí và nghĩa vụ tài chính" }).waitFor();
    // The heading shows before the fees arrive: wait for them, or `all()` finds no checkbox to tick.
    await payments.getByRole("checkbox").first().waitFor();
    for (const checkbox of await payments.getByRole("checkbox").all()) await checkbox.check();
    await payments.getByRole("button", { name: "Gửi yêu cầu thanh toán" }).click();
    await payments.getByRole("status").filter({ hasText: "Đã gửi yêu cầu thanh toán" }).waitFor();
    const id = record?.paymentRequests.at(-1)?.id ?? "";
    expect(id).toMatch(/^pay_/);

    // The national platform reports the payment; the agency has not confirmed it (the control API's simulator).
    const simulated = await fetch(`${stack().apiUrl}/__sandbox/scenarios`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${stack().sandbox.controlToken}`,
      },
      body: JSON.stringify({ name: "payment", paymentRequestId: id, outcome: "pay", confirmAfterMs: null }),
    });
    expect(simulated.status).toBe(200);
    // Over the notification stream: no reload.
    const confirm = payments.getByRole("button", { name: `Xác nhận đã thu ${id}` });
    await confirm.waitFor({ timeout: 30_000 });
    expect(await axeViolations(page)).toEqual([]);
    await confirm.click();
    await payments.getByRole("status").filter({ hasText: "Đã xác nhận thanh toán" }).waitFor();
    await payments
      .getByRole("button", { name: /Tải biên lai/ })
      .first()
      .waitFor();
    expect(record?.paymentRequests.at(-1)?.state).toBe("paid");
    expect(errors).toEqual([]);
  });
});

describe("dossier documents", () => {
  it("reuses a stored document of the applicant (no upload) and uploads a file with its SHA-256", async () => {
    const client = createClient({
      baseUrl: stack().apiUrl,
      auth: { token: () => "sbx-officer" },
      retry: false,
    });
    // A dossier of the officer's agency whose applicant has a stored document not attached yet.
    let found: { code: string; id: string; title: string } | undefined;
    for (const dossier of (await client.dossiers.list({ status: ["processing"], limit: 30 })).items) {
      const free = (await client.dossiers.listReusableDocuments(dossier.code)).items.find(
        (item) => item.attachedAs === null,
      );
      if (free) {
        found = { code: dossier.code, id: free.id, title: free.title };
        break;
      }
    }
    expect(found, "a dossier whose applicant has a stored document").toBeDefined();
    const code = found?.code ?? "";
    const { page, errors } = await stack().page();
    await page.goto(`${stack().appUrl}/ho-so/${encodeURIComponent(code)}`);
    const evidence = page.getByTestId("dossier-evidence");
    const reuse = evidence.getByRole("region", { name: "Dùng lại giấy tờ đã nộp" });
    const row = reuse.getByRole("listitem").filter({ hasText: found?.title ?? "" });
    await row.getByRole("button", { name: "Đính kèm" }).click();
    await row.getByRole("button", { name: "Đã đính kèm" }).waitFor();
    const attached = (await client.dossiers.listAttachments(code)).items.filter(
      (item) => item.reusedFrom === found?.id,
    );
    expect(attached).toHaveLength(1);

    await evidence.locator('input[type="file"]').setInputFiles({
      name: "giay-xac-nhan.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("abc"),
    });
    await evidence.getByRole("button", { name: "Tải lên 1 tệp" }).click();
    await evidence.getByText("Đã tải lên", { exact: true }).waitFor();
    const uploaded = (await client.dossiers.listAttachments(code)).items.find(
      (item) => item.name === "giay-xac-nhan.pdf",
    );
    // SHA-256 of "abc", computed in the browser and checked by the platform.
    expect(uploaded?.sha256).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe("dossier queue", () => {
  it("filters by quá hạn, opens a dossier, finishes it and the queue counts drop", async () => {
    const { page, errors } = await stack().page();
    await page.goto(`${stack().appUrl}/ho-so`);
    const inProgressTab = page.getByRole("tab", { name: /^Đang xử lý/ });
    const dueTab = page.getByRole("tab", { name: /^Hồ sơ tới hạn \/ quá hạn/ });
    await inProgressTab.getByText(/hồ sơ/).first().waitFor();
    const inProgressBefore = await tabCount(inProgressTab);
    const dueBefore = await tabCount(dueTab);

    await page.getByRole("button", { name: "Bộ lọc" }).click();
    await page.getByRole("combobox", { name: "Thời hạn" }).selectOption({ label: "Quá hạn" });
    const grid = page.getByRole("grid", { name: "Hồ sơ một cửa" });
    const rows = grid.locator('[role="row"][aria-rowindex]:not([aria-rowindex="1"])');
    // Every row left is overdue (the badge is the widget's TimelinessBadge).
    await expect
      .poll(async () => (await rows.allTextContents()).every((text) => text.includes("Quá hạn")), {
        timeout: 30_000,
      })
      .toBe(true);
    expect(await rows.count()).toBeGreaterThan(0);
    const code = (await rows.first().getByRole("gridcell").nth(1).textContent())?.trim() ?? "";
    expect(code).toMatch(/^\d{2}\.\d{2}\.X74-\d{6}-\d{4}$/);

    await rows.first().getByRole("gridcell").nth(1).click();
    await page.waitForURL(`**/ho-so/${encodeURIComponent(code)}`);
    await page.getByRole("heading", { level: 1, name: `Hồ sơ ${code}` }).waitFor();
    // Core's explanation of the due date is there, step by step.
    const due = page.getByRole("region", { name: "Cách tính hạn trả kết quả" });
    await due.getByRole("listitem").first().waitFor();
    expect(await due.textContent()).toContain("Tiếp nhận lúc");
    // The timeline (DossierTimeline) lists the dossier's history.
    await page.getByRole("region", { name: "Quá trình xử lý" }).getByRole("listitem").first().waitFor();

    await page.getByRole("button", { name: "Hoàn thành xử lý" }).click();
    await page.getByRole("status").filter({ hasText: "Đã thực hiện “Hoàn thành xử lý”" }).waitFor();
    // The focus lands on the outcome, named, not on the page body (the pressed button is gone).
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-cqs-focus-target"))).toBe(
      "dossier-actions-outcome",
    );
    await expect.poll(() => page.getByTestId("dossier-status").textContent()).toBe("Đã xử lý xong (chờ trả)");

    await page.getByRole("link", { name: "Quay lại danh sách" }).click();
    await expect
      .poll(async () => await tabCount(inProgressTab), { timeout: 30_000 })
      .toBe(inProgressBefore - 1);
    await expect.poll(async () => await tabCount(dueTab), { timeout: 30_000 }).toBe(dueBefore - 1);
    // The platform agrees: the dossier is finished in the sandbox's store.
    const stored = await fetch(`${stack().apiUrl}/v1/dossiers/${encodeURIComponent(code)}`, {
      // The sandbox refuses unknown tokens: ask as the default officer, whose agency the dossier is in.
      headers: { authorization: "Bearer sbx-officer" },
    }).then((response) => response.json());
    expect(stored.status).toBe("finished");
    expect(errors).toEqual([]);
  });
});

describe("documents", () => {
  it("signs a document through the remote SmartCA flow and it leaves the awaiting-signature list", async () => {
    const { page, errors } = await stack().page();
    await page.goto(`${stack().appUrl}/van-ban`);
    const signButtons = page.getByRole("button", { name: /^Ký số / });
    await signButtons.first().waitFor();
    const before = await signButtons.count();

    await signButtons.first().click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Tiếp tục" }).click();
    await dialog.getByRole("radio", { name: /VNPT SmartCA/ }).check();
    await dialog.getByRole("radio", { name: /^CN=/ }).first().check();
    await dialog.getByRole("button", { name: "Tiếp tục" }).click();
    await dialog.getByRole("button", { name: "Ký số" }).click();
    // The request waits for the signer's phone (the sandbox confirms after its signing delay)…
    await page
      .locator('[role="dialog"][data-step="waiting"][data-mode="remote"]')
      .waitFor({ timeout: 30_000 });
    // …then the platform reports it signed.
    await page.locator('[role="dialog"][data-step="success"]').waitFor({ timeout: 60_000 });
    await dialog.getByRole("button", { name: "Xong" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => signButtons.count(), { timeout: 30_000 }).toBe(before - 1);
    expect(errors).toEqual([]);
  });
});

describe("1022 feedback", () => {
  it("posts a public reply and an internal note; the citizen sees only the reply", async () => {
    const { page, errors } = await stack().page();
    // Plain words only: digit runs of 9+ would be masked as citizen ID numbers by the widget.
    const reply = "Đã cử tổ công tác vá ổ gà trong tuần này.";
    const note = "Chờ kinh phí sửa chữa từ quỹ bảo trì đường bộ.";
    await page.goto(`${stack().appUrl}/phan-anh/fb_000090`);
    // The composer's name follows the chosen entry type, so find it by its message field.
    const composer = page.locator("form").filter({ has: page.getByRole("textbox", { name: "Nội dung" }) });
    await composer.waitFor();

    await composer.getByRole("radio", { name: /^Trả lời công khai/ }).check();
    await composer.getByRole("textbox", { name: "Nội dung" }).fill(reply);
    await composer.getByRole("button", { name: "Gửi" }).click();
    const timeline = page.getByRole("list", { name: /^Diễn biến xử lý/ });
    await timeline.getByText(reply).waitFor();
    await page.locator('[data-entry-type="public_reply"][data-delivery="sent"]').getByText(reply).waitFor();

    await composer.getByRole("radio", { name: /^Ghi chú nội bộ/ }).check();
    await composer.getByRole("textbox", { name: "Nội dung" }).fill(note);
    await composer.getByRole("button", { name: "Lưu ghi chú nội bộ" }).click();
    await page.locator('[data-entry-type="internal_note"][data-delivery="sent"]').getByText(note).waitFor();

    await page.getByRole("link", { name: "Người dân" }).click();
    await page.waitForURL("**/phan-anh/fb_000090?as=citizen");
    await page.locator('[data-audience="citizen"]').getByText(reply).first().waitFor();
    const citizenThread = await page.locator(".cqs-complaint-thread").textContent();
    expect(citizenThread).toContain(reply);
    expect(citizenThread).not.toContain(note);
    expect(citizenThread).not.toContain("Ghi chú nội bộ");
    expect(errors).toEqual([]);
  });
});

describe("notifications", () => {
  it("shows a live notification when the platform assigns a feedback to the user", async () => {
    const { page, errors } = await stack().page();
    await page.goto(`${stack().appUrl}/`);
    const bell = page.getByRole("button", { name: /^Thông báo, \d+ chưa đọc$/ });
    await bell.waitFor();
    const unread = async () =>
      Number(
        /(\d+) chưa đọc/.exec(
          (await bell.getAttribute("aria-label")) ?? (await bell.textContent()) ?? "",
        )?.[1],
      );
    const before = await unread();
    expect(before).toBeGreaterThan(0);
    // Wait for the live stream to be open before triggering the event.
    await page.waitForFunction(
      () => document.querySelector('.cqs-notifications[data-live="open"]') !== null,
      undefined,
      {
        timeout: 60_000,
      },
    );

    // The 1022 hotline's intake (the test, through the real client, with the sandbox's province-wide service
    // token: unknown tokens are refused, and feedback awaiting assignment belong to no agency yet, so only the
    // province-wide service sees them) assigns a waiting feedback to this user.
    const client = createClient({ baseUrl: stack().apiUrl, auth: { token: () => "sbx-service" } });
    const waiting = await client.feedback.list({ status: ["pending_assignment"], limit: 1 });
    const target = waiting.items[0];
    if (!target) throw new Error("the data set has no feedback awaiting assignment");
    await client.feedback.assign(
      target.id,
      { assigneeId: stack().sandbox.store.currentUser.id },
      { ifMatch: target.etag },
    );

    await expect.poll(unread, { timeout: 60_000 }).toBe(before + 1);
    await bell.click();
    const item = page
      .getByRole("button", { name: new RegExp(target.code) })
      .or(page.getByRole("link", { name: new RegExp(target.code) }));
    await item.first().click();
    await page.waitForURL(`**/phan-anh/${target.id}`);
    await page.getByRole("heading", { level: 2, name: target.title }).waitFor();
    expect(errors).toEqual([]);
  });
});

describe("shell", () => {
  it("moves focus to the new page's heading on navigation, and the skip link reaches main", async () => {
    const { page, errors } = await stack().page();
    await page.goto(`${stack().appUrl}/`);
    await page.getByRole("heading", { level: 1, name: "Tổng quan" }).waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Bỏ qua điều hướng, đến nội dung chính",
    );
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");

    await page
      .getByRole("navigation", { name: "Điều hướng chính" })
      .getByRole("link", { name: "Lịch và họp" })
      .click();
    await page.waitForURL("**/lich");
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.outerHTML ?? ""))
      .toMatch(/^<h1[^>]*>Lịch và họp<\/h1>$/);
    expect(await page.title()).toBe("Lịch và họp — Chính quyền số");
    expect(errors).toEqual([]);
  });

  it("switches to English and keeps the choice across a reload", async () => {
    const { page, errors } = await stack().page();
    await page.goto(`${stack().appUrl}/ho-so`);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "One-stop dossiers" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "One-stop dossiers" }).waitFor();
    expect(errors).toEqual([]);
  });

  it("shows a banner naming the API address when the API cannot be reached", async () => {
    const { page, context, errors } = await stack().page();
    await context.route(`${stack().apiUrl}/**`, (route) => route.abort("connectionrefused"));
    await page.goto(`${stack().appUrl}/`);
    const banner = page.getByRole("alert").filter({ hasText: "Không kết nối được máy chủ API tại" });
    await banner.waitFor({ timeout: 60_000 });
    expect(await banner.textContent()).toContain(stack().apiUrl);
    expect(errors).toEqual([]);
  });
});

describe("IOC", () => {
  it("explores 27 fields, composes a board and keeps it across a reload", async () => {
    const { page, errors } = await stack().page();
    await page.goto(`${stack().appUrl}/ioc`);
    const fields = page.getByRole("combobox", { name: "Lĩnh vực", exact: true });
    await fields.locator("option").nth(27).waitFor({ state: "attached" });
    expect(await fields.locator("option").count()).toBe(28);
    // The starter board is drawn by IndicatorCard.
    const board = page.getByRole("list", { name: "Bảng theo dõi chỉ tiêu" });
    await board.getByRole("article", { name: "Tỷ lệ hồ sơ giải quyết đúng hạn" }).waitFor();

    await page.getByRole("searchbox", { name: "Tìm chỉ tiêu" }).fill("so vu chay");
    await page.getByRole("checkbox", { name: "Thêm Số vụ cháy vào bảng theo dõi" }).check();
    await board.getByRole("article", { name: "Số vụ cháy" }).waitFor();
    const stored = await page.evaluate(() => window.localStorage.getItem("cqs-dashboard:ioc-board"));
    expect(JSON.parse(stored ?? "{}").tiles.map((tile: { code: string }) => tile.code)).toContain("PCCC-01");

    await page.reload();
    await page
      .getByRole("list", { name: "Bảng theo dõi chỉ tiêu" })
      .getByRole("article", { name: "Số vụ cháy" })
      .waitFor();
    expect(errors).toEqual([]);
  });
});

describe("household lookup", () => {
  it("tells the default officer (no lookup scope) before any lookup", async () => {
    const { page, errors } = await stack().page();
    await page.goto(`${stack().appUrl}/tra-cuu-ho`);
    await page.getByText(/không có quyền tra cứu hộ gia đình/).waitFor();
    expect(await page.getByRole("button", { name: "Tra cứu" }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("as the leader: reason first, masked result, a recorded reveal in the trail", async () => {
    const { page, errors } = await stack().page();
    // The leader signs in (the dashboard's own identity switch is another stream's): their token on lookups.
    await page.route(`${stack().apiUrl}/v1/citizens/**`, (route) =>
      route.continue({ headers: { ...route.request().headers(), authorization: "Bearer sbx-leader" } }),
    );
    const dossiers = await createClient({
      baseUrl: stack().apiUrl,
      auth: { token: () => "sbx-officer" },
    }).dossiers.get("00.41.X74-261109-0001");
    const citizenId = (dossiers.applicant as { citizenId?: string }).citizenId ?? "";
    expect(citizenId).toMatch(/^\d{12}$/);
    await page.goto(`${stack().appUrl}/tra-cuu-ho`);
    await page.getByText("Chưa có lần tra cứu nào.").waitFor();
    await page.getByRole("combobox", { name: "Mục đích tra cứu" }).selectOption("dossier_processing");
    await page.getByRole("textbox", { name: /Căn cứ cụ thể/ }).fill("00.41.X74-261109-0001");
    await page.getByRole("textbox", { name: /Số định danh cá nhân/ }).fill(citizenId);
    await page.getByRole("button", { name: "Tra cứu" }).click();
    const result = page.getByRole("region", { name: "Kết quả tra cứu" });
    await result
      .getByText(`********${citizenId.slice(-4)}`)
      .first()
      .waitFor();
    expect(await result.textContent()).not.toContain(citizenId);
    await page.getByRole("button", { name: "Xem nơi thường trú của hộ" }).click();
    await page.getByRole("button", { name: "Ẩn nơi thường trú của hộ" }).waitFor();
    const trail = page.getByRole("region", { name: "Nhật ký tra cứu của bạn" });
    await trail.getByRole("cell", { name: "Xem thông tin", exact: true }).waitFor();
    expect(await trail.textContent()).not.toContain(citizenId);
    expect(errors).toEqual([]);
  });
});

describe("accessibility", () => {
  const routes = [
    { path: "/", heading: "Tổng quan" },
    { path: "/ho-so", heading: "Hồ sơ một cửa" },
    { path: "/ho-so/00.41.X74-261109-0001", heading: "Hồ sơ 00.41.X74-261109-0001" },
    { path: "/van-ban", heading: "Văn bản" },
    { path: "/phan-anh", heading: "Phản ánh 1022" },
    { path: "/phan-anh/fb_000090", heading: "Phản ánh 1022" },
    { path: "/phan-anh/fb_000090?as=citizen", heading: "Phản ánh 1022" },
    { path: "/lich", heading: "Lịch và họp" },
    { path: "/ioc", heading: "Trung tâm điều hành (IOC): bảng theo dõi chỉ tiêu" },
    { path: "/tra-cuu-ho", heading: "Tra cứu hộ gia đình" },
    { path: "/khong-co", heading: "Không tìm thấy trang này." },
  ];
  for (const theme of ["light", "dark"] as const) {
    it(`has no axe violation on any route (${theme})`, async () => {
      const { page, errors } = await stack().page({ storage: { "cqs-dashboard:theme": theme } });
      const found: Record<string, unknown> = {};
      for (const route of routes) {
        await page.goto(`${stack().appUrl}${route.path}`);
        await page.getByRole("heading", { level: 1, name: route.heading }).waitFor();
        await settled(page);
        const title = await page.title();
        expect(title).toBe(`${route.heading} — Chính quyền số`);
        const violations = await axeViolations(page);
        if (violations.length > 0) found[route.path] = violations;
      }
      expect(found).toEqual({});
      expect(errors).toEqual([]);
    });
  }
});
