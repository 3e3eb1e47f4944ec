// The Vietnamese lunar calendar (âm lịch), computed — docs/domain.md §7.
//
// A lunar month starts on the Vietnamese day (UTC+7) in which a new moon falls. Month 11 is the month that
// contains the winter solstice. Between two months 11 there are 12 months, or 13: then the first month after
// month 11 in which the Sun enters no new 30° sector of longitude (no "major term", trung khí) is a leap month
// and repeats the number of the month before it. The Chinese calendar uses the same rules at UTC+8, so the two
// differ when a new moon or a term falls between 23:00 and 24:00 Vietnam time (Tết 1985, 2007, 2030).
//
// Astronomy from Jean Meeus: the new moon of "Astronomical Formulae for Calculators" (ch. 32, a 1900 epoch;
// accurate to minutes, and the series the published Vietnamese calendars were computed with, as in Hồ Ngọc
// Đức's description of the Vietnamese calendar), and the Sun's true longitude of "Astronomical Algorithms"
// (ch. 25, low accuracy). Good for 1800–2199; tests compare 1985–2030 against published dates.

import { InvalidInputError } from "../errors";
import { dayKey, daysFromCivil } from "../time/civil";
import { checkYear } from "./validate";

const SYNODIC_MONTH = 29.530588853;
/** Julian day at 1970-01-01 00:00 UT, the origin of our day numbers. */
const JD_AT_DAY_ZERO = 2440587.5;
/** Vietnam's offset from UT, in days (7 / 24). */
const UTC_PLUS_7 = 0.2916666666666667;
/** Day number of 1900-01-01, near new moon 0 of Meeus's series. */
const DAY_1900 = -25567;
/** π / 180. */
const RADIAN = 0.017453292519943295;

/** Julian day of new moon `k` (k = 0: 1900-01-00.76; one more per lunation). */
function newMoonJd(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const sin = (degrees: number) => Math.sin(degrees * RADIAN);
  const sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const latitudeArgument = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  const mean =
    2415020.75933 +
    29.53058868 * k +
    0.0001178 * t2 -
    0.000000155 * t3 +
    0.00033 * sin(166.56 + 132.87 * t - 0.009173 * t2);
  const correction =
    (0.1734 - 0.000393 * t) * sin(sunAnomaly) +
    0.0021 * sin(2 * sunAnomaly) -
    0.4068 * sin(moonAnomaly) +
    0.0161 * sin(2 * moonAnomaly) -
    0.0004 * sin(3 * moonAnomaly) +
    0.0104 * sin(2 * latitudeArgument) -
    0.0051 * sin(sunAnomaly + moonAnomaly) -
    0.0074 * sin(sunAnomaly - moonAnomaly) +
    0.0004 * sin(2 * latitudeArgument + sunAnomaly) -
    0.0004 * sin(2 * latitudeArgument - sunAnomaly) -
    0.0006 * sin(2 * latitudeArgument + moonAnomaly) +
    0.001 * sin(2 * latitudeArgument - moonAnomaly) +
    0.0005 * sin(2 * moonAnomaly + sunAnomaly);
  // Ephemeris time to universal time (ΔT, in days; the polynomial for years after 1800).
  const deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
  return mean + correction - deltaT;
}

/** Day number (days since 1970-01-01, Vietnam time) of the day in which new moon `k` falls. */
function newMoonDay(k: number): number {
  return Math.floor(newMoonJd(k) - JD_AT_DAY_ZERO + UTC_PLUS_7);
}

/** The 30° sector (0–11) of the Sun's longitude at the start (00:00 Vietnam time) of a day. */
function sunSector(dayNumber: number): number {
  const t = (dayNumber + JD_AT_DAY_ZERO - UTC_PLUS_7 - 2451545) / 36525;
  const t2 = t * t;
  const anomaly = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * RADIAN;
  const longitude =
    280.46645 +
    36000.76983 * t +
    0.0003032 * t2 +
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(anomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * anomaly) +
    0.00029 * Math.sin(3 * anomaly);
  return Math.floor((((longitude % 360) + 360) % 360) / 30);
}

/** Month 11 of the lunar year that begins in `year`: its new moon's index and first day. */
function month11(year: number): { k: number; day: number } {
  // The last new moon on or before 31 December, give or take the mean motion's error…
  let k = Math.floor((daysFromCivil(year, 12, 31) - DAY_1900) / SYNODIC_MONTH);
  // …begins month 11 unless the solstice (270°, sector 9) had already passed when it began.
  if (sunSector(newMoonDay(k)) >= 9) k -= 1;
  return { k, day: newMoonDay(k) };
}

/**
 * The day number of a date of the Vietnamese lunar calendar: `day` of lunar `month` (1–12; `leap` for the
 * repeated month of a leap year) of the lunar year that begins in Gregorian `year`. Tết is `(year, 1, 1)`.
 * Throws `InvalidInputError` for a day the month does not have or a leap month the year does not have.
 */
export function lunarDayNumber(year: number, month: number, day: number, leap = false): number {
  // Months 11 and 12 follow month 11 of `year`; months 1–10 follow that of the year before.
  const first = month11(month >= 11 ? year : year - 1);
  const next = month11(month >= 11 ? year + 1 : year);
  let index = (month + 1) % 12; // position after month 11: 11 → 0, 12 → 1, 1 → 2, … 10 → 11
  let leapAt = 0;
  if (next.day - first.day > 365) {
    // 13 months: the leap month is the first without a major term (its sector does not change).
    leapAt = 1;
    while (
      leapAt < 13 &&
      sunSector(newMoonDay(first.k + leapAt)) !== sunSector(newMoonDay(first.k + leapAt + 1))
    )
      leapAt++;
  }
  if (leap && index !== leapAt - 1) {
    throw new InvalidInputError(
      "invalid_lunar_date",
      "leap",
      `lunar year ${year} has no leap month ${month}`,
    );
  }
  if (leapAt > 0 && (leap || index >= leapAt)) index++;
  const start = newMoonDay(first.k + index);
  if (!Number.isInteger(day) || day < 1 || day > newMoonDay(first.k + index + 1) - start) {
    throw new InvalidInputError(
      "invalid_lunar_date",
      "day",
      `lunar month ${month}${leap ? " (leap)" : ""} of ${year} has no day ${day}`,
    );
  }
  return start + day - 1;
}

/** `YYYY-MM-DD` of a date of the Vietnamese lunar calendar, e.g. `lunarDate(2027, 1, 1)` → `"2027-02-06"` (Tết). */
export function lunarDate(year: number, month: number, day: number, leap = false): string {
  checkYear(year, "year");
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new InvalidInputError("invalid_lunar_date", "month", `${month} is not a lunar month (1–12)`);
  }
  return dayKey(lunarDayNumber(year, month, day, leap));
}
