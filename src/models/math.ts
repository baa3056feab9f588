/** Numeric and calendar conventions shared by every model (MODELS.md, "Conventions"). */

/** Tolerance for every comparison of a computed number with a threshold. */
export const EPS = 1e-9;

/** Round up to a whole count, so that 5.8 / 0.2 counts as 29, not 30. */
export const ceilE = (x: number): number => Math.ceil(x - EPS);
/** Round down to a whole count with the same tolerance. */
export const floorE = (x: number): number => Math.floor(x + EPS);

/** "x ≥ t" in favour of reaching t. */
export const atLeast = (x: number, t: number): boolean => x >= t - EPS;
/** "x > t" in favour of reaching t. */
export const above = (x: number, t: number): boolean => x > t + EPS;
/** "x < t": the negation of atLeast. */
export const below = (x: number, t: number): boolean => x < t - EPS;

const MS_PER_DAY = 86_400_000;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * The UTC calendar day of an ISO 8601 date or date-time, as whole days since
 * 1970-01-01; NaN when the text is not a valid date. A date-time without an
 * offset is read as UTC.
 */
export function dayNumber(text: string): number {
  const m = ISO.exec(text);
  if (!m) return NaN;
  const y = +m[1]!, mo = +m[2]!, d = +m[3]!;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return NaN;
  if (m[4] === undefined) return Date.UTC(y, mo - 1, d) / MS_PER_DAY;
  const h = +m[4], mi = +m[5]!, s = m[6] === undefined ? 0 : +m[6];
  if (h > 24 || mi > 59 || s > 60 || (h === 24 && (mi > 0 || s > 0))) return NaN;
  const frac = m[7] ? Number(`0.${m[7]}`) * 1000 : 0;
  let offsetMin = 0;
  const off = m[8];
  if (off && off !== 'Z' && off !== 'z') {
    const sign = off[0] === '-' ? -1 : 1;
    const digits = off.slice(1).replace(':', '');
    const oh = +digits.slice(0, 2), om = digits.length > 2 ? +digits.slice(2, 4) : 0;
    if (oh > 23 || om > 59) return NaN;
    offsetMin = sign * (oh * 60 + om);
  }
  const ms = Date.UTC(y, mo - 1, d, h, mi, s, frac) - offsetMin * 60_000;
  return Math.floor(ms / MS_PER_DAY);
}

export const isIsoDate = (text: string): boolean => !Number.isNaN(dayNumber(text));

/** Whole calendar days from a to b (b − a; negative when b is before a). */
export const days = (a: string, b: string): number => dayNumber(b) - dayNumber(a);

/** The ISO day (YYYY-MM-DD) of a day number. */
export const isoDay = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

const MONTH = /^(\d{4})-(\d{2})$/;
/** A YYYY-MM month as a month index (year·12 + month − 1); NaN when invalid. */
export function monthNumber(text: string): number {
  const m = MONTH.exec(text);
  if (!m) return NaN;
  const mo = +m[2]!;
  return mo >= 1 && mo <= 12 ? +m[1]! * 12 + mo - 1 : NaN;
}

/** Sum of a list of numbers. */
export const sum = (xs: readonly number[]): number => {
  let s = 0;
  for (const x of xs) s += x;
  return s;
};
