// Runs every Storybook story as a test in Chromium (addon-vitest). Storybook ≥10.3 applies the preview
// annotations itself, so a11y `test: "error"` from .storybook/preview.tsx makes any violation a failure.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { defineConfig } from "vitest/config";
import { chromiumBrowser } from "./vitest.shared.ts";

const dirname = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  plugins: [storybookTest({ configDir: path.join(dirname, ".storybook") })],
  test: {
    name: "storybook",
    browser: chromiumBrowser(),
  },
});
