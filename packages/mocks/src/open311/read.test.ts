// GeoReport v2 reads over real HTTP: every endpoint in JSON and XML (the XML read by a strict parser and checked
// against the element names the standard documents, GeoReport/v2/index.md and Service_Discovery.md), the
// filters of GET requests, and errors as v2 arrays with the HTTP status in both formats.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FeedbackRecord } from "../dataset/types";
import type { Sandbox } from "../sandbox/server";
import { startTestSandbox } from "../test-support/sandbox";
import { normalizeLeaves, parseXml, shapeOf, sparkJson } from "../test-support/xml";
import { DAY_MS } from "../util";

let sandbox: Sandbox;
beforeAll(async () => {
  ({ sandbox } = await startTestSandbox());
});
afterAll(() => sandbox.close());

interface Answer {
  status: number;
  contentType: string | null;
  text: string;
}
async function get(path: string): Promise<Answer> {
  const response = await fetch(`${sandbox.url}${path}`);
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    text: await response.text(),
  };
}
const json = async (path: string) => {
  const answer = await get(path);
  expect(answer.contentType, path).toBe("application/json; charset=utf-8");
  return { status: answer.status, body: JSON.parse(answer.text) };
};
const ids = (body: { service_request_id: string }[]) => body.map((request) => request.service_request_id);

// The element names GeoReport v2 documents for each response, in its order (index.md, Service_Discovery.md).
const REQUEST_FIELDS = [
  "service_request_id",
  "status",
  "status_notes",
  "service_name",
  "service_code",
  "description",
  "agency_responsible",
  "service_notice",
  "requested_datetime",
  "updated_datetime",
  "expected_datetime",
  "address",
  "address_id",
  "zipcode",
  "lat",
  "long",
  "media_url",
];
const SERVICE_FIELDS = [
  "service_code",
  "service_name",
  "description",
  "metadata",
  "type",
  "keywords",
  "group",
];

describe("JSON and XML carry the same documents, in the shapes GeoReport v2 documents", () => {
  it.each([
    "/open311/discovery",
    "/open311/v2/services",
    "/open311/v2/services/street_lighting",
    "/open311/v2/services/waste_collection",
    "/open311/v2/requests",
  ])("%s", async (path) => {
    const [asJson, asXml] = await Promise.all([get(`${path}.json`), get(`${path}.xml`)]);
    expect([asJson.status, asXml.status]).toEqual([200, 200]);
    expect(asXml.contentType).toBe("text/xml; charset=utf-8");
    const document = parseXml(asXml.text);
    expect(document.encoding?.toLowerCase()).toBe("utf-8");
    // The XML, read by the Spark convention, is the JSON document.
    expect(sparkJson(document.root)).toEqual(normalizeLeaves(JSON.parse(asJson.text)));
  });

  it("names every element as the standard does", async () => {
    const shape = async (path: string) => shapeOf(parseXml((await get(path)).text).root);
    expect(await shape("/open311/discovery.xml")).toEqual({
      discovery: [
        "changeset",
        "contact",
        "key_service",
        {
          endpoints: [
            {
              endpoint: ["specification", "url", "changeset", "type", { formats: ["format", "format"] }],
            },
          ],
        },
      ],
    });
    const services = (await shape("/open311/v2/services.xml")) as { services: unknown[] };
    expect(services.services.length).toBe(sandbox.store.world.feedbackCategories.length);
    for (const service of services.services) expect(service).toEqual({ service: SERVICE_FIELDS });
    const definition = (await shape("/open311/v2/services/street_lighting.xml")) as {
      service_definition: [string, { attributes: { attribute: unknown[] }[] }];
    };
    expect(definition.service_definition[0]).toBe("service_code");
    expect(definition.service_definition[1].attributes[0]).toEqual({
      attribute: [
        "variable",
        "code",
        "datatype",
        "required",
        "datatype_description",
        "order",
        "description",
        {
          values: [
            { value: ["key", "name"] },
            { value: ["key", "name"] },
            { value: ["key", "name"] },
            { value: ["key", "name"] },
          ],
        },
      ],
    });
    const requests = (await shape("/open311/v2/requests.xml?page_size=3")) as { service_requests: unknown[] };
    expect(requests.service_requests).toEqual([
      { request: REQUEST_FIELDS },
      { request: REQUEST_FIELDS },
      { request: REQUEST_FIELDS },
    ]);
  });
});

