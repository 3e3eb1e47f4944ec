// The records the store keeps: the contract's shapes plus what the platform knows internally (pauses of the
// clock, the seed index of lazily generated files, …). Views in `../store/views.ts` turn them into API shapes.
import type { DossierStatus } from "@chinhquyenso/core";
import type { components } from "@chinhquyenso/spec";
import type { AgencyKey } from "../seed/agencies";
import type { Duration } from "../seed/procedures";

type Schemas = components["schemas"];
export type ApiAgency = Schemas["Agency"];
export type ApiProcedure = Schemas["Procedure"];
export type ApiProcedureField = Schemas["ProcedureField"];
export type ApiDossier = Schemas["Dossier"];
export type ApiPerson = Schemas["Person"];
export type ApiHistoryEntry = Schemas["HistoryEntry"];
export type ApiAttachment = Schemas["Attachment"];
export type ApiFee = Schemas["Fee"];
export type ApiPaymentRequest = Schemas["PaymentRequest"];
export type ApiApologyLetter = Schemas["ApologyLetter"];
export type ApiSupplementRequest = Schemas["SupplementRequest"];
export type ApiDossierResult = Schemas["DossierResult"];
export type ApiDocument = Schemas["Document"];
export type ApiAssignment = Schemas["Assignment"];
export type ApiSigningProvider = Schemas["SigningProvider"];
export type ApiCertificate = Schemas["Certificate"];
export type ApiSigningRequest = Schemas["SigningRequest"];
export type ApiFeedback = Schemas["Feedback"];
export type ApiThreadEntry = Schemas["ThreadEntry"];
export type ApiFeedbackCategory = Schemas["FeedbackCategory"];
export type ApiCalendarEvent = Schemas["CalendarEvent"];
export type ApiMeeting = Schemas["Meeting"];
export type ApiNotification = Schemas["Notification"];
export type ApiNotificationEvent = Schemas["NotificationEvent"];
export type ApiNewsArticle = Schemas["NewsArticle"];
export type ApiIndicatorField = Schemas["IndicatorField"];
export type ApiIndicator = Schemas["Indicator"];
export type ApiIndicatorDirection = Schemas["IndicatorDirection"];
export type ApiOfficer = Schemas["Officer"];
export type ApiSeriesPoint = Schemas["SeriesPoint"];
export type ApiPersonRef = Schemas["PersonRef"];
export type ApiFileInfo = Schemas["FileInfo"];

/** A civil servant of the samples; `PersonRef` in the API. */
export interface UserRecord {
  readonly id: string;
  readonly name: string;
  /** Title: "Chuyên viên", "Phó Trưởng phòng", "Giám đốc"… */
  readonly position: string;
  readonly agencyKey: AgencyKey;
  readonly agencyCode: string;
}

export interface AgencyRecord extends ApiAgency {
  readonly key: AgencyKey;
}

/** A period when the dossier's clock stood still; `to: null` while it lasts. Epoch ms. */
export interface PauseRecord {
  from: number;
  to: number | null;
  status: DossierStatus;
}

export interface DossierRecord {
  readonly code: string;
  /** Position in generation order: seeds the files generated on first read. */
  readonly seedIndex: number;
  readonly procedureCode: string;
  readonly procedureName: string;
  readonly caseName: string;
  readonly fieldName: string;
  readonly agencyKey: AgencyKey;
  readonly agencyCode: string;
  readonly agencyName: string;
  readonly channel: "counter" | "online" | "post";
  /** The applicant asked for the result by post (BCCI). */
  readonly returnByPost: boolean;
  readonly applicant: ApiPerson;
  readonly representative: ApiPerson | null;
  readonly summary: string;
  readonly duration: Duration;
  readonly feeVnd: number;
  status: DossierStatus;
  readonly submittedAt: number;
  receivedAt: number | null;
  finishedAt: number | null;
  returnedAt: number | null;
  pauses: PauseRecord[];
  /** Due date counting the closed pauses (epoch ms); null before intake. Open pauses are added on read. */
  dueMs: number | null;
  assigneeId: string | null;
  supplementRequest: ApiSupplementRequest | null;
  refusalReason: string | null;
  result: ApiDossierResult | null;
  history: ApiHistoryEntry[];
  fees: ApiFee[];
  paymentRequests: ApiPaymentRequest[];
  /** Generated on first read (null until then), then kept: uploads append to it. */
  attachments: ApiAttachment[] | null;
  apologyLetter: ApiApologyLetter | null;
  version: number;
  updatedAt: number;
}

