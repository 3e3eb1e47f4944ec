import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor } from "storybook/test";
import { dropFiles, pdfFile, pngFile } from "../internal/upload/fixtures";
import { STORY_NOW } from "../support/storybook.story-support";
import { ComplaintThread, type ControlledComplaintThreadProps } from "./ComplaintThread";
import { LocalThread, SAMPLE_THREAD_ARGS } from "./ComplaintThread.story-support";
import type { PostUpdateHandler } from "./types";

const pdf = (name: string, size = 48_000) => pdfFile(name, size);

const meta = {
  title: "Widgets/ComplaintThread/Attachments",
  component: ComplaintThread,
  render: (args) => <LocalThread {...args} />,
  args: SAMPLE_THREAD_ARGS,
  parameters: {
    now: STORY_NOW,
    docs: {
      description: {
        component: [
          "The composer takes files by the file picker or by dropping them: the contract's limits",
          "(`x-upload-limits` of `feedback.postUpdate`) are written under the button and a refused file says why.",
          "Images show a thumbnail and need a description before sending. While a reply with files is on its way,",
          "each file shows its progress and can be cancelled; a failed send can be retried with the same",
          "idempotency key. The citizen's rating has its own stories (ComplaintThread/Rating).",
        ].join(" "),
      },
    },
  },
} satisfies Meta<ControlledComplaintThreadProps>;

export default meta;
type Story = StoryObj<typeof meta>;

/** No file yet: the picker, the drop zone and the contract's rules. */
export const AttachmentsEmpty: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button", { name: "Chọn tệp" })).toBeVisible();
    await expect(canvas.getByText(/Tối đa 10 tệp, mỗi tệp không quá 10 MB/)).toBeVisible();
  },
};

/** Files chosen: a thumbnail with its description, a PDF; both ready to go with the reply. */
export const AttachmentsReady: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    dropFiles(canvasElement, [pngFile("o-ga-truoc-nha-12.png"), pdf("bien-ban.pdf")]);
    await userEvent.type(
      await canvas.findByRole("textbox", { name: /Mô tả ảnh o-ga-truoc-nha-12.png/ }),
      "Ổ gà sâu trước nhà số 12",
    );
    await expect(canvas.getByRole("img", { name: "Ổ gà sâu trước nhà số 12" })).toBeVisible();
  },
};

/** Refused files: a type the contract does not list, a file over the limit — each with its reason. */
export const TooLarge: Story = {
  play: async ({ canvas, canvasElement }) => {
    dropFiles(canvasElement, [
      pdf("ho-so-scan.pdf", 10_000_001),
      new File(["x"], "ghi-chu.docx", { type: "application/msword" }),
    ]);
    const alert = await canvas.findByRole("alert");
    await expect(alert).toHaveTextContent("ho-so-scan.pdf: tệp lớn hơn 10 MB.");
    await expect(alert).toHaveTextContent("ghi-chu.docx: không nhận loại tệp này.");
  },
};

/** Sending without describing the image: the description field is marked and focused. */
export const ImageDescriptionMissing: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole("radio", { name: /Trả lời công khai/ }));
    await userEvent.type(canvas.getByRole("textbox", { name: "Nội dung" }), "Ảnh sau khi sửa.");
    dropFiles(canvasElement, [pngFile("sau-khi-sua.png")]);
    await userEvent.click(canvas.getByRole("button", { name: "Gửi trả lời công khai" }));
    await expect(await canvas.findByRole("alert")).toHaveTextContent("Hãy mô tả ảnh sau-khi-sua.png");
  },
};

const halfway: PostUpdateHandler = (update, meta) => {
  const size = (update.files ?? []).reduce((sum, file) => sum + file.size, 0);
  meta.onUploadProgress?.({ loaded: Math.round(size * 0.4), total: size });
  return new Promise(() => {});
};

/** A reply with files on its way: per-file progress and a cancel button for each file. */
export const Uploading: Story = {
  args: { onPostUpdate: halfway },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole("radio", { name: /Ghi chú nội bộ/ }));
    await userEvent.type(canvas.getByRole("textbox", { name: "Nội dung" }), "Biên bản và ảnh hiện trường.");
    dropFiles(canvasElement, [pdf("bien-ban.pdf"), pdf("phu-luc.pdf")]);
    await userEvent.click(await canvas.findByRole("button", { name: "Lưu ghi chú nội bộ" }));
    await waitFor(() => expect(canvas.getByRole("progressbar", { name: /bien-ban.pdf/ })).toHaveValue(80));
    await expect(canvas.getByRole("button", { name: "Hủy tải lên phu-luc.pdf" })).toBeVisible();
  },
};

/** The send failed: each file says so, with "Thử lại" (same idempotency key) and "Bỏ tệp". */
export const FailedFile: Story = {
  args: {
    onPostUpdate: async () => {
      throw Object.assign(new Error("HTTP 503"), { name: "ApiError", status: 503, requestId: "req_5be210" });
    },
  },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole("radio", { name: /Trả lời công khai/ }));
    await userEvent.type(canvas.getByRole("textbox", { name: "Nội dung" }), "Kèm công văn trả lời.");
    dropFiles(canvasElement, [pdf("cong-van-tra-loi.pdf")]);
    await userEvent.click(await canvas.findByRole("button", { name: "Gửi trả lời công khai" }));
    await expect(await canvas.findByRole("button", { name: "Thử lại cong-van-tra-loi.pdf" })).toBeVisible();
    await expect(canvas.getByText("Không tải lên được", { exact: true })).toBeVisible();
  },
};

export const AttachmentsDark: Story = {
  globals: { theme: "dark" },
  play: async ({ canvasElement }) => {
    dropFiles(canvasElement, [pngFile("anh.png"), pdf("van-ban.pdf")]);
  },
};
