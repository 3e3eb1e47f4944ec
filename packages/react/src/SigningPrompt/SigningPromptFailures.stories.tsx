import type { Meta, StoryObj } from "@storybook/react-vite";
import { HttpResponse, http } from "msw";
import { expect, fn, userEvent } from "storybook/test";
import { FORBIDDEN_ERROR } from "../support/access.story-support";
import { STORY_API_URL, STORY_NOW } from "../support/storybook.story-support";
import { SigningError } from "./errors";
import { SigningPrompt } from "./SigningPrompt";
import {
  actionsEndingWith,
  body,
  click,
  connected,
  controlled,
  dialogNamed,
  failingActions,
  installPlatform,
  STORY_DOCUMENTS,
  storyRequest,
  toConfirm,
} from "./SigningPrompt.story-support";

const meta = {
  title: "Widgets/SigningPrompt failures",
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
      story: { inline: false, iframeHeight: 600 },
      description: {
        component:
          "Every way a signing can fail, each with its own words and the action that fixes it: sign again (a new request) after a refusal or an expiry, choose another certificate, install the plugin, try again with the **same** request after a lost connection. Unknown error codes are shown raw, for support. *Connected* stories run against the mocks' stateful handlers.",
      },
    },
  },
} satisfies Meta<typeof SigningPrompt>;

export default meta;
type Story = StoryObj<typeof meta>;

async function failWith(provider: RegExp, text: string | RegExp) {
  await toConfirm(provider);
  await click("button", "Ký số");
  await expect(await body().findByRole("alert", {}, { timeout: 8000 })).toHaveTextContent(text);
}

/** The signer declined in the app (connected): sign again sends a new request. */
export const FailureRejected: Story = {
  beforeEach: (context) =>
    installPlatform(context, { scenarios: ["signing_rejected"], signing: { confirmAfterMs: 300 } }),
  render: connected({ clock: "platform", props: { pollInterval: 300 } }),
  play: async () => {
    await failWith(/Viettel MySign/, "Bạn đã từ chối ký trên ứng dụng.");
    await expect(body().getByRole("button", { name: "Ký lại" })).toBeVisible();
  },
};

/** Not confirmed in time (connected): "Reauthorise and retry" creates a new intent. */
export const FailureExpired: Story = {
  beforeEach: (context) =>
    installPlatform(context, { scenarios: [{ name: "signing", outcome: "expire", transactionSeconds: 1 }] }),
  render: connected({ clock: "platform", props: { pollInterval: 300 } }),
  play: async () => {
    await failWith(/Viettel MySign/, "Giao dịch ký đã hết hạn. Vui lòng ký lại.");
    await expect(body().getByRole("button", { name: "Xác thực lại và ký" })).toBeVisible();
  },
};

/** Too many wrong codes (connected): the request is locked; sign again for a new code. */
export const FailureOtpAttemptsExceeded: Story = {
  beforeEach: (context) =>
    installPlatform(context, { scenarios: ["signing_needs_otp"], signing: { otpAttempts: 1 } }),
  render: connected({ clock: "platform" }),
  play: async () => {
    await toConfirm(/NEAC/);
    await click("button", "Ký số");
    await userEvent.type(
      await body().findByLabelText("Mã OTP (6 chữ số)", {}, { timeout: 8000 }),
      "000000{Enter}",
    );
    await expect(await body().findByRole("alert")).toHaveTextContent("Đã nhập sai OTP quá số lần cho phép.");
  },
};

/** The certificate expired at the provider: choose another. */
export const FailureCertificateExpired: Story = {
  args: { ...controlled, actions: failingActions("certificate_expired") },
  play: async () => {
    await failWith(/VNPT SmartCA/, "Chứng thư số đã hết hạn.");
    await expect(body().getByRole("button", { name: "Chọn chứng thư khác" })).toBeVisible();
  },
};

/** The certificate was revoked: choose another. */
export const FailureCertificateRevoked: Story = {
  args: { ...controlled, actions: failingActions("certificate_revoked") },
  play: async () => failWith(/NEAC/, "Chứng thư số đã bị thu hồi."),
};

/** The plugin stopped answering while signing: install help, or another method. */
export const FailurePluginMissing: Story = {
  args: {
    ...controlled,
    plugin: { detect: () => true, sign: () => Promise.reject(new SigningError("plugin_missing")) },
    actions: {
      ...actionsEndingWith(storyRequest()),
      uploadSigned: () => Promise.resolve(storyRequest({ provider: "vgca" })),
      createRequest: () =>
        Promise.resolve(
          storyRequest({
            provider: "vgca",
            plugin: { function: "vgca_sign_approved", fileUrl: "https://files.example/signing/sig_story_01" },
          }),
        ),
    },
  },
  play: async () => {
    await failWith(/VGCA/, "Chưa cài đặt hoặc chưa chạy phần mềm ký số VGCA.");
    await expect(body().getByRole("link", { name: "Tải phần mềm ký số VGCA" })).toBeVisible();
  },
};

/** The platform could not be reached (connected): "try again" reuses the same request — no new transaction. */
export const FailureNetworkLost: Story = {
  beforeEach: (context) =>
    installPlatform(context, {}, [
      http.post(`${STORY_API_URL}/v1/signing/requests`, () => HttpResponse.error()),
    ]),
  render: connected(),
  play: async () => {
    await failWith(/Viettel MySign/, "Mất kết nối tới hệ thống.");
    await expect(body().getByRole("button", { name: "Thử lại" })).toBeVisible();
  },
};

