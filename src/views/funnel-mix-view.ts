/**
 * funnel-forecast's activity mix editor as pure functions (docs/models.md §3a
 * extras): the mix a first "split the gap" starts from, the mix after
 * switching between shares and counts (from the plan in force, so the split
 * stays the same), the suggestion as a mix, and the shares' total while
 * they are typed. Pure: no DOM.
 */
import type { ActivityMixResult, MixPlan } from '../models/funnel-mix.js';

export type Mix = { shares: Record<string, number> } | { counts: Record<string, number> };

/** Equal shares of the gap, 1/n each. */
export function equalShares(keys: readonly string[]): { shares: Record<string, number> } {
  return { shares: Object.fromEntries(keys.map((k) => [k, 1 / keys.length])) };
}

/** The mix in the other mode from a plan: its units as counts, or its shares scaled to add up to 1. */
export function switchMix(plan: MixPlan, to: 'shares' | 'counts'): Mix {
  if (to === 'counts') return { counts: Object.fromEntries(plan.activities.map((a) => [a.key, a.units])) };
  const sum = plan.activities.reduce((s, a) => s + a.share, 0);
  if (!(sum > 0)) return equalShares(plan.activities.map((a) => a.key));
  return { shares: Object.fromEntries(plan.activities.map((a) => [a.key, a.share / sum])) };
}

/** The suggested shares as a mix; null when no mix fits. */
export const suggestedMix = (r: ActivityMixResult): { shares: Record<string, number> } | null =>
  r.suggested && { shares: Object.fromEntries(r.suggested.activities.map((a) => [a.key, a.share])) };

/** The sum of the typed shares that are numbers (what the editor's total row says). */
export function sharesTotal(shares: unknown): number {
  if (typeof shares !== 'object' || shares === null) return 0;
  let sum = 0;
  for (const v of Object.values(shares)) if (typeof v === 'number' && Number.isFinite(v)) sum += v;
  return sum;
}
