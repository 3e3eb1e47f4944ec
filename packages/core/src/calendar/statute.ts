// A year's days off computed from the statute, for years without an official notice (provisional).
import { InvalidInputError } from "../errors";
import { civilFromDays, dayKey, daysFromCivil, daysInMonth, weekdayOf } from "../time/civil";
import { lunarDayNumber } from "./lunar";
import type { HolidayRule } from "./rules";
import type { HolidayEntry } from "./types";
import { MAX_YEAR, MIN_YEAR, parseDay } from "./validate";

/** A validated rule with its dates of force as day numbers. */
export interface ParsedRule {
  readonly rule: HolidayRule;
  readonly fromDay: number;
  readonly untilDay: number;
}

/**
 * Checks rules given by a host. Every problem is an `InvalidInputError` naming the rule (`rules[3].from`):
 * bad effective dates, anchors, lengths, offsets, and two rules with the same id in force on the same day.
 */
export function parseRules(rules: readonly HolidayRule[]): ParsedRule[] {
  if (!Array.isArray(rules)) throw new InvalidInputError("invalid_rules", "rules", "is not a list");
  const parsed = rules.map((rule, index): ParsedRule => {
    const field = `rules[${index}]`;
    if (typeof rule !== "object" || rule === null)
      throw new InvalidInputError("invalid_holiday_rule", field, "is not a rule");
    const filled = (value: unknown) => typeof value === "string" && value.trim() !== "";
    const optional = (value: unknown, min: number, max: number) =>
      value === undefined || isIntegerIn(value, min, max);
    const checks: [part: string, ok: boolean, needs: string][] = [
      ["id", filled(rule.id), "an id"],
      ["name", filled(rule.name), "a name"],
      ["source", filled(rule.source), "the law it comes from"],
      ...(["lunar", "compensated", "alsoInNoticeYears"] as const).map((flag): [string, boolean, string] => [
        flag,
        rule[flag] === undefined || typeof rule[flag] === "boolean",
        "true or false",
      ]),
      ["month", isIntegerIn(rule.month, 1, 12), "a month (1–12)"],
      [
        "day",
        isIntegerIn(rule.day, 1, rule.lunar ? 29 : daysInMonth(2001, rule.month)),
        "a day of the month",
      ],
      ["days", optional(rule.days, 1, 10), "a number of days (1–10)"],
      ["offset", optional(rule.offset, -30, 30), "a whole number of days (-30–30)"],
      ...Object.entries(rule.offsetOnWeekday ?? {}).map(([weekday, offset]): [string, boolean, string] => [
        `offsetOnWeekday.${weekday}`,
        /^[0-6]$/.test(weekday) && isIntegerIn(offset, -30, 30),
        "a weekday (0 = Sunday … 6) with a whole number of days (-30–30)",
      ]),
    ];
    for (const [part, ok, needs] of checks) {
      if (!ok) throw new InvalidInputError("invalid_holiday_rule", `${field}.${part}`, `needs ${needs}`);
    }
    const fromDay = parseDay(rule.from, `${field}.from`, "an effective date", "invalid_effective_date");
    const untilDay =
      rule.until === undefined
        ? Number.POSITIVE_INFINITY
        : parseDay(rule.until, `${field}.until`, "an end date", "invalid_effective_date");
    if (untilDay < fromDay) {
      throw new InvalidInputError(
        "invalid_holiday_rule",
        `${field}.until`,
        `${rule.until} is before ${rule.from}`,
      );
    }
    return { rule, fromDay, untilDay };
  });
  parsed.forEach((a, i) => {
    const overlap = parsed.find(
      (b, j) => j < i && b.rule.id === a.rule.id && b.fromDay <= a.untilDay && a.fromDay <= b.untilDay,
    );
    if (overlap) {
      throw new InvalidInputError(
        "overlapping_holiday_rules",
        `rules[${i}]`,
        `"${a.rule.id}" is already in force then (rules[${parsed.indexOf(overlap)}])`,
      );
    }
  });
  return parsed;
}

const isIntegerIn = (value: unknown, min: number, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/**
 * The days off of `year` by the rules, keyed by day number: each rule's days (a day claimed twice counts once),
 * then a compensatory day (Labour Code 2019 Art. 111(3)) for every one that falls on a weekly rest day — the
 * next day that is neither a rest day, a holiday nor already a compensatory day — unless its rule says
 * `compensated: false`. Neighbouring years are
 * computed too, for the days that spill over.
 */
export function statutoryEntries(
  year: number,
  rules: readonly ParsedRule[],
  weekend: ReadonlySet<number>,
): Map<number, HolidayEntry> {
  const holidays = new Map<number, HolidayRule>();
  for (const { rule, fromDay, untilDay } of rules) {
    for (let ruleYear = Math.max(year - 1, MIN_YEAR); ruleYear <= Math.min(year + 1, MAX_YEAR); ruleYear++) {
      const anchor = rule.lunar
        ? lunarDayNumber(ruleYear, rule.month, rule.day)
        : daysFromCivil(ruleYear, rule.month, rule.day);
      const first = anchor + (rule.offsetOnWeekday?.[weekdayOf(anchor)] ?? rule.offset ?? 0);
      for (let day = first; day < first + (rule.days ?? 1); day++) {
        if (day >= fromDay && day <= untilDay && !holidays.has(day)) holidays.set(day, rule);
      }
    }
  }
  const entries = new Map<number, HolidayEntry>();
  const isYear = (day: number) => civilFromDays(day)[0] === year;
  const compensatory = new Set<number>();
  for (const [day, rule] of [...holidays].sort((a, b) => a[0] - b[0])) {
    if (isYear(day)) entries.set(day, entry(day, "holiday", rule.name, rule.source));
    if (rule.compensated === false || !weekend.has(weekdayOf(day))) continue;
    let free = day + 1;
    while (weekend.has(weekdayOf(free)) || holidays.has(free) || compensatory.has(free)) free++;
    compensatory.add(free);
    if (isYear(free))
      entries.set(free, entry(free, "compensatory_off", `${rule.name} – nghỉ bù`, rule.source));
  }
  return new Map([...entries].sort((a, b) => a[0] - b[0]));
}

function entry(day: number, kind: HolidayEntry["kind"], name: string, source: string): HolidayEntry {
  return { date: dayKey(day), kind, name, source };
}
