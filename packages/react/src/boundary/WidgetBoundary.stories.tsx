import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { WidgetBoundary } from "./WidgetBoundary";

function Broken(): never {
  throw new Error("Widget data was malformed");
}

const meta = {
  title: "Primitives/WidgetBoundary",
  component: WidgetBoundary,
  tags: ["autodocs"],
  args: { widget: "DossierQueue", label: "danh sách hồ sơ" },
  parameters: {
    docs: {
      description: {
        component:
          "Every widget renders inside a boundary: a rendering failure shows this fallback with a retry and is reported to the provider's `onError` — never a blank screen.",
      },
    },
  },
} satisfies Meta<typeof WidgetBoundary>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Failed: Story = {
  render: (args) => (
    <WidgetBoundary {...args}>
      <Broken />
    </WidgetBoundary>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("alert")).toHaveTextContent("Không hiển thị được danh sách hồ sơ.");
    await expect(canvas.getByRole("button", { name: "Thử lại" })).toBeVisible();
  },
};

export const FailedEnglish: Story = {
  ...Failed,
  args: { label: "The dossier queue" },
  globals: { locale: "en" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("alert")).toHaveTextContent("The dossier queue could not be displayed.");
  },
};

export const FailedDark: Story = { ...Failed, globals: { theme: "dark" } };
