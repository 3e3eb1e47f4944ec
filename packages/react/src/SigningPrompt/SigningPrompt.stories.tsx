import type { Meta, StoryObj } from "@storybook/react-vite";
import { delay, HttpResponse, http } from "msw";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { STORY_API_URL, STORY_NOW } from "../support/storybook.story-support";
import { SigningPrompt } from "./SigningPrompt";
import {
  actionsEndingWith,
  BATCH_DOCUMENTS,
  body,
  click,
  clickFirst,
  connected,
  controlled,
  countdown,
  dialogNamed,
  failingActions,
  installPlatform,
  platformOf,
  STORY_DOCUMENTS,
  storyRequest,
  toConfirm,
} from "./SigningPrompt.story-support";
import type { SigningPlugin } from "./types";

const meta = {
  title: "Widgets/SigningPrompt",
  component: SigningPrompt,
  tags: ["autodocs"],
  args: {
    documents: STORY_DOCUMENTS,
    defaultOpen: true,
    onSigned: fn(),
    onCancelled: fn(),
    onOpenChange: fn(),
  },
  parameters: {
    layout: "fullscreen",
    now: STORY_NOW,
    docs: {
      story: { inline: false, iframeHeight: 720 },
      description: {
        component:
          "The digital-signing ceremony in a dialog (Radix): **review** the documents (number, subject, SHA-256 fingerprint of the content, where the signature goes under Decree 30) → **choose** the method (VGCA plugin when detected, otherwise install help; remote providers with their certificates) → **confirm** with a disclosure → **wait**: the provider's app with a live countdown (\"Mở ứng dụng SmartCA để xác nhận — còn 03:42\"), or a one-time code → **result**: success, or a distinct failure with the action that fixes it. One confirmation never creates two signing transactions (double click, retry, remount, network drop). Stories marked *connected* run against the mocks' stateful handlers; the others are *controlled* (data and actions as props).",
      },
    },
  },
} satisfies Meta<typeof SigningPrompt>;

export default meta;
type Story = StoryObj<typeof meta>;

// —— Closed ——————————————————————————————————————————————————————————————————————————————————————————————

/** What the page shows before the prompt opens: the host's own button is the trigger. */
export const Trigger: Story = {
  args: {
    ...controlled,
    actions: failingActions("failed"),
    defaultOpen: false,
    children: <button type="button">Ký số văn bản</button>,
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button", { name: "Ký số văn bản" })).toHaveAttribute(
      "aria-haspopup",
      "dialog",
    );
  },
};

// —— Review ——————————————————————————————————————————————————————————————————————————————————————————————

/** Step 1 (connected): documents from the platform; the fingerprint is computed from each downloaded PDF. */
export const Review: Story = {
  beforeEach: (context) => installPlatform(context),
  render: connected(),
  play: async () => {
    const dialog = await dialogNamed("Kiểm tra văn bản cần ký");
    await waitFor(
      () => expect(within(dialog).getAllByText(/^[0-9A-F]{4}( [0-9A-F]{4}){15}$/)).toHaveLength(2),
      {
        timeout: 8000,
      },
    );
  },
};

/** Issuance (ký ban hành): the seal goes over the left third of the signature; one document has no number yet. */
export const ReviewIssuance: Story = {
  args: { ...controlled, kind: "issuance", actions: failingActions("failed") },
};

/** A copy (ký sao): the organisation's signature at the top right of page 1. */
export const ReviewCopy: Story = {
  args: {
    ...controlled,
    kind: "copy",
    documents: STORY_DOCUMENTS.slice(0, 1),
    actions: failingActions("failed"),
  },
};

/** Large data: 50 documents, the most one request may carry, in one scrolling list. */
export const ReviewLargeBatch: Story = {
  args: { ...controlled, documents: BATCH_DOCUMENTS, actions: failingActions("failed") },
};

