/** Locales and Intl formatting shared by every element. */
import { formatDate, formatMonth, formatMonthName } from './dates.js';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Map any BCP 47 tag to a supported locale: Chinese → zh-CN, everything else → en. */
export function resolveLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const t = tag.trim().toLowerCase();
  if (!t) return null;
  if (t === 'zh' || t.startsWith('zh-') || t.startsWith('zh_')) return 'zh-CN';
  return 'en';
}

const cache = new Map<string, Intl.NumberFormat>();
const nf = (locale: Locale, opts: Intl.NumberFormatOptions): Intl.NumberFormat => {
  const k = locale + JSON.stringify(opts);
  let f = cache.get(k);
  if (!f) cache.set(k, (f = new Intl.NumberFormat(locale, opts)));
  return f;
};

/** Number formatters for one locale and currency. */
export interface Formatter {
  locale: Locale;
  currency: string;
  /** A number with up to `max` fraction digits (default 1). */
  number(x: number | null | undefined, max?: number, min?: number): string;
  /** A whole number. */
  integer(x: number | null | undefined): string;
  /** A fraction as a percentage (0.305 → 30.5 %). */
  percent(x: number | null | undefined, max?: number): string;
  /** Money in the formatter's currency, without cents for large amounts. */
  money(x: number | null | undefined, maxFraction?: number): string;
  /** Money in compact form (¥1.2M, 120万). */
  compactMoney(x: number | null | undefined): string;
  /** A signed change (+3.5 / −2). */
  signed(x: number, max?: number): string;
  /** A calendar day (ISO date, date-time or day number) in the suite's one date style (src/i18n/dates.ts). */
  date(value: string | number | null | undefined): string;
  /** A `YYYY-MM` month (Mar 2026 / 2026年3月). */
  month(month: string): string;
  /** A month of the year, 1–12, without its year (Mar / 3月). */
  monthName(month: number): string;
}

const DASH = '—';

export function formatter(locale: Locale, currency = 'CNY'): Formatter {
  const ok = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);
  let cur = currency;
  try {
    nf(locale, { style: 'currency', currency: cur });
  } catch {
    cur = 'CNY';
  }
  return {
    locale,
    currency: cur,
    number: (x, max = 1, min = 0) =>
      ok(x) ? nf(locale, { maximumFractionDigits: max, minimumFractionDigits: min }).format(x) : DASH,
    integer: (x) => (ok(x) ? nf(locale, { maximumFractionDigits: 0 }).format(x) : DASH),
    percent: (x, max = 1) => (ok(x) ? nf(locale, { style: 'percent', maximumFractionDigits: max }).format(x) : DASH),
    money: (x, maxFraction) =>
      ok(x)
        ? nf(locale, {
            style: 'currency',
            currency: cur,
            maximumFractionDigits: maxFraction ?? (Math.abs(x) >= 1000 ? 0 : 2),
            minimumFractionDigits: 0,
          }).format(x)
        : DASH,
    compactMoney: (x) =>
      ok(x)
        ? nf(locale, { style: 'currency', currency: cur, notation: 'compact', maximumFractionDigits: 1 }).format(x)
        : DASH,
    signed: (x, max = 1) => nf(locale, { maximumFractionDigits: max, signDisplay: 'exceptZero' }).format(x),
    date: (v) => formatDate(v, locale),
    month: (m) => formatMonth(m, locale),
    monthName: (m) => formatMonthName(m, locale),
  };
}
