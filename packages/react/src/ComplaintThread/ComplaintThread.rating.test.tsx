import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { Connected, createPlatform } from "../support/platform.test-support";
import { ComplaintThread } from "./ComplaintThread";
import { renderStaff } from "./ComplaintThread.test-support";
import { sampleFeedback } from "./fixtures";

const DAY = 24 * 60 * 60 * 1000;

function closedUnrated(platform: ReturnType<typeof createPlatform>) {
  const found = [...platform.handlers.store.feedback.values()].find(
    (item) => item.status === "closed" && !item.rating,
  );
  if (!found) throw new Error("no closed feedback without a rating in the data set");
  return found;
}

describe("ComplaintThread rating (Chromium, real client, mock platform)", () => {
  it("lets the citizen rate by keyboard, change it inside the window, and offers reopening after a low rating", async () => {
    // The citizen who reported it rates it: the platform decides visibility and rights by who asks.
    const target = closedUnrated(createPlatform());
    const platform = createPlatform({
      token: "citizen-reporter",
      auth: {
        users: [
          {
            id: "reporter",
            kind: "citizen",
            token: "citizen-reporter",
            citizenId: "000000000001",
            feedbackIds: [target.id],
          },
        ],
        unknownTokens: "reject",
      },
    });
    const screen = await render(
      <Connected platform={platform}>
        <ComplaintThread audience="citizen" feedbackId={target.id} />
      </Connected>,
    );
    const send = screen.getByRole("button", { name: "Gửi đánh giá" });
    await send.click();
    await expect.element(screen.getByRole("alert")).toHaveTextContent("Hãy chọn một mức đánh giá.");
    await expect.element(screen.getByRole("radio", { name: "Rất hài lòng" })).toHaveFocus();
    // Arrow keys move through the scale, as in any radio group.
    await userEvent.keyboard("{ArrowDown}{ArrowDown}");
    await expect.element(screen.getByRole("radio", { name: "Chưa hài lòng" })).toBeChecked();
    await screen
      .getByRole("textbox", { name: "Góp ý thêm (không bắt buộc)" })
      .fill("Xử lý chậm, đèn lại hư.");
    await send.click();

    await expect.element(screen.getByText(/Bạn đã đánh giá: Chưa hài lòng\./)).toBeVisible();
    await expect.element(screen.getByText(/Bạn có thể đổi đánh giá đến/)).toBeVisible();
    const puts = platform.requests.filter((request) => request.method === "PUT");
    expect(puts.map((request) => new URL(request.url).pathname)).toEqual([
      `/v1/feedback/${target.id}/rating`,
    ]);
    expect(await puts[0]?.json()).toEqual({ rating: "unsatisfied", comment: "Xử lý chậm, đèn lại hư." });
    expect(platform.handlers.store.feedback.get(target.id)?.ratingChangeableUntil).toBeTruthy();

    // Reopening is offered after "unsatisfied"; choosing it opens the reason with focus in it.
    await screen.getByRole("button", { name: "Mở lại để xử lý tiếp" }).click();
    await expect.element(screen.getByRole("textbox", { name: /Lý do mở lại/ })).toHaveFocus();
    await screen.getByRole("button", { name: "Hủy", exact: true }).last().click();

    await screen.getByRole("button", { name: "Đổi đánh giá" }).click();
    await expect.element(screen.getByRole("radio", { name: "Chưa hài lòng" })).toBeChecked();
    await screen.getByRole("radio", { name: "Hài lòng", exact: true }).click();
    await screen.getByRole("button", { name: "Gửi đánh giá" }).click();
    await expect.element(screen.getByText(/Bạn đã đánh giá: Hài lòng\./)).toBeVisible();
    await expect.element(screen.getByRole("button", { name: "Đổi đánh giá" })).toHaveFocus();
    expect(screen.getByRole("button", { name: "Mở lại để xử lý tiếp" }).elements()).toHaveLength(0);
    await expect.element(screen.getByRole("status").last()).toHaveTextContent("Đã gửi đánh giá: Hài lòng.");
  });

  it("shows the rating without a change once the window has closed, and gives staff no rating form", async () => {
    const closedAt = new Date("2026-11-26T09:00:00+07:00").getTime() - DAY;
    const rated = sampleFeedback({
      status: "closed",
      rating: "satisfied",
      ratedAt: new Date(closedAt).toISOString(),
      ratingChangeableUntil: new Date(closedAt + DAY / 2).toISOString(),
    });
    const citizen = await renderStaff({ audience: "citizen", feedback: rated, onRate: async () => rated });
    await expect.element(citizen.getByText("Bạn đã đánh giá: Hài lòng.")).toBeVisible();
    expect(citizen.getByRole("button", { name: "Đổi đánh giá" }).elements()).toHaveLength(0);
    await citizen.unmount();
    const staff = await renderStaff({ feedback: rated, onRate: async () => rated });
    expect(staff.getByRole("button", { name: "Gửi đánh giá" }).elements()).toHaveLength(0);
    await expect.element(staff.getByText("Hài lòng", { exact: true }).first()).toBeVisible();
  });
});
