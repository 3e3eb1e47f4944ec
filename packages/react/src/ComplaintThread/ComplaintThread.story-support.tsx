// Helpers of ComplaintThread's stories (not exported from the package): a controlled host with local state, and
// connected stories backed by the mocks' stateful msw handlers.
import type { Feedback, ThreadEntry } from "@chinhquyenso/client";
import { createHandlers, type MockHandlers, type MockStore, type Scenario } from "@chinhquyenso/mocks";
import type { HttpHandler } from "msw";
import { useState } from "react";
import { STORY_API_URL, STORY_NOW } from "../support/storybook.story-support";
import { ComplaintThread, type ControlledComplaintThreadProps } from "./ComplaintThread";
import { ASSIGNEES, CATEGORIES, OFFICER, sampleEntries, sampleFeedback } from "./fixtures";
import type { AssignHandler, PostUpdateHandler, RateHandler, ReopenHandler } from "./types";

/** The sample thread every story file starts from (staff, the sample feedback and its entries). */
export const SAMPLE_THREAD_ARGS = {
  audience: "staff",
  feedback: sampleFeedback(),
  entries: sampleEntries(),
  categories: CATEGORIES,
  assignees: ASSIGNEES,
} satisfies ControlledComplaintThreadProps;

/**
 * A thread kept in local state, as a department's own data layer would (controlled mode): posts appear after a
 * short wait, assignment and reopening update the feedback.
 */
export function LocalThread(props: ControlledComplaintThreadProps) {
  const [feedback, setFeedback] = useState(props.feedback);
  const [entries, setEntries] = useState(props.entries ?? []);
  const onPostUpdate: PostUpdateHandler = async (update) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    const entry: ThreadEntry = {
      id: `local_${entries.length + 1}`,
      entryType: update.entryType,
      body: update.body,
      at: STORY_NOW,
      author: OFFICER,
      attachments: (update.files ?? []).map((file, index) => ({
        id: `local_file_${entries.length + 1}_${index}`,
        name: file.name,
        contentType: file.type,
        size: file.size,
        alt: update.fileAlts?.[index] || null,
      })),
    };
    setEntries((list) => [...list, entry]);
    if (update.status)
      setFeedback((current) => current && { ...current, status: update.status as Feedback["status"] });
    return entry;
  };
  const onAssign: AssignHandler = async (assignee) => {
    setFeedback((current) => current && { ...current, assignee, status: "in_progress" });
  };
  const onReopen: ReopenHandler = async () => {
    setFeedback((current) => current && { ...current, status: "in_progress" });
  };
  // The platform's window: a rating can change for 7 days after it is first given.
  const onRate: RateHandler = async ({ rating, comment }) => {
    setFeedback(
      (current) =>
        current && {
          ...current,
          rating,
          ratingComment: comment ?? null,
          ratedAt: STORY_NOW,
          ratingChangeableUntil:
            current.ratingChangeableUntil ?? new Date(Date.parse(STORY_NOW) + 7 * 86_400_000).toISOString(),
        },
    );
  };
  return (
    <ComplaintThread
      {...props}
      feedback={feedback}
      entries={entries}
      onPostUpdate={props.onPostUpdate ?? onPostUpdate}
      onAssign={props.onAssign ?? onAssign}
      onReopen={props.onReopen ?? onReopen}
      onRate={props.onRate ?? onRate}
    />
  );
}

export type Pick = (store: MockStore) => string;

/** The feedback the stories' principal (the default officer, `sbx-officer`) handles: their agency's. */
const officersFeedback = (store: MockStore) => {
  const agency = store.principal("officer").agencyCode;
  return [...store.feedback.values()].filter((item) => item.agencyCode === agency);
};

export const withNotes: Pick = (store) => {
  const records = officersFeedback(store);
  const record =
    records.find(
      (item) =>
        item.status === "in_progress" &&
        item.thread.some((entry) => entry.entryType === "internal_note") &&
        item.thread.some((entry) => entry.entryType === "public_reply"),
    ) ?? records[0];
  return record?.id ?? "missing";
};

export const ofStatus =
  (status: string): Pick =>
  (store) =>
    officersFeedback(store).find((item) => item.status === status)?.id ?? "missing";

/** A connected story: the provider's client talks to the mocks' stateful msw handlers (seeded data). */
export function connected(
  pick: Pick,
  options: { scenarios?: Scenario[]; before?: HttpHandler[]; size?: number } = {},
) {
  return {
    parameters: { connected: true },
    loaders: [
      async () => {
        const handlers = createHandlers({
          baseUrl: STORY_API_URL,
          seed: 3,
          size: options.size ?? 40,
          now: STORY_NOW,
          scenarios: options.scenarios ?? [],
        });
        const feedbackId = pick(handlers.store);
        // No `assignees`: the widget loads the officers of the feedback's agency from `officers.list`.
        return { handlers, feedbackId };
      },
    ],
    beforeEach: ({
      msw,
      loaded,
    }: {
      msw: { use(...handlers: HttpHandler[]): void };
      loaded: Record<string, unknown>;
    }) => {
      msw.use(...(options.before ?? []), ...(loaded.handlers as MockHandlers));
    },
    render: (args: ControlledComplaintThreadProps, { loaded }: { loaded: Record<string, unknown> }) => (
      <ComplaintThread audience={args.audience} feedbackId={loaded.feedbackId as string} />
    ),
  };
}
