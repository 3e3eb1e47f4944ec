// What the README's code blocks take for granted (scripts/check-readme-snippets.mjs compiles them with it): the
// Storybook example is a story file of yours, with msw-storybook-addon's `msw` in the story context.
import type { StoryObj } from "@storybook/react-vite";
import type {} from "msw-storybook-addon/types";

declare global {
  type Story = StoryObj;
}
