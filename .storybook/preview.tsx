import { ChinhQuyenSoProvider, type Locale } from "@chinhquyenso/react";
import type { Preview } from "@storybook/react-vite";
import { mswLoader } from "msw-storybook-addon/csf3";
import "../packages/react/src/styles/tokens.css";
import "../packages/react/src/styles/base.css";
import "./preview.css";

// Every widget stylesheet, as the published dist/styles.css would bring them.
import.meta.glob("../packages/react/src/**/*.css", { eager: true });

const preview: Preview = {
  loaders: [mswLoader()],
  parameters: {
    layout: "padded",
    // Every story is an accessibility test: a violation fails the run.
    a11y: { test: "error" },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
  },
  globalTypes: {
    locale: {
      description: "Language of the widgets",
      toolbar: {
        title: "Locale",
        icon: "globe",
        items: [
          { value: "vi", title: "Tiếng Việt" },
          { value: "en", title: "English" },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: "Colour theme",
      toolbar: {
        title: "Theme",
        icon: "mirror",
        items: [
          { value: "light", title: "Light" },
          { value: "dark", title: "Dark" },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: "vi", theme: "light" },
  decorators: [
    (Story, context) => {
      const locale = context.globals.locale as Locale;
      return (
        <div className="cqs-story" data-cqs-theme={context.globals.theme} lang={locale}>
          <ChinhQuyenSoProvider locale={locale} theme={context.globals.theme}>
            <Story />
          </ChinhQuyenSoProvider>
        </div>
      );
    },
  ],
};

export default preview;
