import { describe, expect, it } from "vitest";
import { createTranslator } from "../i18n/translator";
import { queueMessages } from "./messages";
import { selectionText } from "./selectionText";

const vi = createTranslator(queueMessages, "vi");
const en = createTranslator(queueMessages, "en");

describe("selectionText", () => {
  it("counts the selection", () => {
    expect(selectionText(vi, 3, 50, 2000)).toBe("Đã chọn 3 hồ sơ");
    expect(selectionText(en, 3, 50, 2000)).toBe("3 selected");
  });

  it("says when every loaded row of more is selected", () => {
    expect(selectionText(vi, 50, 50, 2000)).toBe("Đã chọn cả 50 hồ sơ đã tải, trong tổng số 2.000 hồ sơ");
    expect(selectionText(en, 50, 50, 2000)).toBe("All 50 loaded dossiers selected, of 2,000");
  });

  it("is a plain count when everything is loaded or the total is unknown", () => {
    expect(selectionText(vi, 17, 17, 17)).toBe("Đã chọn 17 hồ sơ");
    expect(selectionText(vi, 50, 50, undefined)).toBe("Đã chọn 50 hồ sơ");
  });

  it("says the selection was cleared", () => {
    expect(selectionText(vi, 0, 50, 2000)).toBe("Đã bỏ chọn tất cả hồ sơ");
    expect(selectionText(en, 0, 50, 2000)).toBe("Selection cleared");
  });
});
