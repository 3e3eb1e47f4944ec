// What the README's code blocks take for granted, declared so that scripts/check-readme-snippets.mjs can compile
// them: your app's own values and functions, and — in the widget sections, whose blocks show JSX without the
// import line of "Getting started" — the widgets themselves.
import type {
  AuthOptions,
  Certificate,
  ChinhQuyenSoClient,
  Decision766Report,
  Document,
  Dossier,
  DossierAction,
  Feedback,
  FeeList,
  NewsArticle,
  PaymentRequest,
  PersonRef,
  SeriesPoint,
  SigningProvider,
  ThreadEntry,
  TimelinessReport,
} from "@chinhquyenso/client";
import type * as Widgets from "@chinhquyenso/react";

declare global {
  // The widgets (their import is shown once, in "Getting started").
  const IndicatorCard: typeof Widgets.IndicatorCard;
  const IndicatorTrend: typeof Widgets.IndicatorTrend;
  const OnTimeRate: typeof Widgets.OnTimeRate;
  const Decision766Summary: typeof Widgets.Decision766Summary;
  const NewsFeed: typeof Widgets.NewsFeed;
  const WorkCalendar: typeof Widgets.WorkCalendar;
  const MeetingNotice: typeof Widgets.MeetingNotice;
  const NotificationCenter: typeof Widgets.NotificationCenter;
  const SigningPrompt: typeof Widgets.SigningPrompt;
  const HouseholdLookup: typeof Widgets.HouseholdLookup;
  const IndicatorExplorer: typeof Widgets.IndicatorExplorer;
  const IndicatorBoard: typeof Widgets.IndicatorBoard;
  const DossierPayments: typeof Widgets.DossierPayments;
  const PaymentStatus: typeof Widgets.PaymentStatus;
  const DossierStatusLookup: typeof Widgets.DossierStatusLookup;

  // Your platform client and sign-in.
  const client: ChinhQuyenSoClient;
  const baseUrl: string;
  const auth: AuthOptions;
  function getAccessToken(): string | undefined;

  // Your app's data and state.
  const me: { id: string };
  const points: SeriesPoint[];
  const report: TimelinessReport;
  const scores: Decision766Report;
  const items: NewsArticle[];
  const hasMore: boolean;
  const fees: FeeList;
  const requests: PaymentRequest[];
  function sendPaymentRequest(feeIds: string[]): Promise<{ ok: true; id: string }>;
  const dossiers: Dossier[];
  const page: Dossier[];
  const total: number;
  const more: boolean;
  const busy: boolean;
  const error: unknown;
  const counts: Widgets.DossierQueueCount[];
  const queue: string;
  const q: string;
  const documents: Widgets.SigningDocument[];
  const providers: SigningProvider[];
  const certificates: Certificate[];
  const signingOpen: boolean;
  const officersOfMyAgency: PersonRef[];
  const feedback: Feedback | null | undefined;
  const entries: ThreadEntry[] | undefined;
  /** The dossier's code, from your route. */
  const code: string;
  const board: Widgets.IndicatorBoardConfig;
  function saveBoard(json: string): void;

  // Your app's functions.
  function navigate(to: string): void;
  function routeFor(type: string, resourceId: string | null | undefined): string;
  function toast(message: string): void;
  function loadMore(): void;
  function openArticle(article: Widgets.NewsItem): void;
  function openDossier(code: string): void;
  function setSigning(documents: Document[]): void;
  function setSigningOpen(open: boolean): void;
  function setDeadline(deadline: string | null): void;
  function save(
    action: DossierAction,
    dossiers: readonly Dossier[],
    input: Widgets.DossierBulkInput,
  ): Promise<void>;
  function next(): void;
  function reload(): void;
  function setQueue(queue: string): void;
  function setQ(search: string): void;
  function useLocalStorage(
    key: string,
    initial: string | null,
  ): [string | null, (value: string | null) => void];
  /** Your own HTTP layer (a controlled widget's data source). */
  const api: {
    post(...args: unknown[]): Promise<never>;
    get(...args: unknown[]): Promise<never>;
    upload(...args: unknown[]): Promise<never>;
    reopen(...args: unknown[]): Promise<never>;
  };
}
