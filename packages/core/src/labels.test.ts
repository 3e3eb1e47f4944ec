import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as core from "./index";
import { type LabelTable, labelOf } from "./labels";

// docs/glossary.md is the canonical list of identifiers; core is the one place for their vi and en labels.
const glossary = readFileSync(new URL("../../../docs/glossary.md", import.meta.url), "utf8");

/** Every exported value list (`DOSSIER_STATUSES`, …) with its label table (`DOSSIER_STATUS_LABELS`, …). */
const ENUMS: [string, readonly string[], LabelTable<string>][] = [
  ["DOSSIER_STATUSES", core.DOSSIER_STATUSES, core.DOSSIER_STATUS_LABELS],
  ["DOSSIER_ACTIONS", core.DOSSIER_ACTIONS, core.DOSSIER_ACTION_LABELS],
  ["CLOCK_PAUSE_STATUSES", core.CLOCK_PAUSE_STATUSES, core.CLOCK_PAUSE_LABELS],
  ["DOSSIER_QUEUES", core.DOSSIER_QUEUES, core.DOSSIER_QUEUE_LABELS],
  ["CHANNELS", core.CHANNELS, core.CHANNEL_LABELS],
  ["DURATION_UNITS", core.DURATION_UNITS, core.DURATION_UNIT_LABELS],
  ["TIMELINESS_VALUES", core.TIMELINESS_VALUES, core.TIMELINESS_LABELS],
  ["HOLIDAY_KINDS", core.HOLIDAY_KINDS, core.HOLIDAY_KIND_LABELS],
  ["DOCUMENT_DIRECTIONS", core.DOCUMENT_DIRECTIONS, core.DOCUMENT_DIRECTION_LABELS],
  ["DOCUMENT_URGENCIES", core.DOCUMENT_URGENCIES, core.DOCUMENT_URGENCY_LABELS],
  ["DOCUMENT_SECRECY_LEVELS", core.DOCUMENT_SECRECY_LEVELS, core.DOCUMENT_SECRECY_LABELS],
  ["DOCUMENT_STATES", core.DOCUMENT_STATES, core.DOCUMENT_STATE_LABELS],
  ["ASSIGNMENT_ROLES", core.ASSIGNMENT_ROLES, core.ASSIGNMENT_ROLE_LABELS],
  ["EXCHANGE_STATUSES", core.EXCHANGE_STATUSES, core.EXCHANGE_STATUS_LABELS],
  ["EXCHANGE_MESSAGE_TYPES", core.EXCHANGE_MESSAGE_TYPES, core.EXCHANGE_MESSAGE_TYPE_LABELS],
  ["SIGNING_PROVIDERS", core.SIGNING_PROVIDERS, core.SIGNING_PROVIDER_LABELS],
  ["SIGNATURE_KINDS", core.SIGNATURE_KINDS, core.SIGNATURE_KIND_LABELS],
  ["SIGNATURE_FORMATS", core.SIGNATURE_FORMATS, core.SIGNATURE_FORMAT_LABELS],
  ["SIGNING_STATES", core.SIGNING_STATES, core.SIGNING_STATE_LABELS],
  ["SIGNING_ERROR_CODES", core.SIGNING_ERROR_CODES, core.SIGNING_ERROR_LABELS],
  ["FEEDBACK_STATUSES", core.FEEDBACK_STATUSES, core.FEEDBACK_STATUS_LABELS],
  ["FEEDBACK_CHANNELS", core.FEEDBACK_CHANNELS, core.FEEDBACK_CHANNEL_LABELS],
  ["FEEDBACK_ENTRY_TYPES", core.FEEDBACK_ENTRY_TYPES, core.FEEDBACK_ENTRY_TYPE_LABELS],
  ["FEEDBACK_ACTIVITIES", core.FEEDBACK_ACTIVITIES, core.FEEDBACK_ACTIVITY_LABELS],
  ["STREAM_EVENT_TYPES", core.STREAM_EVENT_TYPES, core.STREAM_EVENT_LABELS],
  ["WEBHOOK_EVENT_TYPES", core.WEBHOOK_EVENT_TYPES, core.WEBHOOK_EVENT_LABELS],
  ["PAYMENT_STATES", core.PAYMENT_STATES, core.PAYMENT_STATE_LABELS],
  ["FEE_STATES", core.FEE_STATES, core.FEE_STATE_LABELS],
  ["FEE_KINDS", core.FEE_KINDS, core.FEE_KIND_LABELS],
  ["FEE_PAYERS", core.FEE_PAYERS, core.FEE_PAYER_LABELS],
  ["CITIZEN_NEXT_STEPS", core.CITIZEN_NEXT_STEPS, core.CITIZEN_NEXT_STEP_LABELS],
  ["CITIZEN_DUE_NOTES", core.CITIZEN_DUE_NOTES, core.CITIZEN_DUE_NOTE_LABELS],
  ["DECISION_766_GROUPS", core.DECISION_766_GROUPS, core.DECISION_766_GROUP_LABELS],
];

