import { DossierDetail as DossierDetailWidget } from "@chinhquyenso/react";
import { Link, useParams } from "wouter";
import { useMessages } from "../messages";
import { PATHS } from "../paths";
import { Page } from "../shell/Page";
import { EvidenceSection } from "./dossier/EvidenceSection";
import { PaymentsSection } from "./dossier/PaymentsSection";

/** A dossier page: the library's DossierDetail (facts, actions, due-date steps, timeline) under the shell. */
export default function DossierDetail() {
  const messages = useMessages();
  const { code = "" } = useParams<{ code: string }>();
  return (
    <Page
      title={`${messages.dossier} ${code}`}
      actions={
        <Link href={PATHS.queue} className="back-link">
          ← {messages.back}
        </Link>
      }
    >
      {/* The page's h1 names the dossier; the widget's own title is the section under it. */}
      <DossierDetailWidget code={code} headingLevel={2} />
      <EvidenceSection code={code} />
      <PaymentsSection code={code} />
    </Page>
  );
}
