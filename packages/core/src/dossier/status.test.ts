import { describe, expect, it } from "vitest";
import { labelOf } from "../labels";
import { CHANNELS, channelFromId, channelId } from "./channels";
import {
  DOSSIER_STATUS_LABELS,
  DOSSIER_STATUSES,
  dossierStatusFromId,
  dossierStatusId,
  isFinishedStatus,
  isOpenStatus,
  stopsClock,
} from "./status";

// domain.md §1, TrangThaiHoSo.cs: id (what the national portal exchanges) · identifier · Vietnamese label.
const SOURCE: [number, string, string][] = [
  [1, "registered", "Mới đăng ký"],
  [2, "received", "Được tiếp nhận"],
  [3, "refused", "Không được tiếp nhận"],
  [4, "processing", "Đang xử lý"],
  [5, "awaiting_supplement", "Yêu cầu bổ sung giấy tờ"],
  [6, "awaiting_payment", "Yêu cầu thực hiện nghĩa vụ tài chính"],
  [7, "withdrawn", "Công dân yêu cầu rút hồ sơ"],
  [8, "suspended", "Dừng xử lý"],
  [9, "finished", "Đã xử lý xong (chờ trả)"],
  [10, "returned", "Đã trả kết quả"],
];

describe("dossier statuses", () => {
  it("match the production system's ids and labels", () => {
    for (const [id, status, label] of SOURCE) {
      expect(dossierStatusFromId(id)).toBe(status);
      expect(dossierStatusFromId(String(id))).toBe(status);
      expect(dossierStatusId(status)).toBe(id);
      expect(labelOf(DOSSIER_STATUS_LABELS, status)).toBe(label);
    }
    expect(DOSSIER_STATUSES).toEqual(SOURCE.map(([, status]) => status));
  });

  it("stop the clock while awaiting supplement, awaiting payment or suspended", () => {
    expect(DOSSIER_STATUSES.filter((status) => stopsClock(status))).toEqual([
      "awaiting_supplement",
      "awaiting_payment",
      "suspended",
    ]);
    expect(DOSSIER_STATUSES.filter((status) => isFinishedStatus(status))).toEqual(["finished", "returned"]);
    expect(DOSSIER_STATUSES.filter((status) => !isOpenStatus(status) && !isFinishedStatus(status))).toEqual([
      "refused",
      "withdrawn",
    ]);
  });

  it("pass unknown values through without throwing", () => {
    expect(dossierStatusFromId(11)).toBeUndefined();
    expect(dossierStatusFromId(0)).toBeUndefined();
    expect(dossierStatusFromId(1.5)).toBeUndefined();
    expect(dossierStatusFromId("x")).toBeUndefined();
    expect(dossierStatusId("archived")).toBeUndefined();
    expect(labelOf(DOSSIER_STATUS_LABELS, "archived", "en")).toBe("archived");
    expect(labelOf(DOSSIER_STATUS_LABELS, "toString")).toBe("toString");
    expect(stopsClock("archived") || isOpenStatus("archived") || isFinishedStatus("archived")).toBe(false);
  });
});

describe("channels", () => {
  it("number counter 1, online 2, post 3", () => {
    expect(CHANNELS.map((channel) => channelId(channel))).toEqual([1, 2, 3]);
    expect([1, 2, 3, 4].map((id) => channelFromId(id))).toEqual(["counter", "online", "post", undefined]);
    expect(channelId("fax")).toBeUndefined();
  });
});
