import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, waitFor } from "storybook/test";
import { dropFiles, pdfFile } from "../internal/upload/fixtures";
import { expectAccessProblem, FORBIDDEN_ERROR } from "../support/access.story-support";
import { STORY_NOW } from "../support/storybook.story-support";
import { EvidenceUploader } from "./EvidenceUploader";
import { apiErrorOf, STORED_DOCUMENTS } from "./fixtures";
import type { EvidenceUploadHandler, StoredDocumentReuseHandler } from "./types";

const pdf = (name: string, size = 120_000) => pdfFile(name, size);

const stored: EvidenceUploadHandler = async (input) => ({
  id: `att_${input.file.name}`,
  name: input.file.name,
  contentType: input.file.type,
  size: input.file.size,
  digitised: input.digitised,
  kind: input.kind,
  uploadedAt: STORY_NOW,
  sha256: input.sha256,
});

const meta = {
  title: "Widgets/EvidenceUploader",
  component: EvidenceUploader,
  tags: ["autodocs"],
  args: { dossierCode: "000.30.00.H29-261120-0001", onUpload: stored, onUploaded: fn() },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 640 }}>
        <Story />
      </div>
    ),
  ],
  parameters: {
    now: STORY_NOW,
    docs: {
      description: {
        component:
          "Uploads documents to a dossier (`dossiers.uploadAttachment`): several files by the picker or by dropping them, the contract's type and size limits (`x-upload-limits`), the SHA-256 of each file computed in the browser and checked by the platform (a mismatch is a 422 `hash_mismatch`), the **số hóa** flag per file, progress, cancel and retry per file. On a page served over plain http the browser has no Web Crypto: files go without a hash and the widget says so. Connected with the provider's client, or controlled with `onUpload`.",
      },
    },
  },
} satisfies Meta<typeof EvidenceUploader>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText("Chưa chọn tệp nào.")).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Chưa có tệp để tải lên" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
  },
};

export const Chosen: Story = {
  play: async ({ canvas, canvasElement }) => {
    dropFiles(canvasElement, [pdf("giay-khai-sinh.pdf"), pdf("to-khai.pdf")]);
    await expect(await canvas.findByRole("button", { name: "Tải lên 2 tệp" })).toBeVisible();
  },
};

export const Uploading: Story = {
  args: {
    onUpload: (input, meta) => {
      meta.onUploadProgress({ loaded: input.file.size * 0.6, total: input.file.size });
      return new Promise(() => {});
    },
  },
  play: async ({ canvas, canvasElement, userEvent }) => {
    dropFiles(canvasElement, [pdf("giay-khai-sinh.pdf")]);
    await userEvent.click(await canvas.findByRole("button", { name: "Tải lên 1 tệp" }));
    await waitFor(() => expect(canvas.getByRole("progressbar")).toHaveValue(60));
  },
};

export const Uploaded: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    dropFiles(canvasElement, [pdf("giay-khai-sinh.pdf")]);
    await userEvent.click(await canvas.findByRole("checkbox", { name: "Bản số hóa có giá trị pháp lý" }));
    await userEvent.click(canvas.getByRole("button", { name: "Tải lên 1 tệp" }));
    await expect(await canvas.findByText("Đã tải lên", { exact: true })).toBeVisible();
    await expect(canvas.getByText(/SHA-256: /)).toBeVisible();
  },
};

/** The platform found the bytes changed on the way (422 hash_mismatch): the file says so and can be retried. */
export const FailedFile: Story = {
  args: {
    onUpload: async () => {
      throw Object.assign(new Error("HTTP 422"), {
        name: "ApiError",
        status: 422,
        requestId: "req_91ab02",
        problem: { code: "hash_mismatch" },
      });
    },
  },
  play: async ({ canvas, canvasElement, userEvent }) => {
    dropFiles(canvasElement, [pdf("ban-sao-cccd.pdf")]);
    await userEvent.click(await canvas.findByRole("button", { name: "Tải lên 1 tệp" }));
    await expect(await canvas.findByRole("button", { name: "Thử lại ban-sao-cccd.pdf" })).toBeVisible();
    await expect(canvas.getByText(/mã băm không khớp/)).toBeVisible();
  },
};

export const TooLarge: Story = {
  play: async ({ canvas, canvasElement }) => {
    dropFiles(canvasElement, [
      pdf("ho-so-quet.pdf", 20_000_001),
      new File(["x"], "anh.gif", { type: "image/gif" }),
    ]);
    const alert = await canvas.findByRole("alert");
    await expect(alert).toHaveTextContent("ho-so-quet.pdf: tệp lớn hơn 20 MB.");
    await expect(alert).toHaveTextContent("anh.gif: không nhận loại tệp này.");
  },
};

