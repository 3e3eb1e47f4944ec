import { createClient } from "@chinhquyenso/client";
import { UPLOAD_LIMITS } from "@chinhquyenso/client/uploads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiError, startTestSandbox, TEST_NOW } from "../sandbox/sandbox.test-support";
import type { Sandbox } from "../sandbox/server";
import { createManualClock, type ManualClock } from "../store/clock";
import { RATING_CHANGE_WINDOW_MS } from "../store/feedback-ops";
import { sha256Hex } from "../store/uploads";

let sandbox: Sandbox;
let clock: ManualClock;

beforeAll(async () => {
  clock = createManualClock(TEST_NOW);
  ({ sandbox } = await startTestSandbox({ clock }));
});
afterAll(() => sandbox.close());

const as = (token: string) =>
  createClient({ baseUrl: sandbox.url, auth: { token: () => token }, retry: false });
const staff = () => as("test-token");

const feedbackWith = (status: string) => {
  const found = [...sandbox.store.feedback.values()].find((item) => item.status === status);
  if (!found) throw new Error(`no ${status} feedback`);
  return found;
};

describe("reply attachments: the contract's x-upload-limits", () => {
  const limits = UPLOAD_LIMITS["feedback.postUpdate"];
  const reply = { entryType: "internal_note" as const, body: "Ảnh hiện trường." };

  it("refuses an image without its text alternative, a type the contract does not list, too many files", async () => {
    const item = feedbackWith("in_progress");
    const noAlt = await apiError(
      staff().feedback.postUpdate(item.id, { ...reply, files: [new Blob(["x"], { type: "image/png" })] }),
    );
    expect(noAlt.status).toBe(422);
    expect(noAlt.problem).toMatchObject({ errors: [{ field: "/fileAlts/0", code: "alt_required" }] });
    const wrongType = await apiError(
      staff().feedback.postUpdate(item.id, { ...reply, files: [new Blob(["x"], { type: "text/html" })] }),
    );
    expect(wrongType.problem).toMatchObject({ errors: [{ field: "/files/0", code: "unsupported_type" }] });
    const pdf = new Blob(["%PDF"], { type: "application/pdf" });
    const tooMany = await apiError(
      staff().feedback.postUpdate(item.id, { ...reply, files: Array(limits.maxFiles + 1).fill(pdf) }),
    );
    expect(tooMany.status).toBe(422);
    // A PDF needs no alternative; exactly maxFiles pass.
    const posted = await staff().feedback.postUpdate(item.id, {
      ...reply,
      files: Array(limits.maxFiles).fill(pdf),
    });
    expect(posted.attachments).toHaveLength(limits.maxFiles);
    expect(posted.attachments?.[0]).toMatchObject({ contentType: "application/pdf", alt: null });
  });

  it("answers 413 for a file over maxFileBytes", async () => {
    const item = feedbackWith("in_progress");
    const big = new Blob([new Uint8Array(limits.maxFileBytes + 1)], { type: "application/pdf" });
    const error = await apiError(staff().feedback.postUpdate(item.id, { ...reply, files: [big] }));
    expect(error.status).toBe(413);
    expect(error.problem).toMatchObject({ code: "file_too_large" });
  });
});

describe("dossier attachments: limits and the SHA-256 check", () => {
  const dossier = () => {
    const officer = sandbox.store.principal("officer");
    const mine = [...sandbox.store.dossiers.values()].find(
      (record) => record.agencyCode === officer.agencyCode,
    );
    if (!mine) throw new Error("no dossier of the officer's agency");
    return mine.code;
  };
  const bytes = new TextEncoder().encode("%PDF-1.7 giấy khai sinh");

  it("stores a file whose hash matches and answers with it; a mismatch is 422 hash_mismatch", async () => {
    const officer = as("sbx-officer");
    const hash = await sha256Hex(bytes);
    const file = new Blob([bytes], { type: "application/pdf" });
    const stored = await officer.dossiers.uploadAttachment(dossier(), {
      file,
      kind: "supplement",
      digitised: true,
      sha256: hash,
    });
    expect(stored).toMatchObject({ sha256: hash, digitised: true, size: bytes.byteLength });
    const wrong = await apiError(
      officer.dossiers.uploadAttachment(dossier(), { file, kind: "supplement", sha256: "0".repeat(64) }),
    );
    expect(wrong.status).toBe(422);
    expect(wrong.problem).toMatchObject({ code: "hash_mismatch", errors: [{ field: "/sha256" }] });
  });

  it("refuses a type the contract does not list", async () => {
    const error = await apiError(
      as("sbx-officer").dossiers.uploadAttachment(dossier(), {
        file: new Blob(["<svg/>"], { type: "image/svg+xml" }),
        kind: "other",
      }),
    );
    expect(error.problem).toMatchObject({ errors: [{ field: "/file", code: "unsupported_type" }] });
  });
});

describe("the citizen's rating window", () => {
  it("opens a window at the first rating, allows changes inside it and refuses them after (409)", async () => {
    const closed = [...sandbox.store.feedback.values()].find(
      (item) => item.status === "closed" && !item.rating,
    );
    if (!closed) throw new Error("no unrated closed feedback");
    const first = await staff().feedback.rate(closed.id, { rating: 2, comment: "Chậm." });
    expect(first).toMatchObject({ rating: 2, ratingComment: "Chậm." });
    expect(Date.parse(first.ratingChangeableUntil ?? "")).toBe(
      Date.parse(first.ratedAt ?? "") + RATING_CHANGE_WINDOW_MS,
    );
    clock.advance(RATING_CHANGE_WINDOW_MS - 60_000);
    const changed = await staff().feedback.rate(closed.id, { rating: 4 });
    expect(changed).toMatchObject({
      rating: 4,
      ratingChangeableUntil: first.ratingChangeableUntil,
    });
    clock.advance(120_000);
    const late = await apiError(staff().feedback.rate(closed.id, { rating: 5 }));
    expect(late.status).toBe(409);
    expect(late.problem).toMatchObject({ code: "rating_window_closed" });
  });
});
