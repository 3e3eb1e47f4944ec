// Citizen/staff separation, on both layers: the data hook never lets an internal note into the cache for a
// citizen, and the component never renders one even when the data holds it.
import { createClient, type ThreadEntry } from "@chinhquyenso/client";
import { createHandlers, DEFAULT_TOKENS, type MockHandlers } from "@chinhquyenso/mocks";
import { QueryClient } from "@tanstack/react-query";
import { getResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { render } from "vitest-browser-react";
import { ChinhQuyenSoProvider } from "../provider";
import { ComplaintThread } from "./ComplaintThread";
import { Staffed, TEST_NOW, visibleText } from "./ComplaintThread.test-support";
import { SECRET_NOTE, sampleEntries, sampleFeedback } from "./fixtures";
import type { PostUpdateHandler } from "./types";

describe("ComplaintThread audience, controlled (Chromium)", () => {
  it("never renders an internal note for a citizen: not its text, its label, nor its count", async () => {
    const onPostUpdate = vi.fn<PostUpdateHandler>(async () => undefined);
    const screen = await render(
      <Staffed>
        <ComplaintThread
          audience="citizen"
          feedback={sampleFeedback()}
          entries={sampleEntries()}
          onPostUpdate={onPostUpdate}
        />
      </Staffed>,
    );
    await expect.element(screen.getByRole("list", { name: /Diễn biến xử lý/ })).toBeVisible();
    const html = screen.container.innerHTML;
    expect(html).not.toContain(SECRET_NOTE);
    expect(html).not.toContain("Ghi chú nội bộ");
    expect(html).not.toContain("internal_note");
    // Neither the internal note nor the `assigned` activity (internal routing) reaches a citizen.
    expect(screen.container.querySelectorAll(".cqs-complaint-thread__timeline > li")).toHaveLength(3);
    expect(visibleText(screen.container)).toContain("(3 mục)");
    expect(html).not.toContain("Giao Phạm Minh Đức xử lý.");
    expect(html).not.toContain("Phân công xử lý");
    // Citizens write public replies only: there is no choice to make, and nothing internal can be sent.
    expect(screen.container.querySelector('input[type="radio"]')).toBeNull();
    expect(screen.container.querySelector("select")).toBeNull();
    await screen.getByRole("textbox", { name: "Nội dung trả lời" }).fill("Đèn vẫn chưa sáng ạ.");
    await screen.getByRole("button", { name: "Gửi trả lời" }).click();
    expect(onPostUpdate.mock.calls[0]?.[0]).toEqual({
      entryType: "public_reply",
      body: "Đèn vẫn chưa sáng ạ.",
    });
  });

  it("treats an unknown audience as a citizen", async () => {
    const screen = await render(
      <Staffed>
        <ComplaintThread audience={"public" as never} feedback={sampleFeedback()} entries={sampleEntries()} />
      </Staffed>,
    );
    await expect.element(screen.getByRole("list", { name: /Diễn biến xử lý/ })).toBeVisible();
    expect(screen.container.innerHTML).not.toContain(SECRET_NOTE);
    expect(screen.container.querySelector("section")?.getAttribute("data-audience")).toBe("citizen");
  });

  it("shows staff the internal note, labelled", async () => {
    const screen = await render(
      <Staffed>
        <ComplaintThread audience="staff" feedback={sampleFeedback()} entries={sampleEntries()} />
      </Staffed>,
    );
    const note = screen.getByText(SECRET_NOTE);
    await expect.element(note).toBeVisible();
    expect(visibleText(screen.container)).toContain("(5 mục)");
  });
});

/** The real client, answered in-process by the mocks' stateful msw handlers (no socket, no service worker). */
function connection(handlers: MockHandlers) {
  const client = createClient({
    baseUrl: "https://api.chinhquyenso.test",
    auth: { token: () => DEFAULT_TOKENS.officer },
    retry: false,
    fetch: async (input, init) =>
      (await getResponse(handlers, new Request(input, init))) ?? new Response("no handler", { status: 599 }),
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { client, queryClient };
}

/** A connection that also counts, per thread request, what the handler sent back over the wire. */
function recordingConnection(handlers: MockHandlers) {
  const threadCalls: { visibility: string | null; entryTypes: string[]; activities: string[] }[] = [];
  const client = createClient({
    baseUrl: "https://api.chinhquyenso.test",
    auth: { token: () => DEFAULT_TOKENS.officer },
    retry: false,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      const response = (await getResponse(handlers, request)) ?? new Response("no handler", { status: 599 });
      if (/\/v1\/feedback\/[^/]+\/thread$/.test(url.pathname) && request.method === "GET") {
        const page = (await response.clone().json()) as { items: ThreadEntry[] };
        threadCalls.push({
          visibility: url.searchParams.get("visibility"),
          entryTypes: page.items.map((entry) => entry.entryType),
          activities: page.items.flatMap((entry) => (entry.activity ? [entry.activity] : [])),
        });
      }
      return response;
    },
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { client, queryClient, threadCalls };
}

/** Feedback the default officer (the connections' principal) handles: their agency's. */
const officersOwn = (handlers: MockHandlers) => {
  const agency = handlers.store.principal("officer").agencyCode;
  return [...handlers.store.feedback.values()].filter((item) => item.agencyCode === agency);
};

function seeded() {
  const handlers = createHandlers({ seed: 3, size: 40, now: TEST_NOW });
  const record = officersOwn(handlers).find(
    (item) =>
      item.status === "in_progress" &&
      item.thread.some((entry) => entry.entryType === "internal_note") &&
      item.thread.some((entry) => entry.entryType === "public_reply"),
  );
  if (!record) throw new Error("the seeded data set has no in-progress feedback with notes and replies");
  const notes = record.thread
    .filter((entry) => entry.entryType === "internal_note")
    .map((entry) => entry.body ?? "");
  return { handlers, record, notes };
}

describe("ComplaintThread audience, connected to the mocks (Chromium)", () => {
  it("keeps internal notes out of a citizen's cache and page, and shows them to staff", async () => {
    const { handlers, record, notes } = seeded();
    const citizen = connection(handlers);
    const screen = await render(
      <ChinhQuyenSoProvider
        client={citizen.client}
        queryClient={citizen.queryClient}
        live={false}
        now={() => TEST_NOW}
      >
        <ComplaintThread audience="citizen" feedbackId={record.id} />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(screen.getByRole("heading", { level: 2 })).toHaveTextContent(record.title);
    await expect.element(screen.getByRole("list", { name: /Diễn biến xử lý/ })).toBeVisible();
    // The server's public view: no internal notes, no `assigned` routing.
    const publicCount = record.thread.filter(
      (entry) => entry.entryType !== "internal_note" && entry.activity !== "assigned",
    ).length;
    expect(screen.container.querySelectorAll(".cqs-complaint-thread__timeline > li")).toHaveLength(
      publicCount,
    );
    const cached = JSON.stringify(
      citizen.queryClient
        .getQueryCache()
        .getAll()
        .map((query) => query.state.data),
    );
    expect(cached).not.toContain("internal_note");
    for (const note of notes) {
      expect(cached).not.toContain(note);
      expect(screen.container.textContent).not.toContain(note);
    }
    await screen.unmount();

    const staff = connection(handlers);
    const staffScreen = await render(
      <ChinhQuyenSoProvider
        client={staff.client}
        queryClient={staff.queryClient}
        live={false}
        now={() => TEST_NOW}
      >
        <ComplaintThread audience="staff" feedbackId={record.id} />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(staffScreen.getByRole("list", { name: /Diễn biến xử lý/ })).toBeVisible();
    expect(staffScreen.container.querySelectorAll(".cqs-complaint-thread__timeline > li")).toHaveLength(
      record.thread.length,
    );
    expect(staffScreen.container.textContent).toContain((notes[0] ?? "").slice(0, 40));
  });

  it("asks the platform for the public view: no internal note ever crosses the wire to a citizen", async () => {
    const { handlers, record } = seeded();
    const notesInStore = record.thread.filter((entry) => entry.entryType === "internal_note").length;
    expect(notesInStore).toBeGreaterThan(0);
    const render_ = (audience: "citizen" | "staff", wire: ReturnType<typeof recordingConnection>) =>
      render(
        <ChinhQuyenSoProvider
          client={wire.client}
          queryClient={wire.queryClient}
          live={false}
          now={() => TEST_NOW}
        >
          <ComplaintThread audience={audience} feedbackId={record.id} />
        </ChinhQuyenSoProvider>,
      );

    const citizen = recordingConnection(handlers);
    const screen = await render_("citizen", citizen);
    await expect.element(screen.getByRole("list", { name: /Diễn biến xử lý/ })).toBeVisible();
    expect(citizen.threadCalls.length).toBeGreaterThan(0);
    expect(citizen.threadCalls.map((call) => call.visibility)).toEqual(
      citizen.threadCalls.map(() => "public"),
    );
    const received = citizen.threadCalls.flatMap((call) => call.entryTypes);
    expect(received.filter((type) => type === "internal_note")).toHaveLength(0);
    expect(citizen.threadCalls.flatMap((call) => call.activities)).not.toContain("assigned");
    expect(received.length).toBe(
      screen.container.querySelectorAll(".cqs-complaint-thread__timeline > li").length,
    );
    await screen.unmount();

    // The same counter sees the notes when staff ask: the count above is not zero by construction.
    const staff = recordingConnection(handlers);
    const staffScreen = await render_("staff", staff);
    await expect.element(staffScreen.getByRole("list", { name: /Diễn biến xử lý/ })).toBeVisible();
    expect(staff.threadCalls.every((call) => call.visibility === null)).toBe(true);
    const staffNotes = staff.threadCalls
      .flatMap((call) => call.entryTypes)
      .filter((t) => t === "internal_note");
    expect(staffNotes).toHaveLength(notesInStore);
  });

  it("loads the officers of the feedback's agency to assign to when no assignees are given", async () => {
    const handlers = createHandlers({ seed: 3, size: 40, now: TEST_NOW });
    const record = officersOwn(handlers).find((item) => item.status === "in_progress");
    if (!record) throw new Error("no in-progress feedback with an agency");
    const officers = [...handlers.store.users.values()].filter(
      (user) => user.agencyCode === record.agencyCode,
    );
    expect(officers.length).toBeGreaterThan(0);
    const staff = connection(handlers);
    const screen = await render(
      <ChinhQuyenSoProvider
        client={staff.client}
        queryClient={staff.queryClient}
        live={false}
        now={() => TEST_NOW}
      >
        <ComplaintThread audience="staff" feedbackId={record.id} />
      </ChinhQuyenSoProvider>,
    );
    const select = screen.getByRole("combobox", { name: "Phân công cho" });
    await expect.element(select).toBeVisible();
    const offered = [...(select.element() as HTMLSelectElement).options]
      .map((option) => option.value)
      .filter((value) => value !== "");
    expect(offered.sort()).toEqual(officers.map((user) => user.id).sort());
  });

  it("posts an internal note through the client once; a citizen opening the thread never gets it", async () => {
    const { handlers, record } = seeded();
    const staff = connection(handlers);
    const before = record.thread.length;
    const screen = await render(
      <ChinhQuyenSoProvider
        client={staff.client}
        queryClient={staff.queryClient}
        live={false}
        now={() => TEST_NOW}
      >
        <ComplaintThread audience="staff" feedbackId={record.id} />
      </ChinhQuyenSoProvider>,
    );
    await screen.getByRole("radio", { name: /Ghi chú nội bộ/ }).click();
    await screen.getByRole("textbox", { name: "Nội dung" }).fill("Ghi chú thử: chỉ cán bộ đọc.");
    await screen.getByRole("button", { name: "Lưu ghi chú nội bộ" }).click();
    await expect.element(screen.getByRole("status").last()).toHaveTextContent("Đã lưu ghi chú nội bộ.");
    await expect.element(screen.getByText("Ghi chú thử: chỉ cán bộ đọc.")).toBeVisible();
    expect(record.thread).toHaveLength(before + 1);
    expect((record.thread.at(-1) as ThreadEntry).entryType).toBe("internal_note");
    await screen.unmount();

    const citizen = connection(handlers);
    const citizenScreen = await render(
      <ChinhQuyenSoProvider
        client={citizen.client}
        queryClient={citizen.queryClient}
        live={false}
        now={() => TEST_NOW}
      >
        <ComplaintThread audience="citizen" feedbackId={record.id} />
      </ChinhQuyenSoProvider>,
    );
    await expect.element(citizenScreen.getByRole("list", { name: /Diễn biến xử lý/ })).toBeVisible();
    expect(citizenScreen.container.textContent).not.toContain("Ghi chú thử");
    expect(
      JSON.stringify(
        citizen.queryClient
          .getQueryCache()
          .getAll()
          .map((query) => query.state.data),
      ),
    ).not.toContain("Ghi chú thử");
  });

  it("shows the platform's refusal and keeps the draft, then reopens and posts", async () => {
    const { handlers } = seeded();
    // One of the officer's feedback, closed (the small data set has none closed in their agency).
    const closed =
      officersOwn(handlers).find((item) => item.status === "resolved") ?? officersOwn(handlers)[0];
    if (!closed) throw new Error("no feedback of the officer's agency in the data set");
    closed.status = "closed";
    const staff = connection(handlers);
    const screen = await render(
      <ChinhQuyenSoProvider
        client={staff.client}
        queryClient={staff.queryClient}
        live={false}
        now={() => TEST_NOW}
      >
        <ComplaintThread audience="citizen" feedbackId={closed.id} />
      </ChinhQuyenSoProvider>,
    );
    await expect
      .element(screen.getByText("Phản ánh đã đóng. Mở lại phản ánh để tiếp tục trao đổi."))
      .toBeVisible();
    await screen.getByRole("button", { name: "Mở lại phản ánh" }).click();
    await screen.getByRole("textbox", { name: "Lý do mở lại" }).fill("Đèn lại hư sau hai ngày.");
    await screen.getByRole("button", { name: "Xác nhận mở lại" }).click();
    await expect.element(screen.getByRole("status").last()).toHaveTextContent("Đã mở lại phản ánh.");
    expect(closed.status).toBe("in_progress");
    const textarea = screen.getByRole("textbox", { name: "Nội dung trả lời" });
    await expect.element(textarea).toBeEnabled();

    // The platform now refuses writes (e.g. it was closed again meanwhile): the draft stays.
    handlers.store.forceError("feedback.postUpdate", 409, 1);
    await textarea.fill("Cảm ơn, tôi sẽ theo dõi.");
    await screen.getByRole("button", { name: "Gửi trả lời" }).click();
    await expect.element(screen.getByRole("alert")).toHaveTextContent("không cho phép thao tác này");
    await expect.element(textarea).toHaveValue("Cảm ơn, tôi sẽ theo dõi.");
    await screen.getByRole("button", { name: "Gửi trả lời" }).click();
    await expect.element(screen.getByRole("status").last()).toHaveTextContent("Đã gửi trả lời.");
    await expect.element(screen.getByText("Cảm ơn, tôi sẽ theo dõi.")).toBeVisible();
  });
});
