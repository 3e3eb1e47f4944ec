import { createClient } from "@chinhquyenso/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChinhQuyenSoProvider } from "../provider";
import { DocumentInbox } from "./DocumentInbox";
import { INBOX, ME, manyDocuments } from "./fixtures";

const now = () => new Date("2026-11-26T09:00:00+07:00");

describe("DocumentInbox on the server", () => {
  it("renders controlled documents without a DOM", () => {
    expect(typeof window).toBe("undefined");
    const html = renderToString(
      <ChinhQuyenSoProvider now={now} locale="en">
        <DocumentInbox documents={INBOX} currentUserId={ME.id} onRequestSignature={() => {}} />
      </ChinhQuyenSoProvider>,
    );
    expect(html).toContain("88/UBND-KT");
    expect(html).toContain("Flash");
    expect(html).toContain("3 days overdue");
  });

  it("renders the first page of 3,000 documents, the same rows as for 100 (no work per hidden row)", () => {
    const render = (count: number) =>
      renderToString(
        <ChinhQuyenSoProvider now={now}>
          <DocumentInbox documents={manyDocuments(count)} currentUserId={ME.id} />
        </ChinhQuyenSoProvider>,
      );
    const rowsIn = (html: string) => html.match(/<tr/g)?.length ?? 0;
    const large = render(3000);
    expect(rowsIn(large)).toBe(rowsIn(render(100)));
    expect(rowsIn(large)).toBe(51); // the header and a page of 50
    expect(large).toMatch(/Hiện thêm 50 văn bản \(còn 2[.,]?950\)/);
  });

  it("renders the connected inbox as a loading skeleton, without fetching", () => {
    const client = createClient({ baseUrl: "http://127.0.0.1:9" });
    const html = renderToString(
      <ChinhQuyenSoProvider client={client} now={now}>
        <DocumentInbox />
      </ChinhQuyenSoProvider>,
    );
    expect(html).toContain('data-state="loading"');
    expect(html).toContain("Văn bản đến");
  });
});