/** Empty: nothing selected to sign. */
export const NoDocuments: Story = {
  args: { ...controlled, documents: [], actions: failingActions("failed") },
  play: async () => {
    await expect(await body().findByRole("alert")).toHaveTextContent("Chưa chọn văn bản nào để ký.");
    await expect(body().getByRole("button", { name: "Tiếp tục" })).toHaveAttribute("aria-disabled", "true");
  },
};

/** More than one request may carry: the list must be split. */
export const TooManyDocuments: Story = {
  args: {
    ...controlled,
    documents: [...BATCH_DOCUMENTS, { id: "doc_2026_0999", subject: "Văn bản thứ 51" }],
    actions: failingActions("failed"),
  },
};

// —— Method ——————————————————————————————————————————————————————————————————————————————————————————————

/** Step 2, loading: the providers have not answered yet. */
export const MethodLoading: Story = {
  beforeEach: (context) =>
    installPlatform(context, {}, [
      http.get(`${STORY_API_URL}/v1/signing/providers`, () => delay("infinite")),
    ]),
  render: connected(),
  play: async () => {
    await click("button", "Tiếp tục");
    await dialogNamed("Chọn phương thức ký");
  },
};

/** Step 2, error: the providers could not be loaded — with a retry. */
export const MethodError: Story = {
  beforeEach: (context) =>
    installPlatform(context, {
      scenarios: [{ name: "operation_error", operationId: "signing.listProviders", status: 503, times: 100 }],
    }),
  render: connected(),
  play: async () => {
    await click("button", "Tiếp tục");
    await expect(await body().findByRole("alert")).toHaveTextContent(
      "Không tải được danh sách phương thức ký.",
    );
    await expect(body().getByRole("button", { name: "Thử lại" })).toBeVisible();
  },
};

/** Every provider is down: each says so, nothing can be chosen. */
export const MethodAllUnavailable: Story = {
  beforeEach: (context) => installPlatform(context, { scenarios: ["signing_unavailable"] }),
  render: connected(),
  play: async () => {
    await click("button", "Tiếp tục");
    await waitFor(() =>
      expect(body().getAllByText("Tạm thời không khả dụng").length).toBeGreaterThanOrEqual(3),
    );
  },
};

/** The VGCA plugin is not detected: install help and "check again"; SmartCA chosen shows its certificates. */
export const MethodPluginMissing: Story = {
  beforeEach: (context) => installPlatform(context),
  render: connected({ props: { detectPlugin: () => false } }),
  play: async () => {
    await click("button", "Tiếp tục");
    await expect(
      await body().findByText("Chưa phát hiện phần mềm ký số VGCA trên máy tính này."),
    ).toBeVisible();
    await click("radio", /VNPT SmartCA/);
    await expect(await body().findByText("Đã hết hạn")).toBeVisible();
  },
};

/** The plugin is detected: it can be chosen like any provider. */
export const MethodPluginDetected: Story = {
  beforeEach: (context) => installPlatform(context),
  render: connected({ props: { detectPlugin: () => true } }),
  play: async () => {
    await click("button", "Tiếp tục");
    await click("radio", /VGCA/);
    await waitFor(() => expect(body().getByRole("button", { name: "Tiếp tục" })).toBeEnabled());
  },
};

/** Step 3: what will be signed, with which certificate, and the disclosure. */
export const Confirm: Story = {
  args: { ...controlled, actions: failingActions("failed") },
  play: async () => {
    await toConfirm(/VNPT SmartCA/);
  },
};

// —— Waiting —————————————————————————————————————————————————————————————————————————————————————————————

/** Step 4 (connected): confirm in the SmartCA app, 3 min 42 s left (the platform's clock is stopped here). */
export const WaitingForApp: Story = {
  beforeEach: (context) => installPlatform(context, { clock: { now: () => Date.parse(STORY_NOW) } }),
  render: connected({ clock: 18_000, props: { pollInterval: 1000 } }),
  play: async () => {
    await toConfirm(/VNPT SmartCA/, /^CN=.*VNPT-CA/);
    await click("button", "Ký số");
    await expect(await countdown()).toHaveTextContent("Mở ứng dụng SmartCA để xác nhận — còn 03:42");
  },
};

