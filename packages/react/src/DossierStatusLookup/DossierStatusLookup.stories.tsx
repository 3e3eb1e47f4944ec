import { dossierLookupPin } from "@chinhquyenso/mocks";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn } from "storybook/test";
import { storyStore, withPaymentPlatform } from "../internal/payments/payments.story-support";
import { CONNECTED } from "../support/insights.story-support";
import { DossierStatusLookup } from "./DossierStatusLookup";

const answer = {
  code: "000.00.04.H29-261120-0007",
  procedureName: "Chuyển nhượng, tặng cho quyền sử dụng đất",
  agencyName: "Văn phòng đăng ký đất đai",
  status: "awaiting_payment" as const,
  statusId: 6,
  receivedAt: "2026-11-20T09:00:00+07:00",
  dueAt: "2026-12-04T17:00:00+07:00",
  returnedAt: null,
  pausedAt: "2026-11-25T10:00:00+07:00",
  amountDue: 62_500_000,
};

const meta = {
  title: "Widgets/DossierStatusLookup",
  component: DossierStatusLookup,
  tags: ["autodocs"],
  args: { onLookup: fn() },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 640 }}>
        <Story />
      </div>
    ),
  ],
  parameters: {
    docs: {
      description: {
        component:
          "For citizen-facing pages: a dossier looked up by its code and the lookup PIN printed on the receipt, told in plain words — what is happening, what the citizen must do next, and the due date with its explanation. Only public fields are ever read from the answer.",
      },
    },
  },
} satisfies Meta<typeof DossierStatusLookup>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const InvalidInput: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Tra cứu" }));
    await expect(canvas.getByRole("textbox", { name: "Mã hồ sơ" })).toHaveAttribute("aria-invalid", "true");
    await expect(args.onLookup).not.toHaveBeenCalled();
  },
};

export const AwaitingPayment: Story = { args: { result: answer } };
export const AwaitingSupplement: Story = {
  args: { result: { ...answer, status: "awaiting_supplement", statusId: 5, amountDue: null } },
};
export const Returned: Story = {
  args: {
    result: {
      ...answer,
      status: "returned",
      statusId: 10,
      amountDue: null,
      pausedAt: null,
      returnedAt: "2026-12-03T10:00:00+07:00",
    },
  },
};
export const NotFound: Story = { args: { error: { status: 404 } } };
export const RateLimited: Story = { args: { error: { status: 429, retryAfter: 840 } } };
export const Searching: Story = { args: { loading: true, defaultCode: answer.code } };

/** Against the sandbox's platform in the page: the code and PIN of a seeded dossier. */
export const Connected: Story = {
  render: () => <DossierStatusLookup />,
  parameters: CONNECTED,
  beforeEach: withPaymentPlatform,
  play: async ({ canvas, userEvent }) => {
    const code = [...storyStore().dossiers.keys()][0] ?? "";
    await userEvent.type(canvas.getByRole("textbox", { name: "Mã hồ sơ" }), code);
    await userEvent.type(
      canvas.getByRole("textbox", { name: "Mã tra cứu" }),
      dossierLookupPin(storyStore(), code),
    );
    await userEvent.click(canvas.getByRole("button", { name: "Tra cứu" }));
    await expect(await canvas.findByRole("heading", { name: `Hồ sơ ${code}` })).toBeVisible();
  },
};
