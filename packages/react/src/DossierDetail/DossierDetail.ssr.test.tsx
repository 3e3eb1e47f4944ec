import { createClient, type Dossier } from "@chinhquyenso/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DeadlinePicker } from "../DeadlinePicker/DeadlinePicker";
import { DossierTimeline } from "../DossierTimeline/DossierTimeline";
import { TIMELINE_HISTORY, TIMELINE_PAUSES } from "../DossierTimeline/fixtures";
import { DueDateExplanation } from "../DueDateExplanation/DueDateExplanation";
import { ChinhQuyenSoProvider } from "../provider";
import { DossierDetail } from "./DossierDetail";

const now = () => new Date("2026-11-26T09:00:00+07:00");
const dossier = {
  code: "000.00.00.H29-261116-0001",
  procedureCode: "1.000656.000.00.00.H29",
  procedureName: "Đăng ký thường trú",
  caseName: "Cấp mới",
  agencyCode: "000.00.00.H29",
  fieldName: "Cư trú",
  status: "suspended",
  statusId: 8,
  channel: "online",
  applicant: { fullName: "Nguyễn Văn An" },
  summary: "Đăng ký thường trú",
  receivedAt: "2026-11-16T09:00:00+07:00",
  dueAt: "2026-12-01T17:00:00+07:00",
  timeliness: "within_time",
  pauses: TIMELINE_PAUSES,
  allowedActions: ["resume", "withdraw"],
  etag: '"d-1"',
  updatedAt: "2026-11-25T09:00:00+07:00",
} as Dossier;

describe("the dossier detail widgets on the server", () => {
  it("render controlled data without a DOM: timeline, steps, actions, picker", () => {
    expect(typeof window).toBe("undefined");
    const html = renderToString(
      <ChinhQuyenSoProvider now={now} client={createClient({ baseUrl: "http://127.0.0.1:9" })} live={false}>
        <DossierDetail
          dossier={dossier}
          history={TIMELINE_HISTORY}
          cases={[{ code: "01", name: "Cấp mới", duration: 10, unit: "working_day" }]}
        />
        <DeadlinePicker label="Hạn bổ sung" defaultValue="2026-12-03" />
      </ChinhQuyenSoProvider>,
    );
    expect(html).toContain("Hồ sơ 000.00.00.H29-261116-0001");
    expect(html).toContain("Đồng hồ đang dừng từ 14:00 24/11/2026");
    expect(html).toContain("Tạm dừng tính thời gian từ");
    expect(html).toContain('data-action="resume"');
    expect(html).toContain('value="03/12/2026"');
    expect(html).toContain("5 ngày làm việc kể từ 26/11/2026");
  });

  it("render the connected parts as loading, without fetching", () => {
    const client = createClient({ baseUrl: "http://127.0.0.1:9" });
    const html = renderToString(
      <ChinhQuyenSoProvider client={client} now={now} live={false}>
        <DossierDetail code={dossier.code} />
        <DossierTimeline code={dossier.code} />
        <DueDateExplanation code={dossier.code} />
      </ChinhQuyenSoProvider>,
    );
    expect(html.match(/aria-busy="true"/g)?.length).toBe(3);
  });
});
