// Fixtures for controlled-mode widgets and tests: the whole data set in the contract's shapes, as of `now`.
import type { components } from "@chinhquyenso/spec";
import type { MapId } from "../seed/maps";
import { createManualClock } from "../store/clock";
import { createStore } from "../store/create";
import { queueCounts } from "../store/queues";
import type { MockStore } from "../store/store";
import {
  documentView,
  dossierView,
  feedbackView,
  meetingView,
  notificationView,
  personRef,
  signingView,
} from "../store/views";
import { isoOf } from "../util";
import { type DatasetOptions, resolveDatasetOptions } from "./options";

type Schemas = components["schemas"];

/** Every collection of a data set, as the API would return it at `now`. Plain JSON-compatible objects. */
export interface Dataset {
  readonly seed: number;
  readonly size: number;
  /** The instant the data set is "as of" (ISO 8601, +07:00). */
  readonly now: string;
  /** The administrative map: `current` (Hồ Chí Minh City since 2025-07-01) or `pre-2025-07`. */
  readonly snapshot: MapId;
  readonly currentUser: Schemas["PersonRef"];
  readonly agencies: Schemas["Agency"][];
  readonly procedures: Schemas["Procedure"][];
  readonly procedureFields: Schemas["ProcedureField"][];
  readonly dossiers: Schemas["Dossier"][];
  /** Histories by dossier code, oldest first. */
  readonly dossierHistories: Record<string, Schemas["HistoryEntry"][]>;
  readonly queueCounts: Schemas["QueueCount"][];
  readonly documents: Schemas["Document"][];
  readonly signingProviders: Schemas["SigningProvider"][];
  /** The current user's certificates by provider. */
  readonly certificates: Record<string, Schemas["Certificate"][]>;
  readonly signingRequests: Schemas["SigningRequest"][];
  readonly feedbackCategories: Schemas["FeedbackCategory"][];
  readonly feedback: Schemas["Feedback"][];
  /** Threads by feedback id, oldest first. */
  readonly feedbackThreads: Record<string, Schemas["ThreadEntry"][]>;
  readonly calendarEvents: Schemas["CalendarEvent"][];
  readonly meetings: Schemas["Meeting"][];
  readonly notifications: Schemas["Notification"][];
  readonly news: Schemas["NewsArticle"][];
  readonly indicatorFields: Schemas["IndicatorField"][];
  readonly indicators: Schemas["Indicator"][];
  /** Monthly series by indicator code. */
  readonly indicatorSeries: Record<string, Schemas["IndicatorSeries"]>;
}

const copy = <T>(value: T): T => structuredClone(value);

/** A snapshot of a store's current state in the contract's shapes (deep copies: mutating them changes nothing). */
export function datasetOf(store: MockStore): Dataset {
  const world = store.world;
  const options = store.datasetOptions;
  const dossiers = [...store.dossiers.values()];
  const feedback = [...store.feedback.values()];
  return copy({
    seed: options.seed,
    size: options.size,
    now: isoOf(store.now()),
    snapshot: options.snapshot,
    currentUser: personRef(store.currentUser),
    agencies: world.agencies.map(({ key: _key, ...agency }) => agency),
    procedures: [...world.procedures],
    procedureFields: [...world.procedureFields],
    dossiers: dossiers.map((record) => dossierView(store, record)),
    dossierHistories: Object.fromEntries(dossiers.map((record) => [record.code, record.history])),
    queueCounts: queueCounts(store, dossiers),
    documents: [...store.documents.values()].map(documentView),
    signingProviders: [...world.signingProviders],
    certificates: world.certificates,
    signingRequests: [...store.signingRequests.values()].map((record) => signingView(store, record)),
    feedbackCategories: [...world.feedbackCategories],
    feedback: feedback.map(feedbackView),
    feedbackThreads: Object.fromEntries(feedback.map((record) => [record.id, record.thread])),
    calendarEvents: [...world.calendarEvents],
    meetings: [...store.meetings.values()].map(meetingView),
    notifications: [...store.notifications.values()]
      .sort((a, b) => b.createdAtMs - a.createdAtMs)
      .map(notificationView),
    news: [...world.news],
    indicatorFields: [...world.indicatorFields],
    indicators: world.indicators.map(({ points: _points, ...indicator }) => indicator),
    indicatorSeries: Object.fromEntries(
      world.indicators.map((indicator) => [
        indicator.code,
        {
          indicatorCode: indicator.code,
          unit: indicator.unit,
          period: indicator.period,
          points: indicator.points.map((point) => ({ ...point })),
        },
      ]),
    ),
  });
}

/**
 * The data set of `options` as plain objects, frozen at `now` (same seed, size and `now` → the same data):
 * fixtures for widgets in controlled mode, or for tests that do not need handlers.
 */
export function createDataset(options: DatasetOptions = {}): Dataset {
  const { nowMs } = resolveDatasetOptions(options);
  const store = createStore({ ...options, now: nowMs, clock: createManualClock(nowMs) });
  return datasetOf(store);
}
