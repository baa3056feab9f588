/**
 * The opportunity panel's per-rep table (issue 14): the rep roll-up in the
 * team view, over the rows shown (the level, search and panel filters in
 * force), with the model's own roll-up (src/models/owner-rollup.ts), so the
 * table sums to the list and agrees with the CLI on the same rows. The churn
 * panel's CSM table is csm-owners.ts (a file of its own: it needs the churn
 * model's signal codes, which the opportunity panel's page does not load).
 * Pure: no DOM.
 */
import { repRow, rollUpOwners, rollUpOwnersSteps, type OwnerColumn, type RepRiskRow } from '../models/owner-rollup.js';
import type { RiskFacets } from '../risk/engine.js';

/**
 * The reps of the rows shown (`view`: output rows; null for every row); `owners`: the owner column the
 * panel's aggregates keep (else read from `list`).
 */
export const repRollUp = (
  f: RiskFacets,
  list: readonly unknown[],
  view: ArrayLike<number> | null,
  owners?: OwnerColumn,
): RepRiskRow[] => rollUpOwners(f, list, view, { stale: f.numbers[2], owners }).map(repRow);

/** `repRollUp` in steps (the roll-up's), for a panel that computes it between frames before drawing it. */
export function* repRollUpSteps(
  f: RiskFacets,
  list: readonly unknown[],
  view: ArrayLike<number> | null,
  owners?: OwnerColumn,
): Generator<void, RepRiskRow[], void> {
  return (yield* rollUpOwnersSteps(f, list, view, { stale: f.numbers[2], owners })).map(repRow);
}
