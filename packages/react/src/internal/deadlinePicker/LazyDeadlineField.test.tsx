import "../../styles/tokens.css";
import "../../styles/base.css";
import "../../DeadlinePicker/deadline-picker.css";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { render } from "vitest-browser-react";
import { ChinhQuyenSoProvider } from "../../provider/ChinhQuyenSoProvider";
import { deadlineFieldPart, LazyFieldOf } from "./LazyDeadlineField";

const now = () => new Date("2026-11-26T09:00:00+07:00");

/** The real field's code, whose first fetch fails as a dropped connection or a redeployed app makes it fail. */
function flakyNetwork() {
  const network = { requests: 0 };
  const load = async () => {
    network.requests += 1;
    if (network.requests === 1) throw new TypeError("Failed to fetch dynamically imported module");
    return import("./WorkingDayField");
  };
  return { network, part: deadlineFieldPart(load) };
}

function Form({ part }: { part: ReturnType<typeof deadlineFieldPart> }) {
  const [day, setDay] = useState<string | null>(null);
  return (
    <form aria-label="Yêu cầu bổ sung">
      <label>
        Lý do
        <textarea defaultValue="Thiếu bản sao giấy khai sinh" />
      </label>
      <LazyFieldOf part={part} label="Hạn bổ sung" value={day} onChange={setDay} minWorkingDays={1} />
      <output>{day ?? "chưa chọn"}</output>
    </form>
  );
}

describe("LazyDeadlineField when its code fails to load (Chromium)", () => {
  it("says so in place of the field with a retry, keeps the form, and on retry loads the field and focuses it", async () => {
    const { network, part } = flakyNetwork();
    const screen = await render(
      <ChinhQuyenSoProvider now={now}>
        <Form part={part} />
      </ChinhQuyenSoProvider>,
    );
    const alert = screen.getByRole("alert");
    await expect.element(alert).toHaveTextContent("Không tải được lịch chọn hạn");
    // The field keeps its name and place: the officer sees (and hears, the message being inside a group named by
    // the label) which field is missing.
    await expect.element(screen.getByText("Hạn bổ sung")).toBeVisible();
    await expect
      .element(screen.getByRole("group", { name: "Hạn bổ sung" }))
      .toContainElement(alert.element());
    await expect
      .element(screen.getByRole("textbox", { name: "Lý do" }))
      .toHaveValue("Thiếu bản sao giấy khai sinh");

    await screen.getByRole("button", { name: "Tải lại lịch chọn hạn" }).click();
    const deadline = screen.getByRole("textbox", { name: "Hạn bổ sung" });
    // The pressed button is gone: the focus lands on the field it brought back, never on the page body.
    await expect.element(deadline).toHaveFocus();
    expect(screen.getByRole("alert").query()).toBeNull();
    await deadline.fill("03/12/2026");
    // Leaving the field commits the typed day.
    await screen.getByRole("textbox", { name: "Lý do" }).click();
    await expect.element(screen.getByText("2026-12-03")).toBeVisible();
    expect(network.requests).toBe(2);
  });

  it("fetches once for any number of preloads and fields", async () => {
    const { network, part } = flakyNetwork();
    await expect(part.preload()).rejects.toThrow(TypeError);
    await Promise.all([part.preload(), part.preload()]);
    expect(network.requests).toBe(2);
  });
});
