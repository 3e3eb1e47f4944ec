import "../styles/tokens.css";
import "../styles/base.css";
import "./provisional-note.css";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { GridCell, GridRow } from "../DossierQueue/gridParts";
import { ChinhQuyenSoProvider } from "../provider";
import { ProvisionalNote } from "./ProvisionalNote";

const REASON_VI =
  "Chưa có thông báo nghỉ lễ chính thức năm 2027: ngày nghỉ được tính theo quy định của Bộ luật Lao động, nên đây là ngày dự kiến.";

const tip = () => document.querySelector<HTMLElement>(".cqs-provisional__tip");
const tipShown = () => {
  const element = tip();
  return !!element && element.matches(":popover-open") && element.getBoundingClientRect().height > 0;
};

describe("ProvisionalNote (Chromium)", () => {
  it("renders nothing when no year is provisional", async () => {
    const screen = await render(
      <p>
        04/01/2026
        <ProvisionalNote years={[]} />
      </p>,
    );
    expect(screen.container.querySelector(".cqs-provisional")).toBeNull();
  });

  it("labels the date and gives the reason as the label's description", async () => {
    const screen = await render(
      <p>
        04/01/2027
        <ProvisionalNote years={[2027]} />
      </p>,
    );
    const label = screen.getByRole("button", { name: "dự kiến" });
    await expect.element(label).toHaveAccessibleDescription(REASON_VI);
    expect(tipShown()).toBe(false);
  });

  it("shows the reason on hover, over the reason too, and hides it when the pointer leaves", async () => {
    const screen = await render(
      <div style={{ padding: "3rem" }}>
        <span>04/01/2027</span>
        <ProvisionalNote years={[2027]} />
        <p style={{ marginTop: "12rem" }}>elsewhere</p>
      </div>,
    );
    await userEvent.hover(screen.getByRole("button", { name: "dự kiến" }));
    await expect.poll(tipShown).toBe(true);
    expect(tip()?.textContent).toBe(REASON_VI);
    await userEvent.hover(page.elementLocator(tip() as HTMLElement));
    expect(tipShown()).toBe(true);
    await userEvent.hover(screen.getByText("elsewhere"));
    await expect.poll(tipShown).toBe(false);
  });

  it("shows the reason on keyboard focus and closes it with Escape", async () => {
    const screen = await render(
      <div>
        <button type="button">before</button>
        <span>04/01/2027</span>
        <ProvisionalNote years={[2027, 2028]} />
      </div>,
    );
    screen.getByRole("button", { name: "before" }).element().focus();
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe("dự kiến");
    await expect.poll(tipShown).toBe(true);
    expect(tip()?.textContent).toContain("năm 2027, 2028");
    await userEvent.keyboard("{Escape}");
    await expect.poll(tipShown).toBe(false);
    await userEvent.tab({ shift: true });
    await expect.poll(tipShown).toBe(false);
  });

  it("opens on tap and closes on a tap elsewhere", async () => {
    const screen = await render(
      <div>
        <ProvisionalNote years={[2027]} />
        <p style={{ marginTop: "12rem" }}>elsewhere</p>
      </div>,
    );
    await userEvent.click(screen.getByRole("button", { name: "dự kiến" }));
    await expect.poll(tipShown).toBe(true);
    await userEvent.click(screen.getByText("elsewhere"));
    await expect.poll(tipShown).toBe(false);
  });

  it("in a grid, adds no Tab stop and opens while its cell has the focus", async () => {
    const screen = await render(
      // biome-ignore lint/a11y/useSemanticElements: the DossierQueue's grid, reduced to one row
      <div role="grid" aria-label="Hồ sơ">
        <GridRow>
          <GridCell tabIndex={0}>
            04/01/2027
            <ProvisionalNote years={[2027]} inGrid />
          </GridCell>
          <GridCell tabIndex={-1}>other</GridCell>
        </GridRow>
      </div>,
    );
    const label = screen.getByRole("button", { name: "dự kiến" });
    expect(label.element().tabIndex).toBe(-1);
    const cell = screen.getByRole("gridcell").first().element() as HTMLElement;
    cell.focus();
    await expect.poll(tipShown).toBe(true);
    (screen.getByRole("gridcell").last().element() as HTMLElement).focus();
    await expect.poll(tipShown).toBe(false);
  });

  it("speaks English and takes the host's wording", async () => {
    const screen = await render(
      <ChinhQuyenSoProvider
        locale="en"
        messages={{ "common.provisionalReason": "Holidays of {years} are not confirmed yet." }}
      >
        <ProvisionalNote years={[2027]} />
      </ChinhQuyenSoProvider>,
    );
    await expect
      .element(screen.getByRole("button", { name: "provisional" }))
      .toHaveAccessibleDescription("Holidays of 2027 are not confirmed yet.");
  });
});
