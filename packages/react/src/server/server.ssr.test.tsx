// The server entry in Node: its display components render the same markup as the client widgets, and its
// prefetch helpers fill a QueryClient that a connected widget renders from after dehydrate → hydrate.
import { createClient } from "@chinhquyenso/client";
import { dehydrate, HydrationBoundary, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ComplaintThread } from "../ComplaintThread";
import { DossierDetail } from "../DossierDetail";
import { DossierQueue } from "../DossierQueue";
import { IndicatorCard as ClientIndicatorCard } from "../IndicatorCard";
import { ChinhQuyenSoProvider } from "../provider";
import { startSsrPlatform } from "../support/insights-ssr.test-support";
import { TimelinessBadge as ClientTimelinessBadge } from "../TimelinessBadge";
import {
  IndicatorCard,
  prefetchComplaintThread,
  prefetchDossierDetail,
  prefetchDossierQueue,
  TimelinessBadge,
} from ".";

/** Markup with React's generated ids (which depend on the tree around) replaced by one placeholder. */
const html = (element: ReactElement) =>
  renderToString(element).replace(/(id|aria-labelledby)="[^"]*"/g, '$1="#"');

const indicator = {
  code: "HCC-01",
  name: "Hồ sơ giải quyết đúng hạn",
  unit: "%",
  periodLabel: "2026-10",
  value: 96.5,
  target: 95,
  direction: "higher_is_better",
  sourceAgency: "Văn phòng UBND tỉnh",
  updatedAt: "2026-11-05T08:00:00+07:00",
};
const points = [
  { period: "2026-08", value: 94.1 },
  { period: "2026-09", value: 95.2 },
  { period: "2026-10", value: 96.5 },
];

describe("@chinhquyenso/react/server display components", () => {
  it("render the client widgets' markup, in the locale given as a prop", () => {
    for (const timeliness of ["on_time", "overdue", "paused_by_law", null]) {
      expect(html(<TimelinessBadge timeliness={timeliness} locale="en" />)).toBe(
        html(
          <ChinhQuyenSoProvider locale="en">
            <ClientTimelinessBadge timeliness={timeliness} />
          </ChinhQuyenSoProvider>,
        ),
      );
    }
    expect(html(<TimelinessBadge timeliness="on_time" />)).toContain(">Đúng hạn<");

    const cases = [{ indicator, points }, { indicator: { ...indicator, value: null } }, { loading: true }];
    for (const props of cases) {
      const server = html(<IndicatorCard {...props} locale="en" theme="dark" headingLevel={2} />);
      expect(server).toBe(
        html(
          <ChinhQuyenSoProvider locale="en" theme="dark">
            <ClientIndicatorCard {...props} headingLevel={2} />
          </ChinhQuyenSoProvider>,
        ),
      );
    }
    const ready = html(<IndicatorCard indicator={indicator} points={points} />);
    expect(ready).toContain("96,5%");
    expect(ready).toContain("Tăng 1,3 điểm phần trăm so với kỳ trước");
  });

  it("show a failure without the error's text and without a retry button", () => {
    const failed = html(
      <IndicatorCard
        error={new Error("CCCD 074201001234")}
        messages={{ "indicatorCard.error": "Tạm thời chưa có số liệu." }}
      />,
    );
    expect(failed).toContain('data-state="error"');
    expect(failed).toContain('role="alert"');
    expect(failed).toContain("Tạm thời chưa có số liệu.");
    expect(failed).not.toContain("074201001234");
    expect(failed).not.toContain("<button");
  });

  it("name the fix when the card is given no data", () => {
    expect(() => renderToString(<IndicatorCard />)).toThrow(/pass `indicator`.*client IndicatorCard/);
  });
});

