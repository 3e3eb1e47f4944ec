import { BUNDLED_NOTICES, BUNDLED_ROWS, BUNDLED_YEARS } from "../generated/holidays";
import { HOLIDAY_KINDS, type HolidayYear } from "./types";

/**
 * The sourced Vietnamese calendar for 2024–2026 (docs/domain.md §1; notices 5015/TB-LĐTBXH, 6150/TB-BLĐTBXH,
 * 9441/TB-BNV and Government Office letters), in the `GET /v1/holidays?year=` shape. Source URLs are in
 * `@chinhquyenso/core/holiday-sources`.
 */
export function bundledHolidayYears(): HolidayYear[] {
  return BUNDLED_YEARS.map((year) => ({
    year,
    items: BUNDLED_ROWS.filter(([date]) => date.startsWith(`${year}-`)).map(([date, kind, name, notice]) => ({
      date,
      kind: HOLIDAY_KINDS[kind] ?? "holiday",
      name,
      source: BUNDLED_NOTICES[notice] ?? "",
    })),
  }));
}
