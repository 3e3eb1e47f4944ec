import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { Connected, createPlatform } from "../support/platform.test-support";
import { ComplaintThread } from "./ComplaintThread";
import { renderStaff, Staffed } from "./ComplaintThread.test-support";
import { sampleFeedback } from "./fixtures";
import "../styles/tokens.css";
import "../styles/base.css";
import "./complaint-thread.css";
import "./complaint-thread-composer.css";

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
    // Five real radio buttons, lowest first; focus goes to the first after the missing choice.
    expect(screen.getByRole("radio").elements()).toHaveLength(5);
    await expect.element(screen.getByRole("radio", { name: "1 Rất không hài lòng" })).toHaveFocus();
    // Arrow keys move through the scale, as in any radio group.
    await userEvent.keyboard("{ArrowRight}{ArrowRight}{ArrowLeft}");
    await expect.element(screen.getByRole("radio", { name: "2 Không hài lòng" })).toBeChecked();
    await screen
      .getByRole("textbox", { name: "Góp ý thêm (không bắt buộc)" })
      .fill("Xử lý chậm, đèn lại hư.");
    await send.click();

    await expect.element(screen.getByText(/Bạn đã đánh giá: Không hài lòng \(2\/5\)\./)).toBeVisible();
    await expect.element(screen.getByText(/Bạn có thể đổi đánh giá đến/)).toBeVisible();
    const puts = platform.requests.filter((request) => request.method === "PUT");
    expect(puts.map((request) => new URL(request.url).pathname)).toEqual([
      `/v1/feedback/${target.id}/rating`,
    ]);
    expect(await puts[0]?.json()).toEqual({ rating: 2, comment: "Xử lý chậm, đèn lại hư." });
    expect(platform.handlers.store.feedback.get(target.id)?.ratingChangeableUntil).toBeTruthy();

    // Reopening is offered after a low rating (1 or 2); choosing it opens the reason with focus in it.
    await screen.getByRole("button", { name: "Mở lại để xử lý tiếp" }).click();
    await expect.element(screen.getByRole("textbox", { name: /Lý do mở lại/ })).toHaveFocus();
    await screen.getByRole("button", { name: "Hủy", exact: true }).last().click();

    await screen.getByRole("button", { name: "Đổi đánh giá" }).click();
    // The change form opens on the rating given, with focus on it.
    await expect.element(screen.getByRole("radio", { name: "2 Không hài lòng" })).toBeChecked();
    await expect.element(screen.getByRole("radio", { name: "2 Không hài lòng" })).toHaveFocus();
    await screen.getByRole("radio", { name: "4 Hài lòng" }).click();
    await screen.getByRole("button", { name: "Gửi đánh giá" }).click();
    await expect.element(screen.getByText(/Bạn đã đánh giá: Hài lòng \(4\/5\)\./)).toBeVisible();
    await expect.element(screen.getByRole("button", { name: "Đổi đánh giá" })).toHaveFocus();
    expect(screen.getByRole("button", { name: "Mở lại để xử lý tiếp" }).elements()).toHaveLength(0);
    const changes = platform.requests.filter((request) => request.method === "PUT");
    expect(changes).toHaveLength(2);
    expect(await changes[1]?.json()).toEqual({ rating: 4 });
    expect(platform.handlers.store.feedback.get(target.id)?.rating).toBe(4);
    await expect
      .element(screen.getByRole("status").last())
      .toHaveTextContent("Đã gửi đánh giá: Hài lòng (4/5).");
  });

  it("shows the rating without a change once the window has closed, and gives staff no rating form", async () => {
    const closedAt = new Date("2026-11-26T09:00:00+07:00").getTime() - DAY;
    const rated = sampleFeedback({
      status: "closed",
      rating: 4,
      ratedAt: new Date(closedAt).toISOString(),
      ratingChangeableUntil: new Date(closedAt + DAY / 2).toISOString(),
    });
    const citizen = await renderStaff({ audience: "citizen", feedback: rated, onRate: async () => rated });
    await expect.element(citizen.getByText("Bạn đã đánh giá: Hài lòng (4/5).")).toBeVisible();
    expect(citizen.getByRole("button", { name: "Đổi đánh giá" }).elements()).toHaveLength(0);
    await citizen.unmount();
    const staff = await renderStaff({ feedback: rated, onRate: async () => rated });
    expect(staff.getByRole("button", { name: "Gửi đánh giá" }).elements()).toHaveLength(0);
    await expect.element(staff.getByText("Hài lòng (4/5)", { exact: true }).first()).toBeVisible();
  });

  it("offers reopening by the rule it is given, and only beside a low rating", async () => {
    const three = sampleFeedback({
      status: "resolved",
      rating: 3,
      ratedAt: "2026-11-25T10:00:00+07:00",
      ratingChangeableUntil: "2026-12-02T10:00:00+07:00",
    });
    const props = { audience: "citizen" as const, feedback: three, onRate: async () => three };
    const byDefault = await renderStaff({ ...props, onReopen: async () => undefined });
    await expect.element(byDefault.getByText(/Bạn đã đánh giá: Bình thường \(3\/5\)/)).toBeVisible();
    expect(byDefault.getByRole("button", { name: "Mở lại để xử lý tiếp" }).elements()).toHaveLength(0);
    await byDefault.unmount();
    const platformRule = await renderStaff({
      ...props,
      onReopen: async () => undefined,
      lowRating: { atMost: 3, source: "the platform's policy" },
    });
    await expect.element(platformRule.getByRole("button", { name: "Mở lại để xử lý tiếp" })).toBeVisible();
    await platformRule.unmount();
    // No reopening without a way to send it, whatever the rating.
    const cannotReopen = await renderStaff({ ...props, lowRating: { atMost: 3, source: "t" } });
    await expect.element(cannotReopen.getByText(/Bạn đã đánh giá/)).toBeVisible();
    expect(cannotReopen.getByRole("button", { name: "Mở lại để xử lý tiếp" }).elements()).toHaveLength(0);
  });

  it("labels the scale in English and reflows at 320 px without sideways scrolling", async () => {
    const screen = await render(
      <div style={{ width: "320px" }}>
        <Staffed locale="en">
          <ComplaintThread
            audience="citizen"
            feedback={sampleFeedback({ status: "resolved" })}
            entries={[]}
            onRate={async () => undefined}
          />
        </Staffed>
      </div>,
    );
    await expect.element(screen.getByRole("radio", { name: "1 Very dissatisfied" })).toBeVisible();
    await expect.element(screen.getByRole("radio", { name: "5 Very satisfied" })).toBeVisible();
    const thread = screen.container.querySelector(".cqs-complaint-thread") as HTMLElement;
    expect(thread.scrollWidth).toBeLessThanOrEqual(thread.clientWidth + 1);
    // Every choice is inside the thread's width (they wrap rather than overflow).
    for (const choice of screen.container.querySelectorAll(".cqs-complaint-thread__star"))
      expect(choice.getBoundingClientRect().right).toBeLessThanOrEqual(
        thread.getBoundingClientRect().right + 1,
      );
  });
});
