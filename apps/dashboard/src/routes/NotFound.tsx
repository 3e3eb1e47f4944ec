import { Link } from "wouter";
import { useMessages } from "../messages";
import { PATHS } from "../paths";
import { Page } from "../shell/Page";

export default function NotFound() {
  const messages = useMessages();
  return (
    <Page title={messages.notFound}>
      <p>
        <Link href={PATHS.home}>{messages.goHome}</Link>
      </p>
    </Page>
  );
}