describe("prefetch helpers (sandbox over loopback HTTP)", () => {
  let platform: Awaited<ReturnType<typeof startSsrPlatform>>;
  beforeAll(async () => {
    platform = await startSsrPlatform();
  });
  afterAll(() => platform.sandbox.close());

  /** What the browser gets: the dehydrated state as JSON, hydrated into a fresh QueryClient. */
  function renderHydrated(state: unknown, widget: ReactElement) {
    // Nothing listens on port 9: any request the widget made would fail, never render data.
    const browserClient = createClient({ baseUrl: "http://127.0.0.1:9", retry: false });
    return renderToString(
      <QueryClientProvider client={new QueryClient()}>
        <HydrationBoundary state={JSON.parse(JSON.stringify(state))}>
          <ChinhQuyenSoProvider client={browserClient} now={platform.now} live={false}>
            {widget}
          </ChinhQuyenSoProvider>
        </HydrationBoundary>
      </QueryClientProvider>,
    );
  }

  it("prefetchDossierQueue fills exactly the queries the connected queue reads first", async () => {
    const props = { defaultQueue: "in_progress", pageSize: 20 } as const;
    const serverQueryClient = new QueryClient();
    await prefetchDossierQueue(serverQueryClient, platform.client, props);
    const state = dehydrate(serverQueryClient);
    expect(JSON.stringify(state)).not.toContain("ssr-token");

    const first = await platform.client.dossiers.list({ queue: "in_progress", limit: 20 });
    const counts = await platform.client.dossiers.counts();
    const page = renderHydrated(state, <DossierQueue {...props} />);
    expect(page).not.toContain('data-state="loading"');
    expect(page).toContain(first.items[0]?.code);
    const inProgress = counts.items.find((item) => item.queue === "in_progress")?.count;
    expect(page).toContain(`aria-rowcount="${(inProgress ?? 0) + 1}"`);
    // Without the prefetch the same render is the skeleton: the keys above really are the widget's.
    expect(renderHydrated(dehydrate(new QueryClient()), <DossierQueue {...props} />)).toContain(
      'data-state="loading"',
    );
  });

  it("prefetchComplaintThread keeps internal notes out of a citizen's HTML and state", async () => {
    const { items } = await platform.client.feedback.list({ limit: 100 });
    let withNote: { id: string; note: string } | undefined;
    for (const feedback of items) {
      const thread = await platform.client.feedback.thread(feedback.id, { limit: 100 });
      const note = thread.items.find(
        (entry) => entry.entryType === "internal_note" && (entry.body ?? "").length > 12,
      );
      if (note) {
        withNote = { id: feedback.id, note: note.body ?? "" };
        break;
      }
    }
    if (!withNote) throw new Error("the sandbox's seed has no feedback with an internal note");
    const feedback = await platform.client.feedback.get(withNote.id);

    const citizen = new QueryClient();
    await prefetchComplaintThread(citizen, platform.client, { feedbackId: withNote.id, audience: "citizen" });
    const citizenState = dehydrate(citizen);
    expect(JSON.stringify(citizenState)).not.toContain(withNote.note);
    const citizenPage = renderHydrated(
      citizenState,
      <ComplaintThread feedbackId={withNote.id} audience="citizen" />,
    );
    expect(citizenPage).toContain(feedback.title);
    expect(citizenPage).not.toContain('data-state="loading"');
    expect(citizenPage).not.toContain(withNote.note);

    const staff = new QueryClient();
    await prefetchComplaintThread(staff, platform.client, { feedbackId: withNote.id, audience: "staff" });
    expect(JSON.stringify(dehydrate(staff))).toContain(withNote.note);
    const officers = staff.getQueryCache().findAll({ queryKey: ["cqs", "officers", "assignable"] });
    expect(officers.map((query) => query.state.status)).toEqual(["success"]);
  });

  it("prefetchDossierDetail fills the dossier, its history and its procedure: the detail renders without loading", async () => {
    const { items } = await platform.client.dossiers.list({ queue: "in_progress", limit: 1 });
    const code = items[0]?.code ?? "";
    const dossier = await platform.client.dossiers.get(code);
    const serverQueryClient = new QueryClient();
    await prefetchDossierDetail(serverQueryClient, platform.client, { code });
    const state = dehydrate(serverQueryClient);
    expect(JSON.stringify(state)).not.toContain("ssr-token");
    expect(state.queries.map((query) => query.state.status)).toEqual(["success", "success", "success"]);

    const page = renderHydrated(state, <DossierDetail code={code} />);
    expect(page).toContain(dossier.procedureName);
    expect(page).not.toContain('aria-busy="true"');
    // Without the prefetch the same render waits: the keys above really are the widget's.
    expect(renderHydrated(dehydrate(new QueryClient()), <DossierDetail code={code} />)).toContain(
      'aria-busy="true"',
    );
  });

  it("prefetchDossierDetail never rejects: an unknown dossier is left to the widget's designed state", async () => {
    const serverQueryClient = new QueryClient();
    await expect(
      prefetchDossierDetail(serverQueryClient, platform.client, { code: "000.00.00.H00-261207-9999" }),
    ).resolves.toBeUndefined();
    expect(dehydrate(serverQueryClient).queries).toEqual([]);
  });
});
