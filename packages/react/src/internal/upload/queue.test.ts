import { describe, expect, it } from "vitest";
import { emptyQueue, missingAlt, percentOf, queueReducer, splitProgress } from "./queue";
import type { UploadRules } from "./rules";

const rules: UploadRules = { maxFiles: 2, maxFileBytes: 10, contentTypes: ["image/png", "application/pdf"] };
const file = (name: string, size: number, type: string) => new File([new Uint8Array(size)], name, { type });

describe("the upload queue", () => {
  it("takes valid files up to maxFiles and says why it refused each of the others", () => {
    const state = queueReducer(emptyQueue, {
      type: "add",
      rules,
      files: [
        file("anh.png", 4, "image/png"),
        file("trang.html", 4, "text/html"),
        file("lon.pdf", 11, "application/pdf"),
        file("rong.pdf", 0, "application/pdf"),
        file("don.pdf", 10, "application/pdf"),
        file("thua.pdf", 3, "application/pdf"),
      ],
    });
    expect(state.items.map((item) => [item.id, item.file.name, item.image])).toEqual([
      ["f1", "anh.png", true],
      ["f2", "don.pdf", false],
    ]);
    expect(state.rejected).toEqual([
      { name: "trang.html", reason: "type" },
      { name: "lon.pdf", reason: "size" },
      { name: "rong.pdf", reason: "empty" },
      { name: "thua.pdf", reason: "count" },
    ]);
    expect(missingAlt(state.items)?.id).toBe("f1");
    const described = queueReducer(state, { type: "alt", id: "f1", alt: "Ổ gà trước nhà số 12" });
    expect(missingAlt(described.items)).toBeUndefined();
    // A removed file frees a place; ids are never reused.
    const removed = queueReducer(described, { type: "remove", id: "f1" });
    const again = queueReducer(removed, { type: "add", rules, files: [file("moi.png", 1, "image/png")] });
    expect(again.items.map((item) => item.id)).toEqual(["f2", "f3"]);
    expect(again.rejected).toEqual([]);
  });

  it("tracks progress only while uploading, then the outcome of each file", () => {
    let state = queueReducer(emptyQueue, {
      type: "add",
      rules,
      files: [file("a.pdf", 8, "application/pdf"), file("b.pdf", 2, "application/pdf")],
    });
    state = queueReducer(state, { type: "progress", loaded: { f1: 4 } });
    expect(percentOf(state.items[0] as never)).toBe(0);
    state = queueReducer(state, { type: "status", ids: ["f1", "f2"], status: "uploading" });
    state = queueReducer(state, { type: "progress", loaded: { f1: 4 } });
    expect(percentOf(state.items[0] as never)).toBe(50);
    const error = new Error("503");
    state = queueReducer(state, { type: "status", ids: ["f2"], status: "failed", error });
    state = queueReducer(state, { type: "done", id: "f1", result: { id: "att_1" } });
    expect(state.items.map((item) => [item.status, percentOf(item), item.error])).toEqual([
      ["done", 100, undefined],
      ["failed", 0, error],
    ]);
  });

  it("splits the progress of one multipart body across its files in order", () => {
    const state = queueReducer(emptyQueue, {
      type: "add",
      rules: { ...rules, maxFiles: 3 },
      files: [file("a.pdf", 6, "application/pdf"), file("b.pdf", 2, "application/pdf")],
    });
    // A 10-byte body (2 bytes of overhead) for 8 bytes of files.
    expect(splitProgress(state.items, 0, 10)).toEqual({ f1: 0, f2: 0 });
    expect(splitProgress(state.items, 5, 10)).toEqual({ f1: 4, f2: 0 });
    expect(splitProgress(state.items, 9, 10).f1).toBe(6);
    expect(splitProgress(state.items, 9, 10).f2).toBeCloseTo(1.2);
    expect(splitProgress(state.items, 10, 10)).toEqual({ f1: 6, f2: 2 });
    expect(splitProgress(state.items, 3, 0)).toEqual({ f1: 0, f2: 0 });
  });
});
