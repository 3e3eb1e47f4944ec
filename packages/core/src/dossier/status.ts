import type { LabelTable } from "../labels";

/** Dossier statuses in id order: the id of a status is its index + 1 (docs/domain.md §1, TrangThaiHoSo.cs). */
export const DOSSIER_STATUSES = [
  "registered",
  "received",
  "refused",
  "processing",
  "awaiting_supplement",
  "awaiting_payment",
  "withdrawn",
  "suspended",
  "finished",
  "returned",
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

export const DOSSIER_STATUS_LABELS: LabelTable<DossierStatus> = {
  registered: { vi: "Mới đăng ký", en: "Registered" },
  received: { vi: "Được tiếp nhận", en: "Received" },
  refused: { vi: "Không được tiếp nhận", en: "Not accepted" },
  processing: { vi: "Đang xử lý", en: "Processing" },
  awaiting_supplement: { vi: "Yêu cầu bổ sung giấy tờ", en: "Awaiting additional documents" },
  awaiting_payment: {
    vi: "Yêu cầu thực hiện nghĩa vụ tài chính",
    en: "Awaiting payment of fees and charges",
  },
  withdrawn: { vi: "Công dân yêu cầu rút hồ sơ", en: "Withdrawn at the applicant's request" },
  suspended: { vi: "Dừng xử lý", en: "Suspended" },
  finished: { vi: "Đã xử lý xong (chờ trả)", en: "Processed (result awaiting return)" },
  returned: { vi: "Đã trả kết quả", en: "Result returned" },
};

/**
 * What the clock does in each status (glossary "clock" column): `running` counts towards the due date,
 * `stopped` pushes it back, `closed` (refused, withdrawn) and `finished` end it. [I] That time spent waiting for
 * the applicant (supplement, payment) does not count is the practice of the vendor source (docs/domain.md §1) and of
 * Decree 61/2018; the matching article of Decree 118/2025, which replaced it, is not confirmed here (§7).
 */
export type ClockState = "running" | "stopped" | "closed" | "finished";

export const DOSSIER_CLOCK: Readonly<Record<DossierStatus, ClockState>> = {
  registered: "running",
  received: "running",
  refused: "closed",
  processing: "running",
  awaiting_supplement: "stopped",
  awaiting_payment: "stopped",
  withdrawn: "closed",
  suspended: "stopped",
  finished: "finished",
  returned: "finished",
};

function clockOf(status: string): ClockState | undefined {
  return Object.hasOwn(DOSSIER_CLOCK, status) ? DOSSIER_CLOCK[status as DossierStatus] : undefined;
}

/** Awaiting supplement, awaiting payment and suspended stop the clock. False for unknown statuses. */
export function stopsClock(status: DossierStatus | (string & {})): boolean {
  return clockOf(status) === "stopped";
}

/** Still being handled: the clock is running or stopped. False for unknown statuses. */
export function isOpenStatus(status: DossierStatus | (string & {})): boolean {
  const clock = clockOf(status);
  return clock === "running" || clock === "stopped";
}

/** Processed: finished (awaiting return) or returned. False for unknown statuses. */
export function isFinishedStatus(status: DossierStatus | (string & {})): boolean {
  return clockOf(status) === "finished";
}

/** The status with this numeric id (1–10), or `undefined`. */
export function dossierStatusFromId(id: number | string): DossierStatus | undefined {
  const index = Number(id) - 1;
  return Number.isInteger(index) ? DOSSIER_STATUSES[index] : undefined;
}

/** The numeric id (1–10) of a status, or `undefined` for an unknown one. */
export function dossierStatusId(status: DossierStatus | (string & {})): number | undefined {
  const index = (DOSSIER_STATUSES as readonly string[]).indexOf(status);
  return index < 0 ? undefined : index + 1;
}

/** The statuses that stop the clock: what a pause on a timeline is for. */
export const CLOCK_PAUSE_STATUSES = ["awaiting_supplement", "awaiting_payment", "suspended"] as const;
export type ClockPauseStatus = (typeof CLOCK_PAUSE_STATUSES)[number];

/**
 * How a timeline names a period the clock stood still (docs/domain.md §1: statuses 5, 6 and 8 stop it). A pause
 * for payment is named as such, so nobody reads the applicant's wait for the payment platform as the agency's delay.
 */
export const CLOCK_PAUSE_LABELS: LabelTable<ClockPauseStatus> = {
  awaiting_supplement: {
    vi: "Tạm dừng tính thời gian: chờ bổ sung hồ sơ",
    en: "Clock paused: awaiting additional documents",
  },
  awaiting_payment: {
    vi: "Tạm dừng tính thời gian: chờ thực hiện nghĩa vụ tài chính",
    en: "Clock paused: awaiting payment of fees and charges",
  },
  suspended: { vi: "Tạm dừng tính thời gian: dừng xử lý", en: "Clock paused: processing suspended" },
};
