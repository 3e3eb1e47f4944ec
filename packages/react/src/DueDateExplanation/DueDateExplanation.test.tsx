import "../styles/tokens.css";
import "../styles/base.css";
import "../internal/dossier/dossier-parts.css";
import "../internal/provisional-note.css";
import "./due-date-explanation.css";
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { ChinhQuyenSoProvider } from "../provider";
import { Connected, createPlatform, testNow } from "../support/platform.test-support";
import { DueDateExplanation } from "./DueDateExplanation";

const cases = [{ code: "01", name: "Cấp mới", duration: 5, unit: "working_day" as const }];

describe("DueDateExplanation (Chromium)", () => {
  it("explains the steps with the dossier's pauses, in Vietnamese and in English", async () => {
    const dossier = {
      receivedAt: "2026-11-16T09:00:00+07:00",
      dueAt: null,
      caseName: "Cấp mới",
      pauses: [
        { from: "2026-11-17T10:00:00+07:00", to: "2026-11-19T10:00:00+07:00", status: "awaiting_supplement" },
      ],
    };
    const screen = await render(
      <ChinhQuyenSoProvider now={testNow}>
        <DueDateExplanation dossier={dossier} cases={cases} />
      </ChinhQuyenSoProvider>,
    );
    const pause = document.querySelector('[data-kind="pause"]');
    expect(pause?.textContent).toMatch(
      /^Tạm dừng tính thời gian từ .* \(Yêu cầu bổ sung giấy tờ\): hạn lùi thêm/,
    );
    await expect.element(screen.getByRole("heading", { name: "Cách tính hạn trả kết quả" })).toBeVisible();
    screen.rerender(
      <ChinhQuyenSoProvider now={testNow} locale="en">
        <DueDateExplanation dossier={dossier} cases={cases} />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(screen.getByRole("heading", { name: "How the due date is computed" })).toBeVisible();
    expect(document.querySelector('[data-kind="pause"]')?.textContent).toMatch(/^Clock stopped from/);
  });

  it("marks a due date in a year without an official notice as provisional, with the reason on focus", async () => {
    const screen = await render(
      <ChinhQuyenSoProvider now={testNow}>
        <DueDateExplanation
          dossier={{ receivedAt: "2027-12-28T09:00:00+07:00", dueAt: null, pauses: [], caseName: "Cấp mới" }}
          cases={cases}
        />
      </ChinhQuyenSoProvider>,
    );
    const note = screen.getByRole("button", { name: "dự kiến" });
    await expect.element(note).toBeVisible();
    await userEvent.tab();
    await expect.element(note).toHaveFocus();
    await expect.element(note).toHaveAccessibleDescription(/2027/);
    expect(document.querySelector('[data-kind="due"]')?.contains(note.element())).toBe(true);
  });

  it("says why there is no explanation rather than guessing", async () => {
    const screen = await render(
      <ChinhQuyenSoProvider now={testNow}>
        <DueDateExplanation dossier={{ receivedAt: null, dueAt: null, pauses: [] }} />
        <DueDateExplanation
          dossier={{ receivedAt: "2026-11-16T09:00:00+07:00", dueAt: null, pauses: [] }}
          cases={[...cases, { ...cases[0], code: "02", name: "Cấp lại" } as (typeof cases)[0]]}
        />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(screen.getByText("Hồ sơ chưa được tiếp nhận nên chưa có hạn trả.")).toBeVisible();
    await expect.element(screen.getByText(/^Không xác định được thời hạn giải quyết/)).toBeVisible();
  });

  it("loads the dossier and its procedure, and agrees with the platform's due date", async () => {
    const platform = createPlatform();
    const page = await platform.client.dossiers.list({ queue: "all", limit: 100 });
    const dossier = page.items.find((item) => item.pauses.length > 0 && item.receivedAt);
    if (!dossier) throw new Error("the seed has a dossier that waited");
    const screen = await render(
      <Connected platform={platform}>
        <DueDateExplanation code={dossier.code} />
      </Connected>,
    );
    await expect.poll(() => document.querySelectorAll('[data-kind="pause"]').length).toBeGreaterThan(0);
    await expect.element(screen.getByRole("listitem").last()).toBeVisible();
    // Core, given the contract's pauses, finds the platform's own due date: no "differs" note.
    expect(document.querySelector(".cqs-due-explanation__differs")).toBeNull();
  });
});
