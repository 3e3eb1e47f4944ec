import { afterEach, describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { ChinhQuyenSoProvider } from "../provider";
import "../styles/base.css";
import "./deadline-picker.css";
import { DeadlinePicker } from "./DeadlinePicker";

// Thursday 12 February 2026, the last working days before Tết (Monday 16 to Friday 20 February).
const now = () => new Date("2026-02-12T09:00:00+07:00");
const focusedDay = () => (document.activeElement as HTMLElement | null)?.dataset.day;
/** The focused day's accessible name: its content, the visible number first. */
const focusedName = () => document.activeElement?.textContent ?? "";

afterEach(() => {
  vi.restoreAllMocks();
});

function Picker(props: { onChange?: (value: string | null) => void; max?: number }) {
  return (
    <ChinhQuyenSoProvider now={now}>
      <DeadlinePicker
        label="Hạn bổ sung"
        minWorkingDays={1}
        {...(props.max === undefined ? {} : { maxWorkingDays: props.max })}
        {...(props.onChange ? { onChange: props.onChange } : {})}
      />
    </ChinhQuyenSoProvider>
  );
}

/** The picker with its calendar opened by a press on its button, the grid on its first allowed day. */
async function renderOpen() {
  const screen = await render(<Picker />);
  const toggle = screen.getByRole("button", { name: "Chọn ngày trên lịch" });
  await toggle.click();
  await expect.poll(focusedDay).toBe("2026-02-13");
  return { screen, toggle };
}

describe("DeadlinePicker (Chromium)", () => {
  it("is used by keyboard alone: days off are named and refused, a working day is picked and counted", async () => {
    const onChange = vi.fn();
    const screen = await render(<Picker onChange={onChange} />);
    await userEvent.tab(); // the text field
    await userEvent.tab(); // the calendar button
    await userEvent.keyboard("{Enter}");
    // The grid opens on the earliest allowed day: Friday 13, one working day away.
    await expect.poll(focusedDay).toBe("2026-02-13");
    expect(focusedName()).toBe("13 tháng 2 năm 2026, 1 ngày làm việc");
    await userEvent.keyboard("{ArrowRight}");
    await expect.poll(focusedDay).toBe("2026-02-14");
    expect(focusedName()).toContain("ngày nghỉ: Nghỉ cuối tuần");
    await userEvent.keyboard("{ArrowDown}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}");
    await expect.poll(focusedDay).toBe("2026-02-17");
    expect(focusedName()).toMatch(/ngày nghỉ: Tết Nguyên đán/);
    expect(document.activeElement?.getAttribute("aria-disabled")).toBe("true");
    await userEvent.keyboard("{Enter}");
    await expect.element(screen.getByText(/^17\/02\/2026 là ngày nghỉ \(Tết Nguyên đán/)).toBeVisible();
    expect(onChange).not.toHaveBeenCalledWith("2026-02-17");
    await userEvent.keyboard("{ArrowDown}{Enter}");
    await expect.poll(() => onChange.mock.lastCall?.[0]).toBe("2026-02-24");
    // Picked: the grid closes, the focus goes back to its button, the field and the count say what was picked.
    await expect.element(screen.getByRole("button", { name: "Chọn ngày trên lịch" })).toHaveFocus();
    await expect.element(screen.getByRole("textbox", { name: "Hạn bổ sung" })).toHaveValue("24/02/2026");
    await expect.element(screen.getByText("3 ngày làm việc kể từ 12/02/2026")).toBeVisible();
  });

  it("pages by month and year, and Escape closes back to its button", async () => {
    const screen = await render(<Picker />);
    await screen.getByRole("button", { name: "Chọn ngày trên lịch" }).click();
    await expect.poll(focusedDay).toBe("2026-02-13");
    await userEvent.keyboard("{PageDown}");
    await expect.poll(focusedDay).toBe("2026-03-13");
    await expect.element(screen.getByText("Tháng 3 năm 2026", { exact: true })).toBeVisible();
    await userEvent.keyboard("{Shift>}{PageUp}{/Shift}");
    await expect.poll(focusedDay).toBe("2025-03-13");
    await userEvent.keyboard("{End}");
    await expect.poll(focusedDay).toBe("2025-03-16");
    await userEvent.keyboard("{Home}");
    await expect.poll(focusedDay).toBe("2025-03-10");
    await userEvent.keyboard("{Escape}");
    await expect.element(screen.getByRole("button", { name: "Chọn ngày trên lịch" })).toHaveFocus();
    expect(document.querySelector("[data-day]")).toBeNull();
  });

  it("closes on a press outside the field, and on Escape from the month buttons with the focus back on its button", async () => {
    const screen = await render(
      <>
        <Picker />
        <button type="button">Nút khác</button>
      </>,
    );
    const toggle = screen.getByRole("button", { name: "Chọn ngày trên lịch" });
    await toggle.click();
    await expect.poll(focusedDay).toBe("2026-02-13");
    // A press inside the panel (the month button) keeps it open.
    await screen.getByRole("button", { name: /Tháng sau/ }).click();
    await expect.element(screen.getByText("Tháng 3 năm 2026", { exact: true })).toBeVisible();
    expect(document.querySelector("[data-day]")).not.toBeNull();
    // Outside: it closes, and the focus is where the user pressed.
    await screen.getByRole("button", { name: "Nút khác" }).click();
    await expect.poll(() => document.querySelector("[data-day]")).toBeNull();
    await expect.element(toggle).toHaveAttribute("aria-expanded", "false");
    await expect.element(screen.getByRole("button", { name: "Nút khác" })).toHaveFocus();

    // Escape from a month button (outside the grid) closes too, the focus back on the field's button.
    await toggle.click();
    await expect.poll(focusedDay).toBe("2026-02-13");
    const previous = screen.getByRole("button", { name: /Tháng trước/ });
    (previous.element() as HTMLElement).focus();
    await expect.element(previous).toHaveFocus();
    await userEvent.keyboard("{Escape}");
    await expect.poll(() => document.querySelector("[data-day]")).toBeNull();
    await expect.element(toggle).toHaveFocus();
  });

  it("closes on Escape after a press on the panel's text, the focus back on its button (not lost to the page)", async () => {
    const { screen, toggle } = await renderOpen();
    // A press on the month's name or the days-off list: not a control, but still inside the panel.
    await screen.getByText("Tháng 2 năm 2026", { exact: true }).click();
    expect(document.activeElement).not.toBe(document.body);
    await userEvent.keyboard("{Escape}");
    await expect.poll(() => document.querySelector("[data-day]")).toBeNull();
    await expect.element(toggle).toHaveFocus();
    await expect.element(toggle).toHaveAttribute("aria-expanded", "false");
  });

  it("closes on Escape in the text box and leaves the focus where the user is typing", async () => {
    const { screen, toggle } = await renderOpen();
    const field = screen.getByRole("textbox", { name: "Hạn bổ sung" });
    await field.click();
    await expect.element(field).toHaveFocus();
    await userEvent.keyboard("{Escape}");
    await expect.poll(() => document.querySelector("[data-day]")).toBeNull();
    await expect.element(field).toHaveFocus();
    await expect.element(toggle).toHaveAttribute("aria-expanded", "false");
  });

  it("lists the month's days off under the grid", async () => {
    const screen = await render(<Picker />);
    await screen.getByRole("button", { name: "Chọn ngày trên lịch" }).click();
    const legend = screen.getByRole("listitem");
    await expect.element(legend.first()).toHaveTextContent(/^16\/02\/2026: Tết Nguyên đán/);
    expect(legend.elements()).toHaveLength(5);
  });

  it("validates typed dates with messages that say what to do", async () => {
    const onChange = vi.fn();
    const screen = await render(<Picker onChange={onChange} max={10} />);
    const field = screen.getByRole("textbox", { name: "Hạn bổ sung" });
    await field.fill("30/02/2026");
    await userEvent.keyboard("{Enter}");
    await expect.element(screen.getByText("Ngày 30/02/2026 không có trong lịch.")).toBeVisible();
    await expect.element(field).toHaveAttribute("aria-invalid", "true");
    await field.fill("2026-02-25");
    await userEvent.keyboard("{Enter}");
    await expect.element(screen.getByText("Ngày phải có dạng dd/mm/yyyy, ví dụ 05/01/2027.")).toBeVisible();
    await field.fill("20/02/2026");
    await userEvent.keyboard("{Enter}");
    await expect.element(screen.getByText(/^20\/02\/2026 là ngày nghỉ/)).toBeVisible();
    await field.fill("12/02/2026");
    await userEvent.keyboard("{Enter}");
    await expect.element(screen.getByText("Hạn sớm nhất là 13/02/2026 (1 ngày làm việc).")).toBeVisible();
    await field.fill("31/03/2026");
    await userEvent.keyboard("{Enter}");
    await expect.element(screen.getByText("Hạn muộn nhất là 05/03/2026 (10 ngày làm việc).")).toBeVisible();
    expect(onChange.mock.calls.every(([value]) => value === null)).toBe(true);
    await field.fill("5/3/2026");
    await userEvent.keyboard("{Enter}");
    await expect.poll(() => onChange.mock.lastCall?.[0]).toBe("2026-03-05");
    await expect.element(field).toHaveValue("05/03/2026");
    await expect.element(field).not.toHaveAttribute("aria-invalid");
  });
});
