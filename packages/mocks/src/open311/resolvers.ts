// The Open311 GeoReport v2 operations of the contract. Each answers in the format of its suffix; the pipeline
// turns every error of these operations into v2's error array in that format (pipeline.ts, respond.ts).
import type { Resolver, Resolvers } from "../handlers/context";
import type { JsonBody } from "../handlers/respond";
import type { OperationId } from "../openapi/document";
import { ProblemError } from "../store/problem";
import { createOpen311Request } from "./create";
import { checkJurisdiction } from "./jurisdiction";
import { listOpen311Requests, open311Request } from "./requests";
import { declaredSchema, formatOf, type Open311Format, open311Response } from "./respond";
import { OPEN311_SERVICES_CHANGESET, open311ServiceData } from "./services";

type Open311Operation = Extract<OperationId, `open311.${string}`>;

/** Format check (404 for another suffix), jurisdiction check, then the body in that format. */
function open311<Op extends Open311Operation>(
  produce: (
    context: Parameters<Resolver<Op>>[0],
    format: Open311Format,
  ) => JsonBody<Op, 200> | Promise<JsonBody<Op, 200>>,
): Resolver<Op> {
  return async (context) => {
    const format = formatOf((context.path as { format?: string }).format);
    if (!format)
      throw new ProblemError(404, "unknown_format", "Not found", "format: the suffix must be .json or .xml");
    checkJurisdiction(context.store, (context.query as { jurisdiction_id?: string }).jurisdiction_id);
    const schema = declaredSchema(context.operation, 200);
    if (!schema) throw new Error(`${context.operation.operationId} declares no 200 schema`);
    return open311Response(schema, await produce(context, format), format);
  };
}

export const open311Resolvers: Pick<Resolvers, Open311Operation> = {
  "open311.discover": open311(({ request }) => {
    const url = new URL(request.url);
    const base = `${url.origin}${url.pathname.replace(/\/discovery\.[^/]*$/, "")}/v2`;
    return {
      changeset: OPEN311_SERVICES_CHANGESET,
      contact:
        "Nhóm nền tảng Chính quyền số (Chính quyền số platform team): https://github.com/chinhquyenso/chinhquyenso",
      key_service:
        "Khóa api_key do đơn vị vận hành cấp cho tài khoản dịch vụ; sandbox: open311-sandbox-key " +
        "(ask the operator for a service account key; the sandbox's is open311-sandbox-key).",
      endpoints: [
        {
          specification: "http://wiki.open311.org/GeoReport_v2",
          url: base,
          changeset: OPEN311_SERVICES_CHANGESET,
          type: "test" as const,
          formats: ["text/xml" as const, "application/json" as const],
        },
      ],
    };
  }),
  "open311.listServices": open311(({ store }) =>
    store.world.feedbackCategories.map((category) => {
      const data = open311ServiceData(category.code);
      return {
        service_code: category.code,
        service_name: category.name,
        description: data?.description ?? "",
        metadata: (data?.attributes.length ?? 0) > 0,
        type: "realtime" as const,
        keywords: data?.keywords ?? "",
        group: data?.group ?? "Phản ánh kiến nghị",
      };
    }),
  ),
  "open311.getService": open311(({ store, path }) => {
    const category = store.world.feedbackCategories.find((item) => item.code === path.service_code);
    if (!category)
      throw new ProblemError(404, "unknown_service", "Not found", "service_code: no service has this code");
    return {
      service_code: category.code,
      attributes: (open311ServiceData(category.code)?.attributes ?? []).map((attribute) => ({
        ...attribute,
        values: [...attribute.values],
      })),
    };
  }),
  "open311.listRequests": open311(({ store, query }) => listOpen311Requests(store, query)),
  "open311.createRequest": open311((context) => createOpen311Request(context)),
  "open311.getRequest": open311(({ store, path }) => {
    const record = store.feedbackByCode.get(path.service_request_id);
    if (record?.public !== true)
      throw new ProblemError(
        404,
        "not_found",
        "Not found",
        "service_request_id: no public service request has this id",
      );
    return [open311Request(store, record)];
  }),
};
