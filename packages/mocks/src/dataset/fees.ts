// Fees and obligations of a generated dossier and its payment request, consistent with where the dossier got to.
// Amounts are data: the procedure's fee, and for transfers of land the obligations the tax authority assesses
// (derived from the code so that the random streams of the rest of the data set do not move).
import { HOUR_MS, hashString, isoOf } from "../util";
import type { SimulationResult } from "./dossier-simulation";
import type { ApiFee, ApiPaymentRequest } from "./types";

/** The basis of the agencies' own fees: the Ministry of Finance's circular on fees set by provincial councils. */
const FEE_BASIS = "Thông tư 85/2019/TT-BTC; nghị quyết của HĐND cấp tỉnh quy định mức thu";
const TAX_BASIS = "Thông báo nộp tiền của cơ quan thuế";

type Draft = Omit<ApiFee, "state" | "paymentRequestId" | "receiptId">;

/** A transfer of land (chuyển nhượng) also owes registration fee and personal income tax, as assessed. */
function obligationsOf(code: string, caseName: string, feeVnd: number): Draft[] {
  const own: Draft = {
    id: "fee_1",
    name: "Lệ phí giải quyết thủ tục hành chính",
    amount: feeVnd,
    kind: "fee",
    payer: "applicant",
    legalBasis: FEE_BASIS,
    noticeNumber: null,
    dueAt: null,
  };
  if (!/chuyển nhượng/i.test(caseName)) return [own];
  const hash = hashString(code);
  // A value of 0.8–4.8 billion VND: 0.5 % registration fee, 2 % income tax, in thousands as notices write them.
  const value = (800 + (hash % 4000)) * 1_000_000;
  const notice = `TB-${String(hash % 100000).padStart(5, "0")}`;
  return [
    own,
    {
      id: "fee_2",
      name: "Lệ phí trước bạ nhà, đất",
      amount: Math.round(value * 0.005),
      kind: "registration_fee",
      payer: "transferee",
      legalBasis: TAX_BASIS,
      noticeNumber: `${notice}/LPTB`,
      dueAt: null,
    },
    {
      id: "fee_3",
      name: "Thuế thu nhập cá nhân từ chuyển nhượng bất động sản",
      amount: Math.round(value * 0.02),
      kind: "personal_income_tax",
      payer: "transferor",
      legalBasis: TAX_BASIS,
      noticeNumber: `${notice}/TNCN`,
      dueAt: null,
    },
  ];
}

export function buildFees(
  code: string,
  caseName: string,
  feeVnd: number,
  sim: Pick<SimulationResult, "receivedAt" | "paymentRequest">,
  ids: { nextPayment(): string; nextReceipt(): string },
  nowMs: number,
): { fees: ApiFee[]; paymentRequests: ApiPaymentRequest[] } {
  if (feeVnd <= 0) return { fees: [], paymentRequests: [] };
  const drafts = obligationsOf(code, caseName, feeVnd);
  if (sim.paymentRequest === null) {
    // Paid at the counter on intake (the assessed obligations come later, with a payment request).
    const paidUpFront = sim.receivedAt !== null;
    return {
      fees: drafts.map((draft) => ({
        ...draft,
        state: paidUpFront && draft.kind === "fee" ? "paid" : "unpaid",
        paymentRequestId: null,
        receiptId: paidUpFront && draft.kind === "fee" ? ids.nextReceipt() : null,
      })),
      paymentRequests: [],
    };
  }
  const request = sim.paymentRequest;
  const paymentId = ids.nextPayment();
  const expiresAt = request.createdAt + 72 * HOUR_MS;
  const state = request.paidAt !== null ? "paid" : expiresAt < nowMs ? "expired" : "pending";
  const dueAt = isoOf(expiresAt);
  const fees: ApiFee[] = drafts.map((draft) => ({
    ...draft,
    dueAt,
    state: state === "pending" ? "pending" : state === "paid" ? "paid" : "unpaid",
    paymentRequestId: paymentId,
    receiptId: request.paidAt === null ? null : ids.nextReceipt(),
  }));
  const paidAt = request.paidAt === null ? null : isoOf(request.paidAt);
  return {
    fees,
    paymentRequests: [
      {
        id: paymentId,
        dossierCode: code,
        feeIds: fees.map((fee) => fee.id),
        amount: fees.reduce((sum, fee) => sum + fee.amount, 0),
        state,
        paymentUrl: `https://thanhtoan.dichvucong.example/pay/${paymentId}`,
        createdAt: isoOf(request.createdAt),
        expiresAt: dueAt,
        paidAt,
        confirmedAt: paidAt,
        refundedAt: null,
        receiptId: fees[0]?.receiptId ?? null,
        platform: {
          state,
          reportedAt: state === "pending" ? null : (paidAt ?? dueAt),
          transactionId: paidAt === null ? null : `GD-${paymentId}`,
        },
      },
    ],
  };
}
