import type { Meta, StoryObj } from "@storybook/react-vite";
import { delay, http } from "msw";
import type {} from "msw-storybook-addon/csf3";
import { expect, waitFor } from "storybook/test";
import { STORY_API_URL, STORY_NOW } from "../support/storybook.story-support";
import { ComplaintThread, type ControlledComplaintThreadProps } from "./ComplaintThread";
import { connected, LocalThread, ofStatus, withNotes } from "./ComplaintThread.story-support";
import {
  ASSIGNEES,
  CATEGORIES,
  largeThread,
  OFFICER,
  open311IntakeEntry,
  previewUrl,
  ROUTING_NOTE,
  routedThread,
  sampleEntries,
  sampleFeedback,
  XSS_CORPUS,
} from "./fixtures";

const meta = {
  title: "Widgets/ComplaintThread",
  component: ComplaintThread,
  // Controlled stories keep the thread in local state, as a department's own data layer would.
  render: (args) => <LocalThread {...args} />,
  tags: ["autodocs"],
  args: {
    audience: "staff",
    feedback: sampleFeedback(),
    entries: sampleEntries(),
    categories: CATEGORIES,
    assignees: ASSIGNEES,
  },
  argTypes: {
    audience: { control: "inline-radio", options: ["staff", "citizen"] },
    readOnly: { control: "boolean" },
  },
  parameters: {
    now: STORY_NOW,
    docs: {
      description: {
        component: [
          "A citizen-feedback thread (phản ánh kiến nghị, hotline 1022). The header shows the code, category, channel,",
          "the reporter with personal data masked (also for staff), the location, the SLA countdown in working days,",
          "the status, the assignee and the rating. The timeline holds public replies, internal notes (dashed, amber,",
          'labelled "Ghi chú nội bộ") and activity rows. Staff must choose public reply or internal note for every',
          'post; citizens (`audience="citizen"`) never receive nor see internal notes. Connected with `feedbackId`',
          "inside a provider with a client, or controlled with `feedback`, `entries` and callbacks.",
        ].join(" "),
      },
    },
  },
} satisfies Meta<ControlledComplaintThreadProps>;

export default meta;
type Story = StoryObj<typeof meta>;

// --- Controlled --------------------------------------------------------------------------------------------

/** Staff view of a feedback in progress: notes, replies, activity, attachments, composer, assign. */
export const Staff: Story = {
  args: {
    attachmentUrl: (file) => (file.contentType.startsWith("image/") ? previewUrl() : undefined),
  },
  play: async ({ canvasElement, canvas }) => {
    const note = canvasElement.querySelector('[data-entry-type="internal_note"]');
    await expect(note).toHaveTextContent("Ghi chú nội bộ");
    await expect(canvas.getByText("còn 2 ngày làm việc")).toHaveAttribute("data-timeliness", "within_time");
    await expect(canvas.getByRole("img", { name: "Ảnh đính kèm: hien-truong.jpg" })).toBeVisible();
  },
};

/** The citizen's view of the same data: the internal note is not there, nor counted; replies are public only. */
export const Citizen: Story = {
  args: { audience: "citizen" },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole("list", { name: /Diễn biến xử lý/ })).toBeVisible();
    await expect(canvasElement.textContent).not.toContain("Ghi chú nội bộ");
    await expect(canvas.queryAllByRole("radio")).toHaveLength(0);
  },
};

/**
 * Filed by another system through Open311 (a FixMyStreet-style app, a kiosk): channel `open311`, the service
 * account as author, the answers to the service's questions and the media as a link — never an image loaded
 * from a host the platform does not know.
 */
export const FiledThroughOpen311: Story = {
  args: {
    feedback: sampleFeedback({ channel: "open311", status: "pending_assignment", assignee: null }),
    entries: [open311IntakeEntry()],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("Ứng dụng kết nối Open311")).toBeVisible();
    await expect(canvas.getByRole("link", { name: /img\.example\.vn/ })).toHaveAttribute(
      "href",
      "https://img.example.vn/den-duong.jpg",
    );
  },
};

