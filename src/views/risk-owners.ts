/**
 * The per-owner tables of the risk panels (issue 14): the opportunity
 * panel's rep roll-up in the team view and the churn panel's CSM roll-up,
 * over the rows shown (the level, search and panel filters in force), with
 * the models' own roll-up (src/models/risk-owners.ts), so the tables sum to
 * the list and agree with the CLI on the same rows.
 * Pure: no DOM.
 */
import {
  csmRow,
  RENEWAL_SHIFT,
  repRow,
  rollUpOwners,
  type CsmRiskRow,
  type OwnerColumn,
  type RepRiskRow,
} from '../models/risk-owners.js';
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

/** The CSMs of the accounts shown (`view`: output rows; null for every row); `owners` as for repRollUp. */
export const csmRollUp = (
  f: RiskFacets,
  list: readonly unknown[],
  view: ArrayLike<number> | null,
  owners?: OwnerColumn,
): CsmRiskRow[] => rollUpOwners(f, list, view, { signalShift: RENEWAL_SHIFT, owners }).map(csmRow);
