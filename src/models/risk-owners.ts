/**
 * Model 2 and 5 extras (issue 14, seed 001's PK淘汰): the risk of a pipeline
 * rolled up per rep (`opportunityOwners`) and of a book of accounts per CSM
 * (`churnOwners`): rows by level, money at risk, days without activity, and
 * a rank (1 = the most at risk). Spec: docs/models.md "§2 extras: the reps
 * roll-up" and "§5 extras: the CSM owner and the CSM roll-up". The panels
 * call `rollUpOwners` on the rows they show; the models on every valid row.
 */
import { assessChurn, CHURN_SIGNAL_CODES } from './churn.js';
import { assessOpportunities, OPPORTUNITY_SIGNAL_CODES } from './opportunities.js';
import type { InvalidRow } from '../schemas/issues.js';
import {
  assessIndexed,
  facetsOf,
  signalShifts,
  type RiskFacets,
  type RiskKind,
  type RiskModel,
} from '../risk/engine.js';
import { isObject } from './guards.js';
import { ownerColumn, rollUpByColumn, type OwnerColumn } from './owner-groups.js';

export { ownerOfRow, type OwnerColumn } from './owner-groups.js';

/** The figures of one owner (or of the rows without one) over the rows kept. */
export interface OwnerRisk {
  /** The CRM's name; null for the rows without an owner. */
  owner: string | null;
  /** 1 = the most at risk (competition ranking: 1, 1, 3); null for the rows without an owner. */
  rank: number | null;
  rows: number;
  ok: number;
  warning: number;
  critical: number;
  atRisk: number;
  /** Σ money (amount or arr) of the warning and critical rows. */
  moneyAtRisk: number;
  /** Median of the stale days (null without a stale column). */
  staleDaysMedian: number | null;
  staleDaysMax: number | null;
  /** Rows with the signal at `signalShift` (0 without one). */
  withSignal: number;
}

export interface RollUpOptions {
  /** A column of days per output row (opportunities: daysIdle) for the median and the maximum. */
  stale?: Float64Array | undefined;
  /** The bit shift of a signal to count (accounts: renewal-at-risk). */
  signalShift?: number | undefined;
  /** The list's owner column (a panel keeps one per assessment); read from `list` when absent. */
  owners?: OwnerColumn | undefined;
}

/**
 * The roll-up of output rows `keep` (every row when null, in output order)
 * of an assessment's facets, by the owner of their input row (`list[index]`).
 * Rows ordered by rank, then owner in code-unit order; the no-owner row last.
 */
export function rollUpOwners(
  f: RiskFacets,
  list: readonly unknown[],
  keep: ArrayLike<number> | null,
  opts: RollUpOptions = {},
): OwnerRisk[] {
  // A column of another length belongs to no assessment of this list (aggregates not computed yet).
  const col = opts.owners?.idx.length === list.length ? opts.owners : ownerColumn(list);
  return rollUpByColumn(f, col, keep, opts);
}

/** One rep's row of `opportunityOwners`. */
export interface RepRiskRow {
  owner: string | null;
  rank: number | null;
  open: number;
  ok: number;
  warning: number;
  critical: number;
  atRisk: number;
  amountAtRisk: number;
  staleDaysMedian: number | null;
  staleDaysMax: number | null;
}
export interface OpportunityOwnersResult {
  owners: RepRiskRow[];
  invalid: InvalidRow[];
}

/** One CSM's row of `churnOwners`. */
export interface CsmRiskRow {
  owner: string | null;
  rank: number | null;
  accounts: number;
  ok: number;
  warning: number;
  critical: number;
  atRisk: number;
  arrAtRisk: number;
  renewingAtRisk: number;
}
export interface ChurnOwnersResult {
  owners: CsmRiskRow[];
  invalid: InvalidRow[];
}

function assessed(kind: RiskKind, model: RiskModel, input: unknown, codes: readonly string[]) {
  // The model words a bad envelope (throws); a list is there when it returns.
  const env = isObject(input) ? input : {};
  const job = { kind, model, asOf: env.asOf, rules: env.rules, list: env[kind] };
  const a = assessIndexed(job);
  const list = env[kind] as unknown[];
  return { f: facetsOf(kind, a, list, codes), list, invalid: a.result.invalid };
}

/** The risk of a pipeline per rep (docs/models.md "§2 extras: the reps roll-up"). Input: assessOpportunities'. */
export function opportunityOwners(input: unknown): OpportunityOwnersResult {
  const { f, list, invalid } = assessed('opportunities', assessOpportunities, input, OPPORTUNITY_SIGNAL_CODES);
  return { owners: rollUpOwners(f, list, null, { stale: f.numbers[2] }).map(repRow), invalid };
}

/** A roll-up row in the reps' words. */
export const repRow = (r: OwnerRisk): RepRiskRow => ({
  owner: r.owner,
  rank: r.rank,
  open: r.rows,
  ok: r.ok,
  warning: r.warning,
  critical: r.critical,
  atRisk: r.atRisk,
  amountAtRisk: r.moneyAtRisk,
  staleDaysMedian: r.staleDaysMedian,
  staleDaysMax: r.staleDaysMax,
});

/** The bit shift of the renewal signal in the accounts' facets. */
export const RENEWAL_SHIFT = signalShifts(CHURN_SIGNAL_CODES).get('renewal-at-risk')!;

/** The risk of a book of accounts per CSM (docs/models.md "§5 extras: the CSM owner"). Input: assessChurn's. */
export function churnOwners(input: unknown): ChurnOwnersResult {
  const { f, list, invalid } = assessed('accounts', assessChurn, input, CHURN_SIGNAL_CODES);
  return { owners: rollUpOwners(f, list, null, { signalShift: RENEWAL_SHIFT }).map(csmRow), invalid };
}

/** A roll-up row in the CSMs' words. */
export const csmRow = (r: OwnerRisk): CsmRiskRow => ({
  owner: r.owner,
  rank: r.rank,
  accounts: r.rows,
  ok: r.ok,
  warning: r.warning,
  critical: r.critical,
  atRisk: r.atRisk,
  arrAtRisk: r.moneyAtRisk,
  renewingAtRisk: r.withSignal,
});