/** The provider is down (connected, 502): try again, or choose another method. */
export const FailureProviderUnavailable: Story = {
  beforeEach: (context) =>
    installPlatform(context, {
      scenarios: [{ name: "operation_error", operationId: "signing.createRequest", status: 502, times: 100 }],
    }),
  render: connected(),
  play: async () => failWith(/Viettel MySign/, "Dịch vụ ký số tạm thời không khả dụng."),
};

/** The agency's signing service is misconfigured: support, or another method. */
export const FailureInvalidCredentials: Story = {
  args: { ...controlled, actions: failingActions("invalid_credentials") },
  play: async () => failWith(/VNPT SmartCA/, "Thông tin kết nối dịch vụ ký số không hợp lệ."),
};

/** The document was signed or recalled meanwhile: nothing left to sign, so no "sign again" is offered. */
export const FailureDocumentNotAwaitingSignature: Story = {
  args: { ...controlled, actions: failingActions("document_not_awaiting_signature") },
  play: async () => {
    await failWith(/VNPT SmartCA/, "Văn bản không ở trạng thái chờ ký số");
    await expect(body().queryByRole("button", { name: "Ký lại" })).toBeNull();
  },
};

/** An error this version does not know: its raw code is shown, for support. */
export const FailureUnknownCode: Story = {
  args: { ...controlled, actions: failingActions("hsm_on_fire") },
  play: async () => failWith(/VNPT SmartCA/, "Ký số không thành công (mã lỗi: hsm_on_fire)."),
};

/** The request was cancelled elsewhere (another tab, the provider). */
export const CancelledElsewhere: Story = {
  args: {
    ...controlled,
    actions: actionsEndingWith(storyRequest({ state: "cancelled" })),
    pollInterval: 200,
  },
  play: async () => {
    await toConfirm(/VNPT SmartCA/);
    await click("button", "Ký số");
    await dialogNamed("Đã hủy giao dịch ký");
  },
};

// —— Themes and languages ———————————————————————————————————————————————————————————————————————————————

export const FailureDark: Story = { ...FailureCertificateExpired, globals: { theme: "dark" } };

export const FailureEnglish: Story = {
  args: { ...controlled, actions: failingActions("transaction_expired") },
  globals: { locale: "en" },
  play: async () => {
    await click("button", "Continue");
    await click("radio", /VNPT SmartCA/);
    await click("button", "Continue");
    await click("button", "Sign");
    await expect(await body().findByRole("alert")).toHaveTextContent("The signing transaction expired.");
    await expect(body().getByRole("button", { name: "Reauthorise and retry" })).toBeVisible();
  },
};

/** Controlled actions whose create call meets another open request (409 `signing_request_open`), held by `name`. */
function actionsMeetingOpenRequest(requestedBy: { name: string; isYou: boolean }) {
  const open = storyRequest({ id: "sig_story_open", requestedBy });
  const conflict = Object.assign(new Error("conflict"), {
    name: "ApiError",
    status: 409,
    problem: {
      type: "about:blank",
      title: "Signing request already open",
      status: 409,
      code: "signing_request_open",
      openRequestId: open.id,
      openRequestState: "awaiting_user",
      documentIds: open.items.map((item) => item.documentId),
    },
  });
  return {
    createRequest: () => Promise.reject(conflict),
    getRequest: () => Promise.resolve(open),
    confirm: () => new Promise<never>(() => {}),
    cancel: () => Promise.resolve({ ...open, state: "cancelled" }),
  };
}

/** Another officer already has these documents open for signing: the prompt follows theirs, with no cancel. */
export const JoinedAnotherOfficer: Story = {
  args: { ...controlled, actions: actionsMeetingOpenRequest({ name: "Lê Văn Cường", isYou: false }) },
  play: async () => {
    await toConfirm(/VNPT SmartCA/);
    await click("button", "Ký số");
    await expect(await body().findByText(/Lê Văn Cường đang ký văn bản này\./)).toBeVisible();
    await expect(body().queryByRole("button", { name: "Hủy giao dịch" })).toBeNull();
  },
};

/** The user's own request from another tab: followed, and the user may cancel it here. */
export const JoinedYourOtherTab: Story = {
  args: { ...controlled, actions: actionsMeetingOpenRequest({ name: "Trần Thị Bình", isYou: true }) },
  play: async () => {
    await toConfirm(/VNPT SmartCA/);
    await click("button", "Ký số");
    await expect(await body().findByText(/do bạn mở ở thẻ hoặc thiết bị khác/)).toBeVisible();
    await expect(body().getByRole("button", { name: "Hủy giao dịch" })).toBeVisible();
  },
};

export const JoinedAnotherOfficerEnglish: Story = {
  ...JoinedAnotherOfficer,
  globals: { locale: "en" },
  play: async () => {
    await click("button", "Continue");
    await click("radio", /VNPT SmartCA/);
    await click("button", "Continue");
    await click("button", "Sign");
    await expect(await body().findByText(/Lê Văn Cường is signing these documents\./)).toBeVisible();
  },
};

/** 403: the principal may not sign (a citizen, a token without `signing`): the designed state, no retry. */
export const FailureForbidden: Story = {
  args: {
    ...controlled,
    actions: {
      ...failingActions("unused"),
      createRequest: () => Promise.reject(FORBIDDEN_ERROR),
    },
  },
  play: async () => {
    await failWith(/VNPT SmartCA/, "Bạn không có quyền xem nội dung này.");
    await expect(body().queryByRole("button", { name: "Thử lại" })).toBeNull();
  },
};
