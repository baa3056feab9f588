/** Strings shared by the two risk panels (opportunity-alert-panel, churn-alert-panel), and their date formats. */
import type { Locale } from './format.js';
import { localized } from './registry.js';
import { dayNumber } from '../models/math.js';
import { RISK as RISK_EN } from './risk/en.js';

export type * from './risk/en.js';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const dateFormat = (locale: Locale, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  const k = locale + JSON.stringify(opts);
  let f = dateFormats.get(k);
  if (!f) dateFormats.set(k, (f = new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' })));
  return f;
};

/**
 * An ISO date or date-time as its UTC calendar day (docs/models.md: `2026-03-05T01:00:00+08:00`
 * is 4 March), written for the locale (Mar 4, 2026 / 2026年3月4日). Text
 * that is no date comes back as it is; null and undefined as a dash.
 */
export function formatDay(iso: string | null | undefined, locale: Locale): string {
  if (iso == null || iso === '') return '—';
  const day = dayNumber(iso);
  if (Number.isNaN(day)) return iso;
  return dateFormat(locale, { dateStyle: 'medium' }).format(new Date(day * 86_400_000));
}

/** A `YYYY-MM` month for the locale (Mar 2026 / 2026年3月); other text as it is. */
export function formatMonth(month: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || +m[2]! < 1 || +m[2]! > 12) return month;
  return dateFormat(locale, { year: 'numeric', month: 'short' }).format(new Date(Date.UTC(+m[1]!, +m[2]! - 1, 1)));
}

export const RISK = localized(RISK_EN, {
  'zh-CN': () => import('./risk/zh-CN.js').then((m) => m.RISK),
});
