import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { expectAccessProblem, FORBIDDEN_ERROR, NOT_FOUND_ERROR } from "../support/access.story-support";
import { withPendingRequest, withSandbox } from "../support/sandbox.story-support";
import { STORY_NOW } from "../support/storybook.story-support";
import { MEETINGS, meetingFixture } from "./fixtures";
import { MeetingNotice } from "./MeetingNotice";

/** The first story of a run also builds the seeded data set: allow it a few seconds. */
const LOADED = { timeout: 8000 };

const meta = {
  title: "Widgets/MeetingNotice",
  component: MeetingNotice,
  tags: ["autodocs"],
  parameters: {
    connected: true,
    now: STORY_NOW,
    docs: {
      description: {
        component:
          "The next paperless meetings (phòng họp không giấy): time in Vietnam time, room, chair, agenda, documents to download, and the user's answer — attend, decline with a reason, or send a delegate. The answer shows at once and is rolled back, with a retry, if sending fails. Connected (`meetings.list`, `confirmAttendance`, `downloadDocument`) or controlled (`meetings`, `onConfirmAttendance`, `onDownloadDocument`).",
      },
    },
  },
  beforeEach: withSandbox(),
} satisfies Meta<typeof MeetingNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The user's next three meetings, from the sandbox. */
export const Upcoming: Story = {
  play: async ({ canvas }) => {
    const cards = await canvas.findAllByRole("article", {}, LOADED);
    await expect(cards.length).toBeGreaterThan(0);
  },
};

/** Every state of a meeting and of an answer, controlled. */
export const Controlled: Story = {
  parameters: { connected: false },
  args: { meetings: MEETINGS, limit: 4, onConfirmAttendance: fn(), onDownloadDocument: fn() },
};

/** Declining asks for a reason; the answer is sent through the sandbox. */
export const DeclineWithReason: Story = {
  args: { limit: 1 },
  play: async ({ canvas }) => {
    const card = await canvas.findByRole("article", {}, LOADED);
    await userEvent.click(within(card).getByRole("button", { name: "Báo vắng" }));
    await userEvent.click(within(card).getByRole("button", { name: "Gửi xác nhận" }));
    await expect(within(card).getByText("Nhập lý do vắng mặt.")).toBeVisible();
    await userEvent.type(within(card).getByRole("textbox", { name: "Lý do vắng mặt" }), "Đi công tác");
    await userEvent.click(within(card).getByRole("button", { name: "Gửi xác nhận" }));
    await expect(await within(card).findByText("Bạn đã báo vắng.")).toBeVisible();
  },
};

export const SendDelegate: Story = {
  ...Controlled,
  args: { meetings: [meetingFixture({ id: "m" })], onConfirmAttendance: fn() },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Cử người dự thay" }));
    await userEvent.type(canvas.getByRole("textbox", { name: "Họ tên người dự thay" }), "Nguyễn Thị Lan");
    await userEvent.click(canvas.getByRole("button", { name: "Gửi xác nhận" }));
    await expect(await canvas.findByText("Bạn cử Nguyễn Thị Lan dự thay.")).toBeVisible();
  },
};

/** The platform refuses the answer: it is rolled back, with a retry. */
export const AnswerFails: Story = {
  args: { limit: 1 },
  beforeEach: withSandbox({
    scenarios: [{ name: "operation_error", operationId: "meetings.confirmAttendance", status: 503 }],
  }),
  play: async ({ canvas }) => {
    const card = await canvas.findByRole("article", {}, LOADED);
    await userEvent.click(within(card).getByRole("button", { name: "Báo vắng" }));
    await userEvent.type(within(card).getByRole("textbox"), "Trùng lịch tiếp dân");
    await userEvent.click(within(card).getByRole("button", { name: "Gửi xác nhận" }));
    await expect(await canvas.findByRole("alert")).toHaveTextContent("Chưa gửi được xác nhận");
    await expect(within(card).getByRole("textbox")).toHaveValue("Trùng lịch tiếp dân");
  },
};

export const Loading: Story = { beforeEach: withPendingRequest("/v1/meetings") };

export const Empty: Story = {
  beforeEach: withSandbox({ scenarios: ["empty"] }),
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText("Không có cuộc họp nào trong 14 ngày tới.", {}, LOADED),
    ).toBeVisible();
  },
};

export const ErrorWithRetry: Story = {
  beforeEach: withSandbox({
    scenarios: [{ name: "operation_error", operationId: "meetings.list", status: 503 }],
  }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole("alert", {}, LOADED)).toHaveTextContent("Không tải được lịch họp.");
  },
};

/** A meeting with a long agenda and many documents. */
export const LargeMeeting: Story = {
  parameters: { connected: false },
  args: {
    onConfirmAttendance: fn(),
    onDownloadDocument: fn(),
    meetings: [
      meetingFixture({
        id: "big",
        agenda: Array.from({ length: 30 }, (_, index) => ({
          order: index + 1,
          title: `Nội dung ${index + 1}: báo cáo của đơn vị số ${index + 1}`,
          presenter: `Phòng chuyên môn ${index + 1}`,
        })),
        documents: Array.from({ length: 25 }, (_, index) => ({
          id: `doc_${index}`,
          name: `tai-lieu-${index + 1}.pdf`,
          contentType: "application/pdf",
          size: 50_000 * (index + 1),
        })),
      }),
    ],
  },
};

/** Unknown state and answer from a newer server: shown as raw codes. */
export const UnknownValues: Story = {
  parameters: { connected: false },
  args: {
    meetings: [
      meetingFixture({
        id: "odd",
        state: "postponed",
        attendance: { response: "maybe", delegateName: null, respondedAt: null },
      }),
    ],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("postponed")).toBeVisible();
    await expect(canvas.getByText("Trạng thái xác nhận: maybe")).toBeVisible();
  },
};

export const Dark: Story = { ...Controlled, globals: { theme: "dark" } };

export const English: Story = {
  ...Controlled,
  globals: { locale: "en" },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByText("You have not answered yet.").length).toBeGreaterThan(0);
  },
};

/** 403: the signed-in principal may not see this (a designed state: no retry, it would change nothing). */
export const Forbidden: Story = {
  args: { meetings: [], status: "error", error: FORBIDDEN_ERROR },
  play: expectAccessProblem("forbidden"),
};

/** 404: not found, or another agency's — the platform answers both alike, so codes do not leak. */
export const NotFound: Story = {
  args: { meetings: [], status: "error", error: NOT_FOUND_ERROR },
  play: expectAccessProblem("not_found"),
};

export const ForbiddenEnglish: Story = { ...Forbidden, globals: { locale: "en" } };
