import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent } from "storybook/test";
import { type StoryDossier, withStoryDossier } from "../support/dossier.story-support";
import { STORY_NOW } from "../support/storybook.story-support";
import { DossierDetail } from "./DossierDetail";

const LOADED = { timeout: 8000 };
const current: StoryDossier = { dossier: undefined };

const meta = {
  title: "Widgets/DossierDetail",
  component: DossierDetail,
  tags: ["autodocs"],
  parameters: {
    connected: true,
    now: STORY_NOW,
    docs: {
      description: {
        component:
          "A dossier page in one widget: the facts, DossierActions, DueDateExplanation and DossierTimeline composed over one load of the dossier. A transition refreshes every part (and the queue's lists and counts).",
      },
    },
  },
  render: (args) => <DossierDetail {...args} code={current.dossier?.code ?? ""} />,
} satisfies Meta<typeof DossierDetail>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Processing: Story = {
  beforeEach: withStoryDossier(current, "processing"),
  play: async ({ canvas }) => {
    await userEvent.click(
      await canvas.findByRole("button", { name: "Yêu cầu thực hiện nghĩa vụ tài chính" }, LOADED),
    );
    await expect(await canvas.findByText(/^Đồng hồ đang dừng từ/, {}, LOADED)).toBeVisible();
  },
};

export const AwaitingSupplement: Story = { beforeEach: withStoryDossier(current, "awaiting_supplement") };

export const Returned: Story = { beforeEach: withStoryDossier(current, "returned") };

export const NotFound: Story = {
  beforeEach: withStoryDossier(current, "processing"),
  render: (args) => <DossierDetail {...args} code="000.00.00.H29-260101-9999" />,
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole("alert", {}, LOADED)).toBeVisible();
  },
};
