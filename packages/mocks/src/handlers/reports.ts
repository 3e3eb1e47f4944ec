import { timelinessReport } from "@chinhquyenso/core";
import type { DossierRecord } from "../dataset/types";
import { field, notFound } from "../store/problem";
import type { MockStore } from "../store/store";
import { corePauses, dossierClock } from "../store/views";
import { hashString, vietnamMidnight } from "../util";
import type { Resolvers } from "./context";
import { inputProblem } from "./input";
import { json } from "./respond";

type ReportOperations = "reports.timeliness" | "reports.decision766";
type Granularity = "month" | "quarter" | "year";

interface Period {
  readonly label: string;
  readonly from: number;
  readonly to: number;
}

/** The calendar periods between two days (inclusive), clipped to them. */
export function periodsBetween(fromDay: string, toDay: string, granularity: Granularity): Period[] {
  const periods: Period[] = [];
  const end = vietnamMidnight(toDay) + 86_400_000;
  let [year, month] = [Number(fromDay.slice(0, 4)), Number(fromDay.slice(5, 7))];
  if (granularity === "quarter") month = Math.floor((month - 1) / 3) * 3 + 1;
  if (granularity === "year") month = 1;
  const step = granularity === "month" ? 1 : granularity === "quarter" ? 3 : 12;
  while (true) {
    const start = vietnamMidnight(`${year}-${String(month).padStart(2, "0")}-01`);
    if (start >= end) break;
    const label =
      granularity === "month"
        ? `${year}-${String(month).padStart(2, "0")}`
        : granularity === "quarter"
          ? `${year}-Q${(month + 2) / 3}`
          : String(year);
    month += step;
    if (month > 12) {
      year += Math.floor((month - 1) / 12);
      month = ((month - 1) % 12) + 1;
    }
    const next = vietnamMidnight(`${year}-${String(month).padStart(2, "0")}-01`);
    periods.push({ label, from: Math.max(start, vietnamMidnight(fromDay)), to: Math.min(next, end) });
  }
  return periods;
}

function reportInput(store: MockStore, record: DossierRecord) {
  const clock = dossierClock(store, record);
  return {
    status: record.status,
    channel: record.channel,
    receivedAt: record.receivedAt === null ? null : new Date(record.receivedAt),
    dueAt: clock.dueMs === null ? null : new Date(clock.dueMs),
    finishedAt: record.finishedAt === null ? null : new Date(record.finishedAt),
    pauses: corePauses(record),
  };
}

/** The agency and, for the provincial People's Committee, every agency under it. */
function agenciesUnder(store: MockStore, code: string | undefined) {
  const agencies = store.world.agencies;
  if (code === undefined) return agencies;
  return agencies.filter((agency) => agency.code === code || agency.parentCode === code);
}

export const reportResolvers: Pick<Resolvers, ReportOperations> = {
  "reports.timeliness": ({ store, query, operation }) => {
    const from = query.from as string;
    const to = query.to as string;
    if (to < from)
      throw inputProblem(operation, [field("query/to", "out_of_range", "must not be before from")], 400);
    const agencies = agenciesUnder(store, query.agencyCode);
    if (agencies.length === 0)
      throw inputProblem(
        operation,
        [field("query/agencyCode", "unknown_agency", "No agency has this code.")],
        400,
      );
    const granularity = (query.granularity ?? "month") as Granularity;
    const byAgency = new Map<string, ReturnType<typeof reportInput>[]>();
    for (const record of store.dossiers.values()) {
      const list = byAgency.get(record.agencyCode) ?? [];
      list.push(reportInput(store, record));
      byAgency.set(record.agencyCode, list);
    }
    const rows = [];
    for (const period of periodsBetween(from, to, granularity)) {
      for (const agency of agencies) {
        const dossiers = byAgency.get(agency.code);
        if (!dossiers) continue;
        const report = timelinessReport(dossiers, {
          from: new Date(period.from),
          to: new Date(Math.min(period.to, store.now())),
          calendar: store.calendar,
        });
        if (report.received.total === 0) continue;
        rows.push({
          agencyCode: agency.code,
          agencyName: agency.name,
          period: period.label,
          received: report.received.total,
          finished: report.finished.total,
          early: report.finished.early,
          onTime: report.finished.onTime,
          late: report.finished.late,
          open: report.open.total,
          withinTime: report.open.withinTime + report.open.withoutDueDate,
          overdue: report.open.overdue,
          onTimeRate: report.onTimeRate === null ? null : Math.round(report.onTimeRate * 10_000) / 10_000,
        });
      }
    }
    return json("reports.timeliness", 200, { from, to, granularity, rows });
  },
  "reports.decision766": ({ store, query }) => {
    const agency = store.world.agencies.find((item) => item.code === query.agencyCode);
    if (!agency) throw notFound(`Agency ${query.agencyCode}`);
    const year = query.year as number;
    const quarter = query.quarter ?? null;
    const start = vietnamMidnight(
      `${year}-${String(quarter === null ? 1 : (quarter - 1) * 3 + 1).padStart(2, "0")}-01`,
    );
    if (start > store.now())
      throw notFound(`Scores of ${year}${quarter === null ? "" : ` Q${quarter}`} (the period has not begun)`);
    const endMonth = quarter === null ? 13 : quarter * 3 + 1;
    const end =
      endMonth > 12
        ? vietnamMidnight(`${year + 1}-01-01`)
        : vietnamMidnight(`${year}-${String(endMonth).padStart(2, "0")}-01`);
    const dossiers = [...store.dossiers.values()].filter(
      (record) =>
        record.agencyCode === agency.code &&
        record.receivedAt !== null &&
        record.receivedAt >= start &&
        record.receivedAt < end,
    );
    const report = timelinessReport(
      dossiers.map((record) => reportInput(store, record)),
      { from: new Date(start), to: new Date(Math.min(end, store.now())), calendar: store.calendar },
    );
    const online =
      dossiers.length === 0
        ? 0
        : dossiers.filter((record) => record.channel === "online").length / dossiers.length;
    const ratings = [...store.feedback.values()].filter(
      (item) => item.agencyCode === agency.code && item.rating !== null,
    );
    const satisfaction =
      ratings.length === 0
        ? 0.9
        : ratings.reduce(
            // A 1–5 rating as a share of the best: 5 counts fully, 1 a fifth.
            (sum, item) => sum + (item.rating ?? 0) / 5,
            0,
          ) / ratings.length;
    // Publicity and digitisation are not in the samples: stable per agency and period, in a plausible range.
    const spread = (salt: string) => (hashString(`${agency.code}:${year}:${quarter}:${salt}`) % 1000) / 1000;
    const round = (value: number) => Math.round(value * 10) / 10;
    const groups = [
      { group: "publicity" as const, score: round(15 + 3 * spread("publicity")), maxScore: 18 },
      { group: "progress" as const, score: round(20 * (report.onTimeRate ?? 0)), maxScore: 20 },
      { group: "online_service" as const, score: round(12 * online), maxScore: 12 },
      { group: "satisfaction" as const, score: round(18 * satisfaction), maxScore: 18 },
      { group: "digitisation" as const, score: round(14 + 8 * spread("digitisation")), maxScore: 22 },
    ];
    const total = round(groups.reduce((sum, group) => sum + group.score, 0));
    return json("reports.decision766", 200, {
      agencyCode: agency.code,
      year,
      quarter,
      groups,
      total,
      maxTotal: 90,
    });
  },
};
