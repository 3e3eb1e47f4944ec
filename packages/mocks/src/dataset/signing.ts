// Signing providers, the current user's certificates at each, and a few past signing requests. The providers
// and CA names are the real ones of domain.md §3; serials and validity dates are invented.
import type { Random } from "../random";
import { DAY_MS, isoOf, MINUTE_MS } from "../util";
import type { GenerationContext } from "./context";
import type { ApiCertificate, ApiSigningProvider, DocumentRecord, SigningRequestRecord } from "./types";

export const SIGNING_PROVIDERS: readonly ApiSigningProvider[] = [
  {
    provider: "vgca",
    name: "Ban Cơ yếu Chính phủ (plugin ký số)",
    flow: "plugin",
    available: true,
    confirmation: "pin",
  },
  {
    provider: "smartca",
    name: "VNPT SmartCA",
    flow: "remote",
    available: true,
    confirmation: "app",
    transactionSeconds: 240,
  },
  {
    provider: "mysign",
    name: "Viettel MySign",
    flow: "remote",
    available: true,
    confirmation: "app",
    transactionSeconds: 300,
  },
  {
    provider: "neac",
    name: "Cổng NEAC (VNPT-CA, Viettel-CA, BkavCA, FPT-CA…)",
    flow: "remote",
    available: true,
    confirmation: "otp",
    transactionSeconds: 299,
  },
];

const hexSerial = (random: Random) =>
  Array.from({ length: 16 }, () => random.int(0, 15).toString(16)).join("");

function certificate(
  random: Random,
  context: GenerationContext,
  issuer: string,
  status: ApiCertificate["status"],
): ApiCertificate {
  const user = context.currentUser;
  const agency = context.agencies.get(user.agencyKey);
  // Issued to the agency's name: not before the agency existed (the map's first day).
  const drawn = context.nowMs - random.int(200, 900) * DAY_MS;
  const mapStart =
    context.map.validFrom === null ? -Infinity : Date.parse(`${context.map.validFrom}T08:00:00+07:00`);
  const from = Math.max(drawn, mapStart);
  const to = status === "expired" ? context.nowMs - random.int(10, 90) * DAY_MS : from + 3 * 365 * DAY_MS;
  return {
    serial: hexSerial(random),
    subject: `CN=${user.name}, O=${agency?.name ?? "UBND"}, L=${context.map.province.name}, C=VN`,
    issuer,
    validFrom: isoOf(from),
    validTo: isoOf(Math.max(to, status === "expired" ? to : context.nowMs + 200 * DAY_MS)),
    status,
  };
}

/** Valid certificates first. SmartCA has two valid ones, so a request must name its `certificateSerial`. */
export function generateCertificates(context: GenerationContext): Record<string, ApiCertificate[]> {
  const random = context.random("certificates");
  return {
    vgca: [
      certificate(random, context, "Ban Cơ yếu Chính phủ (CA phục vụ các cơ quan Đảng, Nhà nước)", "valid"),
    ],
    smartca: [
      certificate(random, context, "VNPT-CA", "valid"),
      certificate(random, context, "VNPT-CA", "valid"),
      certificate(random, context, "VNPT-CA", "expired"),
    ],
    mysign: [certificate(random, context, "Viettel-CA", "valid")],
    neac: [
      certificate(random, context, "FPT-CA", "valid"),
      certificate(random, context, "BkavCA", "revoked"),
    ],
  };
}

/** Past requests: documents the current user signed (their documents are `signed` or `issued`). */
export function generateSigningRequests(
  context: GenerationContext,
  documents: readonly DocumentRecord[],
  certificates: Record<string, ApiCertificate[]>,
): SigningRequestRecord[] {
  const random = context.random("signing");
  const signed = documents
    .filter((doc) => doc.direction === "outgoing" && (doc.state === "signed" || doc.state === "issued"))
    .slice(0, 6);
  return signed.map((doc, index): SigningRequestRecord => {
    const provider = index % 3 === 0 ? "vgca" : index % 3 === 1 ? "smartca" : "mysign";
    const createdAtMs = Math.min(doc.updatedAtMs - random.int(10, 120) * MINUTE_MS, context.nowMs);
    const completedAtMs = createdAtMs + random.int(20, 150) * 1000;
    return {
      id: `sig_${String(index + 1).padStart(5, "0")}`,
      provider,
      kind: "approval",
      certificateSerial: certificates[provider]?.[0]?.serial ?? "",
      state: "completed",
      items: [{ source: "document", documentId: doc.id, format: "pades", signedFileId: `sf_${doc.id}` }],
      createdAtMs,
      expiresAtMs: createdAtMs + 240_000,
      completedAtMs,
      confirmAtMs: null,
      outcome: "complete",
      errorCode: null,
      errorMessage: null,
      ownerAgencyCode: context.currentUser.agencyCode,
      createdBy: context.currentUser.id,
    };
  });
}
