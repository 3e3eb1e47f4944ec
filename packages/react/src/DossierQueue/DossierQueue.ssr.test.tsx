import { createClient, type Dossier } from "@chinhquyenso/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LazyDeadlineField } from "../internal/deadlinePicker/LazyDeadlineField";
import { ChinhQuyenSoProvider } from "../provider";
import { STORY_NOW } from "../support/storybook.story-support";
import { SYNC_INDEX_LIMIT } from "./clientRows";
import { DossierQueue } from "./DossierQueue";
import { manyDossiers, sampleDossiers } from "./fixtures";

const now = () => new Date(STORY_NOW);

describe("DossierQueue on the server", () => {
  it("renders given rows as an ARIA grid without a DOM", () => {
    expect(typeof window).toBe("undefined");
    const rows = sampleDossiers(200);
    const html = renderToString(
      <ChinhQuyenSoProvider now={now}>
        <DossierQueue rows={rows} />
      </ChinhQuyenSoProvider>,
    );
    expect(html).toContain('role="grid"');
    expect(html).toContain('aria-rowcount="201"');
    expect(html).toContain("Chờ tiếp nhận trực tuyến");
    // The first rows of the virtual window are in the HTML, with their absolute row index.
    expect(html).toContain(rows[0]?.code);
    expect(html).toContain('aria-rowindex="2"');
    // Personal data the rows carry is never rendered.
    for (const row of rows.slice(0, 10)) {
      if (row.applicant.citizenId) expect(html).not.toContain(row.applicant.citizenId);
      if (row.applicant.phone) expect(html).not.toContain(row.applicant.phone);
    }
  });

  // Generating 100,000 rows is most of this test's time: seconds beside other sessions. It checks markup, not speed.
  it("renders only the first window of 100,000 rows, the same rows as for 200 (no work per row)", {
    timeout: 60_000,
  }, () => {
    const render = (rows: readonly Dossier[]) =>
      renderToString(
        <ChinhQuyenSoProvider now={now}>
          <DossierQueue rows={rows} />
        </ChinhQuyenSoProvider>,
      );
    const many = manyDossiers(100_000);
    const large = render(many);
    const small = render(many.slice(0, 200));
    const rowsIn = (html: string) => html.match(/role="row"/g)?.length ?? 0;
    expect(large).toContain('aria-rowcount="100001"');
    expect(rowsIn(large)).toBe(rowsIn(small));
    expect(rowsIn(large)).toBeGreaterThan(10);
    expect(large).toContain(many[0]?.code);
    // The scroll content is as tall as every row, so the scrollbar is right before the browser takes over.
    const height = (html: string) => Number(/height:(\d+)px/.exec(html)?.[1]);
    expect(height(large) / height(small)).toBe(100_000 / 200);
  });

  it("renders a search over a long list as waiting for its index (built in the browser, never on the server)", () => {
    const rows = manyDossiers(SYNC_INDEX_LIMIT + 1);
    const html = renderToString(
      <ChinhQuyenSoProvider now={now}>
        <DossierQueue rows={rows} defaultSearch={rows[1500]?.code ?? ""} />
      </ChinhQuyenSoProvider>,
    );
    expect(html).toContain("Đang lập chỉ mục tìm kiếm…");
    // The rows are shown unsearched meanwhile, the count as unknown; the first render in the browser is the same.
    expect(html).toContain(rows[0]?.code);
    expect(html).toContain('aria-rowcount="-1"');
    expect(html).toContain('aria-busy="true"');
  });

  it("shows a neutral dash with a label, not a badge, for a dossier without timeliness (null)", () => {
    const [first, second] = sampleDossiers(200);
    // The contract is making timeliness nullable; the cast stands for what the API will send.
    const undated = { ...first, code: "00.00.X74-261126-9999", timeliness: null } as unknown as Dossier;
    const html = renderToString(
      <ChinhQuyenSoProvider now={now}>
        <DossierQueue rows={[undated, second as Dossier]} columns={["code", "timeliness"]} />
      </ChinhQuyenSoProvider>,
    );
    const cells = html.split('data-column="timeliness"').slice(2); // [0] precedes the header cell
    expect(cells).toHaveLength(2);
    expect(cells[0]).toContain("Không xét tiến độ");
    expect(cells[0]).not.toContain("cqs-timeliness-badge");
    expect(cells[1]).toContain("cqs-timeliness-badge");
  });

  it("renders the connected queue's loading state in English without fetching", () => {
    const client = createClient({ baseUrl: "http://127.0.0.1:9" });
    const html = renderToString(
      <ChinhQuyenSoProvider client={client} locale="en" now={now}>
        <DossierQueue />
      </ChinhQuyenSoProvider>,
    );
    expect(html).toContain('data-state="loading"');
    expect(html).toContain("Loading dossiers…");
    expect(html).toContain("Awaiting online intake");
  });

  it("renders the controlled error and empty states without a provider", () => {
    expect(renderToString(<DossierQueue error={new Error("boom")} />)).toContain(
      "Không tải được danh sách hồ sơ.",
    );
    expect(renderToString(<DossierQueue rows={[]} />)).toContain("Chưa có hồ sơ nào.");
  });

  it("names the fix when it has neither rows nor a client (error boundaries do not run on the server)", () => {
    expect(() => renderToString(<DossierQueue />)).toThrow(/DossierQueue: no rows and no platform client/);
  });
});

describe("BulkBar's deadline field on the server", () => {
  it("renders its labelled loading placeholder (the picker's code loads in the browser)", () => {
    const html = renderToString(
      <ChinhQuyenSoProvider now={now}>
        <LazyDeadlineField label="Hạn nộp bổ sung" value={null} onChange={() => {}} />
      </ChinhQuyenSoProvider>,
    );
    expect(html).toContain("Hạn nộp bổ sung");
    expect(html).toContain('role="status"');
    expect(html).toContain("Đang tải lịch chọn hạn…");
    // Not the picker itself: that would have been loaded on the server.
    expect(html).not.toContain('role="textbox"');
    expect(html).not.toContain("<input");
  });
});
