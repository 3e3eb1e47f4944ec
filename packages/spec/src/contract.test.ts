import { describe, expect, it } from "vitest";
import { openapiDocument } from "./document";
import { idempotencyHeader, listOperations } from "./operations";

interface Parameter {
  name: string;
  in: string;
  $ref?: string;
}
interface Operation {
  parameters?: Parameter[];
  responses: Record<
    string,
    { $ref?: string; content?: Record<string, { example?: unknown; examples?: unknown }> }
  >;
  security?: unknown[];
}

const doc = openapiDocument as unknown as {
  paths: Record<string, Record<string, Operation> & { parameters?: Parameter[] }>;
  components: {
    parameters: Record<string, Parameter>;
    responses: Record<string, unknown>;
    schemas: Record<string, { enum?: string[] }>;
  };
  security: unknown[];
};

const resolveParameter = (parameter: Parameter): Parameter =>
  parameter.$ref
    ? (doc.components.parameters[parameter.$ref.split("/").pop() ?? ""] as Parameter)
    : parameter;

const operations = listOperations(openapiDocument).map((summary) => {
  const item = doc.paths[summary.path];
  const operation = item?.[summary.method] as Operation;
  const parameters = [...(item?.parameters ?? []), ...(operation.parameters ?? [])].map(resolveParameter);
  return { ...summary, operation, parameters };
});

describe("every operation", () => {
  it.each(operations)("$operationId is named resource.verb and documents its errors", (op) => {
    expect(op.operationId).toMatch(/^[a-z0-9]+\.[a-z][a-zA-Z0-9]*$/);
    expect(op.tags[0], "first tag is the resource").toBe(op.operationId.split(".")[0]);
    const statuses = Object.keys(op.operation.responses);
    expect(statuses.some((status) => status.startsWith("2"))).toBe(true);
    expect(statuses.some((status) => status.startsWith("4"))).toBe(true);
    expect(statuses).toContain("429");
    expect(statuses).toContain("5XX");
    const security = (op.operation.security ?? doc.security) as Record<string, unknown>[];
    // Open311 GeoReport v2 answers a missing or bad api_key with 403, never 401 (the standard's rule).
    const apiKeyOnly = security.length > 0 && security.every((entry) => "open311ApiKey" in entry);
    if (apiKeyOnly) expect(statuses, "api_key operations answer 403 (GeoReport v2)").toContain("403");
    else if (security.length > 0) expect(statuses, "secured operations answer 401").toContain("401");
  });

  it.each(operations)("$operationId declares 400 if it reads query parameters", (op) => {
    const readsQuery = op.parameters.some((parameter) => parameter.in === "query");
    if (readsQuery) expect(Object.keys(op.operation.responses), "a bad query answers 400").toContain("400");
  });

  it.each(operations)("$operationId has an example for its JSON success response", (op) => {
    for (const [status, response] of Object.entries(op.operation.responses)) {
      if (!status.startsWith("2")) continue;
      const json = response.content?.["application/json"] ?? response.content?.["text/event-stream"];
      if (json) expect(json.example ?? json.examples, `${op.operationId} ${status}`).toBeDefined();
    }
  });
});

describe("the extensions", () => {
  it("paginated operations take cursor and limit and answer items and nextCursor", () => {
    const paginated = operations.filter((op) => op.pagination);
    expect(paginated.map((op) => op.operationId)).toContain("dossiers.list");
    for (const op of paginated) {
      const names = op.parameters.map((parameter) => parameter.name);
      expect(names, op.operationId).toContain(op.pagination?.cursorParam);
      expect(names, op.operationId).toContain(op.pagination?.limitParam);
      expect(op.method).toBe("get");
    }
  });

  it("idempotent operations, and only they, take the idempotency header", () => {
    const header = idempotencyHeader(openapiDocument);
    for (const op of operations) {
      const takesKey = op.parameters.some((parameter) => parameter.name === header);
      expect(takesKey, op.operationId).toBe(op.idempotent);
      if (op.idempotent) expect(op.method, op.operationId).not.toBe("get");
    }
  });

  it("writes guarded by If-Match answer 412 and 428", () => {
    const guarded = operations.filter((op) =>
      op.parameters.some((parameter) => parameter.name === "If-Match"),
    );
    expect(guarded.map((op) => op.operationId)).toContain("dossiers.transition");
    for (const op of guarded) {
      expect(Object.keys(op.operation.responses), op.operationId).toEqual(
        expect.arrayContaining(["412", "428"]),
      );
    }
  });

  it("the notification stream is the one streaming operation", () => {
    const streams = operations.filter((op) => op.streaming);
    expect(streams.map((op) => op.operationId)).toEqual(["notifications.stream"]);
    expect(streams[0]?.streaming).toMatchObject({
      contentType: "text/event-stream",
      resumeHeader: "Last-Event-ID",
    });
  });

  it("rejects an operation that names an undeclared convention", () => {
    const broken = {
      ...openapiDocument,
      paths: { "/x": { get: { operationId: "x.list", summary: "x", "x-pagination": "offset" } } },
    };
    expect(() => listOperations(broken)).toThrow('x.list: x-pagination "offset" is not declared');
  });
});

