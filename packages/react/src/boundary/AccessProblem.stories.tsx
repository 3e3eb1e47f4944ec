import type { Meta, StoryObj } from "@storybook/react-vite";
import { expectAccessProblem } from "../support/access.story-support";
import { AccessProblem } from "./AccessProblem";

const meta = {
  title: "Primitives/AccessProblem",
  component: AccessProblem,
  args: { className: "cqs-widget-fallback", kind: "forbidden" },
  parameters: {
    docs: {
      description: {
        component:
          "What every widget shows for a 403 (not allowed) and a 404 (not found, or another agency's: the platform answers both alike). No retry: it would change nothing. Widgets reach it through their load-failure alert when they pass the error.",
      },
    },
  },
} satisfies Meta<typeof AccessProblem>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Forbidden: Story = { play: expectAccessProblem("forbidden") };
export const NotFound: Story = { args: { kind: "not_found" }, play: expectAccessProblem("not_found") };
export const ForbiddenEnglish: Story = { ...Forbidden, globals: { locale: "en" } };
export const NotFoundEnglish: Story = { ...NotFound, globals: { locale: "en" } };
export const ForbiddenDark: Story = { ...Forbidden, globals: { theme: "dark" } };
