/**
 * Model 5 extra (issue 14): the risk of a book of accounts rolled up per CSM
 * (docs/models.md "§5 extras: the CSM owner and the CSM roll-up").
 */
import { assessChurn, CHURN_SIGNAL_CODES } from './churn.js';
import type { InvalidRow } from '../schemas/issues.js';
import { signalShifts } from '../risk/engine.js';
import { assessedFacets, csmRow, rollUpOwners, type CsmRiskRow } from './owner-rollup.js';

export interface ChurnOwnersResult {
  owners: CsmRiskRow[];
  invalid: InvalidRow[];
}

/** The bit shift of the renewal signal in the accounts' facets. */
export const RENEWAL_SHIFT = signalShifts(CHURN_SIGNAL_CODES).get('renewal-at-risk')!;

/** The risk of a book of accounts per CSM (docs/models.md "§5 extras: the CSM owner"). Input: assessChurn's. */
export function churnOwners(input: unknown): ChurnOwnersResult {
  const { f, list, invalid } = assessedFacets('accounts', assessChurn, input, CHURN_SIGNAL_CODES);
  return { owners: rollUpOwners(f, list, null, { signalShift: RENEWAL_SHIFT }).map(csmRow), invalid };
}
