/**
 * The roll-up of risk rows by owner (docs/models.md "§2 extras: the reps
 * roll-up", "§5 extras: the CSM owner and the CSM roll-up"), over the facets
 * of an assessment, and its rows in the reps' and the CSMs' words. The
 * models (risk-owners.ts: opportunityOwners, churnOwners) and the panels'
 * tables (src/views/risk-owners.ts) share it. It imports no model, so a
 * panel's page loads only its own model with it.
 */
import type { InvalidRow } from '../schemas/issues.js';
import { assessIndexed, facetsOf, type RiskFacets, type RiskKind, type RiskModel } from '../risk/engine.js';
import { isObject } from './guards.js';
import { ownerColumn, rollUpByColumn, rollUpSteps, type OwnerColumn } from './owner-groups.js';

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
  return rollUpByColumn(f, columnOf(list, opts), keep, opts);
}

/** `rollUpOwners` in steps (rollUpSteps), for a panel that yields to the page between them. */
export const rollUpOwnersSteps = (
  f: RiskFacets,
  list: readonly unknown[],
  keep: ArrayLike<number> | null,
  opts: RollUpOptions = {},
): Generator<void, OwnerRisk[], void> => rollUpSteps(f, columnOf(list, opts), keep, opts);

// A column of another length belongs to no assessment of this list (aggregates not computed yet).
const columnOf = (list: readonly unknown[], opts: RollUpOptions): OwnerColumn =>
  opts.owners?.idx.length === list.length ? opts.owners : ownerColumn(list);

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

/** The facets of a model's assessment of `input` (its own envelope) and its invalid rows. */
export function assessedFacets(
  kind: RiskKind,
  model: RiskModel,
  input: unknown,
  codes: readonly string[],
): { f: RiskFacets; list: unknown[]; invalid: InvalidRow[] } {
  // The model words a bad envelope (throws); a list is there when it returns.
  const env = isObject(input) ? input : {};
  const job = { kind, model, asOf: env.asOf, rules: env.rules, list: env[kind] };
  const a = assessIndexed(job);
  const list = env[kind] as unknown[];
  return { f: facetsOf(kind, a, list, codes), list, invalid: a.result.invalid };
}
