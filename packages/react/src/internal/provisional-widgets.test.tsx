// The widgets that show a due date mark it "dự kiến" when it depends on a year without an official holiday
// notice (2027 here: core bundles the 2024–2026 notices), and only then.
import "../styles/tokens.css";
import "../styles/base.css";
import "./provisional-note.css";
import type { Dossier } from "@chinhquyenso/client";
import { describe, expect, it } from "vitest";
import { render } from "vitest-browser-react";
import { ComplaintThread } from "../ComplaintThread/ComplaintThread";
import { sampleFeedback } from "../ComplaintThread/fixtures";
import { DocumentInbox } from "../DocumentInbox/DocumentInbox";
import { documentFixture } from "../DocumentInbox/fixtures.test-support";
import { DossierQueue } from "../DossierQueue/DossierQueue";
import { sampleDossiers } from "../DossierQueue/fixtures";
import { ChinhQuyenSoProvider } from "../provider";

const NOW = "2026-12-28T09:00:00+07:00";
const now = () => new Date(NOW);
const REASON =
  "Chưa có thông báo nghỉ lễ chính thức năm 2027: ngày nghỉ được tính theo quy định của Bộ luật Lao động, nên đây là ngày dự kiến.";

describe("provisional due dates in widgets (Chromium)", () => {
  it("DossierQueue marks a due date counted across 2027, not one inside 2026", async () => {
    const [first, second] = sampleDossiers(10) as [Dossier, Dossier];
    const rows: Dossier[] = [
      {
        ...first,
        code: "H29-A",
        status: "processing",
        receivedAt: "2026-12-28T08:00:00+07:00",
        dueAt: "2027-01-05T08:00:00+07:00",
      },
      {
        ...second,
        code: "H29-B",
        status: "processing",
        receivedAt: "2026-12-01T08:00:00+07:00",
        dueAt: "2026-12-30T08:00:00+07:00",
      },
    ] as (typeof first)[];
    const screen = await render(
      <ChinhQuyenSoProvider now={now}>
        <DossierQueue rows={rows} />
      </ChinhQuyenSoProvider>,
    );
    const marks = screen.getByRole("button", { name: "dự kiến" });
    await expect.element(marks.first()).toHaveAccessibleDescription(REASON);
    expect(marks.elements()).toHaveLength(1);
    const row = marks.first().element().closest('[role="row"]');
    expect(row?.textContent).toContain("H29-A");
    expect(row?.textContent).toContain("05/01/2027");
  });

  it("DocumentInbox marks a countdown that counts 2027's working days, not an overdue one", async () => {
    const documents = [
      documentFixture({ id: "d_2027", subject: "Hạn sang năm", dueAt: "2027-01-05T17:00:00+07:00" }),
      documentFixture({ id: "d_late", subject: "Đã quá hạn", dueAt: "2026-12-22T17:00:00+07:00" }),
    ];
    const screen = await render(
      <ChinhQuyenSoProvider now={now}>
        <DocumentInbox documents={documents} />
      </ChinhQuyenSoProvider>,
    );
    const mark = screen.getByRole("button", { name: "dự kiến" });
    await expect.element(mark).toHaveAccessibleDescription(REASON);
    // Mon 28/12 → Tue 05/01: 29, 30, 31/12, 04/01 and 05/01 (01/01/2027 is New Year's Day by the statute).
    expect(mark.element().closest(".cqs-inbox__deadline")?.textContent).toContain("còn 5 ngày làm việc");
    expect(mark.element().closest("tr")?.textContent).toContain("Hạn sang năm");
  });

  it("ComplaintThread marks the SLA of a report due in 2027, in English too", async () => {
    const feedback = sampleFeedback({
      createdAt: "2026-12-21T08:00:00+07:00",
      dueAt: "2027-01-05T17:00:00+07:00",
    });
    const screen = await render(
      <ChinhQuyenSoProvider now={now} locale="en">
        <ComplaintThread audience="citizen" feedback={feedback} entries={[]} />
      </ChinhQuyenSoProvider>,
    );
    await expect
      .element(screen.getByRole("button", { name: "provisional" }))
      .toHaveAccessibleDescription(
        "No official holiday notice for 2027 is loaded: its days off are computed from the Labour Code, so this date is provisional.",
      );
  });

  it("does not mark dates the official notices cover", async () => {
    const screen = await render(
      <ChinhQuyenSoProvider now={() => new Date("2026-11-26T09:00:00+07:00")}>
        <ComplaintThread audience="citizen" feedback={sampleFeedback()} entries={[]} />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(screen.getByText("còn 2 ngày làm việc")).toBeVisible();
    expect(screen.container.querySelector(".cqs-provisional")).toBeNull();
  });
});
