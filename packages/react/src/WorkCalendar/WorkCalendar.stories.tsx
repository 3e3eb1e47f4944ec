import type { CalendarEvent } from "@chinhquyenso/client";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent } from "storybook/test";
import { expectAccessProblem, FORBIDDEN_ERROR, NOT_FOUND_ERROR } from "../support/access.story-support";
import { withPendingRequest, withSandbox } from "../support/sandbox.story-support";
import { STORY_NOW } from "../support/storybook.story-support";
import { WorkCalendar } from "./WorkCalendar";

/** The first story of a run also builds the seeded data set: allow it a few seconds. */
const LOADED = { timeout: 8000 };

const meta = {
  title: "Widgets/WorkCalendar",
  component: WorkCalendar,
  tags: ["autodocs"],
  parameters: {
    connected: true,
    now: STORY_NOW,
    docs: {
      description: {
        component:
          "The work schedule (lịch công tác) as a day or week agenda. Times are Vietnam time whatever the device's zone; events changed since `lastSeenAt` carry a “Mới thay đổi” label. Connected (from `calendar.listEvents`, refreshed by `calendar.changed` stream events) or controlled (`events`, `status`, `onRetry`).",
      },
    },
  },
  beforeEach: withSandbox(),
} satisfies Meta<typeof WorkCalendar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** This week of the seeded agency, from the sandbox. */
export const Week: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText("Tuần từ 23/11/2026 đến 29/11/2026")).toBeVisible();
    const mark = await canvas.findByText("(hôm nay)", { exact: false }, LOADED);
    await expect(mark.closest("h3")).toHaveTextContent("Thứ Năm, 26/11/2026 (hôm nay)");
    await expect(mark.closest("h3")).toHaveAttribute("aria-current", "date");
  },
};

export const Day: Story = { args: { defaultView: "day" } };

/** Keyboard: next week, then back to today. */
export const KeyboardNavigation: Story = {
  play: async ({ canvas }) => {
    await canvas.findByText("Tuần từ 23/11/2026 đến 29/11/2026");
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole("button", { name: "Tuần sau" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect(await canvas.findByText("Tuần từ 30/11/2026 đến 06/12/2026")).toBeVisible();
    await userEvent.keyboard("{Shift>}{Tab}{/Shift}{Enter}");
    await expect(await canvas.findByText("Tuần từ 23/11/2026 đến 29/11/2026")).toBeVisible();
  },
};

const fixture = (id: string, day: string, from: string, to: string, updatedAt: string, title: string) =>
  ({
    id,
    title,
    startsAt: `${day}T${from}:00+07:00`,
    endsAt: `${day}T${to}:00+07:00`,
    allDay: false,
    location: "Phòng họp số 1, UBND thành phố",
    chairperson: "Chủ tịch UBND thành phố",
    participants: ["Lãnh đạo các phòng chuyên môn"],
    preparedBy: "Văn phòng HĐND và UBND",
    agencyCode: "000.00.00.X74",
    updatedAt,
  }) satisfies CalendarEvent;

const CHANGED_WEEK: CalendarEvent[] = [
  fixture("e1", "2026-11-23", "07:30", "09:00", "2026-11-18T10:00:00+07:00", "Họp giao ban đầu tuần"),
  fixture("e2", "2026-11-24", "14:00", "16:30", "2026-11-25T16:20:00+07:00", "Làm việc với Sở Xây dựng"),
  fixture("e3", "2026-11-26", "08:00", "10:00", "2026-11-26T07:45:00+07:00", "Tiếp công dân định kỳ"),
  fixture("e4", "2026-11-27", "09:00", "11:00", "2026-11-19T09:00:00+07:00", "Hội nghị chuyển đổi số"),
];

/** Two events changed after the user last looked: labelled in words, listed in the summary. */
export const ChangedSinceLastSeen: Story = {
  parameters: { connected: false },
  args: { events: CHANGED_WEEK, defaultLastSeenAt: "2026-11-25T08:00:00+07:00" },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("2 lịch thay đổi từ lần xem trước")).toBeVisible();
    await expect(canvas.getAllByText("Mới thay đổi")).toHaveLength(2);
    await userEvent.click(canvas.getByRole("button", { name: "Đánh dấu đã xem" }));
    await expect(canvas.getByText("Không có thay đổi từ lần xem trước")).toBeVisible();
  },
};

export const Loading: Story = { beforeEach: withPendingRequest("/v1/calendar/events") };

export const Empty: Story = {
  beforeEach: withSandbox({ scenarios: ["empty"] }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText("Tuần này chưa có lịch công tác.", {}, LOADED)).toBeVisible();
  },
};

export const ErrorWithRetry: Story = {
  beforeEach: withSandbox({
    scenarios: [{ name: "operation_error", operationId: "calendar.listEvents", status: 503 }],
  }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole("alert", {}, LOADED)).toHaveTextContent(
      "Không tải được lịch công tác.",
    );
    await expect(canvas.getByRole("button", { name: "Thử lại" })).toBeVisible();
  },
};

const TITLES = [
  "Họp giao ban",
  "Tiếp công dân",
  "Kiểm tra công trình",
  "Hội nghị trực tuyến",
  "Làm việc với xã",
];

/** A busy week: 140 events (20 a day), as a large province's calendar can be. */
export const LargeWeek: Story = {
  parameters: { connected: false },
  args: {
    events: Array.from({ length: 140 }, (_, index) => {
      const day = `2026-11-${String(23 + (index % 7)).padStart(2, "0")}`;
      const hour = String(7 + (index % 10)).padStart(2, "0");
      return fixture(
        `big_${index}`,
        day,
        `${hour}:00`,
        `${hour}:45`,
        "2026-11-01T08:00:00+07:00",
        `${TITLES[index % TITLES.length]} (${index + 1})`,
      );
    }),
  },
};

/** Data a newer or broken server might send: unreadable times and a missing title show raw, nothing crashes. */
export const MalformedData: Story = {
  parameters: { connected: false },
  args: {
    events: [
      { ...fixture("m1", "2026-11-24", "08:00", "09:00", "x", ""), startsAt: "24/11/2026 08:00" },
      fixture("m2", "2026-11-25", "13:30", "15:00", "2026-11-01T00:00:00+07:00", "Họp chuyên đề"),
    ],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/24\/11\/2026 08:00/)).toBeVisible();
  },
};

export const Dark: Story = { globals: { theme: "dark" } };

export const English: Story = {
  globals: { locale: "en" },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText("Week of 23/11/2026 to 29/11/2026")).toBeVisible();
  },
};

export const ChangedDark: Story = { ...ChangedSinceLastSeen, globals: { theme: "dark" } };

/** 403: the signed-in principal may not see this (a designed state: no retry, it would change nothing). */
export const Forbidden: Story = {
  args: { events: [], status: "error", error: FORBIDDEN_ERROR },
  play: expectAccessProblem("forbidden"),
};

/** 404: not found, or another agency's — the platform answers both alike, so codes do not leak. */
export const NotFound: Story = {
  args: { events: [], status: "error", error: NOT_FOUND_ERROR },
  play: expectAccessProblem("not_found"),
};

export const ForbiddenEnglish: Story = { ...Forbidden, globals: { locale: "en" } };
