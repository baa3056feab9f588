/**
 * The churn panel's per-CSM table (issue 14): the CSM roll-up over the
 * accounts shown, with the model's own roll-up (src/models/csm-owners.ts), so
 * the table sums to the list and agrees with the CLI on the same rows.
 * Pure: no DOM.
 */
import { csmRow, rollUpOwners, type CsmRiskRow, type OwnerColumn } from '../models/owner-rollup.js';
import { RENEWAL_SHIFT } from '../models/csm-owners.js';
import type { RiskFacets } from '../risk/engine.js';

/**
 * The CSMs of the accounts shown (`view`: output rows; null for every row); `owners`: the owner column the
 * panel's aggregates keep (else read from `list`).
 */
export const csmRollUp = (
  f: RiskFacets,
  list: readonly unknown[],
  view: ArrayLike<number> | null,
  owners?: OwnerColumn,
): CsmRiskRow[] => rollUpOwners(f, list, view, { signalShift: RENEWAL_SHIFT, owners }).map(csmRow);
