/**
 * The churn panel's "act first" order (docs/models.md §5, reading of issue
 * 12): urgency of the renewal × ARR × level weight, highest first, so an
 * account worth CN¥800k renewing tomorrow comes before one worth CN¥96k
 * renewing in 247 days. Pure: no DOM.
 */
import type { RiskFacets } from '../risk/engine.js';
import type { SortSpec } from './risk-view.js';

/** The sort key of the act-first order. */
export const ACT_FIRST_SORT = 'act-first';

/** Days at which a renewal counts half as urgent as one due today. */
const HALF_DAYS = 30;
/** A renewal with no date, or one already past, counts as a year away. */
const NO_RENEWAL_DAYS = 365;

/** Level weights by level number (ok, warning, critical): riskScore's 1 per warning, 3 per critical. */
const WEIGHT = [0, 1, 3] as const;

/** 30 / (30 + d) for a renewal d ≥ 0 days away; 30 / 395 without one or after it passed. */
export function renewalUrgency(daysToRenewal: number | null | undefined): number {
  const d =
    typeof daysToRenewal === 'number' && Number.isFinite(daysToRenewal) && daysToRenewal >= 0
      ? daysToRenewal
      : NO_RENEWAL_DAYS;
  return HALF_DAYS / (HALF_DAYS + d);
}

/** urgency · arr · weight(level); `level` is a level number (0 ok, 1 warning, 2 critical), arr missing = 0. */
export function actFirstScore(
  level: number,
  arr: number | null | undefined,
  daysToRenewal: number | null | undefined,
): number {
  const a = typeof arr === 'number' && Number.isFinite(arr) ? arr : 0;
  return renewalUrgency(daysToRenewal) * a * (WEIGHT[level] ?? 0);
}

/** The act-first sort of an assessment's rows: highest score first, ties in the model's order. */
export const actFirstSort = (f: RiskFacets): SortSpec => ({
  key: ACT_FIRST_SORT,
  value: (k) => actFirstScore(f.level[k]!, f.money[k], f.numbers[0]![k]),
  dir: -1,
});