export interface DocumentRecord extends Omit<ApiDocument, "etag" | "updatedAt"> {
  version: number;
  updatedAtMs: number;
  /** The agency whose register holds the document: only its staff see it (internal, not in the API). */
  readonly ownerAgencyCode: string;
}

export interface SigningRequestRecord
  extends Omit<ApiSigningRequest, "completedAt" | "createdAt" | "expiresAt"> {
  createdAtMs: number;
  expiresAtMs: number;
  completedAtMs: number | null;
  /** When a remote provider's user confirms in the app (null: never — OTP, plugin, or a scenario). */
  confirmAtMs: number | null;
  /** What the simulated user does: confirm, reject, let it expire, or a provider failure. */
  outcome: SigningOutcome;
  /** The agency of the principal who opened it: only its staff see it (internal). */
  readonly ownerAgencyCode: string;
  /** The principal who opened it (its `recipientId`): it hears about the request's outcome (internal). */
  readonly createdBy: string;
}

/** What happens to a new signing request (see `SigningBehaviour`). */
export type SigningOutcome = "complete" | "reject" | "expire" | "fail";

export interface FeedbackRecord extends Omit<ApiFeedback, "etag" | "updatedAt" | "createdAt" | "dueAt"> {
  createdAtMs: number;
  updatedAtMs: number;
  dueAtMs: number | null;
  thread: ApiThreadEntry[];
  version: number;
  /** The signed-in citizen who reported it, when known: they may follow it (internal; personal data). */
  reporterCitizenId: string | null;
  /** What an Open311 submission brought that the feedback has no field for (GeoReport v2 output only). */
  open311?: {
    /** `address_string` as sent (null when the report gave only coordinates or an address id). */
    readonly address: string | null;
    readonly addressId: string | null;
    readonly mediaUrl: string | null;
  };
}

export interface MeetingRecord extends ApiMeeting {
  readonly startsAtMs: number;
  readonly endsAtMs: number;
  /** Whose invitation this is (a principal's `recipientOf`; absent: the data set's current user's). Internal. */
  readonly inviteeId?: string;
}

export interface NotificationRecord extends ApiNotification {
  readonly createdAtMs: number;
  /** Whose notification this is (a principal's `recipientOf`; absent: the data set's current user's). Internal. */
  readonly recipientId?: string;
}

export interface IndicatorRecord extends ApiIndicator {
  /** Monthly points, oldest first, up to `periodLabel`. */
  readonly points: readonly {
    readonly period: string;
    readonly value: number | null;
    readonly target: number | null;
  }[];
}

/** Every record of a data set; the store mutates these. */
export interface World {
  readonly currentUser: UserRecord;
  readonly users: readonly UserRecord[];
  readonly agencies: readonly AgencyRecord[];
  readonly procedures: readonly ApiProcedure[];
  readonly procedureFields: readonly ApiProcedureField[];
  readonly dossiers: DossierRecord[];
  readonly documents: DocumentRecord[];
  readonly signingProviders: ApiSigningProvider[];
  readonly certificates: Record<string, ApiCertificate[]>;
  readonly signingRequests: SigningRequestRecord[];
  readonly feedbackCategories: readonly ApiFeedbackCategory[];
  readonly feedback: FeedbackRecord[];
  readonly calendarEvents: ApiCalendarEvent[];
  readonly meetings: MeetingRecord[];
  readonly notifications: NotificationRecord[];
  readonly news: ApiNewsArticle[];
  readonly indicatorFields: readonly ApiIndicatorField[];
  readonly indicators: readonly IndicatorRecord[];
}