/** Posting a public reply by keyboard: choose, type, Ctrl+Enter; the reply shows at once, then for good. */
export const PostReply: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole("radio", { name: /Trả lời công khai/ }));
    await userEvent.type(
      canvas.getByRole("textbox", { name: "Nội dung" }),
      "Đơn vị sẽ thay bóng đèn trong hôm nay.",
    );
    await userEvent.keyboard("{Control>}{Enter}{/Control}");
    await expect(canvasElement.querySelector('[data-delivery="sending"]')).not.toBeNull();
    await waitFor(() => expect(canvas.getByText("Đã gửi trả lời công khai.")).toBeInTheDocument(), {
      timeout: 3000,
    });
    const last = canvasElement.querySelector(".cqs-complaint-thread__timeline > li:last-child");
    await expect(last).toHaveAttribute("data-entry-type", "public_reply");
    await expect(last).toHaveTextContent("Đơn vị sẽ thay bóng đèn trong hôm nay.");
    await expect(canvas.getByRole("textbox", { name: "Nội dung" })).toHaveValue("");
  },
};

/** A post on its way: shown dashed with "Đang gửi…", the composer read-only until the platform answers. */
export const Sending: Story = {
  args: { onPostUpdate: () => new Promise(() => {}) },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole("radio", { name: /Ghi chú nội bộ/ }));
    await userEvent.type(canvas.getByRole("textbox", { name: "Nội dung" }), "Đã gọi Điện lực, chờ xe thang.");
    await userEvent.click(canvas.getByRole("button", { name: "Lưu ghi chú nội bộ" }));
    await expect(canvas.getByRole("button", { name: "Đang gửi…" })).toHaveAttribute("aria-disabled", "true");
  },
};

/** The platform refused the post: the reason, a reference for support, and the draft is still there. */
export const PostFailed: Story = {
  args: {
    onPostUpdate: async () => {
      throw Object.assign(new Error("HTTP 503"), { name: "ApiError", status: 503, requestId: "req_9d2c41" });
    },
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole("radio", { name: /Trả lời công khai/ }));
    await userEvent.type(canvas.getByRole("textbox", { name: "Nội dung" }), "Đã khắc phục.");
    await userEvent.keyboard("{Control>}{Enter}{/Control}");
    await expect(await canvas.findByRole("alert")).toHaveTextContent(
      "Nội dung bạn đã nhập vẫn được giữ nguyên.",
    );
    await expect(canvas.getByRole("textbox", { name: "Nội dung" })).toHaveValue("Đã khắc phục.");
  },
};

/** Submitting without choosing public or internal: the choice is asked for, nothing is sent. */
export const ChoiceRequired: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole("textbox", { name: "Nội dung" }), "Đã xử lý.");
    await userEvent.keyboard("{Control>}{Enter}{/Control}");
    await expect(canvas.getByRole("alert")).toHaveTextContent(
      "Hãy chọn gửi trả lời công khai hay lưu ghi chú nội bộ.",
    );
  },
};

/** A department may make "internal note" the default (never "public reply"). */
export const InternalByDefault: Story = { args: { defaultEntryType: "internal_note" } };

/** Waiting for assignment: assign to an officer, or reject with a reply. */
export const PendingAssignment: Story = {
  args: {
    feedback: sampleFeedback({ status: "pending_assignment", assignee: null }),
    entries: sampleEntries().slice(0, 2),
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: "Phân công cho" }), "u_331");
    await userEvent.click(canvas.getByRole("button", { name: "Phân công" }));
    await expect(await canvas.findByText("Đã phân công cho Nguyễn Thị Thu Hà.")).toBeInTheDocument();
  },
};

export const Overdue: Story = { args: { feedback: sampleFeedback({ dueAt: "2026-11-23T17:00:00+07:00" }) } };

/** Resolved and rated by the reporter; it can be reopened with a reason. */
export const ResolvedAndRated: Story = {
  args: { feedback: sampleFeedback({ status: "resolved", rating: 4 }) },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Mở lại phản ánh" }));
    await expect(canvas.getByRole("textbox", { name: "Lý do mở lại" })).toHaveFocus();
  },
};

/** Closed: the composer is disabled with the reason; reopening is offered. */
export const Closed: Story = {
  args: { feedback: sampleFeedback({ status: "closed", rating: 2 }) },
};

export const ReadOnly: Story = { args: { readOnly: true } };

export const EmptyThread: Story = { args: { entries: [] } };

export const EmptyThreadCitizen: Story = { args: { entries: [], audience: "citizen" } };

export const Loading: Story = { args: { feedback: undefined } };

