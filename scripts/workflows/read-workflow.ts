// Reads a GitHub Actions workflow with GitHub's own parser (@actions/workflow-parser, the one behind github.com's
// workflow editor and the VS Code extension). Its schema ships in the package, so no network is needed. It
// reports what GitHub would refuse: unknown keys, wrong types, malformed `${{ }}` expressions, contexts used where
// GitHub does not offer them, bad cron lines, `needs` naming no job.
import {
  convertWorkflowTemplate,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
  NoOperationTraceWriter,
  parseWorkflow,
} from "@actions/workflow-parser";
import type { TemplateToken } from "@actions/workflow-parser/templates/tokens/index";

/** A workflow as plain data: mappings become objects, sequences arrays, expressions their `${{ }}` text. */
export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

export interface ReadWorkflow {
  /** What GitHub would refuse, as "file (Line: n, Col: m): message". Empty when the workflow is valid. */
  errors: string[];
  /** The workflow as plain data, for checks of our own; undefined when it did not parse at all. */
  document: Plain | undefined;
}

export async function readWorkflow(name: string, content: string): Promise<ReadWorkflow> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((error) => error.message);
  if (parsed.value === undefined) return { errors, document: undefined };
  // The conversion checks across jobs (needs, matrices, reusable workflows) and adds to the same error list.
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  const converted = parsed.context.errors.getErrors().map((error) => error.message);
  const extra = (template.errors ?? []).map((error) => error.Message);
  return { errors: [...new Set([...errors, ...converted, ...extra])], document: plain(parsed.value) };
}

function plain(token: TemplateToken): Plain {
  if (isMapping(token)) {
    const object: { [key: string]: Plain } = {};
    for (let index = 0; index < token.count; index++) {
      const pair = token.get(index);
      object[pair.key.toString()] = plain(pair.value);
    }
    return object;
  }
  if (isSequence(token)) {
    const items: Plain[] = [];
    for (let index = 0; index < token.count; index++) items.push(plain(token.get(index)));
    return items;
  }
  if (isString(token) || isBoolean(token) || isNumber(token)) return token.value;
  return token.isScalar ? String(token) : null;
}
