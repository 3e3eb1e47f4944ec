import { describe, expect, it } from "vitest";
import { createTranslator } from "../../i18n/translator";
import { transitionMessages } from "./messages";
import { transitionFailure } from "./outcome";

const vi = createTranslator(transitionMessages, "vi");
const en = createTranslator(transitionMessages, "en");
const dossier = { code: "000.00.00.H29-260115-0001", status: "processing" };
const apiError = (status: number, problem?: unknown) => ({ name: "ApiError", status, problem });

describe("transition outcomes", () => {
  it("explains a 409 with the platform's status and allowed actions, labelled by core", () => {
    const outcome = transitionFailure(
      apiError(409, {
        currentStatus: "awaiting_supplement",
        allowedActions: ["resume", "suspend", "withdraw"],
      }),
      dossier,
      "finish",
      "vi",
      vi,
    );
    expect(outcome).toMatchObject({ ok: false, reason: "conflict", currentStatus: "awaiting_supplement" });
    expect(outcome.ok ? "" : outcome.message).toBe(
      "Hồ sơ 000.00.00.H29-260115-0001 đang ở trạng thái “Yêu cầu bổ sung giấy tờ” nên không thể “Hoàn thành xử lý”. Thao tác được phép: Tiếp tục xử lý, Dừng xử lý, Rút hồ sơ.",
    );
  });

  it("falls back to core's state machine when the 409 carries no allowed actions", () => {
    const outcome = transitionFailure(
      apiError(409, { currentStatus: "finished" }),
      dossier,
      "finish",
      "en",
      en,
    );
    expect(outcome).toMatchObject({ reason: "conflict", allowedActions: ["return_result"] });
  });

  it("tells a stale etag, invalid input, missing rights, a missing dossier and transport failures apart", () => {
    const reasons = [
      [apiError(412), "changed"],
      [apiError(422, { errors: [{ field: "/reason", code: "required" }] }), "invalid"],
      [apiError(401), "unauthorized"],
      [apiError(403), "forbidden"],
      [apiError(404), "not_found"],
      [apiError(503), "failed"],
      [{ name: "NetworkError" }, "network"],
      [{ name: "TimeoutError" }, "timeout"],
      [new Error("anything"), "failed"],
      [null, "failed"],
    ] as const;
    for (const [error, reason] of reasons) {
      expect(transitionFailure(error, dossier, "finish", "vi", vi)).toMatchObject({ ok: false, reason });
    }
    const invalid = transitionFailure(
      apiError(422, { errors: [{ field: "/reason" }] }),
      dossier,
      "refuse",
      "en",
      en,
    );
    expect(invalid.ok ? "" : invalid.message).toBe("Some details are not valid (reason).");
  });

  it("never repeats the error's own message, which may carry personal data", () => {
    const error = Object.assign(new Error("CCCD 074201001234, 0912 345 678"), {
      name: "ApiError",
      status: 500,
    });
    const outcome = transitionFailure(error, dossier, "finish", "vi", vi);
    expect(JSON.stringify(outcome)).not.toMatch(/074201001234|0912/);
  });
});
