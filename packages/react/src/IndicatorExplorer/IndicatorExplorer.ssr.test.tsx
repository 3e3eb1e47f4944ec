import { createClient } from "@chinhquyenso/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChinhQuyenSoProvider } from "../provider";
import { largeCatalogue, SAMPLE_FIELDS, SAMPLE_INDICATORS } from "./fixtures";
import { IndicatorExplorer } from "./IndicatorExplorer";

describe("IndicatorExplorer on the server", () => {
  it("renders controlled data without a DOM", () => {
    expect(typeof window).toBe("undefined");
    const html = renderToString(<IndicatorExplorer indicators={SAMPLE_INDICATORS} fields={SAMPLE_FIELDS} />);
    expect(html).toContain("Ca mắc sốt xuất huyết");
    expect(html).toContain("Báo động");
    expect(html).toContain('aria-rowcount="6"');
  });

  it("answers a search given at mount on the server (no effect runs there)", () => {
    const html = renderToString(
      <IndicatorExplorer
        indicators={SAMPLE_INDICATORS}
        fields={SAMPLE_FIELDS}
        defaultQuery="sot xuat huyet"
      />,
    );
    expect(html).toContain("Ca mắc sốt xuất huyết");
    expect(html).toContain('aria-rowcount="2"');
  });

  it("renders only the first window of a large catalogue", () => {
    const { fields, indicators } = largeCatalogue(27, 5000);
    const html = renderToString(<IndicatorExplorer indicators={indicators} fields={fields} />);
    const rows = html.match(/aria-rowindex="/g)?.length ?? 0;
    expect(rows).toBeGreaterThan(5);
    expect(rows).toBeLessThan(40);
  });

  it("renders the loading state of a connected explorer (no request on the server)", () => {
    const client = createClient({ baseUrl: "http://127.0.0.1:9" });
    const html = renderToString(
      <ChinhQuyenSoProvider client={client}>
        <IndicatorExplorer />
      </ChinhQuyenSoProvider>,
    );
    expect(html).toContain("Đang tải chỉ tiêu…");
  });
});
