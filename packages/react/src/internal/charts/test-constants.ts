/** The fixed "now" of the widget tests (Thursday 26 November 2026, 10:00 in Vietnam). */
export const TEST_NOW = "2026-11-26T10:00:00+07:00";
