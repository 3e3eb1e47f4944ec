// Story support for the dossier detail widgets: the seeded platform (as `withSandbox`), plus a dossier of it the
// story renders — read through the same handlers in-process, so the story knows its code and etag up front.
import type { Dossier } from "@chinhquyenso/client";
import { createHandlers, DEFAULT_TOKENS } from "@chinhquyenso/mocks";
import { getResponse } from "msw";
import type { MswApi } from "msw-storybook-addon/types";
import { STORY_API_URL, STORY_NOW } from "./storybook.story-support";

export interface StoryDossier {
  /** The dossier as the widget first reads it. */
  dossier: Dossier | undefined;
}

async function call(handlers: ReturnType<typeof createHandlers>, path: string, init?: RequestInit) {
  const headers = new Headers(init?.headers);
  // The stories' principal (the provider's client in .storybook/preview.tsx): the mocks refuse unknown tokens.
  headers.set("authorization", `Bearer ${DEFAULT_TOKENS.officer}`);
  const response = await getResponse(handlers, new Request(`${STORY_API_URL}${path}`, { ...init, headers }));
  if (!response?.ok)
    throw new Error(`story set-up: ${init?.method ?? "GET"} ${path} answered ${response?.status}`);
  return (await response.json()) as Dossier;
}

/**
 * `beforeEach` of a dossier story: installs the platform and fills `into.dossier` with the first dossier in
 * `status` of the default officer's agency (another agency's is a 404 to them). With `changedElsewhere`, that action is then applied behind the widget's back, so the copy it holds
 * is stale (its etag no longer matches: the platform answers 412).
 */
export function withStoryDossier(
  into: StoryDossier,
  status: string,
  changedElsewhere?: "request_payment" | "finish",
) {
  return async ({ msw }: { msw: MswApi }) => {
    const handlers = createHandlers({ baseUrl: STORY_API_URL, now: STORY_NOW, seed: 7 });
    msw.use(...handlers);
    const agency = handlers.store.currentUser.agencyCode;
    const record = [...handlers.store.dossiers.values()].find(
      (item) => item.agencyCode === agency && item.status === status,
    );
    if (!record) throw new Error(`story set-up: no ${status} dossier of agency ${agency} in the seed`);
    const dossier = await call(handlers, `/v1/dossiers/${encodeURIComponent(record.code)}`);
    into.dossier = dossier;
    if (changedElsewhere) {
      await call(handlers, `/v1/dossiers/${encodeURIComponent(record.code)}/transitions`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "if-match": dossier.etag,
          "idempotency-key": "5f0c6a1e-3b7d-4c2a-9e8f-1a2b3c4d5e6f",
        },
        body: JSON.stringify({ action: changedElsewhere }),
      });
    }
  };
}
