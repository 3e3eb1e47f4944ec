import { HouseholdLookup } from "@chinhquyenso/react";
import { useMessages } from "../messages";
import { Page } from "../shell/Page";

/**
 * Household lookup, for officers holding `citizens:lookup` (in the sandbox, the leader `sbx-leader`). Anyone
 * else meets the widget's own "no permission" state before any lookup: the platform decides, not this page.
 */
export default function Household() {
  const messages = useMessages();
  return (
    <Page title={messages.household}>
      <HouseholdLookup />
    </Page>
  );
}
