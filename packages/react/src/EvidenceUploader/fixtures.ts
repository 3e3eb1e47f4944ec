// Stored documents of an applicant (the contract's StoredDocument), shared by the EvidenceUploader's tests and stories.
import type { StoredDocument } from "./types";

export const STORED_DOCUMENTS: readonly StoredDocument[] = [
  {
    id: "sd_00012",
    name: "giay-khai-sinh.pdf",
    title: "Giấy khai sinh",
    kind: "result",
    contentType: "application/pdf",
    size: 90_211,
    digitised: true,
    storedAt: "2026-09-14T09:00:00+07:00",
    sourceDossierCode: "000.30.00.H29-260914-0031",
    attachedAs: null,
  },
  {
    id: "sd_00013",
    name: "xac-nhan-tinh-trang-hon-nhan.pdf",
    title: "Giấy xác nhận tình trạng hôn nhân",
    kind: "result",
    contentType: "application/pdf",
    size: 64_400,
    digitised: true,
    storedAt: "2026-03-02T10:00:00+07:00",
    sourceDossierCode: "000.30.00.H29-260302-0107",
    attachedAs: "att_r_00001",
  },
  {
    id: "sd_00014",
    name: "giay-kham-suc-khoe.pdf",
    title: "Giấy khám sức khỏe",
    kind: "other",
    contentType: "application/pdf",
    size: 212_000,
    digitised: false,
    storedAt: "2025-12-20T08:00:00+07:00",
    sourceDossierCode: null,
    attachedAs: null,
  },
];

/** An error shaped as the client's ApiError (widgets read errors by shape). */
export const apiErrorOf = (status: number, code: string) =>
  Object.assign(new Error(`HTTP ${status}`), {
    name: "ApiError",
    status,
    requestId: "req_7c01d2",
    problem: { type: "about:blank", title: "Problem", status, code },
  });
