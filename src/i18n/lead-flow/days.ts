/** Day counts and calendar days as each locale writes them (shared by the tables and the element). */
import type { Locale } from '../format.js';

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

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** A calendar day (whole days since 1970-01-01, UTC) as the locale writes it (“Mar 27, 2026”, “2026年3月27日”). */
export function formatDay(locale: Locale, day: number): string {
  let f = dateFormats.get(locale);
  if (!f)
    dateFormats.set(
      locale,
      (f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' })),
    );
  return f.format(new Date(day * 86_400_000));
}
