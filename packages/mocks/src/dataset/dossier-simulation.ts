// Plays a dossier plan against the clock with core's state machine and deadline engine; stops at `now`.
import { type DossierAction, type DossierStatus, dueDate, nextStatus } from "@chinhquyenso/core";
import type { Random } from "../random";
import type { Duration } from "../seed/procedures";
import { HOUR_MS, isoOf } from "../util";
import { addOfficeHours, officeHoursBetween } from "./calendar";
import { type GenerationContext, pickStaff } from "./context";
import type { DossierPlan, PausePlan } from "./dossier-plan";
import * as texts from "./dossier-texts";
import type {
  ApiDossierResult,
  ApiHistoryEntry,
  ApiSupplementRequest,
  PauseRecord,
  UserRecord,
} from "./types";

export interface SimulationInput {
  readonly agencyKey: DossierAgency;
  readonly duration: Duration;
  readonly feeVnd: number;
  readonly resultNotation: string;
  readonly plan: DossierPlan;
}

type DossierAgency = Parameters<typeof pickStaff>[2];

export interface SimulationResult {
  status: DossierStatus;
  receivedAt: number | null;
  finishedAt: number | null;
  returnedAt: number | null;
  pauses: PauseRecord[];
  dueMs: number | null;
  assigneeId: string | null;
  supplementRequest: ApiSupplementRequest | null;
  refusalReason: string | null;
  result: ApiDossierResult | null;
  history: ApiHistoryEntry[];
  /** Whether the applicant paid a payment request (fees are then paid). */
  paymentRequest: { createdAt: number; paidAt: number | null } | null;
  updatedAt: number;
}

