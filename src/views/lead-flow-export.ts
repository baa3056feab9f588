/**
 * The monitor's exports as CSV text: the due transitions for the CRM (one row
 * per lead to move), the reactivation candidates, and the rows that could not
 * be used. Reason texts come from the caller (worded in the UI language).
 */
import type { ReactivationCandidate, ReactivationReason, Transition, TransitionReason } from '../models/lead-flow.js';
import type { TierResult } from '../models/tiering.js';
import { toCsv, type Cell } from '../parse/csv.js';
import { leadField, type LeadRecord } from './lead-flow-leads.js';
import type { RowIssue } from './lead-flow-rows.js';

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

export const TRANSITION_CSV_HEADER = [
  'id',
  'from',
  'to',
  'reason',
  'reasonText',
  'owner',
  'source',
  'businessLine',
  'poolEnteredAt',
  'assignedAt',
  'asOf',
] as const;

/** Due transitions as CSV, with the lead's owner, source, business line and dates, and the as-of day on each row. */
export function transitionsCsv(
  due: readonly Transition[],
  byId: ReadonlyMap<unknown, LeadRecord>,
  asOf: string,
  reasonText: (reason: TransitionReason) => string,
): string {
  const f = (id: unknown, key: string) => leadField(byId, id, key);
  const rows = due.map((x): Cell[] => [
    x.id,
    x.from,
    x.to,
    x.reason,
    reasonText(x.reason),
    f(x.id, 'owner'),
    f(x.id, 'source'),
    f(x.id, 'businessLine'),
    f(x.id, 'poolEnteredAt'),
    f(x.id, 'assignedAt'),
    asOf,
  ]);
  return toCsv(TRANSITION_CSV_HEADER, rows);
}

export const REACTIVATION_CSV_HEADER = [
  'id',
  'pool',
  'reasons',
  'reasonText',
  'tier',
  'score',
  'source',
  'businessLine',
  'industry',
  'region',
  'lastEngagementAt',
] as const;

/** The columns the CRM file adds with product categories or past orders (§7 extras). */
export const REACTIVATION_ORDER_COLUMNS = ['productCategory', 'orders', 'orderAmount', 'lastOrderAt'] as const;

/**
 * Reactivation candidates (in the order given) as CSV: reason codes joined by `|`, texts by `; `, the score to 6
 * decimals; with `orders` (§7 extras in the analysis) the category and past-order columns follow, as the lead gives them.
 */
export function reactivationCsv(
  rows: readonly ReactivationCandidate[],
  byId: ReadonlyMap<unknown, LeadRecord>,
  tiers: ReadonlyMap<unknown, TierResult | null>,
  reasonText: (reason: ReactivationReason) => string,
  orders = false,
): string {
  const f = (id: unknown, key: string) => leadField(byId, id, key);
  const out = rows.map((c): Cell[] => {
    const tier = tiers.get(c.id);
    return [
      c.id,
      c.pool,
      c.reasons.join('|'),
      c.reasons.map(reasonText).join('; '),
      tier ? tier.tier : null,
      tier ? round6(tier.score) : null,
      f(c.id, 'source'),
      f(c.id, 'businessLine'),
      f(c.id, 'industry'),
      f(c.id, 'region'),
      f(c.id, 'lastEngagementAt'),
      ...(orders ? REACTIVATION_ORDER_COLUMNS.map((k) => f(c.id, k)) : []),
    ];
  });
  return toCsv(orders ? [...REACTIVATION_CSV_HEADER, ...REACTIVATION_ORDER_COLUMNS] : REACTIVATION_CSV_HEADER, out);
}

/** Row problems as CSV: the CSV row (or the lead's number, from 1, for JSON), the column, the problem in words. */
export function skippedCsv(issues: readonly RowIssue[], text: (r: RowIssue) => string): string {
  return toCsv(
    ['row', 'column', 'problem'],
    issues.map((r): Cell[] => [r.row ?? (r.index ?? 0) + 1, r.column, text(r)]),
  );
}
