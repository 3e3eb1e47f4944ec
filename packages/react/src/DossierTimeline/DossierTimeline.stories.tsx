import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { type StoryDossier, withStoryDossier } from "../support/dossier.story-support";
import { withPendingRequest } from "../support/sandbox.story-support";
import { STORY_NOW } from "../support/storybook.story-support";
import { DossierTimeline } from "./DossierTimeline";
import {
  PAYMENT_HISTORY,
  PAYMENT_PAUSES,
  PAYMENT_REQUESTS,
  TIMELINE_HISTORY,
  TIMELINE_PAUSES,
  TIMELINE_SUPPLEMENT,
} from "./fixtures";

const LOADED = { timeout: 8000 };
const current: StoryDossier = { dossier: undefined };

const meta = {
  title: "Widgets/DossierTimeline",
  component: DossierTimeline,
  tags: ["autodocs"],
  parameters: {
    now: STORY_NOW,
    docs: {
      description: {
        component:
          "Every status change of a dossier, oldest first — when, which action, to which status, by whom, the comment (text, never HTML) — with the periods the clock stood still (supplement, payment, suspension: the contract's `pauses`) shaded and said in words, supplement requests with their deadline and the answers to them. Connected (`code`: `dossiers.history` and `dossiers.get`) or controlled (`history`, `pauses`, `supplementRequest`).",
      },
    },
  },
} satisfies Meta<typeof DossierTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Waited for documents, then for the fee, and suspended while waiting: two pauses, the second still open. */
export const WithPauses: Story = {
  args: { history: TIMELINE_HISTORY, pauses: TIMELINE_PAUSES, supplementRequest: TIMELINE_SUPPLEMENT },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("Đồng hồ dừng từ 10:00 17/11/2026 đến 08:30 20/11/2026")).toBeVisible();
    await expect(canvas.getByText("Đồng hồ đang dừng từ 14:00 24/11/2026")).toBeVisible();
    await expect(canvas.getByText("Hạn bổ sung: 24/11/2026")).toBeVisible();
    await expect(canvas.getByText("Trả lời yêu cầu bổ sung")).toBeVisible();
  },
};

/** Waited for its obligations: an attempt the bank refused, then paid; the agency confirmed it and it resumed. */
export const PaymentPause: Story = {
  args: { history: PAYMENT_HISTORY, pauses: PAYMENT_PAUSES, paymentRequests: PAYMENT_REQUESTS },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("Tạm dừng tính thời gian: chờ thực hiện nghĩa vụ tài chính")).toBeVisible();
    await expect(canvas.getByText("Đồng hồ dừng từ 14:00 24/11/2026 đến 08:40 26/11/2026")).toBeVisible();
    const lines = canvas
      .getAllByRole("listitem")
      .filter((item) => item.matches(".cqs-dossier-timeline__payment"))
      .map((line) => (line.textContent ?? "").replace(/\s+/g, " "));
    await expect(lines).toEqual([
      "Yêu cầu thanh toán lúc 14:05 24/11/2026: 62.500.000 ₫ — Thanh toán không thành công",
      "Yêu cầu thanh toán lúc 10:00 25/11/2026: 62.500.000 ₫ — Đã thanh toán",
    ]);
  },
};

export const Empty: Story = { args: { history: [], pauses: [] } };

export const LoadFailed: Story = { args: { history: [], status: "error", onRetry: () => {} } };

/** A dossier awaiting a supplement, from the sandbox. */
export const Connected: Story = {
  parameters: { connected: true },
  beforeEach: withStoryDossier(current, "awaiting_supplement"),
  render: (args) => <DossierTimeline {...args} code={current.dossier?.code ?? ""} />,
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/^Đồng hồ đang dừng từ/, {}, LOADED)).toBeVisible();
  },
};

export const Loading: Story = {
  parameters: { connected: true },
  beforeEach: withPendingRequest("/v1/dossiers/:code/history"),
  args: { code: "000.00.00.H29-261126-0001" },
};
