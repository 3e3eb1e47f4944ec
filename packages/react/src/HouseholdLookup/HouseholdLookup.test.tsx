import { DEFAULT_TOKENS } from "@chinhquyenso/mocks";
import { getResponse, HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { Connected, createPlatform, type Platform } from "../support/platform.test-support";
import { HouseholdLookup } from "./HouseholdLookup";

// A department leader holds citizens:lookup in the sandbox's default users; an officer does not.
const leaderPlatform = () => createPlatform({ token: DEFAULT_TOKENS.leader });

function applicantOf(platform: Platform): { citizenId: string; fullName: string } {
  for (const record of platform.handlers.store.dossiers.values())
    if (record.applicant.citizenId && record.applicant.citizenId.length === 12)
      return { citizenId: record.applicant.citizenId, fullName: record.applicant.fullName };
  throw new Error("no applicant with a 12-digit ID in the sample data");
}
const lookups = (platform: Platform) =>
  platform.requests.filter(
    (request) => request.method === "POST" && request.url.endsWith("/household-lookups"),
  );

async function renderLookup(platform: Platform) {
  const screen = await render(
    <Connected platform={platform}>
      <HouseholdLookup />
    </Connected>,
  );
  await expect.element(screen.getByText("Chưa có lần tra cứu nào.")).toBeVisible();
  return screen;
}

async function fillReason(
  screen: Awaited<ReturnType<typeof renderLookup>>,
  detail = "00.41.X74-261120-0001",
) {
  await userEvent.selectOptions(
    screen.getByLabelText("Mục đích tra cứu").element() as HTMLSelectElement,
    "dossier_processing",
  );
  await userEvent.fill(screen.getByLabelText(/Căn cứ cụ thể/), detail);
}

/** A lawful reason, then a lookup of one citizen ID, as an officer would do it. */
async function lookUp(screen: Awaited<ReturnType<typeof renderLookup>>, citizenId: string) {
  await fillReason(screen);
  await userEvent.fill(screen.getByLabelText(/Số định danh cá nhân/), citizenId);
  await userEvent.click(screen.getByRole("button", { name: "Tra cứu" }));
}

describe("HouseholdLookup (Chromium)", () => {
  it("sends nothing without a reason, and says what is missing", async () => {
    const platform = leaderPlatform();
    const screen = await renderLookup(platform);
    await userEvent.fill(screen.getByLabelText(/Số định danh cá nhân/), applicantOf(platform).citizenId);
    await userEvent.click(screen.getByRole("button", { name: "Tra cứu" }));
    await expect.element(screen.getByText("Chọn mục đích tra cứu trước khi tra cứu.")).toBeVisible();
    await expect.element(screen.getByLabelText("Mục đích tra cứu")).toHaveFocus();
    await userEvent.selectOptions(
      screen.getByLabelText("Mục đích tra cứu").element() as HTMLSelectElement,
      "other",
    );
    await userEvent.fill(screen.getByLabelText(/Căn cứ cụ thể/), "kiểm tra");
    await userEvent.click(screen.getByRole("button", { name: "Tra cứu" }));
    await expect.element(screen.getByText(/Căn cứ tra cứu quá ngắn/)).toBeVisible();
    expect(lookups(platform)).toEqual([]);
  });

  it("shows the household masked, reveals one field after recording it, and lists both in the trail", async () => {
    const platform = leaderPlatform();
    const person = applicantOf(platform);
    const screen = await renderLookup(platform);
    await lookUp(screen, person.citizenId);
    const result = screen.getByRole("region", { name: "Kết quả tra cứu" });
    await expect.element(result.getByRole("rowheader", { name: person.fullName })).toBeVisible();
    const sent = lookups(platform)[0];
    expect(decodeURIComponent(sent?.headers.get("x-lookup-reason") ?? "")).toBe(
      "Giải quyết hồ sơ thủ tục hành chính: 00.41.X74-261120-0001",
    );
    expect(sent?.headers.get("x-lookup-purpose")).toBe("dossier_processing");
    // Masked by default: the full ID is nowhere in the result.
    expect(result.element().textContent).not.toContain(person.citizenId);
    await expect.element(result.getByText(`********${person.citizenId.slice(-4)}`)).toBeVisible();

    await userEvent.click(
      screen.getByRole("button", { name: `Xem số định danh cá nhân của ${person.fullName}` }),
    );
    await expect.element(result.getByText(person.citizenId, { exact: true })).toBeVisible();
    const reveals = platform.requests.filter((request) => request.url.includes("/reveals"));
    expect(reveals).toHaveLength(1);
    expect(await reveals[0]?.clone().json()).toEqual({ field: "citizenId", memberIndex: 0 });

    const trail = screen.getByRole("region", { name: "Nhật ký tra cứu của bạn" });
    await expect.element(trail.getByRole("cell", { name: "Xem thông tin", exact: true })).toBeVisible();
    await expect.element(trail.getByRole("cell", { name: "Tra cứu", exact: true })).toBeVisible();
    expect(trail.element().textContent).not.toContain(person.citizenId);

    await userEvent.click(
      screen.getByRole("button", { name: `Ẩn số định danh cá nhân của ${person.fullName}` }),
    );
    expect(result.element().textContent).not.toContain(person.citizenId);
  });

  it("receives nothing in full until a reveal is recorded, then shows the value the platform answered", async () => {
    const platform = leaderPlatform();
    const bodies: string[] = [];
    // Read what reaches the browser, as it arrives: the mocks' answer passed through unchanged.
    platform.overrides.push(
      http.post("*/v1/citizens/household-lookups*", async ({ request }) => {
        const response = await getResponse(platform.handlers, request.clone());
        if (!response) return HttpResponse.error();
        const body = await response.clone().text();
        bodies.push(body);
        return new HttpResponse(body, { status: response.status, headers: response.headers });
      }),
    );
    const person = applicantOf(platform);
    const screen = await renderLookup(platform);
    await lookUp(screen, person.citizenId);
    const result = screen.getByRole("region", { name: "Kết quả tra cứu" });
    await expect.element(result.getByRole("rowheader", { name: person.fullName })).toBeVisible();
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).not.toContain(person.citizenId);
    expect(bodies[0]).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await userEvent.click(screen.getByRole("button", { name: `Xem ngày sinh của ${person.fullName}` }));
    await expect
      .element(result.getByRole("button", { name: `Ẩn ngày sinh của ${person.fullName}` }))
      .toBeVisible();
    const revealed = JSON.parse(bodies[1] ?? "{}") as { value?: string };
    expect(revealed.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [year, month, day] = (revealed.value ?? "").split("-");
    await expect.element(result.getByText(`${day}/${month}/${year}`, { exact: true })).toBeVisible();
    expect(bodies.join("")).not.toContain(person.citizenId);
  });

  it("masks what an older platform sends in full, and reveals from it once the reveal is recorded", async () => {
    const platform = leaderPlatform();
    platform.overrides.push(
      http.post("*/v1/citizens/household-lookups", () =>
        HttpResponse.json({
          householdId: "hk_1",
          address: "Số 12 đường Lê Lợi, Phường Phú Lợi, Thành phố Hồ Chí Minh",
          lookupId: "aud_1",
          members: [
            {
              fullName: "Nguyễn Văn An",
              citizenId: "074090001234",
              birthDate: "1990-04-12",
              relationship: "Chủ hộ",
            },
          ],
        }),
      ),
      http.post("*/v1/citizens/household-lookups/:lookupId/reveals", () =>
        HttpResponse.json(
          {
            id: "aud_2",
            kind: "reveal",
            lookupId: "aud_1",
            at: "2026-11-26T09:00:00+07:00",
            reason: "x",
            purpose: null,
            subject: "********1234",
            found: true,
            field: "address",
            memberIndex: null,
          },
          { status: 201 },
        ),
      ),
    );
    const screen = await renderLookup(platform);
    await lookUp(screen, "074090001234");
    const result = screen.getByRole("region", { name: "Kết quả tra cứu" });
    await expect.element(result.getByText("********1234")).toBeVisible();
    expect(result.element().textContent).not.toContain("074090001234");
    expect(result.element().textContent).not.toContain("Lê Lợi");
    await expect.element(result.getByText("**/**/1990")).toBeVisible();
    await userEvent.click(screen.getByRole("button", { name: "Xem nơi thường trú của hộ" }));
    await expect
      .element(result.getByText("Số 12 đường Lê Lợi, Phường Phú Lợi, Thành phố Hồ Chí Minh"))
      .toBeVisible();
  });

  it("shows nothing when the reveal cannot be recorded", async () => {
    const platform = leaderPlatform();
    platform.overrides.push(
      http.post("*/v1/citizens/household-lookups/:lookupId/reveals", () =>
        HttpResponse.json(
          { type: "about:blank", title: "Unavailable", status: 503, code: "unavailable" },
          {
            status: 503,
            headers: { "content-type": "application/problem+json" },
          },
        ),
      ),
    );
    const person = applicantOf(platform);
    const screen = await renderLookup(platform);
    await lookUp(screen, person.citizenId);
    await userEvent.click(screen.getByRole("button", { name: "Xem nơi thường trú của hộ" }));
    await expect
      .element(screen.getByText(/Không ghi được nhật ký nên thông tin chưa được hiện/))
      .toBeVisible();
    await expect.element(screen.getByRole("button", { name: "Xem nơi thường trú của hộ" })).toBeEnabled();
    expect(screen.getByRole("region", { name: "Kết quả tra cứu" }).element().textContent).toContain("***");
  });

  it("explains a rate limit with the wait, and a lookup that found nothing", async () => {
    const platform = leaderPlatform();
    platform.handlers.store.lookupRateLimit = { max: 1, windowSeconds: 600 };
    const screen = await renderLookup(platform);
    await lookUp(screen, "079999999999");
    await expect.element(screen.getByText(/Không tìm thấy hộ gia đình của số định danh này/)).toBeVisible();
    await userEvent.click(screen.getByRole("button", { name: "Tra cứu" }));
    await expect.element(screen.getByText(/Vui lòng thử lại sau 600 giây/)).toBeVisible();
    expect(lookups(platform)).toHaveLength(2);
  });

  it("tells an officer without the lookup scope, before any lookup, and offers no form", async () => {
    const userId = createPlatform().handlers.store.world.currentUser.id;
    const platform = createPlatform({
      token: "test-token",
      auth: {
        users: [{ id: "officer", kind: "officer", token: "test-token", userId }],
        unknownTokens: "reject",
      },
    });
    const screen = await render(
      <Connected platform={platform} locale="en">
        <HouseholdLookup />
      </Connected>,
    );
    await expect.element(screen.getByText(/Your account may not look households up/)).toBeVisible();
    expect(screen.container.querySelector("form")).toBeNull();
    expect(lookups(platform)).toEqual([]);
  });
});
