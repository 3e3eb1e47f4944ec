// Shared test settings for every package's vitest config and for the Storybook test run.
// Browser tests always use Debian's Chromium: no command here ever downloads a browser.
import { playwright } from "@vitest/browser-playwright";

export const CHROMIUM_PATH = process.env.CQS_CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** `test.browser` options for a project that runs in headless Chromium. */
export function chromiumBrowser() {
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    provider: playwright({
      launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    }),
    instances: [{ browser: "chromium" as const }],
  };
}
