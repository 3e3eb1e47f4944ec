// Hostile text in every place a person can type into a thread: nothing executes, nothing becomes markup, and each
// string shows exactly as typed.
import type { ThreadEntry } from "@chinhquyenso/client";
import { afterEach, describe, expect, it } from "vitest";
import { render } from "vitest-browser-react";
import { ComplaintThread } from "./ComplaintThread";
import { Staffed, visibleText } from "./ComplaintThread.test-support";
import { OFFICER, sampleFeedback, XSS_CORPUS } from "./fixtures";
import "../styles/tokens.css";
import "../styles/base.css";
import "./complaint-thread.css";
import "./complaint-thread-composer.css";

declare global {
  interface Window {
    __cqsXss?: unknown;
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

function entriesOf(text: string, index: number): ThreadEntry[] {
  const author = { id: `u_${index}`, name: text };
  return [
    { id: `r${index}`, entryType: "public_reply", body: text, at: "2026-11-25T08:00:00+07:00", author },
    {
      id: `n${index}`,
      entryType: "internal_note",
      body: text,
      at: "2026-11-25T08:05:00+07:00",
      author: OFFICER,
      attachments: [
        { id: `f${index}`, name: text, contentType: "image/svg+xml", size: 1200 },
        { id: `g${index}`, name: text, contentType: "text/html", size: 10 },
      ],
    },
    {
      id: `a${index}`,
      entryType: "activity",
      activity: "reopened",
      body: text,
      at: "2026-11-25T09:00:00+07:00",
      author,
    },
  ];
}

afterEach(() => {
  delete window.__cqsXss;
});

describe("ComplaintThread with hostile text (Chromium)", () => {
  it.each(XSS_CORPUS.map((text, index) => [index, text] as const))(
    "corpus #%i renders as text and never runs",
    async (index, text) => {
      const screen = await render(
        <Staffed>
          <ComplaintThread
            audience="staff"
            feedback={sampleFeedback({ title: text, description: text, location: { address: text } })}
            entries={entriesOf(text, index)}
            // An attacker-controlled name must not turn into a URL either: only the app's resolver makes links.
            attachmentUrl={(file) =>
              file.id.startsWith("f") ? "javascript:window.__cqsXss='resolver'" : undefined
            }
          />
        </Staffed>,
      );
      await expect.element(screen.getByRole("heading", { level: 2 })).toBeVisible();
      await settle();
      expect(window.__cqsXss).toBeUndefined();

      const root = screen.container;
      expect(
        root.querySelectorAll(
          "script, iframe, svg, style, object, embed, img, [onerror], [onload], [srcdoc]",
        ),
      ).toHaveLength(0);
      for (const anchor of root.querySelectorAll("a")) expect(anchor.protocol).toMatch(/^https?:$/);

      // Every place shows the string exactly as typed.
      const title = root.querySelector(".cqs-complaint-thread__title") as Element;
      expect(visibleText(title)).toBe(text);
      const bodies = [...root.querySelectorAll(".cqs-complaint-thread__body")].map(visibleText);
      expect(bodies).toEqual([text, text, text]); // the report, the reply, the note
      const names = [...root.querySelectorAll(".cqs-complaint-thread__file-name")].map(
        (element) => element.textContent,
      );
      expect(names).toEqual([text, text]);
      const authors = [...root.querySelectorAll(".cqs-complaint-thread__author")].map(
        (element) => element.textContent,
      );
      expect(authors).toContain(text);
      const activity = root.querySelector(".cqs-complaint-thread__activity-text") as Element;
      expect(visibleText(activity)).toBe(`Mở lại: ${text}`);
    },
  );

  it("keeps a very long word inside the thread's width", async () => {
    const word = "Từrấtdài".repeat(120);
    const screen = await render(
      <div style={{ width: "360px" }}>
        <Staffed>
          <ComplaintThread
            audience="staff"
            feedback={sampleFeedback({ title: word, location: { address: word } })}
            entries={entriesOf(word, 0)}
            assignees={[{ id: "u_long", name: word, position: word }]}
            onAssign={async () => undefined}
            onPostUpdate={async () => undefined}
          />
        </Staffed>
      </div>,
    );
    await expect.element(screen.getByRole("heading", { level: 2 })).toBeVisible();
    const thread = screen.container.querySelector(".cqs-complaint-thread") as HTMLElement;
    expect(thread.scrollWidth).toBeLessThanOrEqual(thread.clientWidth + 1);
  });
});
