// The queries of a thread and of its assignees, without React: the widget and the server prefetch (`prefetchComplaintThread` in
// @chinhquyenso/react/server) must build the same key and drop the same entries for a citizen.
import type { PersonRef, ThreadEntry } from "@chinhquyenso/client";
import type { ChinhQuyenSoConnection } from "../provider/context";
import { entriesFor } from "./timeline";
import type { ThreadAudience } from "./types";

/** Page size when reading a whole thread (the contract's maximum). */
const PAGE_SIZE = 100;

/**
 * Query key of a whole thread as an audience receives it. Under `["cqs", "feedback"]`, so the live stream and
 * every feedback mutation refresh it.
 */
export function feedbackThreadKey(feedbackId: string, audience: ThreadAudience) {
  return ["cqs", "feedback", "thread", feedbackId, "all", audience] as const;
}

/**
 * Query options for a whole thread, every page, oldest first. For citizens the platform is asked for the
 * public view (`visibility=public`: no internal notes, no internal routing), so internal notes never cross the
 * network; as a second line of defence (an older server ignoring the parameter), internal notes, `assigned`
 * activity and entry types or activities this version does not know are still dropped as each page arrives, before the query cache, devtools or any
 * component sees them.
 */
export function feedbackThreadQuery(
  connection: Pick<ChinhQuyenSoConnection, "client">,
  feedbackId: string,
  audience: ThreadAudience,
) {
  return {
    queryKey: feedbackThreadKey(feedbackId, audience),
    queryFn: async ({ signal }: { signal: AbortSignal }): Promise<ThreadEntry[]> => {
      const entries: ThreadEntry[] = [];
      const pages = connection.client.feedback
        .threadAll(
          feedbackId,
          audience === "citizen" ? { limit: PAGE_SIZE, visibility: "public" } : { limit: PAGE_SIZE },
          { signal },
        )
        .byPage();
      for await (const page of pages) entries.push(...entriesFor(page.items ?? [], audience));
      return entries;
    },
  };
}

/** Officers read for the assign control: enough for an agency, never an unbounded walk. */
const MAX_ASSIGNEES = 500;

/** Query key of the officers a feedback of an agency can be assigned to. */
export function assigneesKey(agencyCode: string | null | undefined) {
  return ["cqs", "officers", "assignable", agencyCode ?? null] as const;
}

/** Query options for the officers of an agency (all agencies for `null`), by name, as `PersonRef`s. */
export function assigneesQuery(
  connection: Pick<ChinhQuyenSoConnection, "client">,
  agencyCode: string | null | undefined,
) {
  return {
    queryKey: assigneesKey(agencyCode),
    queryFn: async ({ signal }: { signal: AbortSignal }): Promise<PersonRef[]> => {
      const people: PersonRef[] = [];
      const params = agencyCode ? { agencyCode, limit: PAGE_SIZE } : { limit: PAGE_SIZE };
      for await (const page of connection.client.officers.listAll(params, { signal }).byPage()) {
        for (const officer of page.items ?? []) {
          // Only what the assign control shows: no other field travels further.
          const person: PersonRef = { id: officer.id, name: officer.name, agencyCode: officer.agencyCode };
          if (officer.position !== undefined) person.position = officer.position;
          people.push(person);
        }
        if (people.length >= MAX_ASSIGNEES) break;
      }
      return people.slice(0, MAX_ASSIGNEES);
    },
  };
}