/**
 * `identifier` (Vietnamese term) pairs the glossary writes inline, read from the first clause that names every
 * value of the enum — identifiers like `received` mean different things in different enums.
 */
function glossaryTerms(values: readonly string[]): Map<string, string> {
  const clause = glossary
    .replace(/\s+/g, " ")
    .split(/\. (?=[A-Z])/)
    .find((text) => values.every((value) => text.includes(`\`${value}\``)));
  const terms = new Map<string, string>();
  for (const match of clause?.matchAll(/`([a-z0-9_.]+)` \(([^()`]+?)(?: —[^)]*)?\)/g) ?? []) {
    const [, id = "", term = ""] = match;
    terms.set(id, term.trim().toLowerCase());
  }
  return terms;
}

// The glossary describes these (partly in English) rather than giving a Vietnamese term.
const DESCRIBED_ONLY = ["SIGNING_PROVIDERS", "SIGNATURE_FORMATS"];

describe("labels", () => {
  it("use only identifiers of the glossary", () => {
    for (const [name, values] of ENUMS) {
      for (const value of values) expect(glossary, `${name}: ${value}`).toContain(`\`${value}\``);
    }
  });

  it("exist in Vietnamese and English for every value, and nothing else", () => {
    for (const [name, values, table] of ENUMS) {
      expect(Object.keys(table), name).toEqual([...values]);
      for (const value of values) {
        expect(labelOf(table, value, "vi").trim(), `${name}.${value}.vi`).not.toBe("");
        expect(labelOf(table, value, "en").trim(), `${name}.${value}.en`).not.toBe("");
        expect(labelOf(table, value, "vi"), `${name}.${value}`).not.toBe(value);
      }
    }
  });

  it("agree with the Vietnamese terms the glossary gives", () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const [name, values, table] of ENUMS) {
      if (DESCRIBED_ONLY.includes(name)) continue;
      for (const [value, term] of glossaryTerms(values)) {
        if (!values.includes(value)) continue;
        checked++;
        const vi = labelOf(table, value, "vi").toLowerCase();
        if (!vi.includes(term)) mismatches.push(`${name}.${value}: "${vi}" lacks "${term}"`);
      }
    }
    expect(checked).toBeGreaterThan(40);
    expect(mismatches).toEqual([]);
  });

  it("give the glossary's table labels exactly for queues", () => {
    for (const match of glossary.matchAll(/^\| `([a-z_]+)` \| ([^|]+?) \|$/gm)) {
      const [, id = "", vi = ""] = match;
      if ((core.DOSSIER_QUEUES as readonly string[]).includes(id))
        expect(labelOf(core.DOSSIER_QUEUE_LABELS, id)).toBe(vi);
    }
  });

  it("fall back to the raw value for values a newer server may send", () => {
    for (const [, , table] of ENUMS) {
      expect(labelOf(table, "brand_new_value", "en")).toBe("brand_new_value");
      expect(labelOf(table, "constructor")).toBe("constructor");
    }
  });
});
