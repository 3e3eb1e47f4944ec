import { describe, expect, it } from "vitest";
import { render } from "vitest-browser-react";
import { ChinhQuyenSoProvider } from "../provider";
import { TimelinessBadge } from ".";

describe("TimelinessBadge (Chromium)", () => {
  it("labels in Vietnamese by default", async () => {
    const screen = await render(<TimelinessBadge timeliness="overdue" />);
    await expect.element(screen.getByText("Quá hạn")).toHaveAttribute("data-timeliness", "overdue");
  });

  it("follows the provider's locale", async () => {
    const screen = await render(
      <ChinhQuyenSoProvider locale="en">
        <TimelinessBadge timeliness="due_soon" />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(screen.getByText("Due soon")).toBeVisible();
  });

  it("shows an unknown value as its raw code", async () => {
    const screen = await render(<TimelinessBadge timeliness="paused_by_law" className="extra" />);
    const badge = screen.getByText("paused_by_law");
    await expect.element(badge).toHaveAttribute("data-timeliness", "unknown");
    await expect.element(badge).toHaveClass("cqs-timeliness-badge", "extra");
  });

  it("renders nothing for a dossier without timeliness (null from the platform)", async () => {
    const screen = await render(
      <p data-testid="cell">
        <TimelinessBadge timeliness={null} />
      </p>,
    );
    await expect.element(screen.getByTestId("cell")).toBeInTheDocument();
    expect(screen.container.querySelector(".cqs-timeliness-badge")).toBeNull();
    expect(screen.container.textContent).toBe("");
  });
});
