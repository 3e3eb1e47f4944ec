import {
  Decision766Summary,
  IndicatorCard,
  IndicatorTrend,
  NewsFeed,
  OnTimeRate,
  useLocale,
} from "@chinhquyenso/react";
import { AGENCY_CODE, AGENCY_NAME, HOME_INDICATORS } from "../config";
import { useMessages } from "../messages";
import { Page } from "../shell/Page";

export default function Home() {
  const messages = useMessages();
  const locale = useLocale();
  return (
    <Page title={messages.home}>
      <section aria-labelledby="home-indicators" className="home-section">
        <h2 id="home-indicators">{messages.indicators}</h2>
        <div className="card-grid">
          {HOME_INDICATORS.map((code) => (
            <IndicatorCard key={code} code={code} />
          ))}
        </div>
      </section>
      <div className="two-columns">
        <OnTimeRate headingLevel={2} title={messages.onTimeTitle} />
        <Decision766Summary agencyCode={AGENCY_CODE} subtitle={AGENCY_NAME[locale]} headingLevel={2} />
      </div>
      <IndicatorTrend code="HCC-01" headingLevel={2} />
      <NewsFeed pageSize={5} headingLevel={2} />
    </Page>
  );
}