export const LoadFailed: Story = {
  args: {
    feedback: undefined,
    error: Object.assign(new Error("HTTP 503"), { name: "ApiError", status: 503, requestId: "req_1b77" }),
    onRetry: () => {},
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("alert")).toHaveTextContent("Mã tra cứu lỗi: req_1b77");
    await expect(canvas.getByRole("button", { name: "Thử lại" })).toBeVisible();
  },
};

export const NotFound: Story = { args: { feedback: null } };

/**
 * 500 entries: the 30 most recent are rendered (mount time does not grow with the thread; see the README);
 * "Xem 30 cập nhật trước" reveals earlier pages and moves focus to the first revealed entry.
 */
export const LargeThread: Story = {
  args: { entries: largeThread(500) },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvas.getByRole("heading", { name: /Diễn biến xử lý/ })).toHaveTextContent("(500 mục)");
    const entries = () => canvasElement.querySelectorAll(".cqs-complaint-thread__timeline > li");
    await expect(entries()).toHaveLength(30);
    await userEvent.click(canvas.getByRole("button", { name: "Xem 30 cập nhật trước" }));
    await waitFor(() => expect(entries()).toHaveLength(60));
    await waitFor(() => expect(document.activeElement).toBe(entries()[0]));
    await expect(entries()[0]).toHaveAttribute("aria-posinset", "441");
  },
};

/** A citizen's long thread given staff data: no internal note nor `assigned` routing on any page. */
export const LargeThreadCitizen: Story = {
  args: { audience: "citizen", entries: routedThread(200), pageSize: 20 },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvas.getByRole("list", { name: /Diễn biến xử lý/ })).toBeVisible();
    for (let page = 0; page < 3; page++) {
      await expect(canvasElement.textContent).not.toContain("Ghi chú nội bộ");
      await expect(canvasElement.textContent).not.toContain(ROUTING_NOTE);
      await userEvent.click(canvas.getByRole("button", { name: "Xem 20 cập nhật trước" }));
    }
    await expect(canvasElement.textContent).not.toContain(ROUTING_NOTE);
  },
};

/** Data from a newer server or a broken one: unknown status, channel, rating and entry types show their raw codes. */
export const UnknownValues: Story = {
  args: {
    feedback: sampleFeedback({
      status: "escalated",
      channel: "tiktok",
      rating: "meh" as never,
      categoryCode: "an_ninh_trat_tu",
      reporter: undefined as never,
      dueAt: "not a date",
    }),
    entries: [
      ...sampleEntries().slice(0, 2),
      { id: "x1", entryType: "private_memo", body: "Một loại mục mới.", at: STORY_NOW, author: OFFICER },
      { id: "x2", entryType: "activity", activity: "merged", at: "??", author: OFFICER },
      null as never,
    ],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("escalated")).toHaveAttribute("data-status", "unknown");
    await expect(canvas.getByText("Mục chưa hỗ trợ: private_memo")).toBeVisible();
  },
};

/** Script, HTML, javascript: URLs, RTL overrides and very long words, in every typed field: shown as typed. */
export const UntrustedText: Story = {
  args: {
    feedback: sampleFeedback({ title: XSS_CORPUS[0] as string, description: XSS_CORPUS.join("\n") }),
    entries: XSS_CORPUS.map((body, index) => ({
      id: `xss_${index}`,
      entryType: index % 2 ? "internal_note" : "public_reply",
      body,
      at: STORY_NOW,
      author: { id: `x${index}`, name: body.slice(0, 40) },
      attachments: [{ id: `f${index}`, name: body, contentType: "application/pdf", size: 1200 }],
    })),
  },
  play: async ({ canvasElement }) => {
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect((window as { __cqsXss?: unknown }).__cqsXss).toBeUndefined();
    await expect(canvasElement.querySelectorAll("script, iframe, img, svg")).toHaveLength(0);
  },
};

export const English: Story = {
  globals: { locale: "en" },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("due in 2 working days")).toBeVisible();
  },
};

export const Dark: Story = { globals: { theme: "dark" } };

export const DarkCitizen: Story = { args: { audience: "citizen" }, globals: { theme: "dark" } };

// --- Connected to the mocks (msw) ---------------------------------------------------------------------------

const heading = { level: 2 } as const;
const slow = { timeout: 5000 };