describe("discovery and services", () => {
  it("points at this endpoint with both formats", async () => {
    const { body } = await json("/open311/discovery.json");
    expect(body.endpoints).toEqual([
      expect.objectContaining({
        specification: "http://wiki.open311.org/GeoReport_v2",
        url: `${sandbox.url}/open311/v2`,
        formats: ["text/xml", "application/json"],
      }),
    ]);
  });

  it("lists every category with description, keywords and group; metadata where there is a definition", async () => {
    const { body } = await json("/open311/v2/services.json");
    expect(body.map((service: { service_code: string }) => service.service_code)).toEqual(
      sandbox.store.world.feedbackCategories.map((category) => category.code),
    );
    for (const service of body) {
      expect(service.description).not.toBe("");
      expect(service.keywords).toMatch(/, /);
      expect(service.group).not.toBe("");
      // metadata: the client should read the definition, to ask its questions or show its information.
      const definition = await json(`/open311/v2/services/${service.service_code}.json`);
      expect(service.metadata, service.service_code).toBe(definition.body.attributes.length > 0);
    }
  });

  it("answers an unknown service with a v2 404, in each format", async () => {
    expect(await json("/open311/v2/services/weather.json")).toEqual({
      status: 404,
      body: [{ code: 404, description: "service_code: no service has this code" }],
    });
    const asXml = await get("/open311/v2/services/weather.xml");
    expect(asXml.status).toBe(404);
    expect(sparkJson(parseXml(asXml.text).root)).toEqual([
      { code: "404", description: "service_code: no service has this code" },
    ]);
  });
});

describe("GET requests filters", () => {
  const publicRecords = () => [...sandbox.store.feedback.values()].filter((item) => item.public);
  const openOf = (record: FeedbackRecord) =>
    record.status === "pending_assignment" || record.status === "in_progress" ? "open" : "closed";

  it("takes comma-separated statuses and service codes (any of them)", async () => {
    const all = await json("/open311/v2/requests.json");
    const both = await json("/open311/v2/requests.json?status=open,closed");
    expect(ids(both.body)).toEqual(ids(all.body));
    const open = await json("/open311/v2/requests.json?status=open");
    expect(open.body.length).toBeGreaterThan(0);
    expect(open.body.every((request: { status: string }) => request.status === "open")).toBe(true);
    const some = await json("/open311/v2/requests.json?service_code=roads,flooding");
    const expected = publicRecords().filter((item) => ["roads", "flooding"].includes(item.categoryCode));
    expect(some.body.length).toBe(expected.length);
    expect(new Set(some.body.map((request: { service_code: string }) => request.service_code))).toEqual(
      new Set(expected.map((item) => item.categoryCode)),
    );
  });

  it("lets service_request_id override every other filter", async () => {
    const [closed, open] = [
      publicRecords().find((item) => openOf(item) === "closed"),
      publicRecords().find((item) => openOf(item) === "open"),
    ];
    const wanted = `${closed?.code},${open?.code},PA-1999-000000`;
    const { status, body } = await json(
      `/open311/v2/requests.json?service_request_id=${wanted}&status=open&service_code=weather&start_date=2020-01-01T00:00:00Z&end_date=2020-01-02T00:00:00Z&page=9`,
    );
    expect(status).toBe(200);
    expect(new Set(ids(body))).toEqual(new Set([closed?.code, open?.code]));
  });

  it("defaults to the last 90 days, anchors on a single bound, and refuses a wider window", async () => {
    const record = publicRecords()[0] as FeedbackRecord;
    const created = record.createdAtMs;
    record.createdAtMs = sandbox.store.now() - 100 * DAY_MS;
    try {
      expect(ids((await json("/open311/v2/requests.json")).body)).not.toContain(record.code);
      const start = new Date(record.createdAtMs - DAY_MS).toISOString();
      expect(ids((await json(`/open311/v2/requests.json?start_date=${start}`)).body)).toContain(record.code);
      const end = new Date(record.createdAtMs + DAY_MS).toISOString();
      expect(ids((await json(`/open311/v2/requests.json?end_date=${end}`)).body)).toContain(record.code);
    } finally {
      record.createdAtMs = created;
    }
    const wide = await json(
      "/open311/v2/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-04-02T00:00:01Z",
    );
    expect(wide).toEqual({
      status: 400,
      body: [{ code: 400, description: "end_date: must be at most 90 days after start_date (GeoReport v2)" }],
    });
    const backwards = await json(
      "/open311/v2/requests.json?start_date=2026-02-01T00:00:00Z&end_date=2026-01-01T00:00:00Z",
    );
    expect(backwards.status).toBe(400);
  });

  it("pages with page and page_size (extension), at most 1,000", async () => {
    const all = ids((await json("/open311/v2/requests.json")).body);
    expect(all.length).toBeGreaterThan(4);
    const first = ids((await json("/open311/v2/requests.json?page_size=2")).body);
    const second = ids((await json("/open311/v2/requests.json?page=2&page_size=2")).body);
    expect([...first, ...second]).toEqual(all.slice(0, 4));
    expect((await json("/open311/v2/requests.json?page_size=1001")).status).toBe(400);
  });

  it("answers bad filters with every error, as v2 arrays, in the URL's format", async () => {
    const bad = await json("/open311/v2/requests.json?status=pending&start_date=yesterday&page=0");
    expect(bad.status).toBe(400);
    expect(bad.body.map((error: { description: string }) => error.description.split(":")[0])).toEqual([
      "start_date",
      "status",
      "page",
    ]);
    expect(bad.body.every((error: { code: number }) => error.code === 400)).toBe(true);
    const asXml = await get("/open311/v2/requests.xml?status=pending");
    expect(asXml).toMatchObject({ status: 400, contentType: "text/xml; charset=utf-8" });
    expect(shapeOf(parseXml(asXml.text).root)).toEqual({ errors: [{ error: ["code", "description"] }] });
  });

  it("serves only public requests, one by id in an array, 404 otherwise", async () => {
    const record = publicRecords()[0] as FeedbackRecord;
    const one = await json(`/open311/v2/requests/${record.code}.json`);
    expect(ids(one.body)).toEqual([record.code]);
    const hidden = [...sandbox.store.feedback.values()].find((item) => !item.public) as FeedbackRecord;
    const missing = await get(`/open311/v2/requests/${hidden.code}.xml`);
    expect(missing.status).toBe(404);
    expect(sparkJson(parseXml(missing.text).root)).toEqual([
      { code: "404", description: "service_request_id: no public service request has this id" },
    ]);
  });

  it("never answers an updated_datetime of null nor a description over 4,000 characters or with markup", async () => {
    const record = publicRecords()[0] as FeedbackRecord;
    const description = record.description;
    record.description = `<b>Gấp</b> ${"ư".repeat(5000)}`;
    try {
      const [request] = (await json(`/open311/v2/requests/${record.code}.json`)).body;
      expect([...request.description]).toHaveLength(4000);
      expect(request.description.startsWith("Gấp ư")).toBe(true);
    } finally {
      record.description = description;
    }
    const all = (await json("/open311/v2/requests.json")).body;
    expect(
      all.every((request: { updated_datetime: unknown }) => typeof request.updated_datetime === "string"),
    ).toBe(true);
  });
});

