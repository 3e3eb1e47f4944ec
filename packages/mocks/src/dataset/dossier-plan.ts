// How a sample dossier's life unfolds, decided up front: when it is submitted, how intake goes, which pauses
// happen and how much of the allowed time the handler uses. The simulation plays the plan against the clock
// and stops at `now`, so statuses, histories and dates agree by construction.
import { dueDate } from "@chinhquyenso/core";
import type { Random } from "../random";
import type { Channel, Duration, Procedure } from "../seed/procedures";
import { DAY_MS, HOUR_MS } from "../util";
import type { GenerationContext } from "./context";

export interface PausePlan {
  /** Share of the processing work done when the request is made. */
  readonly at: number;
  /** Office hours until the applicant supplements or pays; null: not (yet) done. */
  readonly waitHours: number | null;
  /** After a supplement request: resume, or suspend (and maybe withdraw `withdrawAfterHours` later). */
  readonly afterwards: "resume" | "suspend" | "withdraw";
  readonly withdrawAfterHours?: number | null;
}

export interface DossierPlan {
  readonly submittedAt: number;
  readonly channel: Channel;
  readonly intake: "accept" | "refuse" | "withdraw";
  /** Office hours between submission and intake. */
  readonly intakeDelayHours: number;
  /** Same-day procedures: the receiving officer finishes without a processing step. */
  readonly directFinish: boolean;
  readonly startDelayHours: number;
  /** Share of the allowed office time used before finishing: above 1 finishes late. */
  readonly workFraction: number;
  readonly supplement: PausePlan | null;
  readonly payment: PausePlan | null;
  /** Share of the work done when the applicant withdraws; null: never. */
  readonly withdrawAt: number | null;
  readonly returnDelayHours: number;
  readonly returnByPost: boolean;
  readonly assignToCurrentUser: boolean;
}

const between = (random: Random, min: number, max: number) => min + random.next() * (max - min);

/** Long procedures get supplement requests; same-day ones do not. */
function officeDays(duration: Duration): number {
  return duration.unit === "hour" ? duration.amount / 8 : duration.amount;
}

export function drawChannel(random: Random, procedure: Procedure): Channel {
  const weights: Record<Channel, number> = { online: 5, counter: 4, post: 1 };
  const allowed = procedure.channels;
  const total = allowed.reduce((sum, channel) => sum + weights[channel], 0);
  let target = random.next() * total;
  for (const channel of allowed) {
    target -= weights[channel];
    if (target < 0) return channel;
  }
  return allowed[0] ?? "counter";
}

function drawSupplement(random: Random): PausePlan {
  const draw = random.next();
  const at = between(random, 0.2, 0.6);
  if (draw < 0.75) return { at, waitHours: between(random, 4, 40), afterwards: "resume" };
  if (draw < 0.85) return { at, waitHours: null, afterwards: "resume" };
  if (draw < 0.95)
    return {
      at,
      waitHours: between(random, 40, 120),
      afterwards: "suspend",
      withdrawAfterHours: random.next() < 0.5 ? between(random, 20, 80) : null,
    };
  return { at, waitHours: between(random, 10, 60), afterwards: "withdraw" };
}

/** A plan drawn with the proportions of a one-stop office (mostly on time, some late, few refused). */
export function drawPlan(
  random: Random,
  context: GenerationContext,
  procedure: Procedure,
  duration: Duration,
  feeVnd: number,
  mine: boolean,
): DossierPlan {
  const channel = drawChannel(random, procedure);
  const windowStart = context.nowMs - 150 * DAY_MS;
  const submittedAt =
    channel === "counter"
      ? drawCounterTime(random, context, windowStart)
      : Math.floor(between(random, windowStart, context.nowMs) / 1000) * 1000;
  const intakeDraw = random.next();
  const intake =
    channel === "counter"
      ? "accept"
      : intakeDraw < 0.03
        ? "refuse"
        : intakeDraw < 0.04
          ? "withdraw"
          : "accept";
  const lateness = random.next();
  const workFraction =
    lateness < 0.85
      ? between(random, 0.3, 0.97)
      : lateness < 0.93
        ? between(random, 0.97, 1)
        : between(random, 1.05, 1.8);
  const long = officeDays(duration) >= 3;
  return {
    submittedAt,
    channel,
    intake,
    intakeDelayHours:
      channel === "counter"
        ? between(random, 0.05, 0.3)
        : channel === "post"
          ? between(random, 4, 16)
          : between(random, 0.5, 10),
    directFinish: duration.unit === "hour" && random.next() < 0.8,
    startDelayHours: between(random, 0.3, 6),
    workFraction,
    supplement: long && random.next() < 0.12 ? drawSupplement(random) : null,
    payment:
      feeVnd > 0 && channel !== "counter" && random.next() < 0.2
        ? {
            at: between(random, 0.5, 0.9),
            waitHours: random.next() < 0.8 ? between(random, 2, 24) : null,
            afterwards: "resume",
          }
        : null,
    withdrawAt: random.next() < 0.015 ? between(random, 0.1, 0.8) : null,
    returnDelayHours: channel === "post" ? between(random, 16, 40) : between(random, 0.5, 16),
    returnByPost: channel === "post" ? random.next() < 0.9 : random.next() < 0.05,
    assignToCurrentUser: mine && random.next() < 0.5,
  };
}

/** Office time on a working day of the calendar, within the window. */
function drawCounterTime(random: Random, context: GenerationContext, from: number): number {
  for (let attempt = 0; attempt < 40; attempt++) {
    const day = Math.floor(between(random, from, context.nowMs) / DAY_MS) * DAY_MS - 7 * HOUR_MS;
    if (!context.calendar.isWorkingDay(new Date(day + 12 * HOUR_MS))) continue;
    const minutes =
      random.next() < 0.55 ? between(random, 7 * 60, 11.5 * 60) : between(random, 13.5 * 60, 17 * 60);
    const at = day + Math.floor(minutes) * 60_000;
    if (at < context.nowMs) return at;
  }
  return Math.floor(between(random, from, context.nowMs) / 1000) * 1000;
}

/** The latest intake instant whose due date is not after `targetDue` (due dates grow with intake time). */
export function receivedAtForDue(context: GenerationContext, duration: Duration, targetDue: number): number {
  let low = targetDue - 400 * DAY_MS;
  let high = targetDue;
  for (let step = 0; step < 40; step++) {
    const middle = Math.floor((low + high) / 2);
    if (Date.parse(dueDate(new Date(middle), duration, { calendar: context.calendar })) <= targetDue)
      low = middle;
    else high = middle;
  }
  return Math.floor(low / 60_000) * 60_000;
}
