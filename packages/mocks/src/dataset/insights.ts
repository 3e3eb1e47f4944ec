// News and reference news, and IOC indicators with 24 monthly points and their targets.
import {
  generateIndicatorSeries,
  generateNewsItem,
  type IndicatorTarget,
  IOC_FIELDS,
  type IocFieldKey,
  indicatorsOf,
} from "../seed/texts";
import { DAY_MS, HOUR_MS, isoOf, MINUTE_MS } from "../util";
import type { GenerationContext } from "./context";
import type { ApiIndicatorDirection, ApiIndicatorField, ApiNewsArticle, IndicatorRecord } from "./types";

const REFERENCE_SOURCES = [
  "Cổng thông tin điện tử Chính phủ",
  "Báo Điện tử Chính phủ",
  "Tạp chí Quản lý nhà nước",
];
const followUps = (context: GenerationContext) => [
  `Theo kế hoạch, các đơn vị báo cáo kết quả thực hiện về Văn phòng UBND ${context.map.province.tier} trước ngày 25 hằng tháng.`,
  `Lãnh đạo ${context.map.province.tier} đề nghị các địa phương tiếp tục theo dõi, kịp thời tháo gỡ khó khăn, vướng mắc phát sinh.`,
  "Người dân có thể tra cứu thông tin chi tiết trên Cổng Dịch vụ công quốc gia.",
];

export function generateNews(context: GenerationContext): ApiNewsArticle[] {
  const random = context.random("news");
  const articles: ApiNewsArticle[] = [];
  for (let index = 0; index < 48; index++) {
    const category = random.next() < 0.7 ? "news" : "reference";
    const publishedMs = Math.floor((context.nowMs - random.next() * 120 * DAY_MS) / MINUTE_MS) * MINUTE_MS;
    const year = new Date(publishedMs + 7 * HOUR_MS).getUTCFullYear();
    const item = generateNewsItem(random, category, year, context.map);
    articles.push({
      id: "",
      category,
      title: item.headline,
      summary: item.summary,
      body: `<p><strong>${item.summary}</strong></p><p>${random.pick(followUps(context))}</p>`,
      url: "",
      imageUrl: random.next() < 0.5 ? `https://cdn.chinhquyenso.example/tin-tuc/${index + 1}.jpg` : null,
      imageAlt: null,
      source: random.pick(category === "news" ? context.map.newsSources : REFERENCE_SOURCES),
      publishedAt: isoOf(publishedMs),
    });
  }
  articles.sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : -1));
  return articles.map((article, index) => {
    const id = `nw_${String(index + 1).padStart(4, "0")}`;
    return {
      ...article,
      id,
      url: `https://tintuc.chinhquyenso.example/${article.category === "news" ? "tin-tuc" : "tin-tham-khao"}/${id}`,
      // Photos of the samples illustrate the headline; a real portal sends the editor's text alternative.
      imageAlt: article.imageUrl === null ? null : `Ảnh minh họa: ${article.title}`,
    };
  });
}

export function buildIndicatorFields(): ApiIndicatorField[] {
  return (Object.keys(IOC_FIELDS) as IocFieldKey[]).map((key) => ({ code: key, name: IOC_FIELDS[key].vi }));
}

/** `YYYY-MM` of the month `offset` months after the month of `ms` (Vietnam time). */
export function monthLabel(ms: number, offset = 0): string {
  const date = new Date(ms + 7 * HOUR_MS);
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + offset;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}`;
}

/** The contract's direction from the seed's target: a target to reach at least, at most, or none (watched). */
export function indicatorDirection(indicator: {
  readonly target: IndicatorTarget | null;
}): ApiIndicatorDirection {
  if (indicator.target === null) return "neutral";
  return indicator.target.direction === "at_least" ? "higher_is_better" : "lower_is_better";
}

/** Periods of `recentValues` (a year of months: what a sparkline shows). */
const RECENT_PERIODS = 12;

export function generateIndicators(context: GenerationContext): IndicatorRecord[] {
  const random = context.random("indicators");
  return indicatorsOf(context.map).map((indicator): IndicatorRecord => {
    const values = generateIndicatorSeries(random, indicator, 24);
    const target = indicator.target?.value ?? null;
    const points = values.map((value, index) => ({
      period: monthLabel(context.nowMs, index - 24),
      value,
      target,
    }));
    const last = points[points.length - 1];
    return {
      code: indicator.code,
      name: indicator.name,
      fieldCode: indicator.field,
      unit: indicator.unit,
      period: "month",
      periodLabel: last?.period ?? monthLabel(context.nowMs, -1),
      direction: indicatorDirection(indicator),
      value: last?.value ?? null,
      target,
      sourceAgency: indicator.source,
      thresholds: indicator.thresholds,
      recentValues: points.slice(-RECENT_PERIODS).map((point) => point.value),
      updatedAt: isoOf(Math.min(context.nowMs, Date.parse(`${monthLabel(context.nowMs)}-05T08:00:00+07:00`))),
      points,
    };
  });
}
