import type {
  FeedbackCategory,
  FeedbackStatus,
  FileInfo,
  PersonRef,
  ThreadEntry,
} from "@chinhquyenso/client";

/**
 * Who is looking: `staff` see everything; `citizen` never receive or see internal notes (nor any entry type this
 * version does not know, which might be private).
 */
export type ThreadAudience = "staff" | "citizen";

/** What the composer writes: a reply the citizen sees, or a note only staff see. */
export type ComposerEntryType = "public_reply" | "internal_note";

/** One post from the composer (the API's `FeedbackUpdate` without files). */
export interface FeedbackUpdateInput {
  entryType: ComposerEntryType;
  body: string;
  /** Change the feedback's status with the reply. */
  status?: FeedbackStatus;
}

/**
 * Sent with every write: reuse it when the user retries the same write, so the platform acts once
 * (`Idempotency-Key`). A new key is made when the user changes what they are sending.
 */
export interface WriteMeta {
  idempotencyKey: string;
}

/** Sends a post; resolve with the platform's new `ThreadEntry` to show it at once (anything else is ignored). */
export type PostUpdateHandler = (update: FeedbackUpdateInput, meta: WriteMeta) => Promise<unknown>;
export type AssignHandler = (assignee: PersonRef, meta: WriteMeta) => Promise<unknown>;
export type ReopenHandler = (reason: string, meta: WriteMeta) => Promise<unknown>;

/** An image or file attached to an entry. Some platforms add alt text; the contract's `FileInfo` has none yet. */
export type ThreadAttachment = FileInfo & { alt?: string | null };

/** Where an attachment can be opened or shown (an http(s) or blob: URL), or undefined to list it only. */
export type AttachmentUrlResolver = (file: ThreadAttachment, entry: ThreadEntry) => string | undefined;

export type { FeedbackCategory, PersonRef, ThreadEntry };
