// Sample fees and payment requests shared by the payment widgets' tests and stories (never shipped).
import type { FeeList, PaymentRequest } from "@chinhquyenso/client";

export const DOSSIER_CODE = "000.00.04.H29-261120-0007";

/** A land transfer: the agency's fee paid at intake, two obligations the tax authority assessed, still unpaid. */
export const LAND_TRANSFER_FEES: FeeList = {
  items: [
    {
      id: "fee_1",
      name: "Lệ phí giải quyết thủ tục hành chính",
      amount: 50_000,
      state: "paid",
      kind: "fee",
      payer: "applicant",
      legalBasis: "Thông tư 85/2019/TT-BTC; nghị quyết của HĐND cấp tỉnh quy định mức thu",
      noticeNumber: null,
      dueAt: null,
      paymentRequestId: null,
      receiptId: "rcp_00041",
    },
    {
      id: "fee_2",
      name: "Lệ phí trước bạ nhà, đất",
      amount: 12_500_000,
      state: "unpaid",
      kind: "registration_fee",
      payer: "transferee",
      legalBasis: "Thông báo nộp tiền của cơ quan thuế",
      noticeNumber: "TB-03311/LPTB",
      dueAt: "2026-11-30T17:00:00+07:00",
      paymentRequestId: null,
      receiptId: null,
    },
    {
      id: "fee_3",
      name: "Thuế thu nhập cá nhân từ chuyển nhượng bất động sản",
      amount: 50_000_000,
      state: "unpaid",
      kind: "personal_income_tax",
      payer: "transferor",
      legalBasis: "Thông báo nộp tiền của cơ quan thuế",
      noticeNumber: "TB-03311/TNCN",
      dueAt: "2026-11-30T17:00:00+07:00",
      paymentRequestId: null,
      receiptId: null,
    },
  ],
  // As the platform sent it: a widget shows it, never sums the items itself.
  total: 62_550_000,
  paid: 50_000,
};

/** A payment request of `DOSSIER_CODE` for the land transfer's two assessed obligations, with `overrides`. */
export const paymentRequest = (
  overrides: Partial<PaymentRequest> & Pick<PaymentRequest, "id" | "state">,
): PaymentRequest => ({
  dossierCode: DOSSIER_CODE,
  feeIds: ["fee_2", "fee_3"],
  amount: 62_500_000,
  paymentUrl: `https://thanhtoan.dichvucong.example/pay/${overrides.id}`,
  createdAt: "2026-11-25T10:00:00+07:00",
  expiresAt: "2026-11-28T10:00:00+07:00",
  paidAt: null,
  confirmedAt: null,
  refundedAt: null,
  receiptId: null,
  platform: { state: overrides.state, reportedAt: null, transactionId: null },
  ...overrides,
});

/** Paid on the platform this morning, not yet confirmed by the agency; an earlier attempt the bank refused. */
export const AWAITING_CONFIRMATION: PaymentRequest[] = [
  paymentRequest({
    id: "pay_00102",
    state: "pending",
    paidAt: "2026-11-26T08:12:00+07:00",
    platform: { state: "paid", reportedAt: "2026-11-26T08:12:00+07:00", transactionId: "GD-20261126-0042" },
  }),
  paymentRequest({
    id: "pay_00101",
    state: "failed",
    createdAt: "2026-11-24T10:00:00+07:00",
    expiresAt: "2026-11-27T10:00:00+07:00",
    failureReason: "Ngân hàng từ chối giao dịch",
    platform: { state: "failed", reportedAt: "2026-11-24T11:00:00+07:00", transactionId: null },
  }),
];

export const PENDING: PaymentRequest[] = [paymentRequest({ id: "pay_00102", state: "pending" })];

export const PAID: PaymentRequest[] = [
  paymentRequest({
    id: "pay_00102",
    state: "paid",
    paidAt: "2026-11-26T08:12:00+07:00",
    confirmedAt: "2026-11-26T08:40:00+07:00",
    receiptId: "rcp_00042",
    platform: { state: "paid", reportedAt: "2026-11-26T08:12:00+07:00", transactionId: "GD-20261126-0042" },
  }),
];

/** What a broken or newer platform may send: bad amounts, an unknown state, an unsafe payment URL. */
export const BAD_FEES = {
  items: [
    { ...LAND_TRANSFER_FEES.items[1], id: "fee_neg", name: "Khoản âm", amount: -20_000 },
    { ...LAND_TRANSFER_FEES.items[1], id: "fee_frac", name: "Khoản lẻ", amount: 1500.5 },
    {
      ...LAND_TRANSFER_FEES.items[1],
      id: "fee_new",
      name: "Khoản lạ",
      kind: "carbon_levy",
      state: "on_hold",
    },
  ],
  total: -1,
  paid: 0,
} as unknown as FeeList;

export const BAD_REQUESTS = [
  {
    ...PENDING[0],
    id: "pay_00999",
    state: "chargeback",
    amount: 12.5,
    paymentUrl: "javascript:alert(1)",
    platform: { state: "chargeback", reportedAt: null, transactionId: null },
  },
] as unknown as PaymentRequest[];
