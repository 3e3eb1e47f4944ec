import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent } from "storybook/test";
import { type StoryDossier, withStoryDossier } from "../support/dossier.story-support";
import { STORY_NOW } from "../support/storybook.story-support";
import { DueDateExplanation } from "./DueDateExplanation";

const LOADED = { timeout: 8000 };
const current: StoryDossier = { dossier: undefined };
const cases = [{ code: "01", name: "Cấp mới", duration: 10, unit: "working_day" as const }];

const meta = {
  title: "Widgets/DueDateExplanation",
  component: DueDateExplanation,
  tags: ["autodocs"],
  parameters: {
    now: STORY_NOW,
    docs: {
      description: {
        component:
          "Why a dossier is due when it is: core's `explainDueDate` steps in the provider's language — intake and start of counting, the processing time, each day off skipped and why, each pause of the clock (from the contract's `pauses`), the due date — with \"dự kiến\" when it depends on a year without an official holiday notice, and a note when the platform's due date differs. Connected (`code`) or controlled (`dossier`, `cases` or `duration`).",
      },
    },
  },
} satisfies Meta<typeof DueDateExplanation>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Ten working days over a supplement request: the pause pushes the due date. */
export const WithPause: Story = {
  args: {
    cases,
    dossier: {
      receivedAt: "2026-11-16T09:00:00+07:00",
      dueAt: null,
      caseName: "Cấp mới",
      pauses: [
        { from: "2026-11-17T10:00:00+07:00", to: "2026-11-20T08:30:00+07:00", status: "awaiting_supplement" },
      ],
    },
  },
};

/** Received just before New Year 2028: 2028 has no official notice yet, so the due date is provisional. */
export const ProvisionalDueDate: Story = {
  args: {
    cases,
    dossier: { receivedAt: "2027-12-28T09:00:00+07:00", dueAt: null, caseName: "Cấp mới", pauses: [] },
  },
  play: async ({ canvas }) => {
    const note = canvas.getByRole("button", { name: "dự kiến" });
    await userEvent.tab();
    await expect(note).toHaveFocus();
  },
};

/** Over Tết 2026: five days off skipped, each named. */
export const OverTet: Story = {
  args: {
    cases,
    dossier: { receivedAt: "2026-02-11T15:00:00+07:00", dueAt: null, caseName: "Cấp mới", pauses: [] },
  },
};

/** The platform set another due date (e.g. after an apology letter): it is the official one, said so. */
export const PlatformDiffers: Story = {
  args: {
    cases,
    dossier: {
      receivedAt: "2026-11-16T09:00:00+07:00",
      dueAt: "2026-12-15T17:00:00+07:00",
      caseName: "Cấp mới",
      pauses: [],
    },
  },
};

export const NotReceived: Story = { args: { dossier: { receivedAt: null, dueAt: null, pauses: [] } } };

/** A dossier that waited for its fee, from the sandbox. */
export const Connected: Story = {
  parameters: { connected: true },
  beforeEach: withStoryDossier(current, "awaiting_payment"),
  render: (args) => <DueDateExplanation {...args} code={current.dossier?.code ?? ""} />,
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/^Tạm dừng tính thời gian/, {}, LOADED)).toBeVisible();
  },
};
