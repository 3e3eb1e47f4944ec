// Story support for the designed 403 and 404 states every widget shows (boundary/AccessProblem): errors shaped
// as the client's ApiError (widgets read errors by shape), and the check each widget's stories run.
import { expect, userEvent, within } from "storybook/test";

/** 403 `insufficient_scope`: the principal may not see this. */
export const FORBIDDEN_ERROR = Object.assign(new Error("forbidden"), {
  name: "ApiError",
  status: 403,
  problem: { type: "about:blank", title: "Forbidden", status: 403, code: "insufficient_scope" },
});

/** 404 `not_found`: missing, or another agency's (the platform does not say which). */
export const NOT_FOUND_ERROR = Object.assign(new Error("not found"), {
  name: "ApiError",
  status: 404,
  problem: { type: "about:blank", title: "Not found", status: 404, code: "not_found" },
});

const TEXT = {
  vi: {
    forbidden: "Bạn không có quyền xem nội dung này.",
    not_found: "Không tìm thấy nội dung này",
    retry: "Thử lại",
  },
  en: {
    forbidden: "You are not allowed to see this.",
    not_found: "Not found, or not yours to see.",
    retry: "Retry",
  },
} as const;

interface PlayContext {
  canvas: { findByRole(role: string, options?: { name: RegExp }): Promise<HTMLElement> };
  globals: { locale?: string };
}

/**
 * The play function of a widget's Forbidden / NotFound story: the designed state, and no retry offered.
 * `open`: the button to press first (a popover's trigger); the state is then looked for in the whole page.
 */
export function expectAccessProblem(kind: "forbidden" | "not_found", open?: RegExp) {
  return async ({ canvas, globals }: PlayContext) => {
    const text = globals.locale === "en" ? TEXT.en : TEXT.vi;
    if (open) await userEvent.click(await canvas.findByRole("button", { name: open }));
    const page = within(document.body);
    const alert = await page.findByRole("alert");
    await expect(alert).toHaveAttribute("data-problem", kind);
    await expect(alert).toHaveTextContent(text[kind]);
    await expect(page.queryByRole("button", { name: text.retry })).toBeNull();
  };
}
