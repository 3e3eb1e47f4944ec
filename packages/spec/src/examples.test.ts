// Examples and enums of the contract checked against core's domain rules, so they cannot drift apart:
// every transition example (409 problems, history entries, webhooks, dossiers) must be one core's state
// machine allows, and every enum core also defines must list the same values in the same order.
import * as core from "@chinhquyenso/core";
import { describe, expect, it } from "vitest";
import { openapiDocument } from "./document";
import { listOperations } from "./operations";

type Loose = Record<string, unknown>;

/** Every object inside a value, with its JSON path. */
function* objectsIn(value: unknown, path = "$"): Generator<[string, Loose]> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* objectsIn(item, `${path}[${index}]`);
  } else if (typeof value === "object" && value !== null) {
    yield [path, value as Loose];
    for (const [key, item] of Object.entries(value)) yield* objectsIn(item, `${path}.${key}`);
  }
}

/** The example payloads of the document: every `example` value and every `examples.*.value`. */
function examplesOf(document: unknown): [string, unknown][] {
  const found: [string, unknown][] = [];
  for (const [path, object] of objectsIn(document)) {
    if ("example" in object) found.push([`${path}.example`, object.example]);
    if (typeof object.examples === "object" && object.examples !== null && !Array.isArray(object.examples))
      for (const [name, entry] of Object.entries(object.examples as Loose))
        if (typeof entry === "object" && entry !== null && "value" in entry)
          found.push([`${path}.examples.${name}`, (entry as Loose).value]);
  }
  return found;
}

const isStatus = (value: unknown): value is core.DossierStatus =>
  core.DOSSIER_STATUSES.includes(value as core.DossierStatus);
const isAction = (value: unknown): value is core.DossierAction =>
  core.DOSSIER_ACTIONS.includes(value as core.DossierAction);

/** What is wrong with the dossier transitions an example shows, measured against core's state machine. */
export function transitionMistakes(document: unknown): string[] {
  const mistakes: string[] = [];
  for (const [where, example] of examplesOf(document)) {
    for (const [path, object] of objectsIn(example, where)) {
      // A 409 TransitionProblem: exactly core's allowed actions from the current status.
      if ("currentStatus" in object && isStatus(object.currentStatus)) {
        const expected = core.allowedActions(object.currentStatus);
        if (JSON.stringify(object.allowedActions) !== JSON.stringify(expected))
          mistakes.push(
            `${path}: allowedActions from ${object.currentStatus} are [${expected.join(", ")}], not [${String(object.allowedActions)}]`,
          );
      }
      // A dossier: the actions this user may take are some of core's (never one core forbids).
      else if ("statusId" in object && isStatus(object.status) && Array.isArray(object.allowedActions)) {
        const allowed = core.allowedActions(object.status);
        for (const action of object.allowedActions)
          if (!allowed.includes(action))
            mistakes.push(`${path}: ${String(action)} is not allowed from ${object.status}`);
      }
      // A history entry or webhook: action, fromStatus and toStatus agree with the transition table.
      if (isAction(object.action) && "toStatus" in object) {
        const transition = core.DOSSIER_TRANSITIONS[object.action];
        if (object.toStatus !== transition.to)
          mistakes.push(
            `${path}: ${object.action} leads to ${transition.to}, not ${String(object.toStatus)}`,
          );
        const from = object.fromStatus;
        if (from !== null && from !== undefined && !transition.from.includes(from as core.DossierStatus))
          mistakes.push(`${path}: ${object.action} is not allowed from ${String(from)}`);
      }
    }
  }
  return mistakes;
}

describe("transition examples follow core's state machine", () => {
  it("finds the examples it checks", () => {
    const kinds = new Set<string>();
    for (const [, example] of examplesOf(openapiDocument))
      for (const [, object] of objectsIn(example)) {
        if ("currentStatus" in object) kinds.add("problem");
        if ("statusId" in object && "allowedActions" in object) kinds.add("dossier");
        if (isAction(object.action) && "toStatus" in object) kinds.add("transition");
      }
    expect([...kinds].sort()).toEqual(["dossier", "problem", "transition"]);
  });

  it("every example agrees with DOSSIER_TRANSITIONS", () => {
    expect(transitionMistakes(openapiDocument)).toEqual([]);
  });

  it("catches an example that drifts", () => {
    const drifted = {
      example: {
        currentStatus: "awaiting_supplement",
        allowedActions: ["resume", "refuse"],
        history: [{ action: "accept", fromStatus: "processing", toStatus: "received" }],
        dossier: { status: "registered", statusId: 1, allowedActions: ["finish"] },
      },
    };
    expect(transitionMistakes(drifted)).toEqual([
      "$.example: allowedActions from awaiting_supplement are [suspend, resume, withdraw], not [resume,refuse]",
      "$.example.history[0]: accept is not allowed from processing",
      "$.example.dossier: finish is not allowed from registered",
    ]);
  });
});

