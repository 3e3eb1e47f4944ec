import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { render } from "vitest-browser-react";
import { ChinhQuyenSoProvider } from "../provider";
import { WidgetBoundary } from "./WidgetBoundary";

let shouldThrow = true;
function Flaky() {
  if (shouldThrow) throw new Error("CCCD 074201001234 leaked?");
  return <p>Đã hiển thị</p>;
}

function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      {count}
    </button>
  );
}

describe("WidgetBoundary (Chromium)", () => {
  it("shows a fallback, reports the widget, and recovers on retry", async () => {
    shouldThrow = true;
    const onError = vi.fn();
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const screen = await render(
      <ChinhQuyenSoProvider onError={onError}>
        <WidgetBoundary widget="DossierQueue" label="danh sách hồ sơ">
          <Flaky />
        </WidgetBoundary>
      </ChinhQuyenSoProvider>,
    );
    const alert = screen.getByRole("alert");
    await expect.element(alert).toHaveTextContent("Không hiển thị được danh sách hồ sơ.");
    // The error's own message never reaches the screen: it may hold personal data.
    await expect.element(alert).not.toHaveTextContent("074201001234");
    expect(onError).toHaveBeenCalledWith(
      expect.any(Error),
      expect.objectContaining({ widget: "DossierQueue" }),
    );

    shouldThrow = false;
    await screen.getByRole("button", { name: "Thử lại" }).click();
    await expect.element(screen.getByText("Đã hiển thị")).toBeVisible();
    quiet.mockRestore();
  });

  it("renders its children untouched when nothing fails", async () => {
    const screen = await render(
      <WidgetBoundary widget="Counter" label="counter">
        <Counter />
      </WidgetBoundary>,
    );
    await screen.getByRole("button").click();
    await expect.element(screen.getByRole("button")).toHaveTextContent("1");
  });
});