const reused: StoredDocumentReuseHandler = async (input) => ({
  id: `att_r_${input.storedDocumentId}`,
  name: STORED_DOCUMENTS.find((item) => item.id === input.storedDocumentId)?.name,
  kind: input.kind,
  reusedFrom: input.storedDocumentId,
});

/** "Dùng lại giấy tờ đã nộp": the applicant's stored documents; one attached by reference, no upload. */
export const Reuse: Story = {
  args: { loadStoredDocuments: async () => STORED_DOCUMENTS, onReuse: reused, onReused: fn() },
  play: async ({ canvas, userEvent, args }) => {
    const list = await canvas.findByRole("region", { name: "Dùng lại giấy tờ đã nộp" });
    await expect(list).toHaveAttribute("data-state", "ready");
    // The second one is already attached (listed with attachedAs).
    const attached = canvas.getAllByRole("button", { name: "Đã đính kèm" });
    await expect(attached).toHaveLength(1);
    await expect(attached[0]).toHaveAttribute("aria-disabled", "true");
    const [first] = canvas.getAllByRole("button", { name: "Đính kèm" });
    await expect(first).toHaveAccessibleDescription("Giấy khai sinh");
    await userEvent.click(first as HTMLElement);
    await waitFor(() => expect(args.onReused).toHaveBeenCalledTimes(1));
    await expect(canvas.getAllByRole("button", { name: "Đã đính kèm" })).toHaveLength(2);
    await expect(canvas.getByText("Đã đính kèm Giấy khai sinh.")).toBeInTheDocument();
  },
};

export const ReuseLoading: Story = {
  args: { loadStoredDocuments: () => new Promise(() => {}), onReuse: reused },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole("status")).toHaveTextContent("Đang tải giấy tờ đã lưu…");
    await expect(canvas.getByRole("region", { name: "Dùng lại giấy tờ đã nộp" })).toHaveAttribute(
      "aria-busy",
      "true",
    );
  },
};

export const ReuseEmpty: Story = {
  args: { loadStoredDocuments: async () => [], onReuse: reused },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText("Người nộp chưa có giấy tờ nào trong kho dữ liệu.")).toBeVisible();
  },
};

/** The list failed (5xx): said once, with a retry. */
export const ReuseFailed: Story = {
  args: {
    loadStoredDocuments: async () => {
      throw apiErrorOf(503, "unavailable");
    },
    onReuse: reused,
  },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole("alert");
    await expect(alert).toHaveTextContent("Không tải được giấy tờ đã lưu.");
    await expect(canvas.getByRole("button", { name: "Thử lại" })).toBeVisible();
  },
};

/** 403: this principal may not see the citizen's store — the designed state, no retry. */
export const ReuseForbidden: Story = {
  args: {
    loadStoredDocuments: async () => {
      throw FORBIDDEN_ERROR;
    },
    onReuse: reused,
  },
  play: expectAccessProblem("forbidden"),
};

/** Attaching failed (409 already attached by someone else): the row says why and offers to try again. */
export const ReuseAttachFailed: Story = {
  args: {
    loadStoredDocuments: async () => STORED_DOCUMENTS,
    onReuse: async () => {
      throw apiErrorOf(409, "already_attached");
    },
  },
  play: async ({ canvas, userEvent }) => {
    const [first] = await canvas.findAllByRole("button", { name: "Đính kèm" });
    await userEvent.click(first as HTMLElement);
    await expect(await canvas.findByText(/Giấy tờ này đã được đính kèm vào hồ sơ/)).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Thử đính kèm lại" })).toBeVisible();
  },
};

export const English: Story = { globals: { locale: "en" } };

export const ReuseEnglish: Story = {
  args: { loadStoredDocuments: async () => STORED_DOCUMENTS, onReuse: reused },
  globals: { locale: "en" },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole("region", { name: "Reuse documents already submitted" }),
    ).toBeVisible();
    await expect(canvas.getAllByRole("button", { name: "Attach" })).toHaveLength(2);
  },
};

export const Dark: Story = {
  globals: { theme: "dark" },
  play: async ({ canvasElement }) => {
    dropFiles(canvasElement, [pdf("giay-khai-sinh.pdf")]);
  },
};
