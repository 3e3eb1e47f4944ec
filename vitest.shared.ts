// Shared test settings for every package's vitest config and for the Storybook test run.
// Browser tests always use Debian's Chromium: no command here ever downloads a browser.
import { playwright } from "@vitest/browser-playwright";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./scripts/lib/chromium.mjs";

export { CHROMIUM_ARGS, CHROMIUM_PATH };

/** `test.browser` options for a project that runs in headless Chromium. */
export function chromiumBrowser() {
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    provider: playwright({
      launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
    }),
    instances: [{ browser: "chromium" as const }],
  };
}
