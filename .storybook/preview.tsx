import { createClient } from "@chinhquyenso/client";
import { DEFAULT_TOKENS } from "@chinhquyenso/mocks";
import { ChinhQuyenSoProvider, type Locale, type Theme } from "@chinhquyenso/react";
import type { Preview } from "@storybook/react-vite";
import { QueryClient } from "@tanstack/react-query";
import { mswLoader } from "msw-storybook-addon/csf3";
import { type ReactNode, useState } from "react";
import { checkReflow } from "../packages/react/src/support/reflow.story-support";
import { STORY_API_URL } from "../packages/react/src/support/storybook.story-support";
import "../packages/react/src/styles/tokens.css";
import "../packages/react/src/styles/base.css";
import "./preview.css";

// Every widget stylesheet, as the published dist/styles.css would bring them.
import.meta.glob("../packages/react/src/**/*.css", { eager: true });

interface StoryProvidersProps {
  locale: Locale;
  theme: Theme;
  connected: boolean;
  /** The principal's token; default the sandbox's default officer. */
  token: string;
  now: Date | undefined;
  children: ReactNode;
}

/** A fresh client and QueryClient per story, so no cache or stream leaks from one story to the next. */
function StoryProviders({ locale, theme, connected, token, now, children }: StoryProvidersProps) {
  const [client] = useState(() =>
    connected
      ? // A sandbox principal's token; the mocks refuse unknown tokens (401), as the platform does.
        createClient({ baseUrl: STORY_API_URL, retry: false, auth: { token: () => token } })
      : undefined,
  );
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  return (
    <ChinhQuyenSoProvider
      locale={locale}
      theme={theme}
      queryClient={queryClient}
      {...(client ? { client } : {})}
      {...(now ? { now: () => now } : {})}
    >
      {children}
    </ChinhQuyenSoProvider>
  );
}

const preview: Preview = {
  loaders: [mswLoader()],
  parameters: {
    layout: "padded",
    // Every story is an accessibility test: a violation fails the run. The full WCAG 2.2 AA tag set plus axe's
    // best practices (the same as the dashboard's e2e run), less the three rules about a whole page — a story
    // is a fragment without <main>, landmarks or an h1; the e2e tests check those on every route.
    a11y: {
      test: "error",
      options: {
        runOnly: {
          type: "tag",
          values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
        },
        rules: {
          region: { enabled: false },
          "landmark-one-main": { enabled: false },
          "page-has-heading-one": { enabled: false },
        },
      },
    },
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
  // Every story reflows at 320 px and at 200 % text (test run only; see reflow.story-support.ts).
  afterEach: async ({ canvasElement, parameters }) => {
    await checkReflow(canvasElement, parameters);
  },
  decorators: [
    (Story, context) => {
      // Story parameters: `connected: true` gives the widgets a platform client (answered by msw handlers set
      // in the story's beforeEach); `token` signs it in as another sandbox principal than the default officer
      // (e.g. `DEFAULT_TOKENS.leader` for `citizens:lookup`); `now: STORY_NOW` pins the clock for deadlines.
      const locale = context.globals.locale as Locale;
      const theme = context.globals.theme as Theme;
      const now = context.parameters.now ? new Date(context.parameters.now as string) : undefined;
      return (
        <div className="cqs-story" data-cqs-theme={theme} lang={locale}>
          <StoryProviders
            locale={locale}
            theme={theme}
            connected={context.parameters.connected === true}
            token={(context.parameters.token as string | undefined) ?? DEFAULT_TOKENS.officer}
            now={now}
          >
            <Story />
          </StoryProviders>
        </div>
      );
    },
  ],
};

export default preview;
