// Reads the bundled contract into one flat model per operation: names, arguments, body, result and errors.
// Everything the generated code knows about an operation comes from here, and from the spec's extensions
// (x-pagination, x-idempotent, x-streaming) as resolved by @chinhquyenso/spec's listOperations().
import { idempotencyHeader, listOperations } from "@chinhquyenso/spec";

const SERVER_ERRORS = [500, 502, 503, 504];

export const pascal = (text) =>
  text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join("");

const camel = (text) => {
  const name = pascal(text.replace(/^X-/i, ""));
  return name[0].toLowerCase() + name.slice(1);
};

export function buildModel(document) {
  const resolve = (object) => {
    let current = object;
    while (current?.$ref) {
      const [, section, name] = current.$ref.match(/^#\/components\/(\w+)\/(.+)$/) ?? [];
      if (!section) throw new Error(`Unsupported $ref ${current.$ref}`);
      current = document.components[section][name];
    }
    return current;
  };
  const refName = (schema) => schema?.$ref?.match(/^#\/components\/schemas\/(.+)$/)?.[1];
  const keyHeader = idempotencyHeader(document);

  return listOperations(document).map((summary) => {
    const { operationId: id, method, path } = summary;
    const [resource, verb] = id.split(".");
    const item = document.paths[path];
    const operation = item[method];
    const index = `operations[${JSON.stringify(id)}]`;
    const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(resolve);
    const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
    for (const name of pathParams) {
      if (!parameters.some((p) => p.in === "path" && p.name === name))
        throw new Error(`${id}: path parameter {${name}} is not declared`);
    }
    const queryParams = parameters
      .filter((p) => p.in === "query")
      .map((p) => ({ name: p.name, required: !!p.required }));
    const headerParams = summary.streaming
      ? []
      : parameters
          .filter((p) => p.in === "header" && p.name !== keyHeader)
          .map((p) => ({
            name: p.name,
            prop: camel(p.name),
            required: !!p.required,
            encoded: !!p["x-percent-encoded"],
          }));

    let body = null;
    if (operation.requestBody) {
      const requestBody = resolve(operation.requestBody);
      // The first media type the client can send (JSON or multipart); others (a form) are for other clients.
      const kindOf = (type) =>
        type === "application/json" ? "json" : type === "multipart/form-data" ? "multipart" : null;
      const offered = Object.entries(requestBody.content);
      const [mediaType, media] = offered.find(([type]) => kindOf(type)) ?? offered[0];
      const kind = kindOf(mediaType);
      if (!kind) throw new Error(`${id}: unsupported request body ${mediaType}`);
      const type =
        refName(media.schema) ??
        `NonNullable<${index}["requestBody"]>["content"][${JSON.stringify(mediaType)}]`;
      body = { kind, required: !!requestBody.required, type };
    }

    const [successStatus, successObject] = Object.entries(operation.responses).find(([status]) =>
      status.startsWith("2"),
    );
    const success = resolve(successObject);
    const [mediaType, media] = Object.entries(success.content ?? {})[0] ?? [];
    let response;
    if (!mediaType) response = { kind: "void", type: "void" };
    else if (summary.streaming) response = { kind: "sse", type: refName(media.schema) };
    else if (mediaType.endsWith("json"))
      response = {
        kind: "json",
        type:
          refName(media.schema) ?? `${index}["responses"][${successStatus}]["content"]["application/json"]`,
      };
    else response = { kind: "binary", type: "Download" };
    if (summary.streaming && !response.type) throw new Error(`${id}: the event schema must be a $ref`);

    if (summary.pagination) {
      const page = resolve(media?.schema);
      const items = page?.properties?.[summary.pagination.itemsField];
      const next = page?.properties?.[summary.pagination.nextCursorField];
      if (!items?.items || !next) throw new Error(`${id}: x-pagination response lacks items or next cursor`);
      response.itemType =
        refName(items.items) ?? `${response.type}[${JSON.stringify(summary.pagination.itemsField)}][number]`;
    }

    const errors = [];
    for (const [status, value] of Object.entries(operation.responses)) {
      if (status.startsWith("2")) continue;
      const problem = resolve(value);
      const problemSchema = problem.content?.["application/problem+json"]?.schema;
      // A union of problem shapes (oneOf/anyOf of $refs) is typed as the union of their names.
      const alternatives = problemSchema?.oneOf ?? problemSchema?.anyOf;
      const problemType = !problemSchema
        ? "undefined"
        : (refName(problemSchema) ??
          (alternatives
            ? alternatives.map((schema) => refName(schema) ?? "Problem").join(" | ")
            : "Problem"));
      if (status === "5XX") {
        const declared = Object.keys(operation.responses).map(Number);
        const statuses = SERVER_ERRORS.filter((code) => !declared.includes(code));
        errors.push({ statuses, problemType: `${problemType} | undefined` });
      } else if (/^\d{3}$/.test(status)) {
        errors.push({ statuses: [Number(status)], problemType });
      } else {
        throw new Error(`${id}: unsupported response status ${status}`);
      }
    }

    const hasParams = queryParams.length > 0 || headerParams.length > 0;
    const paramsRequired = [...queryParams, ...headerParams].some((p) => p.required);
    return {
      id,
      resource,
      verb,
      method,
      path,
      summary: summary.summary,
      typeBase: pascal(id),
      pathParams,
      queryParams,
      headerParams,
      hasParams,
      paramsRequired,
      body,
      response,
      errors,
      paginated: !!summary.pagination,
      idempotent: summary.idempotent,
      streaming: !!summary.streaming,
      pagination: summary.pagination,
      streamingConvention: summary.streaming,
    };
  });
}
