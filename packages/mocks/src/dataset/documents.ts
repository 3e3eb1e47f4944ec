// Decree 30 documents in the register of the current user's agency: incoming ones (received, registered,
// assigned, handled) and outgoing drafts (some awaiting the current user's digital signature), with arrival
// numbers sequential per year and due dates from core's working-day engine.
import { dueDate } from "@chinhquyenso/core";
import type { Random } from "../random";
import { agencyByKey } from "../seed/maps";
import { generateDocumentSubject } from "../seed/texts";
import { formatNotation, issuerFromAgency, pickDocumentType, pickIssuer } from "../seed/texts/documents";
import { clamp, DAY_MS, dayOf, HOUR_MS, isoOf } from "../util";
import { addOfficeHours } from "./calendar";
import { CURRENT_USER_AGENCY } from "./catalogue";
import { type GenerationContext, pickStaff } from "./context";
import type { ApiAssignment, DocumentRecord } from "./types";

type Urgency = DocumentRecord["urgency"];
type State = DocumentRecord["state"];

const URGENCIES: readonly (readonly [Urgency, number])[] = [
  ["normal", 70],
  ["urgent", 20],
  ["very_urgent", 7],
  ["flash", 3],
];

const LEAD_INSTRUCTIONS = [
  "Chủ trì tham mưu UBND thành phố triển khai thực hiện.",
  "Chủ trì kiểm tra, báo cáo kết quả trước thời hạn.",
  "Chủ trì tổng hợp, dự thảo văn bản trả lời.",
];
const SUPPORT_INSTRUCTIONS = [
  "Phối hợp cung cấp số liệu.",
  "Phối hợp góp ý dự thảo.",
  "Theo dõi, phối hợp thực hiện.",
];

function weighted<T>(random: Random, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let target = random.next() * total;
  for (const [value, weight] of entries) {
    target -= weight;
    if (target < 0) return value;
  }
  return (entries[0] as readonly [T, number])[0];
}

/** What the first documents must be, so that every data set shows these cases. */
type Forced = "awaiting_signature" | "due_soon" | "flash";
const FORCED: readonly Forced[] = [
  "awaiting_signature",
  "awaiting_signature",
  "awaiting_signature",
  "due_soon",
  "due_soon",
  "flash",
];