export function simulateDossier(
  context: GenerationContext,
  random: Random,
  input: SimulationInput,
): SimulationResult {
  const { plan, duration } = input;
  const now = context.nowMs;
  const calendar = context.calendar;
  const receiver = pickStaff(context, random, input.agencyKey);
  const handler = plan.assignToCurrentUser
    ? context.currentUser
    : pickStaff(context, random, input.agencyKey);
  const sim: SimulationResult = {
    status: "registered",
    receivedAt: null,
    finishedAt: null,
    returnedAt: null,
    pauses: [],
    dueMs: null,
    assigneeId: null,
    supplementRequest: null,
    refusalReason: null,
    result: null,
    history: [],
    paymentRequest: null,
    updatedAt: plan.submittedAt,
  };

  /** Applies an action at `at` unless that is after now; false when the simulation must stop. */
  const apply = (at: number, action: DossierAction, actor: UserRecord, comment?: string): boolean => {
    if (at > now) return false;
    const from = sim.status;
    sim.status = nextStatus(from, action);
    const syncDraw = random.next();
    const entry: ApiHistoryEntry = {
      id: `h_${sim.history.length + 1}`,
      at: isoOf(at),
      action,
      fromStatus: from,
      toStatus: sim.status,
      actor: context.ref(actor),
      nationalSync: now - at < HOUR_MS ? "pending" : syncDraw < 0.01 ? "failed" : "synced",
    };
    if (comment) entry.comment = comment;
    sim.history.push(entry);
    sim.updatedAt = at;
    return true;
  };
  // An office hour takes at least an hour of clock time: a step that far past now is skipped uncomputed (and
  // never asks the calendar about years beyond the data set).
  // Instants are whole seconds, as the API writes them.
  const after = (from: number, hours: number) =>
    from + hours * HOUR_MS > now
      ? Number.POSITIVE_INFINITY
      : Math.round(addOfficeHours(calendar, from, hours) / 1000) * 1000;
  const openPause = (at: number) => sim.pauses.push({ from: at, to: null, status: sim.status });
  const closePause = (at: number) => {
    const open = sim.pauses.find((pause) => pause.to === null);
    if (open) open.to = at;
  };

  const intakeAt =
    plan.intakeDelayHours < 0.5
      ? plan.submittedAt + Math.round(plan.intakeDelayHours * 3600) * 1000
      : after(plan.submittedAt, plan.intakeDelayHours);
  if (plan.intake === "refuse") {
    const reason = random.pick(texts.REFUSAL_REASONS);
    if (apply(intakeAt, "refuse", receiver, reason)) sim.refusalReason = reason;
    return sim;
  }
  if (plan.intake === "withdraw") {
    apply(intakeAt, "withdraw", receiver, random.pick(texts.WITHDRAWAL_REASONS));
    return sim;
  }
  if (!apply(intakeAt, "accept", receiver, random.pick(texts.ACCEPT_COMMENTS))) return sim;
  sim.receivedAt = intakeAt;
  sim.assigneeId = receiver.id;
  const plainDue = Date.parse(dueDate(new Date(intakeAt), duration, { calendar }));
  const allowedHours = Math.max(officeHoursBetween(calendar, intakeAt, plainDue), 0.5);
  const workHours = allowedHours * plan.workFraction;

  const finishDue = () => {
    const pauses = sim.pauses
      .filter((pause) => pause.to !== null)
      .map((pause) => ({
        from: new Date(pause.from),
        to: new Date(pause.to as number),
        status: pause.status,
      }));
    sim.dueMs = Date.parse(dueDate(new Date(intakeAt), duration, { calendar, pauses }));
  };
  const done = (): SimulationResult => {
    finishDue();
    return sim;
  };

  let t = intakeAt;
  let worked = 0;
  if (!plan.directFinish) {
    t = after(t, plan.startDelayHours);
    if (
      !apply(
        t,
        "start_processing",
        receiver,
        `Chuyển ${handler.position.toLowerCase()} ${handler.name} thẩm định.`,
      )
    )
      return done();
    sim.assigneeId = handler.id;
  }
  const actor = plan.directFinish ? receiver : handler;

  type Step = { at: number; kind: "supplement" | "payment" | "withdraw"; pause?: PausePlan };
  const steps: Step[] = [];
  if (plan.supplement) steps.push({ at: plan.supplement.at, kind: "supplement", pause: plan.supplement });
  if (plan.payment) steps.push({ at: plan.payment.at, kind: "payment", pause: plan.payment });
  if (plan.withdrawAt !== null) steps.push({ at: plan.withdrawAt, kind: "withdraw" });
  steps.sort((a, b) => a.at - b.at);

  for (const step of steps) {
    const target = Math.min(workHours * step.at, workHours);
    t = after(t, Math.max(target - worked, 0.1));
    worked = target;
    if (step.kind === "withdraw") {
      apply(t, "withdraw", actor, random.pick(texts.WITHDRAWAL_REASONS));
      return done();
    }
    const pause = step.pause as PausePlan;
    if (step.kind === "supplement") {
      const [reason, item] = random.pick(texts.SUPPLEMENT_REQUESTS);
      if (!apply(t, "request_supplement", actor, reason)) return done();
      sim.supplementRequest = {
        requestedAt: isoOf(t),
        reason,
        items: [item],
        deadline: isoOf(addOfficeHours(calendar, t, 15 * 8)),
      };
    } else {
      if (!apply(t, "request_payment", actor, texts.PAYMENT_COMMENT)) return done();
      sim.paymentRequest = { createdAt: t, paidAt: null };
    }
    openPause(t);
    if (pause.waitHours === null) return done();
    const back = after(t, pause.waitHours);
    if (pause.afterwards === "withdraw") {
      if (apply(back, "withdraw", actor, random.pick(texts.WITHDRAWAL_REASONS))) closePause(back);
      return done();
    }
    if (pause.afterwards === "suspend") {
      if (!apply(back, "suspend", actor, random.pick(texts.SUSPENSION_REASONS))) return done();
      closePause(back);
      openPause(back);
      if (pause.withdrawAfterHours === null || pause.withdrawAfterHours === undefined) return done();
      const out = after(back, pause.withdrawAfterHours);
      if (apply(out, "withdraw", actor, random.pick(texts.WITHDRAWAL_REASONS))) closePause(out);
      return done();
    }
    const comment = step.kind === "supplement" ? texts.RESUME_AFTER_SUPPLEMENT : texts.RESUME_AFTER_PAYMENT;
    if (!apply(back, "resume", actor, comment)) return done();
    closePause(back);
    if (step.kind === "payment" && sim.paymentRequest) sim.paymentRequest.paidAt = back;
    t = back;
  }

  t = after(t, Math.max(workHours - worked, 0.1));
  if (!apply(t, "finish", actor, texts.FINISH_COMMENT)) return done();
  sim.finishedAt = t;
  sim.result = {
    number: `${random.int(100, 9999)}/${input.resultNotation}`,
    signer: `${random.pick(["Trưởng phòng", "Phó Chủ tịch", "Phó Giám đốc"])} ${pickStaff(context, random, input.agencyKey).name}`,
    signedAt: isoOf(t),
  };
  const returnAt = after(t, plan.returnDelayHours);
  if (
    apply(
      returnAt,
      "return_result",
      receiver,
      plan.returnByPost ? texts.RETURN_BY_POST : texts.RETURN_AT_COUNTER,
    )
  )
    sim.returnedAt = returnAt;
  return done();
}
