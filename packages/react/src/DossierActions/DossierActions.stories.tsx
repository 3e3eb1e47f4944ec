import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor } from "storybook/test";
import { type StoryDossier, withStoryDossier } from "../support/dossier.story-support";
import { STORY_NOW } from "../support/storybook.story-support";
import { DossierActions } from "./DossierActions";

/** The first story of a run also builds the seeded data set: allow it a few seconds. */
const LOADED = { timeout: 8000 };
const current: StoryDossier = { dossier: undefined };

const meta = {
  title: "Widgets/DossierActions",
  component: DossierActions,
  tags: ["autodocs"],
  parameters: {
    connected: true,
    now: STORY_NOW,
    docs: {
      description: {
        component:
          "The transitions core's state machine (or the platform's `allowedActions`) allows now, one button each. Refusing, suspending, withdrawing and requesting a supplement ask for a reason; a supplement request also asks for a deadline on the working calendar (DeadlinePicker). Writes carry If-Match and one idempotency key per intent. A 412 (the dossier changed elsewhere) reloads the dossier and says what it is now; the officer retries on purpose. After a transition the focus lands on the outcome message (`data-cqs-focus-target=\"dossier-actions-outcome\"`), or on `focusTarget`.",
      },
    },
  },
  // Replaced by each story's dossier (set in beforeEach, read at render).
  args: { dossier: undefined as never },
  render: (args) => (current.dossier ? <DossierActions {...args} dossier={current.dossier} /> : <p>…</p>),
} satisfies Meta<typeof DossierActions>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A dossier being processed: request a supplement, ask for the fee, suspend, finish, withdraw. */
export const Processing: Story = {
  beforeEach: withStoryDossier(current, "processing"),
};

/** A supplement request needs a reason and a working-day deadline. */
export const SupplementRequest: Story = {
  beforeEach: withStoryDossier(current, "processing"),
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole("button", { name: "Yêu cầu bổ sung" }, LOADED));
    await userEvent.click(canvas.getByRole("button", { name: "Xác nhận" }));
    await expect(canvas.getByText("Nhập lý do.")).toBeVisible();
    await userEvent.type(canvas.getByRole("textbox", { name: "Lý do — Yêu cầu bổ sung" }), "Thiếu tờ khai");
    await userEvent.type(canvas.getByRole("textbox", { name: "Hạn bổ sung" }), "03/12/2026{Enter}");
    await expect(canvas.getByText("5 ngày làm việc kể từ 26/11/2026")).toBeVisible();
  },
};

/** Someone else asked for the fee meanwhile: the platform answers 412, the widget reloads and explains. */
export const StaleEtag: Story = {
  beforeEach: withStoryDossier(current, "processing", "request_payment"),
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole("button", { name: "Dừng xử lý" }, LOADED));
    await userEvent.type(canvas.getByRole("textbox", { name: "Lý do — Dừng xử lý" }), "Chờ xác minh");
    await userEvent.click(canvas.getByRole("button", { name: "Xác nhận" }));
    const message = await canvas.findByText(/nên “Dừng xử lý” chưa được thực hiện/, {}, LOADED);
    // The focus moves once the message is shown (an effect after the render that shows it).
    await waitFor(() => expect(message).toHaveFocus());
    await expect(canvas.getByRole("button", { name: "Thực hiện lại “Dừng xử lý”" })).toBeVisible();
  },
};

/** The dossier was finished elsewhere: the action no longer applies, and no retry is offered. */
export const StaleEtagActionGone: Story = {
  beforeEach: withStoryDossier(current, "processing", "finish"),
  play: async ({ canvas }) => {
    await userEvent.click(
      await canvas.findByRole("button", { name: "Yêu cầu thực hiện nghĩa vụ tài chính" }, LOADED),
    );
    const message = await canvas.findByText(/thao tác này không còn áp dụng/, {}, LOADED);
    await waitFor(() => expect(message).toHaveFocus());
    await expect(canvas.getByRole("button", { name: "Trả kết quả" })).toBeVisible();
  },
};

/** A returned dossier is final: nothing to do, said in words. */
export const Final: Story = {
  beforeEach: withStoryDossier(current, "returned"),
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText("Không có thao tác nào cho hồ sơ ở trạng thái này.", {}, LOADED),
    ).toBeVisible();
  },
};
