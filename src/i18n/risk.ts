/** Strings shared by the two risk panels (opportunity-alert-panel, churn-alert-panel), and their date formats. */
import type { Locale } from './format.js';
import { localized } from './registry.js';
import { formatDate, formatMonth } from './dates.js';
import { RISK as RISK_EN } from './risk/en.js';

export type * from './risk/en.js';

/**
 * An ISO date or date-time as its UTC calendar day (docs/models.md: `2026-03-05T01:00:00+08:00`
 * is 4 March), in the suite's one date style (src/i18n/dates.ts).
 */
export const formatDay = (iso: string | null | undefined, locale: Locale): string => formatDate(iso, locale);

export { formatMonth };

export const RISK = localized(RISK_EN, {
  'zh-CN': () => import('./risk/zh-CN.js').then((m) => m.RISK),
});
