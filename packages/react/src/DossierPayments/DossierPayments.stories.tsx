import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn } from "storybook/test";
import {
  AWAITING_CONFIRMATION,
  BAD_FEES,
  BAD_REQUESTS,
  DOSSIER_CODE,
  LAND_TRANSFER_FEES,
  PAID,
} from "../internal/payments/fixtures";
import {
  dossierToPay,
  SimulatorPanel,
  withPaymentPlatform,
} from "../internal/payments/payments.story-support";
import { CONNECTED } from "../support/insights.story-support";
import { DossierPayments } from "./DossierPayments";

const meta = {
  title: "Widgets/DossierPayments",
  component: DossierPayments,
  tags: ["autodocs"],
  args: {
    dossierCode: DOSSIER_CODE,
    fees: LAND_TRANSFER_FEES,
    paymentRequests: [],
    onRequestPayment: fn(async () => ({ ok: true as const, id: "pay_00103" })),
    onConfirmPayment: fn(async () => ({ ok: true as const })),
    onOpenReceipt: fn(),
  },
  parameters: {
    docs: {
      description: {
        component:
          "The officer's view of a dossier's fees and obligations — amounts as the platform sent them, with their legal basis, payer and due date — the payment requests sent through the national payment platform with their live state and e-receipts, and the reconciliation of what the platform reports paid but the agency has not confirmed.",
      },
    },
  },
} satisfies Meta<typeof DossierPayments>;
export default meta;
type Story = StoryObj<typeof meta>;

export const LandTransfer: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole("checkbox", { name: /Lệ phí trước bạ/ }));
    await userEvent.click(canvas.getByRole("button", { name: "Gửi yêu cầu thanh toán" }));
    await expect(args.onRequestPayment).toHaveBeenCalledWith(["fee_2"]);
  },
};

export const AwaitingReconciliation: Story = {
  args: { paymentRequests: AWAITING_CONFIRMATION, dossierStatus: "awaiting_payment" },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/GD-20261126-0042/)).toBeVisible();
  },
};

export const Paid: Story = { args: { paymentRequests: PAID } };

export const BadData: Story = {
  args: { fees: BAD_FEES, paymentRequests: BAD_REQUESTS },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByText("Số tiền không hợp lệ").length).toBeGreaterThan(1);
  },
};

export const ReadOnly: Story = { args: { readOnly: true, paymentRequests: AWAITING_CONFIRMATION } };

export const Loading: Story = { args: { fees: undefined, paymentRequests: undefined, loading: true } };

export const Forbidden: Story = {
  args: { fees: undefined, paymentRequests: undefined, error: { status: 403 } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("alert")).toHaveTextContent("không có quyền");
  },
};

/** The sandbox's platform in the page, and the payment simulator: send a request, then pay, fail, expire, refund. */
export const ConnectedWithSimulator: Story = {
  args: { fees: undefined, paymentRequests: undefined, dossierCode: "" },
  argTypes: {
    confirmation: { control: "inline-radio", options: ["immediate", "delayed", "officer"] },
  } as never,
  parameters: CONNECTED,
  beforeEach: withPaymentPlatform,
  render: (args) => {
    const code = dossierToPay();
    const confirmation =
      (args as { confirmation?: "immediate" | "delayed" | "officer" }).confirmation ?? "officer";
    return (
      <>
        <DossierPayments dossierCode={code} />
        <SimulatorPanel dossierCode={code} confirmation={confirmation} />
      </>
    );
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findAllByRole("checkbox")).not.toHaveLength(0);
  },
};
