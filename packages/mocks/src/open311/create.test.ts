// POST requests over real HTTP, sent the way the Open311 clients in use send them (learned from their code:
// mysociety/fixmystreet perllib/Open311.pm and codeforamerica/node-open311 open311.js — the npm package `open311`
// cannot be installed from the registry, see the mocks README), and the feedback it files.
import type { ChinhQuyenSoClient } from "@chinhquyenso/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "../sandbox/server";
import { startTestSandbox } from "../test-support/sandbox";
import { parseXml, shapeOf, sparkJson } from "../test-support/xml";
import { OPEN311_SANDBOX_ACCOUNT, OPEN311_SANDBOX_API_KEY } from "./settings";

let sandbox: Sandbox;
let client: ChinhQuyenSoClient;
beforeAll(async () => {
  ({ sandbox, client } = await startTestSandbox({
    open311: {
      // A host's registry: two keys, two service accounts (the sandbox default key no longer works).
      resolveApiKey: (key) =>
        ({
          "kiosk-key": { id: "svc_kiosk", name: "Ki-ốt phường Phú Cường" },
          "fms-key": { id: "svc_fms", name: "Ứng dụng phản ánh hiện trường" },
        })[key],
    },
  }));
});
afterAll(() => sandbox.close());

/** POST as FixMyStreet does: form-urlencoded, api_key and jurisdiction_id in the form, XML back. */
async function post(fields: Record<string, string | string[]>, format: "xml" | "json" = "xml", query = "") {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields))
    for (const item of [value].flat()) body.append(name, item);
  const response = await fetch(`${sandbox.url}/open311/v2/requests.${format}${query}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8" },
    body,
  });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    text,
    body: format === "json" ? JSON.parse(text) : sparkJson(parseXml(text).root),
  };
}

const valid = {
  api_key: "fms-key",
  jurisdiction_id: "chinhquyenso.gov.vn",
  service_code: "street_lighting",
  lat: "10.9804",
  long: "106.6519",
  email: "an.nguyen@example.vn",
  first_name: "An",
  last_name: "Nguyễn Văn",
  phone: "0912345678",
  description:
    "title:  Đèn không sáng\n\ndetail: Ba trụ đèn trước số 12 Yersin tắt từ tối qua.\n\nSubmitted via FixMyStreet",
  media_url: "https://img.example.vn/den-duong.jpg",
  "attribute[hien_tuong]": "khong_sang",
  "attribute[fixmystreet_id]": "4711",
};

describe("POST requests, as FixMyStreet sends it (form, XML)", () => {
  it("files the report and answers the v2 service_request_id, as XML::Simple reads it", async () => {
    const answer = await post(valid);
    expect(answer.status).toBe(200);
    expect(answer.contentType).toBe("text/xml; charset=utf-8");
    expect(shapeOf(parseXml(answer.text).root)).toEqual({
      service_requests: [{ request: ["service_request_id", "service_notice", "account_id"] }],
    });
    const [filed] = answer.body as { service_request_id: string }[];
    expect(filed?.service_request_id).toMatch(/^PA-2026-\d{6}$/);

    // GET requests/{id}, as FixMyStreet polls it: public, the service, the media; no contact details.
    const response = await fetch(`${sandbox.url}/open311/v2/requests/${filed?.service_request_id}.json`);
    const [request] = await response.json();
    expect(request).toMatchObject({
      service_request_id: filed?.service_request_id,
      status: "open",
      service_code: "street_lighting",
      lat: 10.9804,
      long: 106.6519,
      address: null,
      media_url: "https://img.example.vn/den-duong.jpg",
    });
    expect(JSON.stringify(request)).not.toMatch(/an\.nguyen|0912345678|Nguyễn Văn An/);
  });

  it("shows up in the feedback thread like any other channel: open311, its answers and its media link", async () => {
    const answer = await post({ ...valid, "attribute[hien_tuong]": "tru_hu" }, "json");
    const code = answer.body[0].service_request_id as string;
    const record = sandbox.store.feedbackByCode.get(code);
    const feedback = await client.feedback.get(record?.id ?? "");
    expect(feedback).toMatchObject({
      channel: "open311",
      categoryCode: "street_lighting",
      status: "pending_assignment",
      public: true,
      title: "title:  Đèn không sáng",
      reporter: { name: "Nguyễn Văn An", email: "an.nguyen@example.vn", phone: "0912345678" },
      location: { address: "10.9804, 106.6519", lat: 10.9804, long: 106.6519 },
    });
    const thread = await client.feedback.thread(feedback.id, { visibility: "public" });
    expect(thread.items).toEqual([
      expect.objectContaining({
        entryType: "activity",
        activity: "created",
        author: { id: "svc_fms", name: "Ứng dụng phản ánh hiện trường" },
        body: "Đèn bị làm sao: Trụ đèn nghiêng, gãy hoặc hở điện\nHình ảnh, tệp đính kèm: https://img.example.vn/den-duong.jpg",
      }),
    ]);
  });

  it("takes a multivaluelist as attribute[code][] and an address instead of coordinates", async () => {
    const { lat: _lat, long: _long, ...noCoordinates } = valid;
    const answer = await post(
      {
        ...noCoordinates,
        service_code: "noise",
        address_string: "Hẻm 12 Yersin, phường Phú Cường",
        address_id: "TDM-0012",
        "attribute[khung_gio][]": ["toi", "dem"],
      },
      "json",
    );
    expect(answer.status).toBe(200);
    const code = answer.body[0].service_request_id as string;
    const [request] = await (await fetch(`${sandbox.url}/open311/v2/requests/${code}.json`)).json();
    expect(request).toMatchObject({
      address: "Hẻm 12 Yersin, phường Phú Cường",
      address_id: "TDM-0012",
      lat: null,
    });
    const record = sandbox.store.feedbackByCode.get(code);
    expect(record?.thread[0]?.body).toContain("Tiếng ồn vào những lúc nào: Buổi tối, Sau 22 giờ");
  });
});

describe("POST requests, as node-open311 sends it (api_key in the form, jurisdiction_id in the query, JSON)", () => {
  it("files and echoes account_id", async () => {
    const { jurisdiction_id: _, ...fields } = valid;
    const answer = await post(
      { ...fields, api_key: "kiosk-key", account_id: "u-42" },
      "json",
      "?jurisdiction_id=chinhquyenso.gov.vn",
    );
    expect(answer.status).toBe(200);
    expect(answer.contentType).toBe("application/json; charset=utf-8");
    expect(answer.body).toEqual([
      { service_request_id: expect.stringMatching(/^PA-/), service_notice: null, account_id: "u-42" },
    ]);
    const record = sandbox.store.feedbackByCode.get(answer.body[0].service_request_id);
    expect(record?.thread[0]?.author).toEqual({ id: "svc_kiosk", name: "Ki-ốt phường Phú Cường" });
  });

  it("also takes the key as the api_key query parameter, and files through the typed client (multipart)", async () => {
    const { api_key: _, ...fields } = valid;
    expect((await post(fields, "json", "?api_key=kiosk-key")).status).toBe(200);
    const [filed] = await client.open311.createRequest("json", {
      api_key: "kiosk-key",
      service_code: "waste_collection",
      address_string: "Chợ Thủ Dầu Một",
    });
    expect(sandbox.store.feedbackByCode.get(filed?.service_request_id ?? "")?.channel).toBe("open311");
  });
});

describe("POST requests refused, in v2 form and with the right status", () => {
  const errorsOf = (answer: { body: unknown }) =>
    (answer.body as { code: number | string; description: string }[]).map(
      (error) => `${error.code} ${error.description}`,
    );
  const before = () => sandbox.store.feedback.size;

  it.each([
    ["no api_key", { api_key: "" }],
    ["another key", { api_key: "guessed" }],
    ["the sandbox default key, which this host replaced", { api_key: OPEN311_SANDBOX_API_KEY }],
  ])("403 for %s, before looking at the form, in XML too", async (_, change) => {
    const count = before();
    const answer = await post({ ...valid, ...change, service_code: "", lat: "200" });
    expect(answer.status).toBe(403);
    expect(errorsOf(answer)).toEqual(["403 api_key: missing or not valid"]);
    expect(sandbox.store.feedback.size).toBe(count);
  });

  it.each([
    ["a missing service_code", { service_code: "" }, ["400 service_code: is required"]],
    ["lat 200", { lat: "200" }, ["400 lat: must be a WGS84 latitude between -90 and 90"]],
    [
      "lat without long",
      { long: "" },
      [
        "400 long: lat and long go together: send both",
        "400 location: is required: send lat and long, or address_string, or address_id",
      ],
    ],
    [
      "a description over 4,000 characters",
      { description: "ệ".repeat(4001) },
      ["400 description: must have at most 4000 characters (4001 given)"],
    ],
    [
      "HTML in the description",
      { description: "<img src=x onerror=alert(1)>" },
      ["400 description: must be plain text: no HTML tags, comments or character references"],
    ],
    [
      "a required answer missing",
      { "attribute[hien_tuong]": "" },
      ["400 attribute[hien_tuong]: is required by this service"],
    ],
    [
      "an answer not in the list",
      { "attribute[hien_tuong]": "chay_no" },
      ["400 attribute[hien_tuong]: must be one of the keys khong_sang, chap_chon, sang_ban_ngay, tru_hu"],
    ],
    [
      "a javascript: media_url",
      { media_url: "javascript:alert(1)" },
      ["400 media_url: must be an absolute http(s) URL of at most 2048 characters"],
    ],
  ])("400 for %s", async (_, change, expected) => {
    const count = before();
    for (const format of ["xml", "json"] as const) {
      const answer = await post({ ...valid, ...change }, format);
      expect(answer.status).toBe(400);
      expect(errorsOf(answer)).toEqual(expected);
    }
    expect(sandbox.store.feedback.size).toBe(count);
  });

  it("404 for an unknown service_code or another jurisdiction; 400 for a body that is not a form", async () => {
    expect(errorsOf(await post({ ...valid, service_code: "weather" }))).toEqual([
      "404 service_code: no service has this code",
    ]);
    expect(errorsOf(await post({ ...valid, jurisdiction_id: "sfgov.org" }, "json"))).toEqual([
      "404 jurisdiction_id: this endpoint serves chinhquyenso.gov.vn only",
    ]);
    const response = await fetch(`${sandbox.url}/open311/v2/requests.json?api_key=kiosk-key`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ service_code: "roads", lat: 10, long: 106 }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual([
      {
        code: 400,
        description: "Content-Type: must be application/x-www-form-urlencoded or multipart/form-data",
      },
    ]);
  });

  it("never echoes the key, the phone number or the e-mail in an error", async () => {
    const answer = await post({ ...valid, lat: "0912345678", email: "0912345678@x" });
    expect(answer.text).not.toMatch(/0912345678|fms-key/);
  });
});

describe("the default key", () => {
  it("is documented and files as the sandbox service account", async () => {
    const { sandbox: plain } = await startTestSandbox();
    try {
      const body = new URLSearchParams({
        api_key: OPEN311_SANDBOX_API_KEY,
        service_code: "roads",
        address_string: "Đường Yersin",
        "attribute[muc_do]": "cao",
      });
      const response = await fetch(`${plain.url}/open311/v2/requests.json`, { method: "POST", body });
      expect(response.status).toBe(200);
      const [filed] = await response.json();
      expect(plain.store.feedbackByCode.get(filed.service_request_id)?.thread[0]?.author).toEqual(
        OPEN311_SANDBOX_ACCOUNT,
      );
    } finally {
      await plain.close();
    }
  });
});
