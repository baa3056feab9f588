/**
 * One date style for the whole suite (issue 12): a calendar day is written
 * the way the locale writes a medium date (`Mar 31, 2026`, `2026年3月31日`),
 * a month as a short month and year (`Mar 2026`, `2026年3月`), through
 * `Intl.DateTimeFormat` in UTC, so a day the model reads
 * (`2026-03-05T01:00:00+08:00` is 4 March, MODELS.md) is the day shown.
 * Every element reaches these through `this.fmt.date` / `this.fmt.month`;
 * exports keep ISO days (`src/export/table.ts`), which spreadsheets read.
 */
import type { Locale } from './format.js';
import { dayNumber } from '../models/math.js';

const DASH = '—';
const formats = new Map<string, Intl.DateTimeFormat>();
const dateFormat = (locale: Locale, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  const k = locale + JSON.stringify(opts);
  let f = formats.get(k);
  if (!f) formats.set(k, (f = new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' })));
  return f;
};

/** The options of the suite's day style (medium: `Mar 31, 2026`). */
export const DAY_STYLE: Intl.DateTimeFormatOptions = Object.freeze({ year: 'numeric', month: 'short', day: 'numeric' });

/**
 * A calendar day as the locale writes it: an ISO date or date-time (its UTC
 * calendar day) or a day number (whole days since 1970-01-01). Text that is
 * no date comes back as it is; null, undefined, '' and NaN as a dash.
 */
export function formatDate(value: string | number | null | undefined, locale: Locale): string {
  if (value == null || value === '') return DASH;
  const day = typeof value === 'number' ? value : dayNumber(value);
  if (!Number.isFinite(day)) return typeof value === 'string' ? value : DASH;
  return dateFormat(locale, DAY_STYLE).format(new Date(day * 86_400_000));
}

/** A `YYYY-MM` month (`Mar 2026`, `2026年3月`); other text as it is. */
export function formatMonth(month: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || +m[2]! < 1 || +m[2]! > 12) return month;
  return dateFormat(locale, { year: 'numeric', month: 'short' }).format(new Date(Date.UTC(+m[1]!, +m[2]! - 1, 1)));
}

/** A month of the year by number (1–12) without a year (`Mar`, `3月`), for month columns of a plan. */
export function formatMonthName(month: number, locale: Locale): string {
  return dateFormat(locale, { month: 'short' }).format(Date.UTC(2001, month - 1, 1));
}
