import { isApiError } from "@chinhquyenso/client";
import { DOSSIER_STATUS_LABELS, labelOf } from "@chinhquyenso/core";
import {
  TimelinessBadge,
  useChinhQuyenSoSettings,
  useConnection,
  useWorkingCalendar,
} from "@chinhquyenso/react";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "wouter";
import { dateTimeText } from "../format";
import { useMessages } from "../messages";
import { PATHS } from "../paths";
import { Page } from "../shell/Page";
import { DueExplanation } from "./dossier/DueExplanation";
import { explainDossierDue, yearsOfDossier } from "./dossier/dueExplanation";
import { HistoryList } from "./dossier/HistoryList";
import { PaymentsSection } from "./dossier/PaymentsSection";
import { TransitionPanel } from "./dossier/TransitionPanel";

export default function DossierDetail() {
  const messages = useMessages();
  const { code = "" } = useParams<{ code: string }>();
  const { locale, now } = useChinhQuyenSoSettings();
  // The widgets' own query client and option factories: a transition here refreshes the queue's counts too.
  const { queries, queryClient } = useConnection("DossierDetail");
  const dossier = useQuery(queries.dossiers.get(code), queryClient);
  // The holiday notices of the years from intake to the due date, loaded from the platform by the provider.
  const calendar = useWorkingCalendar(yearsOfDossier(dossier.data));
  const history = useQuery(queries.dossiers.history(code), queryClient);
  const procedureCode = dossier.data?.procedureCode ?? "";
  const procedure = useQuery(
    { ...queries.procedures.get(procedureCode), enabled: procedureCode !== "" },
    queryClient,
  );

  const title = `${messages.dossier} ${code}`;
  const back = (
    <Link href={PATHS.queue} className="back-link">
      ← {messages.back}
    </Link>
  );

  if (dossier.isPending) {
    return (
      <Page title={title} actions={back}>
        <p aria-busy="true">{messages.loading}</p>
      </Page>
    );
  }
  if (dossier.isError) {
    const notFound = isApiError(dossier.error, "dossiers.get") && dossier.error.status === 404;
    return (
      <Page title={notFound ? `${messages.notFoundDossier} ${code}` : title} actions={back}>
        <div role="alert" className="outcome outcome--error">
          {notFound ? messages.notFoundDossier : messages.loadFailed}{" "}
          {!notFound && (
            <button type="button" onClick={() => void dossier.refetch()}>
              {messages.retry}
            </button>
          )}
        </div>
      </Page>
    );
  }

  const data = dossier.data;
  return (
    <Page title={title} actions={back}>
      <dl className="facts panel">
        <div>
          <dt>{messages.procedure}</dt>
          <dd>{data.procedureName}</dd>
        </div>
        <div>
          <dt>{messages.applicant}</dt>
          <dd>{data.applicant.fullName}</dd>
        </div>
        <div>
          <dt>{messages.status}</dt>
          <dd>
            <span data-testid="dossier-status">{labelOf(DOSSIER_STATUS_LABELS, data.status, locale)}</span>{" "}
            <TimelinessBadge timeliness={data.timeliness} />
          </dd>
        </div>
        <div>
          <dt>{messages.received}</dt>
          <dd>{dateTimeText(data.receivedAt)}</dd>
        </div>
        <div>
          <dt>{messages.due}</dt>
          <dd>{dateTimeText(data.dueAt)}</dd>
        </div>
      </dl>
      <div className="two-columns">
        <TransitionPanel dossier={data} locale={locale} />
        {procedure.data && history.data ? (
          <DueExplanation
            result={explainDossierDue(data, procedure.data, history.data.items, {
              locale,
              calendar,
              now: now(),
            })}
          />
        ) : procedure.isError || history.isError ? (
          <p role="alert">{messages.loadFailed}</p>
        ) : (
          <p aria-busy="true">{messages.loading}</p>
        )}
      </div>
      <PaymentsSection code={code} status={data.status} />
      {history.data && <HistoryList entries={history.data.items} locale={locale} />}
    </Page>
  );
}