describe("enums follow the glossary", () => {
  const enumOf = (name: string) => doc.components.schemas[name]?.enum;
  it.each([
    [
      "DossierStatus",
      "registered received refused processing awaiting_supplement awaiting_payment withdrawn suspended finished returned",
    ],
    [
      "DossierAction",
      "accept refuse request_supplement request_payment start_processing suspend resume finish return_result withdraw",
    ],
    [
      "DossierQueue",
      "awaiting_online_intake in_progress awaiting_supplement due_or_overdue awaiting_fee awaiting_postal_return withdrawal all",
    ],
    ["DossierChannel", "counter online post"],
    ["DurationUnit", "working_day calendar_day hour"],
    ["Timeliness", "within_time due_soon overdue early on_time late"],
    ["HolidayKind", "holiday compensatory_off swapped_off makeup_workday"],
    ["DocumentUrgency", "normal urgent very_urgent flash"],
    ["DocumentSecrecy", "normal confidential secret top_secret"],
    [
      "DocumentState",
      "received registered assigned in_progress awaiting_signature signed issued completed recalled",
    ],
    ["ExchangeStatus", "inbox acceptance rejection processing done fail"],
    ["SigningProviderId", "vgca smartca mysign neac"],
    ["SignatureKind", "approval issuance copy appendix"],
    ["SigningState", "awaiting_user completed rejected expired failed cancelled"],
    ["FeedbackStatus", "pending_assignment in_progress resolved rejected closed"],
    ["FeedbackChannel", "phone zalo app facebook email web open311"],
    ["ThreadVisibility", "all public"],
    ["IndicatorDirection", "higher_is_better lower_is_better neutral"],
    [
      "SigningErrorCode",
      "user_rejected transaction_expired wrong_otp otp_attempts_exceeded certificate_expired certificate_revoked plugin_missing invalid_credentials provider_unavailable request_not_pending document_not_awaiting_signature",
    ],
    ["Decision766Group", "publicity progress online_service satisfaction digitisation"],
  ])("%s", (name, values) => {
    expect(enumOf(name)).toEqual(values.split(" "));
  });
});

describe("the Open311 GeoReport v2 section", () => {
  const open311 = operations.filter((op) => op.tags[0] === "open311");
  const resolveResponse = (response: { $ref?: string }) =>
    (response.$ref ? doc.components.responses[response.$ref.split("/").pop() ?? ""] : response) as {
      content?: Record<string, { schema?: { $ref?: string } }>;
    };

  it("has discovery, services, a service definition, requests (GET and POST) and one request", () => {
    expect(open311.map((op) => `${op.method} ${op.path}`).sort()).toEqual([
      "get /open311/discovery.{format}",
      "get /open311/v2/requests.{format}",
      "get /open311/v2/requests/{service_request_id}.{format}",
      "get /open311/v2/services.{format}",
      "get /open311/v2/services/{service_code}.{format}",
      "post /open311/v2/requests.{format}",
    ]);
  });

  it.each(open311)("$operationId answers JSON and XML, errors as v2 arrays in both", (op) => {
    const format = op.parameters.find((parameter) => parameter.name === "format") as
      | (Parameter & { schema?: { enum?: string[] } })
      | undefined;
    expect(format?.in).toBe("path");
    expect(format?.schema?.enum).toEqual(["json", "xml"]);
    for (const [status, declared] of Object.entries(op.operation.responses)) {
      const content = resolveResponse(declared).content ?? {};
      expect(Object.keys(content).sort(), `${op.operationId} ${status}`).toEqual([
        "application/json",
        "text/xml",
      ]);
      expect(content["text/xml"]?.schema).toEqual(content["application/json"]?.schema);
      if (!status.startsWith("2"))
        expect(content["application/json"]?.schema?.$ref, `${op.operationId} ${status}`).toBe(
          "#/components/schemas/Open311Errors",
        );
    }
  });

  it.each(open311)("$operationId declares its security and says why when public", (op) => {
    const operation = op.operation as Operation & { description?: string };
    expect(operation.security, "declared on the operation, not inherited").toBeDefined();
    if (operation.security?.length === 0) expect(operation.description).toMatch(/Public/);
    else expect(operation.security).toEqual([{ open311ApiKey: ["feedback:write"] }]);
  });
});
