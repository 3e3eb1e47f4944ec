// Test helpers (never exported from the package): a platform client answered in-process by the mocks' msw
// handlers, and small DOM probes for the grid.
import { createClient, type Dossier } from "@chinhquyenso/client";
import { allowedActions } from "@chinhquyenso/core";
import {
  createHandlers,
  createManualClock,
  type HandlersOptions,
  type MockHandlers,
} from "@chinhquyenso/mocks";
import { QueryClient } from "@tanstack/react-query";
import { getResponse, type RequestHandler } from "msw";
import { type ReactNode, useState } from "react";
import { ChinhQuyenSoProvider, type ChinhQuyenSoProviderProps } from "../provider";
import { STORY_NOW } from "../stories/support";
import { sampleDossiers } from "./fixtures";

export const TEST_NOW = STORY_NOW;
export const testNow = () => new Date(TEST_NOW);

/** Every request the client sent (method and URL), for assertions on what reached the platform. */
export interface Platform {
  handlers: MockHandlers;
  client: ReturnType<typeof createClient>;
  requests: Request[];
  /** Handlers tried before the mocks' (per-test overrides). */
  overrides: RequestHandler[];
}

/**
 * A client whose fetch is answered by the mocks' stateful handlers, in the page, through msw's `getResponse`
 * (the same handlers the stories and the sandbox use; no service worker, no network).
 */
export function createPlatform(options: HandlersOptions = {}): Platform {
  const handlers = createHandlers({
    now: TEST_NOW,
    clock: createManualClock(TEST_NOW),
    seed: 7,
    heartbeatMs: 60_000,
    ...options,
  });
  const requests: Request[] = [];
  const overrides: RequestHandler[] = [];
  const client = createClient({
    baseUrl: "https://platform.test",
    // The mocks accept any bearer token, and answer 401 without one.
    auth: { token: () => "test-token" },
    retry: false,
    fetch: async (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      requests.push(request.clone());
      const response = await getResponse([...overrides, ...handlers], request);
      return response ?? new Response("no handler", { status: 404 });
    },
  });
  return { handlers, client, requests, overrides };
}

/** A provider over a platform, with a fresh QueryClient (no retries) and the tests' clock. */
export function Connected({
  platform,
  children,
  ...props
}: { platform: Platform; children: ReactNode } & Omit<ChinhQuyenSoProviderProps, "client">) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  return (
    <ChinhQuyenSoProvider
      client={platform.client}
      queryClient={queryClient}
      now={testNow}
      live={false}
      {...props}
    >
      {children}
    </ChinhQuyenSoProvider>
  );
}

/** The focused cell: its row and column (aria-rowindex, aria-colindex) and its row's dossier code. */
export function focusedCell(): { rowIndex: number; colIndex: number; code: string } | null {
  const cell = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>("[aria-colindex]");
  const row = cell?.closest<HTMLElement>('[role="row"]');
  if (!cell || !row) return null;
  return {
    rowIndex: Number(row.getAttribute("aria-rowindex")),
    colIndex: Number(cell.getAttribute("aria-colindex")),
    code: row.querySelector('[data-column="code"]')?.firstChild?.textContent ?? "",
  };
}

/** Puts focus on a cell as Tab would (the grid's roving tabindex follows). */
export function focusCell(row: number, col: number): void {
  const cell = document.querySelector<HTMLElement>(`[data-cell="${row}:${col}"]`);
  if (!cell) throw new Error(`no rendered cell ${row}:${col}`);
  cell.focus();
}

/** Codes of the rows currently selected (aria-selected="true"), in DOM order. */
export function selectedCodes(): string[] {
  return [...document.querySelectorAll<HTMLElement>('[role="row"][aria-selected="true"]')].map(
    (row) => row.querySelector('[data-column="code"]')?.firstChild?.textContent ?? "",
  );
}

/** Labels of the bulk action buttons on offer. */
export function bulkOffers(): string[] {
  return [...document.querySelectorAll<HTMLElement>(".cqs-queue__bulk [data-action]")].map(
    (button) => button.textContent ?? "",
  );
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/** Dossiers built from one seeded row with the given codes and statuses (allowed actions per core). */
export function rowsWith(statuses: Record<string, string>): Dossier[] {
  const base = sampleDossiers(200)[0] as Dossier;
  return Object.entries(statuses).map(([code, status], index) => ({
    ...base,
    code,
    status,
    etag: `"${code}-1"`,
    allowedActions: [...allowedActions(status)],
    receivedAt: `2026-11-${String(10 + index).padStart(2, "0")}T09:00:00+07:00`,
  }));
}
