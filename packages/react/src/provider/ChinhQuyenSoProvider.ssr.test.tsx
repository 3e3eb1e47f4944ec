import { createClient } from "@chinhquyenso/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TimelinessBadge } from "../internal/TimelinessBadge";
import { ChinhQuyenSoProvider } from "./ChinhQuyenSoProvider";
import { useChinhQuyenSoSettings, useConnection, useLiveState } from "./hooks";

function Probe() {
  const settings = useChinhQuyenSoSettings();
  const connection = useConnection("Probe");
  return <output>{`${settings.locale}|${typeof connection.queries.dossiers.list}|${useLiveState()}`}</output>;
}

describe("ChinhQuyenSoProvider on the server", () => {
  it("renders connected children without a DOM and without opening the stream", () => {
    expect(typeof window).toBe("undefined");
    const client = createClient({ baseUrl: "http://127.0.0.1:9" });
    const html = renderToString(
      <ChinhQuyenSoProvider client={client} locale="en" theme="dark">
        <Probe />
        <TimelinessBadge timeliness="overdue" />
      </ChinhQuyenSoProvider>,
    );
    expect(html).toContain("en|function|idle");
    expect(html).toContain("Overdue");
  });

  it("names the widget when a connected widget has no client", () => {
    expect(() => renderToString(<Probe />)).toThrow(/Probe: no platform client/);
  });
});