/** Staff, connected: the seeded feedback from the sandbox data set, posting a reply through the client. */
export const ConnectedStaff: Story = {
  ...connected(withNotes),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await canvas.findByRole("list", { name: /Diễn biến xử lý/ }, slow);
    await expect(canvasElement.querySelector('[data-entry-type="internal_note"]')).toHaveTextContent(
      "Ghi chú nội bộ",
    );
    await userEvent.click(canvas.getByRole("radio", { name: /Trả lời công khai/ }));
    await userEvent.type(canvas.getByRole("textbox", { name: "Nội dung" }), "Tổ kỹ thuật đã xử lý xong.");
    await userEvent.keyboard("{Control>}{Enter}{/Control}");
    await waitFor(() => expect(canvas.getByText("Đã gửi trả lời công khai.")).toBeInTheDocument(), slow);
    await expect(
      canvasElement.querySelector(".cqs-complaint-thread__timeline > li:last-child"),
    ).toHaveTextContent("Tổ kỹ thuật đã xử lý xong.");
  },
};

/** Citizen, connected: the same feedback, fetched and cached without its internal notes. */
export const ConnectedCitizen: Story = {
  ...connected(withNotes),
  args: { audience: "citizen" },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByRole("list", { name: /Diễn biến xử lý/ }, slow)).toBeVisible();
    await expect(canvasElement.textContent).not.toContain("Ghi chú nội bộ");
  },
};

/** A closed feedback from the data set: reopen it, then the composer opens. */
export const ConnectedClosed: Story = {
  // A larger data set: the default officer's agency has a closed feedback in it.
  ...connected(ofStatus("closed"), { size: 200 }),
  play: async ({ canvas, userEvent }) => {
    await canvas.findByRole("heading", heading, slow);
    await userEvent.click(canvas.getByRole("button", { name: "Mở lại phản ánh" }));
    await userEvent.type(canvas.getByRole("textbox", { name: "Lý do mở lại" }), "Sự cố tái diễn.");
    await userEvent.click(canvas.getByRole("button", { name: "Xác nhận mở lại" }));
    await waitFor(() => expect(canvas.getByRole("textbox", { name: "Nội dung" })).toBeEnabled(), slow);
  },
};

export const ConnectedLoading: Story = {
  ...connected(withNotes, {
    before: [
      http.get(`${STORY_API_URL}/v1/feedback/:feedbackId`, async () => {
        await delay("infinite");
      }),
    ],
  }),
};

/** The first load fails (HTTP 500); Retry loads it. */
export const ConnectedLoadError: Story = {
  ...connected(withNotes, {
    scenarios: [{ name: "operation_error", operationId: "feedback.get", status: 500, times: 1 }],
  }),
  play: async ({ canvas, userEvent }) => {
    const alert = await canvas.findByRole("alert", {}, slow);
    await expect(alert).toHaveTextContent("Hệ thống đang gặp sự cố nên chưa tải được phản ánh.");
    await userEvent.click(canvas.getByRole("button", { name: "Thử lại" }));
    await canvas.findByRole("heading", heading, slow);
  },
};

export const ConnectedNotFound: Story = {
  ...connected(() => "fb_does_not_exist"),
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole("alert", {}, slow);
    await expect(alert).toHaveTextContent("Không tìm thấy phản ánh này");
  },
};

/** Posting fails once (HTTP 503): the draft stays; sending again goes through with the same idempotency key. */
export const ConnectedPostRetry: Story = {
  ...connected(withNotes, {
    scenarios: [{ name: "operation_error", operationId: "feedback.postUpdate", status: 503, times: 1 }],
  }),
  play: async ({ canvas, userEvent }) => {
    await canvas.findByRole("heading", heading, slow);
    await userEvent.click(canvas.getByRole("radio", { name: /Ghi chú nội bộ/ }));
    await userEvent.type(canvas.getByRole("textbox", { name: "Nội dung" }), "Đã nhắc đơn vị lần 2.");
    await userEvent.click(canvas.getByRole("button", { name: "Lưu ghi chú nội bộ" }));
    await expect(await canvas.findByRole("alert", {}, slow)).toHaveTextContent("vẫn được giữ nguyên");
    await userEvent.click(canvas.getByRole("button", { name: "Lưu ghi chú nội bộ" }));
    await waitFor(() => expect(canvas.getByText("Đã lưu ghi chú nội bộ.")).toBeInTheDocument(), slow);
  },
};
