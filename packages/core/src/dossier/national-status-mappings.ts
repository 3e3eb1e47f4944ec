import {
  loadNationalStatusMapping,
  type NationalStatusMapping,
  type NationalStatusMappingData,
} from "./national-status";
import type { DossierStatus } from "./status";

// The word tables this version ships, each exactly as its source has it (docs/domain.md §1, docs/glossary.md).
// Neither is "the national vocabulary": the portal's exchange format is the number.

/**
 * The vocabulary of the one-stop system published as HuanVu201/DichVuCong_KhoaLuan_PASETO (namespace
 * `TD.DichVuCongApi`), which this SDK shipped as `NATIONAL_STATUS_CODES` up to 0.x. Twelve words: ten statuses,
 * and `interoperating` and `posting`, which the source maps to 0 ("chưa biết là gì", meaning unknown).
 */
export const TD_DICHVUCONG_STATUS_WORDS: NationalStatusMappingData = {
  name: "td-dichvucong",
  version: "1",
  source:
    "HuanVu201/DichVuCong_KhoaLuan_PASETO: Application/Common/KetNoi/Classes/FormatTrangThaiHoSoDVCQG.cs (GetTrangThaiHoSo)",
  effectiveFrom: "2026-12-07",
  words: [
    { word: "receiving", id: 1 },
    { word: "new", id: 2 },
    { word: "denied", id: 3 },
    { word: "processing", id: 4 },
    { word: "waiting", id: 5 },
    { word: "paying", id: 6 },
    { word: "cancelled", id: 7 },
    { word: "unresolved", id: 8 },
    { word: "releasing", id: 9 },
    { word: "done", id: 10 },
    { word: "interoperating", id: null, note: "the source maps it to 0: no dossier status" },
    {
      word: "posting",
      id: null,
      note: 'the source maps it to 0 with the comment "chưa biết là gì" (unknown)',
    },
  ],
};

/**
 * OpenCPS v2 (VietOpenCPS/opencps-v2), an independent open-source one-stop system: the same words for other
 * numbers (new 1, receiving 2, unresolved 3, denied 8). It sends the portal the number (`TrangThaiHoSo`);
 * a word it does not know becomes "11" there, an unmapped result here.
 */
export const OPENCPS_V2_STATUS_WORDS: NationalStatusMappingData = {
  name: "opencps-v2",
  version: "1",
  source:
    "VietOpenCPS/opencps-v2: DossierManagementConstants.java (mappingDossierStatusWithDVCQG), used for TrangThaiHoSo",
  effectiveFrom: "2026-12-07",
  words: [
    { word: "new", id: 1 },
    { word: "receiving", id: 2 },
    { word: "unresolved", id: 3 },
    { word: "processing", id: 4 },
    { word: "waiting", id: 5 },
    { word: "paying", id: 6 },
    { word: "cancelled", id: 7 },
    { word: "denied", id: 8 },
    { word: "releasing", id: 9 },
    { word: "done", id: 10 },
  ],
};

/** The shipped tables, loaded and checked, by name. A host selects one, or loads its own. */
export const NATIONAL_STATUS_MAPPINGS: Readonly<
  Record<"td-dichvucong" | "opencps-v2", NationalStatusMapping>
> = /* @__PURE__ */ Object.freeze({
  "td-dichvucong": /* @__PURE__ */ loadNationalStatusMapping(TD_DICHVUCONG_STATUS_WORDS),
  "opencps-v2": /* @__PURE__ */ loadNationalStatusMapping(OPENCPS_V2_STATUS_WORDS),
});

/**
 * @deprecated One vendor's words (`td-dichvucong`) in status order, not the portal's codes: the portal
 * exchanges the numbers 1–10. Use `dossierStatusId` for the number, or `NATIONAL_STATUS_MAPPINGS[name]`.
 */
export const NATIONAL_STATUS_CODES = [
  "receiving",
  "new",
  "denied",
  "processing",
  "waiting",
  "paying",
  "cancelled",
  "unresolved",
  "releasing",
  "done",
] as const;
/** @deprecated See `NATIONAL_STATUS_CODES`. */
export type NationalStatusCode = (typeof NATIONAL_STATUS_CODES)[number];

/**
 * @deprecated The `td-dichvucong` word of a status, or `undefined`. Use
 * `NATIONAL_STATUS_MAPPINGS["td-dichvucong"].toWord(status)` (typed "unmapped" result) or `dossierStatusId`.
 */
export function toNationalStatus(status: DossierStatus | (string & {})): NationalStatusCode | undefined {
  const found = NATIONAL_STATUS_MAPPINGS["td-dichvucong"].toWord(status);
  return found.kind === "mapped" && !/^\d+$/.test(status) ? (found.word as NationalStatusCode) : undefined;
}

/**
 * @deprecated The status of a `td-dichvucong` word, or `undefined` (also for `interoperating` and `posting`).
 * Use `NATIONAL_STATUS_MAPPINGS[name].fromWord(word)`, which says why a word has no status.
 */
export function fromNationalStatus(code: NationalStatusCode | (string & {})): DossierStatus | undefined {
  if (typeof code !== "string" || code !== code.trim().toLowerCase()) return undefined;
  const found = NATIONAL_STATUS_MAPPINGS["td-dichvucong"].fromWord(code);
  return found.kind === "mapped" ? found.status : undefined;
}
