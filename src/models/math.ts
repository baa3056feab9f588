/** Numeric and calendar conventions shared by every model (docs/models.md, "Conventions shared by all models"). */

/** Tolerance for every comparison of a computed number with a threshold. */
export const EPS = 1e-9;

/**
 * Round up to a whole count, so that 5.8 / 0.2 counts as 29, not 30. Never −0 (Math.ceil of a tiny negative is −0,
 * which Intl prints as "-0"): a count of 0 is 0.
 */
export const ceilE = (x: number): number => Math.ceil(x - EPS) + 0;
/** Round down to a whole count with the same tolerance. */
export const floorE = (x: number): number => Math.floor(x + EPS);

/** "x ≥ t" in favour of reaching t. */
export const atLeast = (x: number, t: number): boolean => x >= t - EPS;
/** "x > t" in favour of reaching t. */
export const above = (x: number, t: number): boolean => x > t + EPS;
/** "x < t": the negation of atLeast. */
export const below = (x: number, t: number): boolean => x < t - EPS;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil); valid for any year. */
const civilDay = (y: number, m: number, d: number): number => {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
};
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const daysInMonth = (y: number, m: number): number => (m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1]!);

/** The general reading of an ISO date or date-time (regex); `dayNumber` tries a faster path first. */
export function parseDayNumber(text: string): number {
  const m = ISO.exec(text);
  if (!m) return NaN;
  const y = +m[1]!,
    mo = +m[2]!,
    d = +m[3]!;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return NaN;
  const day = civilDay(y, mo, d);
  if (m[4] === undefined) return day;
  const h = +m[4],
    mi = +m[5]!,
    s = m[6] === undefined ? 0 : +m[6];
  if (h > 24 || mi > 59 || s > 60 || (h === 24 && (mi > 0 || s > 0))) return NaN;
  let offsetMin = 0;
  const off = m[8];
  if (off && off !== 'Z' && off !== 'z') {
    const sign = off.startsWith('-') ? -1 : 1;
    const digits = off.slice(1).replace(':', '');
    const oh = +digits.slice(0, 2),
      om = digits.length > 2 ? +digits.slice(2, 4) : 0;
    if (oh > 23 || om > 59) return NaN;
    offsetMin = sign * (oh * 60 + om);
  }
  // Seconds (≤ 60) and fractions shift the instant by under a minute past the
  // minute count; 23:59:60 is a leap second that stays on its day.
  const minutes = h * 60 + mi - offsetMin;
  const secs = s + (m[7] ? Number(`0.${m[7]}`) : 0);
  return day + Math.floor((minutes * 60 + Math.min(secs, 59.999999)) / 86400);
}

const digit = (t: string, i: number): number => {
  const c = t.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};
const two = (t: string, i: number): number => digit(t, i) * 10 + digit(t, i + 1);

/**
 * The UTC calendar day of an ISO 8601 date or date-time, as whole days since
 * 1970-01-01; NaN when the text is not a valid date. A date-time without an
 * offset is read as UTC. The common forms `YYYY-MM-DD` and
 * `YYYY-MM-DD[T ]HH:MM[:SS[.fff]][Z|±HH[:]MM|±HH]` take a fast path without
 * regex or Date (list models read hundreds of thousands of dates per call);
 * anything else, including every invalid text, goes to parseDayNumber.
 */
export function dayNumber(t: string): number {
  const n = t.length;
  if (n < 10 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return parseDayNumber(t);
  const y = two(t, 0) * 100 + two(t, 2);
  const m = two(t, 5);
  const d = two(t, 8);
  // NaN fails every comparison below, so a non-digit falls back.
  if (!(y >= 100 && m >= 1 && m <= 12 && d >= 1)) return parseDayNumber(t);
  if (d > daysInMonth(y, m)) return parseDayNumber(t);
  const day = civilDay(y, m, d);
  if (n === 10) return day;
  const sep = t.charCodeAt(10);
  if (n < 16 || (sep !== 84 /* T */ && sep !== 116 /* t */ && sep !== 32) || t.charCodeAt(13) !== 58)
    return parseDayNumber(t);
  const h = two(t, 11);
  const mi = two(t, 14);
  if (!(h <= 23 && mi <= 59)) return parseDayNumber(t);
  let i = 16;
  if (i < n && t.charCodeAt(i) === 58) {
    const s = two(t, i + 1);
    if (!(s <= 59)) return parseDayNumber(t);
    i += 3;
    if (i < n && (t.charCodeAt(i) === 46 || t.charCodeAt(i) === 44)) {
      // A fraction of a second never moves the day when seconds ≤ 59.
      let j = i + 1;
      while (j < n && digit(t, j) === digit(t, j)) j++;
      if (j === i + 1) return parseDayNumber(t);
      i = j;
    }
  }
  let offset = 0;
  if (i < n) {
    const c = t.charCodeAt(i);
    if ((c === 90 || c === 122) && i + 1 === n)
      offset = 0; // Z or z
    else if (c === 43 || c === 45) {
      const oh = two(t, i + 1);
      let om = 0;
      const rest = n - i - 3;
      if (rest === 0) om = 0;
      else if (rest === 3 && t.charCodeAt(i + 3) === 58) om = two(t, i + 4);
      else if (rest === 2) om = two(t, i + 3);
      else return parseDayNumber(t);
      if (!(oh <= 23 && om <= 59)) return parseDayNumber(t);
      offset = (c === 45 ? -1 : 1) * (oh * 60 + om);
    } else return parseDayNumber(t);
  }
  return day + Math.floor((h * 60 + mi - offset) / 1440);
}

/**
 * `dayNumber` with a memo of the texts already read, for one model call: list
 * rows repeat the same dates (every history entry of a pipeline falls on a few
 * hundred days), and a lookup costs about a third of a parse. Capped, so a
 * list of distinct date-times does not grow it without bound.
 */
export function dayReader(cap = 4096): (t: string) => number {
  const memo = new Map<string, number>();
  return (t) => {
    let d = memo.get(t);
    if (d === undefined) {
      d = dayNumber(t);
      if (memo.size < cap) memo.set(t, d);
    }
    return d;
  };
}

export const isIsoDate = (text: string): boolean => !Number.isNaN(dayNumber(text));

/** Whole calendar days from a to b (b − a; negative when b is before a). */
export const days = (a: string, b: string): number => dayNumber(b) - dayNumber(a);

/** The ISO day (YYYY-MM-DD) of a day number. */
export const isoDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

const MONTH = /^(\d{4})-(\d{2})$/;
/** A YYYY-MM month as a month index (year·12 + month − 1); NaN when invalid. */
export function monthNumber(text: string): number {
  const m = MONTH.exec(text);
  if (!m) return NaN;
  const mo = +m[2]!;
  return mo >= 1 && mo <= 12 ? +m[1]! * 12 + mo - 1 : NaN;
}

/** The day number of the first day of a month index (year·12 + month − 1, as `monthNumber` gives). */
export const monthFirstDay = (m: number): number => civilDay(Math.floor(m / 12), (m % 12) + 1, 1);

/** Sum of a list of numbers. */
export const sum = (xs: readonly number[]): number => {
  let s = 0;
  for (const x of xs) s += x;
  return s;
};

/** Index of the first value in an ascending array that is ≥ x (the count of values < x). */
export const lowerBound = (a: ArrayLike<number>, x: number): number => {
  let lo = 0,
    hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** Count of values in an ascending array that are ≤ x. */
export const upperBound = (a: ArrayLike<number>, x: number): number => {
  let lo = 0,
    hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};
