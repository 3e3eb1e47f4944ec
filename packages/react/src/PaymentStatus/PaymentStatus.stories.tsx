import { DEFAULT_TOKENS } from "@chinhquyenso/mocks";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn } from "storybook/test";
import {
  AWAITING_CONFIRMATION,
  BAD_REQUESTS,
  DOSSIER_CODE,
  LAND_TRANSFER_FEES,
  PAID,
  PENDING,
} from "../internal/payments/fixtures";
import {
  dossierToPay,
  SimulatorPanel,
  storyStore,
  withPaymentPlatform,
} from "../internal/payments/payments.story-support";
import { CONNECTED } from "../support/insights.story-support";
import { STORY_API_URL } from "../support/storybook.story-support";
import { PaymentStatus } from "./PaymentStatus";

const meta = {
  title: "Widgets/PaymentStatus",
  component: PaymentStatus,
  tags: ["autodocs"],
  args: {
    dossierCode: DOSSIER_CODE,
    fees: LAND_TRANSFER_FEES,
    paymentRequests: PENDING,
    onOpenReceipt: fn(),
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 560 }}>
        <Story />
      </div>
    ),
  ],
  parameters: {
    docs: {
      description: {
        component:
          "The citizen's view of paying for their dossier: what is owed (as assessed, with its basis, payer and due date), the newest payment request in plain words with its live state and the link to the payment platform, and the e-receipts.",
      },
    },
  },
} satisfies Meta<typeof PaymentStatus>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Pending: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("link", { name: /Thanh toán trực tuyến/ })).toBeVisible();
  },
};
export const AwaitingConfirmation: Story = { args: { paymentRequests: AWAITING_CONFIRMATION } };
export const Paid: Story = { args: { paymentRequests: PAID } };
export const Failed: Story = { args: { paymentRequests: AWAITING_CONFIRMATION.slice(1) } };
export const UnknownState: Story = { args: { paymentRequests: BAD_REQUESTS } };
export const NothingYet: Story = { args: { fees: { items: [], total: 0, paid: 0 }, paymentRequests: [] } };
export const Loading: Story = { args: { fees: undefined, paymentRequests: undefined, loading: true } };
export const NotFound: Story = {
  args: { fees: undefined, paymentRequests: undefined, error: { status: 404 } },
};

/** Connected, with the simulator: the state changes live over the notification stream. */
export const ConnectedWithSimulator: Story = {
  parameters: CONNECTED,
  beforeEach: async (context) => {
    withPaymentPlatform(context as never);
    const record = storyStore().dossiers.get(dossierToPay());
    // The agency has sent a payment request for every unpaid fee.
    const feeIds = record?.fees.filter((fee) => fee.state === "unpaid").map((fee) => fee.id) ?? [];
    const response = await fetch(`${STORY_API_URL}/v1/dossiers/${record?.code}/payment-requests`, {
      method: "POST",
      headers: {
        // The stories' principal (the provider's client): the mocks refuse unknown tokens.
        authorization: `Bearer ${DEFAULT_TOKENS.officer}`,
        "content-type": "application/json",
        "idempotency-key": "story-payment-request-0001",
      },
      body: JSON.stringify({ feeIds }),
    });
    if (!response.ok) throw new Error(`story set-up: POST payment-requests answered ${response.status}`);
  },
  render: () => {
    const code = dossierToPayWithRequest();
    return (
      <>
        <PaymentStatus dossierCode={code} />
        <SimulatorPanel dossierCode={code} confirmation="immediate" />
      </>
    );
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/Đang chờ bạn thanh toán/)).toBeVisible();
  },
};

function dossierToPayWithRequest(): string {
  const agency = storyStore().currentUser.agencyCode;
  const record = [...storyStore().dossiers.values()].find(
    (item) =>
      item.agencyCode === agency &&
      item.paymentRequests.some((request) => request.id.startsWith("pay_") && request.state === "pending"),
  );
  return record?.code ?? "";
}
