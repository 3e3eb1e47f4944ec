/**
 * `@chinhquyenso/core/holiday-sources`: where each date of the bundled 2024–2026 calendar was verified.
 * Kept out of the main entry so the URLs cost nothing to apps that only compute deadlines.
 */
export { HOLIDAY_SOURCES, type HolidaySource } from "../generated/holiday-sources";
