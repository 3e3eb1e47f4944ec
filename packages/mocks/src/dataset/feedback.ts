// 1022 citizen feedback: reports of invented incidents at addresses on the data set's map, routed to the
// answering agency, with threads that mix the operator's intake, internal notes, public replies about the same
// incident and activity events, in time order and consistent with the status.
import { dueDate } from "@chinhquyenso/core";
import type { Random } from "../random";
import { type AgencyRole, agencyByKey } from "../seed/maps";
import { generateEmail, generatePersonName, generatePhoneNumber } from "../seed/people";
import { generateAddress } from "../seed/places";
import {
  FEEDBACK_CATEGORIES,
  type FeedbackChannel,
  feedbackAgencyKey,
  generateFeedbackReply,
  generateFeedbackReport,
  generateIntakeNote,
  generateInternalNote,
  pickFeedbackCategory,
} from "../seed/texts";
import { clamp, DAY_MS, HOUR_MS, isoOf, MINUTE_MS } from "../util";
import { CURRENT_USER_AGENCY } from "./catalogue";
import { type GenerationContext, pickStaff } from "./context";
import type { ApiFeedbackCategory, ApiPersonRef, ApiThreadEntry, FeedbackRecord } from "./types";

/** The hotline operator who records every call. */
export const OPERATOR: ApiPersonRef = { id: "op_1022", name: "Tổng đài 1022" };

/** The role of the agency a category goes to by default (the map says which agency plays it). */
const DEFAULT_ROLE: Partial<Record<string, AgencyRole>> = {
  environment_pollution: "environment",
  administrative: "service_centre",
};

export function buildFeedbackCategories(context: GenerationContext): ApiFeedbackCategory[] {
  return FEEDBACK_CATEGORIES.map((category) => {
    const role = DEFAULT_ROLE[category.key];
    return {
      code: category.key,
      name: category.vi,
      parentCode: null,
      agencyCode: role ? context.options.agencyCodes[context.map.roles[role]] : null,
    };
  });
}

const CHANNELS: readonly (readonly [FeedbackChannel, number])[] = [
  ["phone", 40],
  ["zalo", 20],
  ["app", 15],
  ["facebook", 10],
  ["web", 10],
  ["email", 5],
];

function drawChannel(random: Random): FeedbackChannel {
  let target = random.next() * 100;
  for (const [channel, weight] of CHANNELS) {
    target -= weight;
    if (target < 0) return channel;
  }
  return "phone";
}

type Status = FeedbackRecord["status"];

function drawStatus(random: Random, ageHours: number): Status {
  const draw = random.next();
  if (ageHours < 4) return draw < 0.6 ? "pending_assignment" : "in_progress";
  if (ageHours < 72) return draw < 0.7 ? "in_progress" : draw < 0.95 ? "resolved" : "rejected";
  return draw < 0.45 ? "resolved" : draw < 0.8 ? "closed" : draw < 0.9 ? "rejected" : "in_progress";
}

