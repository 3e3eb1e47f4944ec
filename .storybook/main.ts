import path from "node:path";
import { fileURLToPath } from "node:url";
import type { StorybookConfig } from "@storybook/react-vite";
import { cssLayerPlugin } from "../packages/react/scripts/css-layer.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const config: StorybookConfig = {
  stories: ["../packages/*/src/**/*.stories.@(ts|tsx)"],
  addons: [
    "@storybook/addon-docs",
    "@storybook/addon-a11y",
    "@storybook/addon-vitest",
    "msw-storybook-addon",
  ],
  framework: { name: "@storybook/react-vite", options: {} },
  // mockServiceWorker.js lives here (package.json "msw.workerDirectory").
  staticDirs: ["./public"],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The "Get started" checklist is for teams setting Storybook up, not for readers of a design reference.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  // react-docgen reads each component file on its own. react-docgen-typescript needs a TypeScript program that
  // includes the widgets; the root tsconfig does not, so it skipped every file with a warning (43 in the demo)
  // and the docs pages had no props tables at all.
  typescript: { reactDocgen: "react-docgen" },
  viteFinal(viteConfig) {
    // Stories import widgets from source; the preview and the mocks must use the very same modules (one React
    // context, one query client), so every @chinhquyenso/* import resolves to source too:
    //   @chinhquyenso/<pkg>        → packages/<pkg>/src/index.ts
    //   @chinhquyenso/<pkg>/<sub>  → packages/<pkg>/src/<sub>/index.ts
    const alias = [
      { find: /^@chinhquyenso\/([a-z]+)$/, replacement: `${root}/packages/$1/src/index.ts` },
      { find: /^@chinhquyenso\/([a-z]+)\/([a-z-]+)$/, replacement: `${root}/packages/$1/src/$2/index.ts` },
    ];
    const existing = viteConfig.resolve?.alias;
    const merged = Array.isArray(existing)
      ? [...alias, ...existing]
      : [...alias, ...Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement }))];
    // Widget stylesheets inside their cascade layer, as dist/styles.css ships them (the "Under Host Reset" stories).
    const plugins = [cssLayerPlugin(), ...(viteConfig.plugins ?? [])];
    return { ...viteConfig, plugins, resolve: { ...viteConfig.resolve, alias: merged } };
  },
};

export default config;
