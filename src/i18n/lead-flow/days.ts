/** Day counts and calendar days as each locale writes them (shared by the tables and the element). */
import type { Locale } from '../format.js';
import { formatDate } from '../dates.js';

const dayFormats = new Map<string, Intl.NumberFormat>();
/** A number of days in words for the locale (Intl: “3 days”, “3天”; narrow: “3d”). */
export function dayCount(locale: Locale, n: number, narrow = false): string {
  const k = `${locale}|${narrow}`;
  let f = dayFormats.get(k);
  if (!f)
    dayFormats.set(
      k,
      (f = new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: 'day',
        unitDisplay: narrow ? 'narrow' : 'long',
        maximumFractionDigits: 2,
      })),
    );
  return f.format(n);
}

/** A calendar day (whole days since 1970-01-01, UTC) in the suite's one date style (“Mar 27, 2026”, “2026年3月27日”). */
export const formatDay = (locale: Locale, day: number): string => formatDate(day, locale);
