/**
 * Model 2 and 5 extras (issue 14, seed 001's PK淘汰): the risk of a pipeline
 * rolled up per rep (`opportunityOwners`) and of a book of accounts per CSM
 * (`churnOwners`): rows by level, money at risk, days without activity, and
 * a rank (1 = the most at risk). Spec: docs/models.md "§2 extras: the reps
 * roll-up" and "§5 extras: the CSM owner and the CSM roll-up". The panels
 * call `rollUpOwners` on the rows they show; the models on every valid row.
 */
export {
  csmRow,
  ownerOfRow,
  repRow,
  rollUpOwners,
  type CsmRiskRow,
  type OwnerRisk,
  type RepRiskRow,
  type RollUpOptions,
} from './owner-rollup.js';
export { opportunityOwners, type OpportunityOwnersResult } from './rep-owners.js';
export { churnOwners, RENEWAL_SHIFT, type ChurnOwnersResult } from './csm-owners.js';