export function generateDocuments(context: GenerationContext): DocumentRecord[] {
  const random = context.random("documents");
  const count = clamp(Math.round(context.options.size * 0.3), 24, 3000);
  const own = agencyByKey(CURRENT_USER_AGENCY, context.map);
  const ownIssuer = issuerFromAgency(own);
  const me = context.currentUser;
  const leader = pickStaff(context, random, CURRENT_USER_AGENCY);
  const drafts: { at: number; record: Omit<DocumentRecord, "ownerAgencyCode"> }[] = [];

  for (let index = 0; index < count; index++) {
    const forced = FORCED[index];
    const outgoing = forced === "awaiting_signature" || (!forced && random.next() < 0.35);
    const type = pickDocumentType(random);
    const issuer = outgoing ? ownIssuer : pickIssuer(random, context.map);
    const at = forced
      ? context.nowMs - random.int(2, 30) * HOUR_MS
      : context.nowMs - Math.floor(random.next() * 60 * DAY_MS);
    const year = new Date(at).getUTCFullYear();
    const unit = random.pick(issuer.units);
    const [number = "", notation = ""] = formatNotation({
      number: random.int(1, 2500),
      type,
      issuer,
      unitCode: unit.code,
    }).split("/");
    const urgency: Urgency = forced === "flash" ? "flash" : weighted(random, URGENCIES);
    const ageHours = (context.nowMs - at) / HOUR_MS;
    let state: State;
    if (outgoing) {
      state = forced
        ? "awaiting_signature"
        : weighted<State>(random, [
            ["in_progress", 15],
            ["awaiting_signature", 20],
            ["signed", 10],
            ["issued", 50],
            ["recalled", 5],
          ]);
    } else if (forced) {
      state = forced === "flash" ? "received" : "in_progress";
    } else {
      state =
        ageHours < 4
          ? "received"
          : ageHours < 24
            ? weighted<State>(random, [
                ["registered", 1],
                ["assigned", 1],
              ])
            : weighted<State>(random, [
                ["completed", 55],
                ["in_progress", 25],
                ["assigned", 20],
              ]);
    }
    const mine = forced !== undefined || random.next() < 0.35;
    const lead = mine ? me : pickStaff(context, random, CURRENT_USER_AGENCY);
    const assignments: ApiAssignment[] = [];
    if (outgoing ? state === "awaiting_signature" : !["received", "registered"].includes(state)) {
      const assignedAt = Math.min(at + random.int(1, 8) * HOUR_MS, context.nowMs);
      assignments.push({
        role: "lead",
        assignee: context.ref(lead),
        instruction: outgoing ? "Ký số văn bản trước khi ban hành." : random.pick(LEAD_INSTRUCTIONS),
        dueAt: null,
        assignedAt: isoOf(assignedAt),
        completedAt: state === "completed" ? isoOf(Math.min(assignedAt + 30 * HOUR_MS, context.nowMs)) : null,
      });
      if (!outgoing && random.next() < 0.5) {
        const support = pickStaff(context, random, CURRENT_USER_AGENCY);
        if (support.id !== lead.id)
          assignments.push({
            role: "support",
            assignee: context.ref(support),
            instruction: random.pick(SUPPORT_INSTRUCTIONS),
            dueAt: null,
            assignedAt: isoOf(assignedAt),
            completedAt: null,
          });
      }
    }
    const hasDue = !outgoing && (forced === "due_soon" || random.next() < 0.6);
    const dueAtMs = !hasDue
      ? null
      : forced === "due_soon"
        ? addOfficeHours(context.calendar, context.nowMs, random.int(2, 7))
        : Date.parse(
            dueDate(
              new Date(at),
              { amount: urgency === "normal" ? random.int(5, 15) : random.int(1, 3), unit: "working_day" },
              { calendar: context.calendar },
            ),
          );
    const issuedAt = outgoing
      ? ["signed", "issued", "recalled"].includes(state)
        ? dayOf(at)
        : null
      : dayOf(at - random.int(0, 3) * DAY_MS);
    drafts.push({
      at,
      record: {
        id: "",
        direction: outgoing ? "outgoing" : "incoming",
        number: outgoing && !["issued", "recalled", "signed"].includes(state) ? "" : number,
        notation,
        issuedAt,
        issuer: issuer.name,
        type: type.name,
        subject: generateDocumentSubject(random, type, year, context.map),
        pages: random.int(1, 12),
        urgency,
        secrecy: weighted(random, [
          ["normal", 90],
          ["confidential", 8],
          ["secret", 2],
        ] as const),
        arrivalNumber: null,
        arrivalDate: outgoing ? null : dayOf(at),
        dueAt: dueAtMs === null ? null : isoOf(dueAtMs),
        signer: outgoing
          ? `Phó Chủ tịch ${leader.name}`
          : `Phó ${random.pick(["Chủ tịch", "Giám đốc", "Chánh Văn phòng"])} ${pickStaff(context, random, "ubnd_tinh").name}`,
        state,
        exchangeStatus: outgoing
          ? state === "issued"
            ? "done"
            : null
          : issuer.level === "district" || issuer.level === "commune"
            ? null
            : state === "completed"
              ? "done"
              : "processing",
        assignments,
        file: {
          id: "",
          name: `${type.abbreviation ?? "CV"}-${number}.pdf`,
          contentType: "application/pdf",
          size: random.int(60, 900) * 1024,
        },
        version: 1,
        updatedAtMs: Math.min(at + random.int(0, 40) * HOUR_MS, context.nowMs),
      },
    });
  }

  // Register order: by arrival (or drafting) time; arrival numbers restart every year.
  drafts.sort((a, b) => a.at - b.at);
  const arrivalCounters = new Map<string, number>();
  return drafts.map(({ record: draft }, index) => {
    const id = `doc_${String(index + 1).padStart(5, "0")}`;
    let arrivalNumber: number | null = null;
    if (draft.arrivalDate) {
      const year = draft.arrivalDate.slice(0, 4);
      arrivalNumber = (arrivalCounters.get(year) ?? 0) + 1;
      arrivalCounters.set(year, arrivalNumber);
    }
    return {
      ...draft,
      id,
      arrivalNumber,
      file: { ...(draft.file as NonNullable<DocumentRecord["file"]>), id: `f_${id}` },
      ownerAgencyCode: context.currentUser.agencyCode,
    };
  });
}
