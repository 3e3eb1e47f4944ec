import { NetworkError, TimeoutError } from "@chinhquyenso/client";
import { useEffect, useState } from "react";
import { API_BASE_URL, client } from "../config";
import { useMessages } from "../messages";

const RECHECK_MS = 15_000;

/**
 * A banner while the platform cannot be reached at all (refused, DNS, CORS, timeout). An HTTP error answer
 * means the API is up: the widgets explain those themselves.
 */
export function ApiStatusBanner() {
  const messages = useMessages();
  const [down, setDown] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const probe = () => {
      client.agencies.list(undefined, { signal: controller.signal, retry: false, timeout: 10_000 }).then(
        () => setDown(false),
        (error: unknown) => {
          if (controller.signal.aborted) return;
          const unreachable = error instanceof NetworkError || error instanceof TimeoutError;
          setDown(unreachable);
          if (unreachable) timer = setTimeout(probe, RECHECK_MS);
        },
      );
    };
    probe();
    window.addEventListener("online", probe);
    return () => {
      controller.abort();
      clearTimeout(timer);
      window.removeEventListener("online", probe);
    };
  }, []);

  if (!down) return null;
  return (
    <div className="api-banner" role="alert">
      <strong>
        {messages.apiDown} <code>{API_BASE_URL}</code>
      </strong>{" "}
      {messages.apiDownHint}
    </div>
  );
}
