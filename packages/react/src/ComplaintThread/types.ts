import type {
  FeedbackCategory,
  FeedbackStatus,
  FileInfo,
  PersonRef,
  ThreadEntry,
} from "@chinhquyenso/client";
import type { FeedbackRating as FeedbackRatingValue } from "@chinhquyenso/core";

/**
 * Who is looking: `staff` see everything; `citizen` never receive or see internal notes (nor any entry type this
 * version does not know, which might be private).
 */
export type ThreadAudience = "staff" | "citizen";

/** What the composer writes: a reply the citizen sees, or a note only staff see. */
export type ComposerEntryType = "public_reply" | "internal_note";

/** One post from the composer (the API's `FeedbackUpdate`). */
export interface FeedbackUpdateInput {
  entryType: ComposerEntryType;
  body: string;
  /** Change the feedback's status with the reply. */
  status?: FeedbackStatus;
  /** Attachments, within the contract's limits (types, bytes, count: `UPLOAD_LIMITS["feedback.postUpdate"]`). */
  files?: readonly File[];
  /** The text alternative of each file, in the order of `files`: required for images, `""` for other files. */
  fileAlts?: readonly string[];
}

/**
 * Sent with every write: reuse it when the user retries the same write, so the platform acts once
 * (`Idempotency-Key`). A new key is made when the user changes what they are sending.
 */
export interface WriteMeta {
  idempotencyKey: string;
  /** Aborted when the user cancels the send (a file's "Hủy"); pass it to the client's call. */
  signal?: AbortSignal;
  /** For a post with files: report the bytes sent (the client's `onUploadProgress` option gives them). */
  onUploadProgress?: (progress: { loaded: number; total: number }) => void;
}

/** Sends a post; resolve with the platform's new `ThreadEntry` to show it at once (anything else is ignored). */
export type PostUpdateHandler = (update: FeedbackUpdateInput, meta: WriteMeta) => Promise<unknown>;
export type AssignHandler = (assignee: PersonRef, meta: WriteMeta) => Promise<unknown>;
export type ReopenHandler = (reason: string, meta: WriteMeta) => Promise<unknown>;
/** Sends the citizen's rating (`feedback.rate`); resolve with the updated feedback. */
export type RateHandler = (
  input: { rating: FeedbackRatingValue; comment?: string },
  meta: WriteMeta,
) => Promise<unknown>;

/** An image or file attached to an entry. Some platforms add alt text; the contract's `FileInfo` has none yet. */
export type ThreadAttachment = FileInfo & { alt?: string | null };

/** Where an attachment can be opened or shown (an http(s) or blob: URL), or undefined to list it only. */
export type AttachmentUrlResolver = (file: ThreadAttachment, entry: ThreadEntry) => string | undefined;

export type { FeedbackCategory, PersonRef, ThreadEntry };