/** Step 4 (connected): a one-time code, with its attempts and a resend countdown. */
export const WaitingForOtp: Story = {
  beforeEach: (context) =>
    installPlatform(context, {
      clock: { now: () => Date.parse(STORY_NOW) },
      scenarios: ["signing_needs_otp"],
    }),
  render: connected({ clock: 20_000 }),
  play: async () => {
    await toConfirm(/NEAC/);
    await click("button", "Ký số");
    const field = await body().findByLabelText("Mã OTP (6 chữ số)", {}, { timeout: 8000 });
    await expect(field).toHaveAttribute("autocomplete", "one-time-code");
    await expect(body().getByRole("button", { name: "Gửi lại mã sau 00:40" })).toBeDisabled();
  },
};

/** A wrong code: it says so, with the attempts left. */
export const WrongOtp: Story = {
  beforeEach: (context) =>
    installPlatform(context, {
      clock: { now: () => Date.parse(STORY_NOW) },
      scenarios: ["signing_needs_otp"],
    }),
  render: connected({ clock: 20_000 }),
  play: async () => {
    await toConfirm(/NEAC/);
    await click("button", "Ký số");
    await userEvent.type(
      await body().findByLabelText("Mã OTP (6 chữ số)", {}, { timeout: 8000 }),
      "111111{Enter}",
    );
    await expect(await body().findByText("Mã OTP không đúng.")).toBeVisible();
    await expect(body().getByText("Còn 2 lần thử")).toBeVisible();
  },
};

const slowPlugin = (signedBeforeHanging: number): SigningPlugin => {
  let calls = 0;
  return {
    detect: () => true,
    sign: () => {
      calls += 1;
      return calls <= signedBeforeHanging
        ? Promise.resolve(new Blob(["%PDF-1.7 signed"], { type: "application/pdf" }))
        : new Promise<Blob>(() => {});
    },
  };
};

/** Batch with the VGCA plugin (connected): one document signed, the second being signed, the third waiting. */
export const BatchProgress: Story = {
  beforeEach: (context) => installPlatform(context),
  render: connected({ count: 3, props: { plugin: slowPlugin(1) } }),
  play: async () => {
    await toConfirm(/VGCA/);
    await click("button", "Ký số");
    await expect(await body().findByText("Đã ký 1/3 văn bản", {}, { timeout: 8000 })).toBeVisible();
    await expect(body().getByText(/đang ký văn bản 2\/3/)).toBeVisible();
  },
};

/** The connection drops while waiting: the request is kept and polling goes on. */
export const ConnectionLost: Story = {
  beforeEach: (context) =>
    installPlatform(context, { clock: { now: () => Date.parse(STORY_NOW) } }, [
      http.get(`${STORY_API_URL}/v1/signing/requests/:id`, () => HttpResponse.error()),
    ]),
  render: connected({ clock: 18_000, props: { pollInterval: 300 } }),
  play: async () => {
    await toConfirm(/VNPT SmartCA/, /^CN=.*VNPT-CA/);
    await click("button", "Ký số");
    await expect(
      await body().findByText(
        "Mất kết nối — đang thử lại. Giao dịch ký vẫn được giữ nguyên.",
        {},
        { timeout: 8000 },
      ),
    ).toBeVisible();
  },
};

/** Cancel while a transaction is live asks first. */
export const CancelConfirmation: Story = {
  beforeEach: (context) => installPlatform(context, { clock: { now: () => Date.parse(STORY_NOW) } }),
  render: connected({ clock: 18_000 }),
  play: async () => {
    await toConfirm(/VNPT SmartCA/, /^CN=.*VNPT-CA/);
    await click("button", "Ký số");
    await click("button", "Hủy giao dịch");
    await expect(await body().findByRole("alertdialog", { name: "Hủy giao dịch ký?" })).toBeVisible();
  },
};

// —— Full flows (play functions) —————————————————————————————————————————————————————————————————————————