export function generateFeedback(context: GenerationContext): FeedbackRecord[] {
  const random = context.random("feedback");
  const count = clamp(Math.round(context.options.size * 0.3), 24, 5000);
  const now = context.nowMs;
  const drafts: FeedbackRecord[] = [];
  let entrySeq = 0;
  const entryId = () => `te_${String(++entrySeq).padStart(6, "0")}`;

  for (let index = 0; index < count; index++) {
    const category = pickFeedbackCategory(random);
    // The first few are in the current user's locality: three assigned to them, two awaiting assignment.
    const forced = index < 3;
    const waiting = index === 3 || index === 4;
    const address = generateAddress(
      random,
      forced ? { map: context.map, locality: "thu_dau_mot" } : { map: context.map },
    );
    const createdAtMs =
      Math.floor((now - (forced ? random.int(3, 30) * HOUR_MS : random.next() * 60 * DAY_MS)) / 1000) * 1000;
    const at = new Date(createdAtMs);
    const channel = drawChannel(random);
    const report = generateFeedbackReport(random, category, { address, at });
    const agencyKey = forced ? CURRENT_USER_AGENCY : feedbackAgencyKey(category, address, context.map);
    const agency = agencyByKey(agencyKey, context.map);
    const status = forced
      ? "in_progress"
      : waiting
        ? "pending_assignment"
        : drawStatus(random, (now - createdAtMs) / HOUR_MS);
    const assignee =
      status === "pending_assignment"
        ? null
        : forced || (agencyKey === CURRENT_USER_AGENCY && random.next() < 0.4)
          ? context.currentUser
          : pickStaff(context, random, agencyKey);
    const name = generatePersonName(random);
    const anonymous = random.next() < 0.15;

    // The thread, in time order; every step stays before now.
    const thread: ApiThreadEntry[] = [];
    let t = createdAtMs;
    const next = (minMinutes: number, maxMinutes: number) => {
      t = Math.min(t + random.int(minMinutes, maxMinutes) * MINUTE_MS, now);
      return isoOf(t);
    };
    thread.push({
      id: entryId(),
      entryType: "activity",
      activity: "created",
      at: isoOf(t),
      author: OPERATOR,
    });
    thread.push({
      id: entryId(),
      entryType: "internal_note",
      at: next(1, 10),
      author: OPERATOR,
      body: generateIntakeNote(random, at, channel),
    });
    if (assignee) {
      const by = context.ref(assignee);
      thread.push({
        id: entryId(),
        entryType: "activity",
        activity: "assigned",
        at: next(10, 120),
        author: OPERATOR,
        body: `Chuyển ${agency.name} xử lý.`,
      });
      thread.push({
        id: entryId(),
        entryType: "activity",
        activity: "status_changed",
        at: isoOf(t),
        author: OPERATOR,
        fromStatus: "pending_assignment",
        toStatus: "in_progress",
      });
      thread.push({
        id: entryId(),
        entryType: "internal_note",
        at: next(30, 600),
        author: by,
        body: generateInternalNote(random, { address, at }),
      });
      const slots = { address, at, agency };
      if (status === "in_progress" ? random.next() < 0.5 : true)
        thread.push({
          id: entryId(),
          entryType: "public_reply",
          at: next(60, 1440),
          author: by,
          body: generateFeedbackReply(random, report, "in_progress", slots),
        });
      if (status !== "in_progress") {
        const final = status === "closed" ? "resolved" : (status as "resolved" | "rejected");
        thread.push({
          id: entryId(),
          entryType: "public_reply",
          at: next(120, 4000),
          author: by,
          body: generateFeedbackReply(random, report, final, slots),
        });
        thread.push({
          id: entryId(),
          entryType: "activity",
          activity: "status_changed",
          at: isoOf(t),
          author: by,
          fromStatus: "in_progress",
          toStatus: final,
        });
        if (status === "closed") {
          thread.push({
            id: entryId(),
            entryType: "public_reply",
            at: next(1440, 7000),
            author: OPERATOR,
            body: generateFeedbackReply(random, report, "closed", slots),
          });
          thread.push({
            id: entryId(),
            entryType: "activity",
            activity: "status_changed",
            at: isoOf(t),
            author: OPERATOR,
            fromStatus: final,
            toStatus: "closed",
          });
        }
      }
    }
    const rated = (status === "resolved" || status === "closed") && random.next() < 0.5;
    const rating = rated ? random.pick([5, 5, 4, 4, 4, 3, 2, 1] as const) : null;
    if (rating)
      thread.push({
        id: entryId(),
        entryType: "activity",
        activity: "rated",
        at: next(60, 2000),
        author: OPERATOR,
        rating,
      });

    drafts.push({
      id: "",
      code: "",
      title: report.title,
      description: report.body,
      channel,
      categoryCode: category,
      status,
      agencyCode: status === "pending_assignment" ? null : context.options.agencyCodes[agencyKey],
      assignee: assignee ? context.ref(assignee) : null,
      ...(anonymous
        ? {}
        : {
            reporter: {
              name: name.full,
              phone: generatePhoneNumber(random),
              ...(random.next() < 0.3 ? { email: generateEmail(random, name) } : {}),
            },
          }),
      location: { address: address.full, lat: address.location.lat, long: address.location.long },
      public: random.next() < 0.7,
      createdAtMs,
      updatedAtMs: t,
      dueAtMs: Date.parse(dueDate(at, { amount: 10, unit: "working_day" }, { calendar: context.calendar })),
      rating,
      thread,
      version: 1,
      reporterCitizenId: null,
    });
  }
  drafts.sort((a, b) => a.createdAtMs - b.createdAtMs);
  return drafts.map((draft, index) => {
    const year = new Date(draft.createdAtMs + 7 * HOUR_MS).getUTCFullYear();
    const number = String(index + 1).padStart(6, "0");
    return { ...draft, id: `fb_${number}`, code: `PA-${year}-${number}` };
  });
}
