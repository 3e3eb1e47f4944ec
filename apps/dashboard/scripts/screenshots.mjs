// Screenshots of the main screens for the READMEs, taken from the built app against the sandbox with a fixed
// seed and clock (so they only change when the app or the data set does):
//   pnpm --filter @chinhquyenso/dashboard screenshots   → docs/screenshots/*.png
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startStack } from "../e2e/harness.mjs";

const OUT = fileURLToPath(new URL("../../../docs/screenshots/", import.meta.url));
const VIEWPORT = { width: 1280, height: 800 };

/** Waits for the heading and for every widget to finish loading. */
async function settled(page, heading) {
  await page.getByRole("heading", { level: 1, name: heading }).waitFor({ timeout: 60_000 });
  await page.waitForFunction(
    () => document.querySelector('[aria-busy="true"], [data-state="loading"]') === null,
    undefined,
    { timeout: 60_000, polling: 100 },
  );
  await page.evaluate(() => document.fonts.ready);
}

const SHOTS = [
  { file: "home.png", path: "/", heading: "Tổng quan" },
  { file: "queue.png", path: "/ho-so?menu=in_progress", heading: "Hồ sơ một cửa" },
  { file: "dossier.png", path: "/ho-so/00.41.X74-261109-0001", heading: "Hồ sơ 00.41.X74-261109-0001" },
  {
    file: "documents-signing.png",
    path: "/van-ban",
    heading: "Văn bản",
    async act(page) {
      await page
        .getByRole("button", { name: /^Ký số / })
        .first()
        .click();
      const dialog = page.getByRole("dialog");
      await dialog.getByRole("button", { name: "Tiếp tục" }).click();
      await dialog.getByRole("radio", { name: /VNPT SmartCA/ }).check();
      await dialog.getByRole("radio", { name: /^CN=/ }).first().check();
      await dialog.getByRole("button", { name: "Tiếp tục" }).click();
      await dialog.getByRole("button", { name: "Ký số" }).click();
      await page.locator('[role="dialog"][data-step="waiting"]').waitFor({ timeout: 30_000 });
    },
  },
  { file: "feedback.png", path: "/phan-anh", heading: "Phản ánh 1022" },
  { file: "feedback-staff.png", path: "/phan-anh/fb_000090", heading: "Phản ánh 1022" },
  { file: "feedback-citizen.png", path: "/phan-anh/fb_000090?as=citizen", heading: "Phản ánh 1022" },
  { file: "calendar.png", path: "/lich", heading: "Lịch và họp" },
  {
    file: "queue-dark.png",
    path: "/ho-so",
    heading: "Hồ sơ một cửa",
    storage: { "cqs-dashboard:theme": "dark" },
  },
  { file: "home-en.png", path: "/", heading: "Overview", storage: { "cqs-dashboard:locale": "en" } },
  { file: "not-found.png", path: "/khong-co", heading: "Không tìm thấy trang này." },
  // Reflow at 320 CSS px (WCAG 1.4.10): the page never scrolls sideways, the grid scrolls in its own box.
  {
    file: "home-320.png",
    path: "/",
    heading: "Tổng quan",
    viewport: { width: 320, height: 640 },
    fullPage: true,
  },
  { file: "queue-320.png", path: "/ho-so", heading: "Hồ sơ một cửa", viewport: { width: 320, height: 640 } },
];

mkdirSync(OUT, { recursive: true });
// A long signing delay keeps the ceremony on its "confirm in the app" step for the screenshot.
const stack = await startStack({ signingDelayMs: 600_000 });
try {
  for (const shot of SHOTS) {
    await stack.reset();
    const { page, errors } = await stack.page({
      viewport: shot.viewport ?? VIEWPORT,
      storage: shot.storage ?? {},
    });
    await page.goto(`${stack.appUrl}${shot.path}`);
    await settled(page, shot.heading);
    await shot.act?.(page);
    await page.screenshot({
      path: `${OUT}${shot.file}`,
      animations: "disabled",
      caret: "hide",
      fullPage: shot.fullPage === true,
    });
    if (errors.length > 0) throw new Error(`${shot.file}: the page threw: ${errors.join(" | ")}`);
    console.log(`docs/screenshots/${shot.file}`);
  }
} finally {
  await stack.close();
}
