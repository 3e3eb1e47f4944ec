// Helpers for ComplaintThread's Chromium tests (not exported from the package).
import type { ThreadEntry } from "@chinhquyenso/client";
import type { ReactNode } from "react";
import { render } from "vitest-browser-react";
import { ChinhQuyenSoProvider } from "../provider";
import { ComplaintThread, type ComplaintThreadProps } from "./ComplaintThread";
import { ASSIGNEES, CATEGORIES, sampleEntries, sampleFeedback } from "./fixtures";

/** Thursday 26 November 2026, 09:00 in Vietnam: the clock of the tests (as STORY_NOW). */
export const TEST_NOW = new Date("2026-11-26T09:00:00+07:00");
const now = () => TEST_NOW;

export function Staffed({ children, locale = "vi" }: { children: ReactNode; locale?: "vi" | "en" }) {
  return (
    <ChinhQuyenSoProvider locale={locale} now={now}>
      {children}
    </ChinhQuyenSoProvider>
  );
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

export function deferred<T>(): Deferred<T> {
  const handlers: { resolve?: (value: T) => void; reject?: (reason: unknown) => void } = {};
  const promise = new Promise<T>((resolve, reject) => Object.assign(handlers, { resolve, reject }));
  return {
    promise,
    resolve: (value) => handlers.resolve?.(value),
    reject: (reason) => handlers.reject?.(reason),
  };
}

/** An error shaped like the client's ApiError (the widget reads errors by shape). */
export function apiError(status: number, requestId = "req_7f3a"): Error {
  return Object.assign(new Error(`HTTP ${status} — 0912345678 must never be shown`), {
    name: "ApiError",
    status,
    requestId,
  });
}

/** Visible text of an element: its text without screen-reader-only parts. */
export function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll(".cqs-visually-hidden")) hidden.remove();
  return copy.textContent ?? "";
}

/** The staff thread of the sample feedback, with overrides. */
export function renderStaff(props: Partial<ComplaintThreadProps> = {}) {
  return render(
    <Staffed>
      <ComplaintThread
        audience="staff"
        feedback={sampleFeedback()}
        entries={sampleEntries()}
        categories={CATEGORIES}
        assignees={ASSIGNEES}
        {...(props as object)}
      />
    </Staffed>,
  );
}

/** A read-only staff thread of `entries` (paging and windowing tests); `element` re-renders it with other entries. */
export function renderEntries(entries: ThreadEntry[], props: Partial<ComplaintThreadProps> = {}) {
  const element = (list: ThreadEntry[]) => (
    <Staffed>
      <ComplaintThread
        audience="staff"
        feedback={sampleFeedback()}
        entries={list}
        readOnly
        {...(props as object)}
      />
    </Staffed>
  );
  return { element, screen: render(element(entries)) };
}
