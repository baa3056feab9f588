/**
 * Model 2 extra (issue 14): the risk of a pipeline rolled up per rep
 * (docs/models.md "§2 extras: the reps roll-up"). One file per model, so a
 * page that imports one roll-up loads only its own model.
 */
import { assessOpportunities, OPPORTUNITY_SIGNAL_CODES } from './opportunities.js';
import type { InvalidRow } from '../schemas/issues.js';
import { assessedFacets, repRow, rollUpOwners, type RepRiskRow } from './owner-rollup.js';

export interface OpportunityOwnersResult {
  owners: RepRiskRow[];
  invalid: InvalidRow[];
}

/** The risk of a pipeline per rep (docs/models.md "§2 extras: the reps roll-up"). Input: assessOpportunities'. */
export function opportunityOwners(input: unknown): OpportunityOwnersResult {
  const { f, list, invalid } = assessedFacets('opportunities', assessOpportunities, input, OPPORTUNITY_SIGNAL_CODES);
  return { owners: rollUpOwners(f, list, null, { stale: f.numbers[2] }).map(repRow), invalid };
}
