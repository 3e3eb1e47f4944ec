import { describe, expect, it } from "vitest";
import { InvalidInputError, UnknownValueError } from "../errors";
import { FEEDBACK_STATUSES } from "./enums";
import { toOpen311ServiceRequest, toOpen311Status } from "./open311";

describe("Open311 mapping", () => {
  it("maps pending and in-progress feedback to open, the rest to closed", () => {
    expect(FEEDBACK_STATUSES.map((status) => [status, toOpen311Status(status)])).toEqual([
      ["pending_assignment", "open"],
      ["in_progress", "open"],
      ["resolved", "closed"],
      ["rejected", "closed"],
      ["closed", "closed"],
    ]);
  });

  it("refuses to guess for a status it does not know", () => {
    expect(() => toOpen311Status("escalated")).toThrow(UnknownValueError);
    expect(() => toOpen311Status("escalated")).toThrow(/unknown feedback status "escalated"/);
  });

  it("builds a public service request with Vietnam-time dates and no contact details", () => {
    const feedback = {
      id: "PA-2026-000123",
      status: "in_progress",
      createdAt: "2026-03-02T01:15:00Z",
      updatedAt: "2026-03-03T09:00:00+07:00",
      dueAt: null,
      categoryCode: "moi-truong",
      categoryName: "Môi trường",
      description: "Rác thải tồn đọng tại hẻm 12, liên hệ 0912 345 678 hoặc CCCD 079123456789",
      statusNotes: "Đã chuyển UBND phường Phú Cường xử lý",
      agencyName: "UBND phường Phú Cường",
      address: "Hẻm 12 Yersin, Phú Cường, Thủ Dầu Một",
      lat: 10.98,
      lng: 106.65,
      phone: "0912345678",
      email: "citizen@example.vn",
    };
    const request = toOpen311ServiceRequest(feedback);
    expect(request).toEqual({
      service_request_id: "PA-2026-000123",
      status: "open",
      status_notes: "Đã chuyển UBND phường Phú Cường xử lý",
      service_name: "Môi trường",
      service_code: "moi-truong",
      description: "Rác thải tồn đọng tại hẻm 12, liên hệ *** hoặc CCCD ***",
      agency_responsible: "UBND phường Phú Cường",
      service_notice: null,
      requested_datetime: "2026-03-02T08:15:00+07:00",
      updated_datetime: "2026-03-03T09:00:00+07:00",
      expected_datetime: null,
      address: "Hẻm 12 Yersin, Phú Cường, Thủ Dầu Một",
      address_id: null,
      zipcode: null,
      lat: 10.98,
      long: 106.65,
      media_url: null,
    });
    expect(JSON.stringify(request)).not.toMatch(/0912|citizen@/);
    expect(toOpen311ServiceRequest(feedback, { redactPersonalNumbers: false }).description).toContain(
      "0912 345 678",
    );
  });

  const minimal = {
    id: "PA-2026-000124",
    status: "resolved",
    createdAt: "2026-03-02T08:15:00+07:00",
    categoryCode: "ha_tang_do_thi",
    categoryName: "Hạ tầng đô thị",
  };

  it("fills the service from the category and gives a missing description as an empty string", () => {
    const request = toOpen311ServiceRequest({ ...minimal, description: null });
    expect(request).toMatchObject({
      service_code: "ha_tang_do_thi",
      service_name: "Hạ tầng đô thị",
      description: "",
      status: "closed",
    });
    expect(toOpen311ServiceRequest(minimal).description).toBe("");
  });

  it("always has an updated_datetime (the creation time when never updated), as GeoReport v2 requires", () => {
    expect(toOpen311ServiceRequest(minimal).updated_datetime).toBe("2026-03-02T08:15:00+07:00");
    expect(toOpen311ServiceRequest({ ...minimal, updatedAt: null }).updated_datetime).toBe(
      "2026-03-02T08:15:00+07:00",
    );
  });

  it("publishes a v2 description: plain text of at most 4,000 characters, after masking", () => {
    const request = toOpen311ServiceRequest({
      ...minimal,
      description: `<p>Gọi 0912 345 678</p>${"x".repeat(5000)}`,
      addressId: "VN-74-0001",
    });
    expect(request.description.startsWith("Gọi ***x")).toBe(true);
    expect([...request.description]).toHaveLength(4000);
    expect(request.address_id).toBe("VN-74-0001");
  });

  it.each([
    ["categoryCode", { ...minimal, categoryCode: "" }],
    ["categoryName", { ...minimal, categoryName: null as unknown as string }],
    ["categoryName", { ...minimal, categoryName: "  " }],
  ])("refuses a request without its service (%s) instead of sending null", (field, feedback) => {
    const attempt = () => toOpen311ServiceRequest(feedback);
    expect(attempt).toThrow(InvalidInputError);
    expect(attempt).toThrow(expect.objectContaining({ code: "missing_category", field }));
  });
});