/** The full remote flow (connected): the signer confirms in the SmartCA app; the documents are signed. */
export const FullFlowRemote: Story = {
  beforeEach: (context) => installPlatform(context, { signing: { confirmAfterMs: 600_000 } }),
  render: connected({ clock: "platform", props: { pollInterval: 400 } }),
  play: async ({ args, id }) => {
    await toConfirm(/VNPT SmartCA/, /^CN=.*VNPT-CA/);
    await click("button", "Ký số");
    await expect(await countdown()).toHaveTextContent(/Mở ứng dụng SmartCA để xác nhận — còn 0[34]:\d\d/);
    // The signer confirms in the app (the mocks' simulated user, told to act now).
    const store = platformOf(id);
    for (const record of store?.signingRequests.values() ?? [])
      if (record.state === "awaiting_user") record.confirmAtMs = store?.now() ?? 0;
    await dialogNamed("Đã ký số thành công");
    await expect(body().getAllByText("Đã ký", { exact: true })).toHaveLength(2);
    await waitFor(() => expect(args.onSigned).toHaveBeenCalledTimes(1));
  },
};

/** The full OTP flow (connected): a wrong code, then the right one (123456 in the mocks). */
export const FullFlowOtp: Story = {
  beforeEach: (context) => installPlatform(context, { scenarios: ["signing_needs_otp"] }),
  render: connected({ clock: "platform" }),
  play: async ({ args }) => {
    await toConfirm(/NEAC/);
    await click("button", "Ký số");
    const field = await body().findByLabelText("Mã OTP (6 chữ số)", {}, { timeout: 8000 });
    await userEvent.type(field, "000000{Enter}");
    await expect(await body().findByText("Mã OTP không đúng.")).toBeVisible();
    await userEvent.type(field, "123456");
    await click("button", "Xác nhận");
    await dialogNamed("Đã ký số thành công");
    await waitFor(() => expect(args.onSigned).toHaveBeenCalledTimes(1));
  },
};

/** Success with "download" and "next document" offered by the host. */
export const Success: Story = {
  args: {
    ...controlled,
    onDownload: fn(),
    onNext: fn(),
    actions: actionsEndingWith(
      storyRequest({
        state: "completed",
        completedAt: "2026-11-26T09:02:10+07:00",
        items: STORY_DOCUMENTS.map((document, index) => ({
          source: "document",
          documentId: document.id,
          format: "pades",
          signedFileId: `sf_${index}`,
        })),
      }),
    ),
    pollInterval: 200,
  },
  play: async () => {
    await toConfirm(/VNPT SmartCA/);
    await click("button", "Ký số");
    await dialogNamed("Đã ký số thành công");
    await expect(body().getByRole("button", { name: "Tải văn bản đã ký" })).toBeVisible();
  },
};

// —— Themes and languages ———————————————————————————————————————————————————————————————————————————————

export const ReviewDark: Story = { ...ReviewIssuance, globals: { theme: "dark" } };
export const MethodDark: Story = { ...MethodPluginMissing, globals: { theme: "dark" } };
export const WaitingDark: Story = { ...WaitingForApp, globals: { theme: "dark" } };
export const OtpDark: Story = { ...WrongOtp, globals: { theme: "dark" } };
export const SuccessDark: Story = { ...Success, globals: { theme: "dark" } };

export const ReviewEnglish: Story = {
  ...ReviewIssuance,
  globals: { locale: "en" },
  play: async () => {
    await dialogNamed("Check the documents to sign");
  },
};

/** English, connected: "Open the SmartCA app to confirm — 03:42 left". */
export const WaitingEnglish: Story = {
  ...WaitingForApp,
  globals: { locale: "en" },
  play: async () => {
    await click("button", "Continue");
    await click("radio", /VNPT SmartCA/);
    await clickFirst("radio", /^CN=.*VNPT-CA/);
    await click("button", "Continue");
    await click("button", "Sign");
    await expect(await countdown()).toHaveTextContent("Open the SmartCA app to confirm — 03:42 left");
  },
};
