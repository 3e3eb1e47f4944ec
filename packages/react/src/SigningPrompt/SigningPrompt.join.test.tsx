// "One open signing request per document": when the platform answers 409 `signing_request_open` (the documents
// were opened for signing in another tab, on another device, or by another officer), the prompt follows that
// request instead of failing or opening another — and offers to cancel it only when it is the user's own.
import { DEFAULT_TOKENS } from "@chinhquyenso/mocks";
import { beforeEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { render } from "vitest-browser-react";
import { classifySigningError } from "./errors";
import { SigningPrompt } from "./SigningPrompt";
import { Connected, createTestPlatform, isCreate, type TestPlatform } from "./SigningPrompt.test-support";
import type { SigningDocument } from "./types";

beforeEach(() => {
  sessionStorage.clear();
});

function Prompt({
  platform,
  documents,
  locale = "vi",
}: {
  platform: TestPlatform;
  documents: SigningDocument[];
  locale?: "vi" | "en";
}) {
  return (
    <Connected platform={platform} locale={locale}>
      <SigningPrompt documents={documents} pollInterval={100}>
        <button type="button">Ký số văn bản</button>
      </SigningPrompt>
    </Connected>
  );
}

const button = (name: string | RegExp) => page.getByRole("button", { name, exact: typeof name === "string" });
const prompt = () => page.getByRole("dialog").first();

/** Opens the prompt and confirms with Viettel MySign (one valid certificate), in Vietnamese or English. */
async function sign(locale: "vi" | "en" = "vi") {
  const words =
    locale === "vi"
      ? { open: "Ký số văn bản", next: "Tiếp tục", sign: "Ký số" }
      : { open: "Ký số văn bản", next: "Continue", sign: "Sign" };
  await button(words.open).click();
  await button(words.next).click();
  await page.getByRole("radio", { name: /Viettel MySign/ }).click();
  await button(words.next).click();
  await button(words.sign).click();
}

/** Opens a request for the documents from elsewhere: another tab of the officer, or another principal. */
async function openElsewhere(platform: TestPlatform, documents: SigningDocument[], token: string) {
  return platform.as(token).signing.createRequest({
    provider: "mysign",
    kind: "approval",
    items: documents.map((document) => ({ source: "document", documentId: document.id, format: "pades" })),
  });
}

describe("SigningPrompt joins the open request of its documents (Chromium)", { timeout: 60_000 }, () => {
  it("classifies 409 signing_request_open with the open request's id", () => {
    const problem = {
      type: "about:blank",
      title: "Signing request already open",
      status: 409,
      code: "signing_request_open",
      openRequestId: "sig_42",
      openRequestState: "awaiting_user",
      documentIds: ["d1"],
    };
    expect(classifySigningError({ name: "ApiError", status: 409, problem })).toEqual({
      type: "open",
      requestId: "sig_42",
    });
    // Without the id there is nothing to follow: kept raw, for support.
    expect(classifySigningError({ status: 409, problem: { ...problem, openRequestId: undefined } })).toEqual({
      type: "failure",
      failure: { kind: "failed", code: "signing_request_open" },
    });
  });

  it("the officer's other tab: shows its progress, offers to cancel it, and cancelling frees the documents", async () => {
    const platform = createTestPlatform({ signing: { confirmAfterMs: 600_000 } });
    const documents = platform.documents(2);
    const other = await openElsewhere(platform, documents, DEFAULT_TOKENS.officer);
    await render(<Prompt platform={platform} documents={documents} />);
    await sign();
    const dialog = prompt();
    await expect.element(dialog).toHaveAttribute("data-mode", "joined");
    await expect.element(dialog.getByText(/do bạn mở ở thẻ hoặc thiết bị khác/)).toBeVisible();
    await expect.element(dialog.getByText(/Giao dịch đó hết hạn sau \d\d:\d\d/)).toBeVisible();
    // One create was refused; the platform still has the one request.
    expect(platform.calls.filter(isCreate).map((call) => call.status)).toEqual([201, 409]);
    expect(platform.created()).toEqual([other.id]);

    await button("Hủy giao dịch").click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Hủy giao dịch" }).click();
    await expect.poll(() => platform.store.signingRequests.get(other.id)?.state).toBe("cancelled");
    await expect.element(page.getByRole("dialog")).not.toBeInTheDocument();
    expect(platform.created()).toEqual([other.id]);
  });

  it("another officer's request: explains who holds it, offers no cancel, and lets the user sign once it ends", async () => {
    const platform = createTestPlatform({ signing: { confirmAfterMs: 600_000 } });
    const documents = platform.documents(1);
    const theirs = await openElsewhere(platform, documents, DEFAULT_TOKENS.leader);
    const holder = platform.store.principal("leader").name;
    await render(<Prompt platform={platform} documents={documents} />);
    await sign();
    const dialog = prompt();
    await expect.element(dialog).toHaveAttribute("data-mode", "joined");
    await expect.element(dialog.getByText(`${holder} đang ký văn bản này.`, { exact: false })).toBeVisible();
    await expect.element(button("Hủy giao dịch")).not.toBeInTheDocument();
    // Closing leaves their transaction alone.
    expect(platform.store.signingRequests.get(theirs.id)?.state).toBe("awaiting_user");

    // They give up: the prompt sees it on its next poll, and the user may sign now.
    await platform.as(DEFAULT_TOKENS.leader).signing.cancel(theirs.id);
    await expect
      .element(page.getByText("Giao dịch ký đang mở cho văn bản này đã kết thúc mà chưa ký."))
      .toBeVisible();
    await button("Ký số").click();
    await expect.element(prompt()).toHaveAttribute("data-mode", "remote");
    expect(platform.created()).toHaveLength(2);
    expect(platform.calls.filter(isCreate).map((call) => call.status)).toEqual([201, 409, 201]);
  });

  it("signed elsewhere while followed: the prompt reports the documents signed", async () => {
    const platform = createTestPlatform({ signing: { confirmAfterMs: 600_000 } });
    const documents = platform.documents(1);
    await openElsewhere(platform, documents, DEFAULT_TOKENS.leader);
    await render(<Prompt platform={platform} documents={documents} />);
    await sign();
    await expect.element(prompt()).toHaveAttribute("data-mode", "joined");
    platform.confirmInApp();
    await expect.element(page.getByRole("dialog", { name: "Đã ký số thành công" })).toBeVisible();
    expect(platform.created()).toHaveLength(1);
  });

  it("explains it in English too", async () => {
    const platform = createTestPlatform({ signing: { confirmAfterMs: 600_000 } });
    const documents = platform.documents(1);
    await openElsewhere(platform, documents, DEFAULT_TOKENS.leader);
    const holder = platform.store.principal("leader").name;
    await render(<Prompt platform={platform} documents={documents} locale="en" />);
    await sign("en");
    await expect
      .element(prompt().getByText(`${holder} is signing these documents.`, { exact: false }))
      .toBeVisible();
    await expect.element(prompt().getByText(/That transaction expires in \d\d:\d\d/)).toBeVisible();
  });
});
