import type { ClockPause, HistoryEntry, PaymentRequest, SupplementRequest } from "@chinhquyenso/client";
import { WidgetBoundary } from "../boundary/WidgetBoundary";
import { useTranslator } from "../i18n/useTranslator";
import { dossierMessages } from "../internal/dossier/messages";
import {
  useDossierHistoryQuery,
  useDossierQuery,
  usePaymentRequestsQuery,
} from "../internal/dossier/queries";
import { type DossierTimelineStatus, TimelineView } from "../internal/dossier/TimelineView";
import type { HeadingLevel } from "../internal/headings";
import { useWidgetRoot } from "../theme/useWidgetRoot";

export type { DossierTimelineStatus };

export interface DossierTimelineProps {
  /** Connected mode: the dossier whose history (`dossiers.history`) and pauses (`dossiers.get`) to load. */
  code?: string;
  /** Controlled mode: the history entries (any order). */
  history?: readonly HistoryEntry[];
  /** Controlled mode: the dossier's `pauses` (shaded on the timeline). */
  pauses?: readonly ClockPause[];
  /** Controlled mode: the dossier's latest supplement request, for its deadline. */
  supplementRequest?: SupplementRequest | null;
  /** Controlled mode: the dossier's payment requests, shown (amount, state) on the payment pause they were for. */
  paymentRequests?: readonly PaymentRequest[];
  /** Controlled mode: loading or failed (with `onRetry`). */
  status?: DossierTimelineStatus;
  onRetry?: () => void;
  headingLevel?: HeadingLevel;
  className?: string;
}

/**
 * Every status change of a dossier — when, which action, to which status, by whom, the comment — oldest first,
 * with the periods the clock stood still shaded and said in words (a wait for payment named as such, with the
 * payment requests issued for it), supplement requests with their deadline and the answers to them.
 */
export function DossierTimeline(props: DossierTimelineProps) {
  const t = useTranslator(dossierMessages);
  return (
    <WidgetBoundary widget="DossierTimeline" label={t("dossier.timeline.widgetName")}>
      {props.history !== undefined ? (
        <Root className={props.className}>
          <TimelineView
            history={props.history}
            pauses={props.pauses}
            supplementRequest={props.supplementRequest}
            paymentRequests={props.paymentRequests}
            status={props.status ?? "success"}
            onRetry={props.onRetry}
            headingLevel={props.headingLevel}
          />
        </Root>
      ) : (
        <ConnectedTimeline {...props} />
      )}
    </WidgetBoundary>
  );
}

function Root({ className, children }: { className: string | undefined; children: React.ReactNode }) {
  return <div {...useWidgetRoot("cqs-dossier-timeline-root", className)}>{children}</div>;
}

function ConnectedTimeline({ code = "", headingLevel, className }: DossierTimelineProps) {
  const history = useDossierHistoryQuery(code, "DossierTimeline");
  const dossier = useDossierQuery(code, "DossierTimeline");
  // Only a dossier that waited for payment loads its requests; without them the pause still shows, without amounts.
  const awaitedPayment = (dossier.data?.pauses ?? []).some((pause) => pause?.status === "awaiting_payment");
  const payments = usePaymentRequestsQuery(code, awaitedPayment, "DossierTimeline");
  const status =
    history.isError || dossier.isError
      ? "error"
      : history.isPending || dossier.isPending
        ? "loading"
        : "success";
  return (
    <Root className={className}>
      <TimelineView
        history={history.data?.items}
        pauses={dossier.data?.pauses}
        supplementRequest={dossier.data?.supplementRequest}
        paymentRequests={payments.data?.items}
        status={status}
        onRetry={() => {
          if (history.isError) void history.refetch();
          if (dossier.isError) void dossier.refetch();
        }}
        headingLevel={headingLevel}
      />
    </Root>
  );
}
