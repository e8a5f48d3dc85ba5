/**
 * The Vietnamese lunisolar calendar (âm lịch), after Hồ Ngọc Đức's astronomical algorithm
 * ("Computing the Vietnamese lunar calendar"): months start on the local day of the new moon,
 * month 11 holds the winter solstice, and in a 13-month year the first month without a major
 * solar term (trung khí) is the leap month. Vietnam computes at UTC+7; China's calendar uses
 * UTC+8, which shifts some new moons by a day (Tết 2030 is 2/2 here, 3/2 in China).
 *
 * Julian day numbers (JDN) are used internally; dates in and out are proleptic Gregorian
 * (Julian before 1582-10-15, as in the original algorithm).
 */

export interface SolarDate {
  year: number;
  month: number;
  day: number;
}

export interface LunarDate {
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

const SYNODIC_MONTH = 29.530588853;
/** JDN of the new moon of 1900-01-01, the origin of the new-moon index k. */
const NEW_MOON_EPOCH = 2415021.076998695;
const RAD = Math.PI / 180;

export function jdFromDate(day: number, month: number, year: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  const common = day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4);
  const gregorian = common - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
  return gregorian < 2299161 ? common - 32083 : gregorian;
}

export function jdToDate(jd: number): SolarDate {
  let b: number;
  let c: number;
  if (jd > 2299160) {
    const a = jd + 32044;
    b = Math.floor((4 * a + 3) / 146097);
    c = a - Math.floor((b * 146097) / 4);
  } else {
    b = 0;
    c = jd + 32082;
  }
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = b * 100 + d - 4800 + Math.floor(m / 10);
  return { year, month, day };
}

/** Julian date (fractional, UT) of the k-th new moon after 1900-01-01 (Meeus, simplified). */
export function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3; // sun's mean anomaly
  const mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3; // moon's mean anomaly
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3; // moon's argument of latitude
  const c1 =
    (0.1734 - 0.000393 * t) * Math.sin(m * RAD) +
    0.0021 * Math.sin(2 * RAD * m) -
    0.4068 * Math.sin(mpr * RAD) +
    0.0161 * Math.sin(RAD * 2 * mpr) -
    0.0004 * Math.sin(RAD * 3 * mpr) +
    0.0104 * Math.sin(RAD * 2 * f) -
    0.0051 * Math.sin(RAD * (m + mpr)) -
    0.0074 * Math.sin(RAD * (m - mpr)) +
    0.0004 * Math.sin(RAD * (2 * f + m)) -
    0.0004 * Math.sin(RAD * (2 * f - m)) -
    0.0006 * Math.sin(RAD * (2 * f + mpr)) +
    0.001 * Math.sin(RAD * (2 * f - mpr)) +
    0.0005 * Math.sin(RAD * (2 * mpr + m));
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + c1 - deltaT;
}

/** Apparent sun longitude in radians, [0, 2π), at a fractional Julian date (UT). */
export function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525;
  const t2 = t * t;
  const m = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const dl =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(RAD * m) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * RAD * m) +
    0.00029 * Math.sin(3 * RAD * m);
  const l = (l0 + dl) * RAD;
  return l - 2 * Math.PI * Math.floor(l / (2 * Math.PI));
}

/** Sun longitude sector 0..11 (30° each) at local midnight starting the day. */
function sunSector(dayNumber: number, timeZone: number): number {
  return Math.floor((sunLongitude(dayNumber - 0.5 - timeZone / 24) / Math.PI) * 6);
}

/** Local JDN of the day holding the k-th new moon. */
function newMoonDay(k: number, timeZone: number): number {
  return Math.floor(newMoon(k) + 0.5 + timeZone / 24);
}

/** JDN of the first day of lunar month 11 (the month holding the winter solstice) of a year. */
function lunarMonth11(year: number, timeZone: number): number {
  const k = Math.floor((jdFromDate(31, 12, year) - 2415021) / SYNODIC_MONTH);
  const start = newMoonDay(k, timeZone);
  return sunSector(start, timeZone) >= 9 ? newMoonDay(k - 1, timeZone) : start;
}

/** Index (1-based, counted from month 11) of the leap month in the year starting at a11. */
function leapMonthOffset(a11: number, timeZone: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
  let last: number;
  do {
    last = arc;
    i += 1;
    arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
  } while (arc !== last && i < 14);
  return i - 1;
}

export function solarToLunar(day: number, month: number, year: number, timeZone = 7): LunarDate {
  const dayNumber = jdFromDate(day, month, year);
  const k = Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1, timeZone);
  if (monthStart > dayNumber) monthStart = newMoonDay(k, timeZone);
  let a11 = lunarMonth11(year, timeZone);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = lunarMonth11(year - 1, timeZone);
  } else {
    lunarYear = year + 1;
    b11 = lunarMonth11(year + 1, timeZone);
  }
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let lunarMonth = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, timeZone);
    if (diff >= leapDiff) {
      lunarMonth = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (lunarMonth > 12) lunarMonth -= 12;
  if (lunarMonth >= 11 && diff < 4) lunarYear -= 1;
  return { year: lunarYear, month: lunarMonth, day: dayNumber - monthStart + 1, leap };
}

/**
 * Solar date of a lunar date. Throws a RangeError when `leap` is set and that month is not the
 * leap month of the year. Day 30 of a 29-day month yields the next month's first day.
 */
export function lunarToSolar(day: number, month: number, year: number, leap = false, timeZone = 7): SolarDate {
  const [a11, b11] =
    month < 11
      ? [lunarMonth11(year - 1, timeZone), lunarMonth11(year, timeZone)]
      : [lunarMonth11(year, timeZone), lunarMonth11(year + 1, timeZone)];
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let offset = month - 11 < 0 ? month + 1 : month - 11;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11, timeZone);
    const leapMonth = ((leapOffset + 9) % 12) + 1; // offset 1 after month 11 is month 11 leap
    if (leap && month !== leapMonth) throw new RangeError(`Lunar year ${year} has no leap month ${month}`);
    if (leap || offset >= leapOffset) offset += 1;
  } else if (leap) {
    throw new RangeError(`Lunar year ${year} has no leap month`);
  }
  return jdToDate(newMoonDay(k + offset, timeZone) + day - 1);
}
