import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { chromiumBrowser } from "../../vitest.shared.ts";
import { cssLayerPlugin } from "./scripts/css-layer.mjs";

// Three kinds of test:
//   *.test.ts        logic and hooks, in jsdom
//   *.test.tsx       widgets, in real Chromium
//   *.ssr.test.tsx   server rendering, in Node (no DOM at all)
export default defineConfig({
  // Widget stylesheets inside their cascade layer, as dist/styles.css ships them.
  plugins: [react(), cssLayerPlugin()],
  // Pre-bundled up front: discovered mid-run (ky only through the client's dist), Vite would reload the page and
  // a second React copy would break the tests.
  optimizeDeps: {
    include: [
      "@radix-ui/react-tabs",
      "@radix-ui/react-alert-dialog",
      "@radix-ui/react-dialog",
      "@chinhquyenso/client > eventsource-parser",
      "@tanstack/react-virtual",
      "@chinhquyenso/mocks",
      "msw",
      "@chinhquyenso/client > ky",
    ],
  },
  test: {
    // Widgets wait on real timers, msw and Chromium: on a loaded 2-core CI machine 1 s (the default) is too short
    // for a state that does arrive. A state that never arrives still fails, after 5 s.
    expect: { poll: { timeout: 5000 } },
    projects: [
      {
        extends: true,
        test: { name: "react:jsdom", environment: "jsdom", include: ["src/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "react:browser",
          include: ["src/**/*.test.tsx"],
          exclude: ["src/**/*.ssr.test.tsx"],
          globalSetup: ["src/support/sandboxServer.test-support.ts"],
          browser: chromiumBrowser(),
        },
      },
      {
        extends: true,
        test: { name: "react:ssr", environment: "node", include: ["src/**/*.ssr.test.tsx"] },
      },
    ],
  },
});