describe("the endpoint's edges", () => {
  it("answers another format, another jurisdiction and an unknown route as v2 404s", async () => {
    expect(await json("/open311/v2/services.csv")).toEqual({
      status: 404,
      body: [{ code: 404, description: "format: the suffix must be .json or .xml" }],
    });
    expect((await json("/open311/v2/services.json?jurisdiction_id=")).status).toBe(200);
    expect((await json("/open311/v2/services.json?jurisdiction_id=chinhquyenso.gov.vn")).status).toBe(200);
    expect(await json("/open311/v2/services.json?jurisdiction_id=sfgov.org")).toEqual({
      status: 404,
      body: [{ code: 404, description: "jurisdiction_id: this endpoint serves chinhquyenso.gov.vn only" }],
    });
    const route = await get("/open311/v2/tokens/abc.xml");
    expect(route.status).toBe(404);
    expect(shapeOf(parseXml(route.text).root)).toEqual({ errors: [{ error: ["code", "description"] }] });
  });

  it("answers forced errors and examples (Prefer) in v2 form and in the URL's format", async () => {
    const response = await fetch(`${sandbox.url}/open311/v2/services.xml`, {
      headers: { prefer: "code=429" },
    });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("1");
    expect(sparkJson(parseXml(await response.text()).root)).toEqual([
      { code: "429", description: "Forced by the Prefer header." },
    ]);
    const example = await fetch(`${sandbox.url}/open311/v2/requests.xml`, {
      headers: { prefer: "example=streetLight" },
    });
    expect(example.headers.get("content-type")).toBe("text/xml; charset=utf-8");
    expect(shapeOf(parseXml(await example.text()).root)).toEqual({
      service_requests: [{ request: REQUEST_FIELDS }],
    });
  });
});
