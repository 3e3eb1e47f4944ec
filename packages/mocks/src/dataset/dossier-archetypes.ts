// Dossiers placed on purpose, so that even a 10-dossier data set shows every queue: one due today, one
// overdue, one awaiting a supplement, one awaiting payment… all at the current user's agency.
import type { AdministrativeMap } from "../seed/maps";
import { type Procedure, proceduresOf } from "../seed/procedures";
import { DAY_MS, HOUR_MS } from "../util";
import { addOfficeHours } from "./calendar";
import { CURRENT_USER_AGENCY } from "./catalogue";
import type { GenerationContext } from "./context";
import { type DossierPlan, receivedAtForDue } from "./dossier-plan";

export interface Archetype {
  readonly name: string;
  /** Which procedures fit (local ones, so that the current user's agency handles them). */
  readonly fits: (procedure: Procedure) => boolean;
  readonly plan: (context: GenerationContext, procedure: Procedure) => DossierPlan;
}

const base: Omit<DossierPlan, "submittedAt"> = {
  channel: "counter",
  intake: "accept",
  intakeDelayHours: 0.1,
  directFinish: false,
  startDelayHours: 1,
  workFraction: 50, // not finished by now unless a shorter plan says so
  supplement: null,
  payment: null,
  withdrawAt: null,
  returnDelayHours: 2,
  returnByPost: false,
  assignToCurrentUser: true,
};

const firstCase = (procedure: Procedure) => procedure.cases[0].duration;
const district = (procedure: Procedure) => procedure.authority.level !== "province";
const workingDays = (min: number, max: number) => (procedure: Procedure) =>
  district(procedure) &&
  firstCase(procedure).unit === "working_day" &&
  firstCase(procedure).amount >= min &&
  firstCase(procedure).amount <= max;

/** Received so that the due date falls `offsetMs` from now (negative: in the past). */
const receivedForDue = (context: GenerationContext, procedure: Procedure, target: number) =>
  receivedAtForDue(context, firstCase(procedure), target) - 6 * 60_000;

export const ARCHETYPES: readonly Archetype[] = [
  {
    name: "due_soon",
    fits: workingDays(3, 15),
    plan: (context, procedure) => ({
      ...base,
      submittedAt: receivedForDue(context, procedure, addOfficeHours(context.calendar, context.nowMs, 3)),
    }),
  },
  {
    name: "overdue",
    fits: workingDays(3, 15),
    plan: (context, procedure) => ({
      ...base,
      submittedAt: receivedForDue(context, procedure, context.nowMs - 3 * DAY_MS),
    }),
  },
  {
    name: "awaiting_supplement",
    fits: workingDays(5, 20),
    plan: (context) => ({
      ...base,
      submittedAt: context.nowMs - 8 * DAY_MS,
      workFraction: 1,
      supplement: { at: 0.1, waitHours: null, afterwards: "resume" },
    }),
  },
  {
    name: "awaiting_payment",
    fits: (procedure) => workingDays(3, 20)(procedure) && procedure.cases[0].feeVnd > 0,
    plan: (context) => ({
      ...base,
      channel: "online",
      intakeDelayHours: 2,
      submittedAt: context.nowMs - 8 * DAY_MS,
      workFraction: 1,
      payment: { at: 0.1, waitHours: null, afterwards: "resume" },
    }),
  },
  {
    name: "registered_online",
    fits: (procedure) => district(procedure) && procedure.channels.includes("online"),
    plan: (context) => ({
      ...base,
      channel: "online",
      intakeDelayHours: 400,
      submittedAt: context.nowMs - HOUR_MS,
    }),
  },
  {
    name: "finished_awaiting_post",
    fits: (procedure) => workingDays(1, 10)(procedure) && procedure.channels.includes("post"),
    plan: (context) => ({
      ...base,
      channel: "post",
      intakeDelayHours: 4,
      submittedAt: context.nowMs - 25 * DAY_MS,
      workFraction: 0.6,
      returnDelayHours: 4000,
      returnByPost: true,
    }),
  },
  {
    name: "withdrawn",
    fits: workingDays(5, 20),
    plan: (context) => ({
      ...base,
      submittedAt: context.nowMs - 10 * DAY_MS,
      workFraction: 1,
      withdrawAt: 0.2,
    }),
  },
  {
    name: "suspended",
    fits: workingDays(5, 20),
    plan: (context) => ({
      ...base,
      submittedAt: context.nowMs - 20 * DAY_MS,
      workFraction: 1,
      supplement: { at: 0.1, waitHours: 16, afterwards: "suspend", withdrawAfterHours: null },
    }),
  },
  {
    name: "received",
    fits: workingDays(3, 20),
    plan: (context) => ({ ...base, submittedAt: context.nowMs - 30 * 60_000, startDelayHours: 400 }),
  },
  {
    name: "returned_late",
    fits: workingDays(3, 10),
    plan: (context) => ({ ...base, submittedAt: context.nowMs - 60 * DAY_MS, workFraction: 1.4 }),
  },
  {
    name: "refused",
    fits: (procedure) => district(procedure) && procedure.channels.includes("online"),
    plan: (context) => ({
      ...base,
      channel: "online",
      intake: "refuse",
      intakeDelayHours: 3,
      submittedAt: context.nowMs - 4 * DAY_MS,
    }),
  },
];

export const ARCHETYPE_AGENCY = CURRENT_USER_AGENCY;

export function archetypeProcedures(archetype: Archetype, map: AdministrativeMap): Procedure[] {
  return proceduresOf(map).filter(archetype.fits);
}
