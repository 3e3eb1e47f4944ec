// The timeline as the widget shows it, built from thread entries as they come off the wire: filtered for the
// audience, tolerant of malformed entries and unknown values, with the composer's pending post at the end.
import type { ThreadEntry } from "@chinhquyenso/client";
import { FEEDBACK_ACTIVITIES } from "@chinhquyenso/core";
import type { ComposerEntryType, ThreadAttachment, ThreadAudience } from "./types";

export type TimelineKind = "public_reply" | "internal_note" | "activity" | "unknown";

export interface TimelineItem {
  /** Stable React key. */
  key: string;
  kind: TimelineKind;
  /** The entry type as sent: a newer server's type, or "" for an entry that could not be read. */
  rawType: string;
  /** ISO date-time, or undefined when missing or invalid. */
  at: string | undefined;
  authorName: string | undefined;
  body: string;
  activity: string | undefined;
  fromStatus: string | undefined;
  toStatus: string | undefined;
  attachments: readonly ThreadAttachment[];
  /** `sending` while the composer's post is on its way. */
  delivery: "sent" | "sending";
  /** The entry as received (for attachment URL resolvers). */
  entry: ThreadEntry;
}

/** The post the composer is sending, shown at once and replaced by the platform's entry. */
export interface PendingPost {
  key: string;
  entryType: ComposerEntryType;
  body: string;
  at: string;
}

const KNOWN = /* @__PURE__ */ new Set<string>(["public_reply", "internal_note", "activity"]);

type Loose = Record<string, unknown>;

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/**
 * Activity a citizen may see: the contract's public view (`visibility=public`) minus `assigned`, which is
 * internal routing. Activity this version does not know (which may be internal) is withheld too.
 */
const PUBLIC_ACTIVITIES = /* @__PURE__ */ new Set<string>(
  FEEDBACK_ACTIVITIES.filter((activity) => activity !== "assigned"),
);

/**
 * Whether an entry may reach this audience. Citizens get public replies and public activity only: internal
 * notes, `assigned` activity, unreadable entries and entry types or activities this version does not know
 * (which may be private) are withheld.
 */
export function isVisibleTo(entry: unknown, audience: ThreadAudience): boolean {
  if (audience === "staff") return true;
  if (typeof entry !== "object" || entry === null) return false;
  const { entryType, activity } = entry as Loose;
  if (entryType === "public_reply") return true;
  return entryType === "activity" && typeof activity === "string" && PUBLIC_ACTIVITIES.has(activity);
}

/** Keeps only what an audience may receive (used before data is cached and again before rendering). */
export function entriesFor<Entry>(entries: readonly Entry[], audience: ThreadAudience): Entry[] {
  return entries.filter((entry) => isVisibleTo(entry, audience));
}

function attachmentsOf(value: unknown): ThreadAttachment[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((file: unknown, index) => {
    if (typeof file !== "object" || file === null) return [];
    const loose = file as Loose;
    const size = typeof loose.size === "number" && Number.isFinite(loose.size) ? loose.size : -1;
    return [
      {
        id: text(loose.id) ?? `file-${index}`,
        name: text(loose.name) ?? "",
        contentType: text(loose.contentType) ?? "",
        size,
        alt: text(loose.alt) ?? null,
      },
    ];
  });
}

const validInstant = (value: unknown): string | undefined =>
  typeof value === "string" && Number.isFinite(Date.parse(value)) ? value : undefined;

function itemOf(raw: unknown, key: string): TimelineItem {
  const loose = (typeof raw === "object" && raw !== null ? raw : {}) as Loose;
  const rawType = text(loose.entryType) ?? "";
  const author = loose.author as Loose | undefined;
  return {
    key,
    kind: KNOWN.has(rawType) ? (rawType as TimelineKind) : "unknown",
    rawType,
    at: validInstant(loose.at),
    authorName: typeof author === "object" && author !== null ? text(author.name) : undefined,
    body: text(loose.body) ?? "",
    activity: text(loose.activity),
    fromStatus: text(loose.fromStatus),
    toStatus: text(loose.toStatus),
    attachments: attachmentsOf(loose.attachments),
    delivery: "sent",
    entry: raw as ThreadEntry,
  };
}

/**
 * The items to render, oldest first: entries visible to the audience (duplicates by id dropped), then the
 * posts the composer sent that the list does not hold yet, then the one being sent.
 */
export function buildTimeline(
  entries: readonly unknown[] | undefined,
  audience: ThreadAudience,
  posted: readonly ThreadEntry[] = [],
  pending: PendingPost | undefined = undefined,
): TimelineItem[] {
  const items: TimelineItem[] = [];
  const seen = new Set<string>();
  const add = (raw: unknown, index: number) => {
    if (!isVisibleTo(raw, audience)) return;
    const id = typeof raw === "object" && raw !== null ? text((raw as Loose).id) : undefined;
    if (id !== undefined) {
      if (seen.has(id)) return;
      seen.add(id);
    }
    items.push(itemOf(raw, id === undefined ? `#${index}` : `id:${id}`));
  };
  for (const [index, entry] of (Array.isArray(entries) ? entries : []).entries()) add(entry, index);
  for (const [index, entry] of posted.entries()) add(entry, -1 - index);
  if (pending && (audience === "staff" || pending.entryType === "public_reply")) {
    items.push({
      ...itemOf({ entryType: pending.entryType, body: pending.body, at: pending.at }, pending.key),
      delivery: "sending",
    });
  }
  return items;
}
