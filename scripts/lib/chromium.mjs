// Debian's Chromium and the flags every browser run of this repository uses: vitest browser mode, Storybook
// stories as tests, the consumer apps, the dashboard's e2e tests and the benches. Nothing here downloads a browser.
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
