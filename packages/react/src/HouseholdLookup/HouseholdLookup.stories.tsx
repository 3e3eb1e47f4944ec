import { DEFAULT_TOKENS } from "@chinhquyenso/mocks";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn } from "storybook/test";
import { CONNECTED, withMockPlatform } from "../support/insights.story-support";
import { HouseholdLookup } from "./HouseholdLookup";

// A citizen ID of the seeded sample data (seed 7): the applicant of a sample dossier, head of a household.
const SAMPLE_DETAIL = "00.41.X74-261120-0001";

const meta = {
  title: "Widgets/HouseholdLookup",
  component: HouseholdLookup,
  tags: ["autodocs"],
  args: { onLookup: fn(), onPurposeChange: fn() },
  parameters: {
    ...CONNECTED,
    // Lookups need `citizens:lookup`: the officer's deputy head (the sandbox's leader) holds it.
    token: DEFAULT_TOKENS.leader,
    docs: {
      description: {
        component:
          "Household lookup in the national population database for officers holding `citizens:lookup`. A lawful purpose (core's `LOOKUP_PURPOSES`, with their legal basis and effective date) and its detail come first: no request leaves without them. Results are masked (ID numbers, birth dates, the address); each field is revealed on purpose and only after the platform recorded the reveal. The officer's own trail of lookups and reveals sits underneath. Without the scope the widget says so before any lookup; a rate limit shows the wait.",
      },
    },
  },
} satisfies Meta<typeof HouseholdLookup>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The empty form and trail; try the lookup without a reason. */
export const Default: Story = {
  beforeEach: withMockPlatform(),
  play: async ({ canvas, userEvent }) => {
    await canvas.findByText("Chưa có lần tra cứu nào.");
    await userEvent.type(canvas.getByLabelText(/Số định danh cá nhân/), "074090001234");
    await userEvent.click(canvas.getByRole("button", { name: "Tra cứu" }));
    await expect(await canvas.findByText("Chọn mục đích tra cứu trước khi tra cứu.")).toBeVisible();
  },
};

/** A purpose chosen by the host (controlled), the detail typed, a lookup that finds nobody: audited anyway. */
export const NotFoundIsAudited: Story = {
  args: { defaultPurpose: "dossier_processing" },
  beforeEach: withMockPlatform(),
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText(/Căn cứ cụ thể/), SAMPLE_DETAIL);
    await userEvent.type(canvas.getByLabelText(/Số định danh cá nhân/), "079999999999");
    await userEvent.click(canvas.getByRole("button", { name: "Tra cứu" }));
    await expect(await canvas.findByText(/Không tìm thấy hộ gia đình/)).toBeVisible();
    await expect(await canvas.findByRole("cell", { name: "Không tìm thấy" })).toBeVisible();
  },
};

/** An officer without the lookup scope: told before any lookup, and offered no form. */
export const Forbidden: Story = {
  beforeEach: withMockPlatform({
    scenarios: [{ name: "operation_error", operationId: "citizens.lookupAudit", status: 403 }],
  }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/không có quyền tra cứu hộ gia đình/)).toBeVisible();
    await expect(canvas.queryByRole("button", { name: "Tra cứu" })).toBeNull();
  },
};

/** Too many lookups: the platform's 429 with its wait. */
export const RateLimited: Story = {
  args: { defaultPurpose: "residence_verification" },
  beforeEach: withMockPlatform({
    scenarios: [{ name: "operation_error", operationId: "citizens.lookupHousehold", status: 429 }],
  }),
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText(/Căn cứ cụ thể/), "Công văn 45/CAX về xác minh cư trú");
    await userEvent.type(canvas.getByLabelText(/Số định danh cá nhân/), "074090001234");
    await userEvent.click(canvas.getByRole("button", { name: "Tra cứu" }));
    await expect(await canvas.findByText(/thử lại sau 1 giây/)).toBeVisible();
  },
};

export const English: Story = {
  globals: { locale: "en" },
  beforeEach: withMockPlatform(),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText("No lookups yet.")).toBeVisible();
  },
};
