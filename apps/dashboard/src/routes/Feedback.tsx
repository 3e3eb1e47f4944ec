import { ComplaintThread, useChinhQuyenSoSettings } from "@chinhquyenso/react";
import { Link, useParams, useSearch } from "wouter";
import { useMessages } from "../messages";
import { PATHS } from "../paths";
import { Page } from "../shell/Page";
import { FeedbackList } from "./feedback/FeedbackList";

type Audience = "staff" | "citizen";

export default function Feedback() {
  const messages = useMessages();
  const { locale } = useChinhQuyenSoSettings();
  const { id } = useParams<{ id?: string }>();
  // The audience is in the URL (?as=citizen) so "what the citizen sees" can be linked and reloaded.
  const audience: Audience = new URLSearchParams(useSearch()).get("as") === "citizen" ? "citizen" : "staff";
  const suffix = audience === "citizen" ? "?as=citizen" : "";
  const hrefOf = (feedbackId: string) => `${PATHS.feedbackThread(feedbackId)}${suffix}`;

  return (
    <Page title={messages.feedback}>
      <div className="feedback-layout">
        <FeedbackList locale={locale} selectedId={id} hrefOf={hrefOf} />
        <div className="feedback-thread">
          <fieldset className="audience-switch">
            <legend>{messages.audience}</legend>
            {(["staff", "citizen"] as const).map((value) => (
              <Link
                key={value}
                replace
                href={`${id ? PATHS.feedbackThread(id) : PATHS.feedback}${value === "citizen" ? "?as=citizen" : ""}`}
                aria-current={audience === value ? "true" : undefined}
                data-audience={value}
              >
                {value === "staff" ? messages.staff : messages.citizen}
              </Link>
            ))}
          </fieldset>
          {id ? (
            <ComplaintThread key={`${id}:${audience}`} feedbackId={id} audience={audience} />
          ) : (
            <p className="panel">{messages.selectFeedback}</p>
          )}
        </div>
      </div>
    </Page>
  );
}
