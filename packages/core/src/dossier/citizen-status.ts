import { isOneOf, type LabelTable } from "../labels";
import { DOSSIER_CLOCK, DOSSIER_STATUSES, type DossierStatus } from "./status";

// What a citizen reads about their dossier on a public page (dossiers.lookupStatus): plain language, no
// internal vocabulary, and what they have to do next. Docs: docs/domain.md §1 (statuses 5, 6 and 8 stop the clock).

export const CITIZEN_STATUS_TEXTS: LabelTable<DossierStatus> = {
  registered: {
    vi: "Hồ sơ đã được gửi và đang chờ cơ quan tiếp nhận.",
    en: "Your application has been submitted and is waiting to be accepted.",
  },
  received: {
    vi: "Hồ sơ đã được tiếp nhận và sẽ được giải quyết.",
    en: "Your application has been accepted and will be processed.",
  },
  refused: {
    vi: "Hồ sơ không được tiếp nhận. Lý do được ghi trong phiếu từ chối gửi cho bạn.",
    en: "Your application was not accepted. The reason is in the refusal notice sent to you.",
  },
  processing: { vi: "Hồ sơ đang được cơ quan giải quyết.", en: "Your application is being processed." },
  awaiting_supplement: {
    vi: "Hồ sơ cần bổ sung giấy tờ. Việc giải quyết tạm dừng cho đến khi bạn bổ sung.",
    en: "Your application needs more documents. Processing is paused until you provide them.",
  },
  awaiting_payment: {
    vi: "Hồ sơ đang chờ bạn nộp phí, lệ phí hoặc nghĩa vụ tài chính. Việc giải quyết tạm dừng cho đến khi bạn nộp.",
    en: "Your application is waiting for you to pay its fees or obligations. Processing is paused until you pay.",
  },
  withdrawn: {
    vi: "Hồ sơ đã được rút theo yêu cầu của bạn.",
    en: "Your application was withdrawn at your request.",
  },
  suspended: {
    vi: "Việc giải quyết hồ sơ đang tạm dừng. Cơ quan sẽ thông báo lý do cho bạn.",
    en: "Processing of your application is suspended. The agency will tell you why.",
  },
  finished: {
    vi: "Hồ sơ đã giải quyết xong. Kết quả đang chờ bạn nhận.",
    en: "Your application has been processed. The result is ready for you.",
  },
  returned: { vi: "Kết quả đã được trả cho bạn.", en: "The result has been handed to you." },
};

/** What the citizen must do next. */
export const CITIZEN_NEXT_STEPS = ["none", "supplement", "pay", "collect_result"] as const;
export type CitizenNextStep = (typeof CITIZEN_NEXT_STEPS)[number];
export const CITIZEN_NEXT_STEP_LABELS: LabelTable<CitizenNextStep> = {
  none: { vi: "Bạn không cần làm gì thêm lúc này.", en: "Nothing is needed from you for now." },
  supplement: {
    vi: "Bổ sung giấy tờ theo phiếu yêu cầu bổ sung, hoàn thiện hồ sơ đã gửi cho bạn.",
    en: "Provide the documents listed in the supplement request sent to you.",
  },
  pay: {
    vi: "Nộp phí, lệ phí hoặc nghĩa vụ tài chính (trực tuyến trên Cổng Dịch vụ công hoặc tại bộ phận một cửa).",
    en: "Pay the fees or obligations (online on the public service portal, or at the one-stop desk).",
  },
  collect_result: {
    vi: "Nhận kết quả tại nơi đã đăng ký (bộ phận một cửa, bưu chính hoặc trực tuyến).",
    en: "Collect the result where you chose (the one-stop desk, by post or online).",
  },
};

const NEXT_STEPS: Partial<Record<DossierStatus, CitizenNextStep>> = {
  awaiting_supplement: "supplement",
  awaiting_payment: "pay",
  finished: "collect_result",
};

/** The citizen's next step in `status`; `none` for a status this version does not know. */
export function citizenNextStep(status: DossierStatus | (string & {})): CitizenNextStep {
  return (isOneOf(DOSSIER_STATUSES, status) && NEXT_STEPS[status]) || "none";
}

/** How the date shown to a citizen reads. */
export const CITIZEN_DUE_NOTES = ["appointment", "paused", "returned", "closed", "none"] as const;
export type CitizenDueNote = (typeof CITIZEN_DUE_NOTES)[number];
export const CITIZEN_DUE_NOTE_LABELS: LabelTable<CitizenDueNote> = {
  appointment: {
    vi: "Ngày hẹn trả kết quả, như trên giấy tiếp nhận hồ sơ và hẹn trả kết quả.",
    en: "The date the result is due, as on your receipt and appointment slip.",
  },
  paused: {
    vi: "Thời hạn đang tạm dừng: ngày hẹn sẽ lùi thêm đúng số ngày tạm dừng, tính khi hồ sơ được giải quyết tiếp.",
    en: "The clock is paused: the due date moves later by the time it stays paused, once processing resumes.",
  },
  returned: { vi: "Ngày đã trả kết quả.", en: "The date the result was handed over." },
  closed: {
    vi: "Hồ sơ đã kết thúc, không còn ngày hẹn.",
    en: "The application is closed; there is no due date.",
  },
  none: { vi: "Chưa có ngày hẹn trả kết quả.", en: "There is no due date yet." },
};

/** Which note explains the date a citizen sees for a dossier in `status`. */
export function citizenDueNote(input: {
  readonly status: DossierStatus | (string & {});
  readonly dueAt?: string | null;
  readonly returnedAt?: string | null;
}): CitizenDueNote {
  if (!isOneOf(DOSSIER_STATUSES, input.status)) return input.dueAt ? "appointment" : "none";
  const clock = DOSSIER_CLOCK[input.status];
  if (input.status === "returned") return input.returnedAt ? "returned" : "closed";
  if (clock === "closed") return "closed";
  if (!input.dueAt) return "none";
  return clock === "stopped" ? "paused" : "appointment";
}