const schemas = (
  openapiDocument as unknown as { components: { schemas: Record<string, { enum?: unknown }> } }
).components.schemas;

describe("enums agree with core", () => {
  it.each([
    ["DossierStatus", core.DOSSIER_STATUSES],
    ["DossierAction", core.DOSSIER_ACTIONS],
    ["DossierQueue", core.DOSSIER_QUEUES],
    ["DossierChannel", core.CHANNELS],
    ["DurationUnit", core.DURATION_UNITS],
    ["Timeliness", core.TIMELINESS_VALUES],
    ["OpenTimeliness", core.OPEN_TIMELINESS],
    ["HolidayKind", core.HOLIDAY_KINDS],
    ["DocumentUrgency", core.DOCUMENT_URGENCIES],
    ["DocumentSecrecy", core.DOCUMENT_SECRECY_LEVELS],
    ["DocumentState", core.DOCUMENT_STATES],
    ["ExchangeStatus", core.EXCHANGE_STATUSES],
    ["SigningProviderId", core.SIGNING_PROVIDERS],
    ["SignatureKind", core.SIGNATURE_KINDS],
    ["SignatureFormat", core.SIGNATURE_FORMATS],
    ["SigningState", core.SIGNING_STATES],
    ["SigningErrorCode", core.SIGNING_ERROR_CODES],
    ["FeedbackStatus", core.FEEDBACK_STATUSES],
    ["FeedbackChannel", core.FEEDBACK_CHANNELS],
    ["ThreadEntryType", core.FEEDBACK_ENTRY_TYPES],
    ["ActivityEvent", core.FEEDBACK_ACTIVITIES],
    ["Decision766Group", core.DECISION_766_GROUPS],
    ["AgencyLevel", core.AGENCY_LEVELS],
    ["ServiceLevel", core.SERVICE_LEVELS],
  ] as const)("%s", (name, values) => {
    expect(schemas[name]?.enum, name).toEqual([...values]);
  });
});

describe("the rating scale agrees with core", () => {
  it("is the integers core's FEEDBACK_RATINGS spans, with core's low-rating rule as x-low-rating", () => {
    const rating = schemas.FeedbackRating as {
      type?: unknown;
      minimum?: unknown;
      maximum?: unknown;
      "x-low-rating"?: { atMost?: unknown };
      description?: string;
    };
    expect(rating.type).toBe("integer");
    expect([rating.minimum, rating.maximum]).toEqual([
      core.FEEDBACK_RATINGS[0],
      core.FEEDBACK_RATINGS.at(-1),
    ]);
    expect(rating["x-low-rating"]?.atMost).toBe(core.FEEDBACK_LOW_RATING.atMost);
    // The description names each level with core's Vietnamese label.
    for (const level of core.FEEDBACK_RATINGS)
      expect(rating.description).toContain(`${level} ${core.FEEDBACK_RATING_LABELS[level].vi}`);
  });
});

describe("idempotency keys are required the same way everywhere", () => {
  const doc = openapiDocument as unknown as {
    paths: Record<string, Record<string, { responses: Record<string, { $ref?: string }> }>>;
  };
  const idempotent = listOperations(openapiDocument).filter((op) => op.idempotent);

  it("covers the writes that need it", () => {
    expect(idempotent.map((op) => op.operationId)).toEqual(
      expect.arrayContaining(["signing.cancel", "documents.complete", "dossiers.transition"]),
    );
  });

  it.each(idempotent)("$operationId declares 400 idempotency_key_required", (op) => {
    const response = doc.paths[op.path]?.[op.method]?.responses["400"];
    expect(response?.$ref).toBe("#/components/responses/IdempotencyKeyRequired");
  });
});
