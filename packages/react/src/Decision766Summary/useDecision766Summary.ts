import { DECISION_766_GROUP_LABELS, DECISION_766_GROUPS, labelOf } from "@chinhquyenso/core";
import { useMemo } from "react";
import { useTranslator } from "../i18n/useTranslator";
import { finiteOrNull, formatNumber, formatRatio } from "../internal/charts";
import { useChinhQuyenSoSettings } from "../provider/hooks";
import { decision766Messages } from "./messages";

/** The report as the summary needs it; the client's `Decision766Report` fits as is. */
export interface Decision766Data {
  agencyCode?: string | undefined;
  year?: number | undefined;
  quarter?: number | null | undefined;
  groups: readonly { group: string; score: number; maxScore: number }[];
  total?: number | undefined;
  maxTotal?: number | undefined;
}

export interface Decision766Row {
  group: string;
  label: string;
  known: boolean;
  /** Null when the report has no score for a group of the decision. */
  score: number | null;
  maxScore: number | null;
  /** score / maxScore in [0, 1]; null without a positive maximum. */
  ratio: number | null;
  scoreText: string;
  maxText: string;
  shareText: string;
}

/**
 * Headless state of the Decision 766 summary: the five groups in the decision's order (labels from core), any
 * group a newer server adds after them under its raw code, totals and the period.
 */
export function useDecision766Summary(report: Decision766Data) {
  const { locale } = useChinhQuyenSoSettings();
  const t = useTranslator(decision766Messages);
  return useMemo(() => {
    const given = Array.isArray(report.groups) ? report.groups : [];
    const byGroup = new Map(given.map((entry) => [String(entry.group), entry]));
    const extra = [...byGroup.keys()].filter(
      (group) => !(DECISION_766_GROUPS as readonly string[]).includes(group),
    );
    const rows: Decision766Row[] = [...DECISION_766_GROUPS, ...extra].map((group) => {
      const entry = byGroup.get(group);
      const score = finiteOrNull(entry?.score);
      const maxScore = finiteOrNull(entry?.maxScore);
      const ratio =
        score !== null && maxScore !== null && maxScore > 0
          ? Math.min(1, Math.max(0, score / maxScore))
          : null;
      return {
        group,
        label: labelOf(DECISION_766_GROUP_LABELS, group, locale),
        known: (DECISION_766_GROUPS as readonly string[]).includes(group),
        score,
        maxScore,
        ratio,
        scoreText: score === null ? t("d766.noScore") : formatNumber(score, locale, 1),
        maxText: maxScore === null ? "—" : formatNumber(maxScore, locale, 1),
        shareText: ratio === null ? "—" : formatRatio(ratio, locale),
      };
    });
    const sum = (pick: (row: Decision766Row) => number | null) =>
      rows.reduce((total, row) => total + (pick(row) ?? 0), 0);
    const total = finiteOrNull(report.total) ?? sum((row) => row.score);
    const maxTotal = finiteOrNull(report.maxTotal) ?? sum((row) => row.maxScore);
    const share = maxTotal > 0 ? formatRatio(total / maxTotal, locale) : null;
    const score = formatNumber(total, locale, 1);
    const max = formatNumber(maxTotal, locale, 1);
    const year = finiteOrNull(report.year);
    const quarter = finiteOrNull(report.quarter);
    const periodText =
      year === null
        ? null
        : quarter !== null && quarter >= 1 && quarter <= 4
          ? t("d766.period", {
              quarter: locale === "vi" ? (["I", "II", "III", "IV"][quarter - 1] as string) : String(quarter),
              year: String(year),
            })
          : t("d766.year", { year: String(year) });
    return {
      rows,
      isEmpty: given.length === 0,
      totalText: share ? t("d766.totalShare", { score, max, share }) : t("d766.total", { score, max }),
      totalRatio: maxTotal > 0 ? Math.min(1, Math.max(0, total / maxTotal)) : null,
      periodText,
    };
  }, [report, locale, t]);
}
