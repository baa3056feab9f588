/**
 * The churn alert panel's view model (docs/models.md §5) as pure functions over
 * the assessment's facets: an account's value tier, the panel's filters
 * (cause, tier, renewing soon), its sorts, the aggregates of an assessment
 * (tiers present, the value × risk grid counts, renewals at risk), the CSV
 * columns, the usage series of the sparkline, and the plain-words name of a
 * bad field.
 * Pure: no DOM.
 */
import {
  CHURN_CAUSES,
  CHURN_SIGNAL_CODES,
  SIGNAL_CAUSE,
  type Account,
  type ChurnCause,
  type ChurnRow,
  type ChurnRules,
} from '../models/churn.js';
import type { ChurnStrings } from '../i18n/churn-alerts.js';
import { signalMasksBy, signalShifts, type RiskFacets } from '../risk/engine.js';
import {
  assessedInputs,
  collectTexts,
  keyIndexByInput,
  keyList,
  renewalSortKey,
  riskGridCounts,
  rowsWithSignal,
  sortTexts,
  type GridCounts,
} from '../charts/risk-summary.js';
import { actFirstSort } from './churn-act-first.js';
import { ownerOfRow } from '../models/owner-rollup.js';
import {
  AGGREGATE_STEP,
  hasOwnFilters,
  nameOf,
  type CsvColumn,
  type Filters,
  type RowMatch,
  type SortSpec,
} from './risk-view.js';

const SHIFTS = signalShifts(CHURN_SIGNAL_CODES);
/** The signal bits of each cause. */
export const CAUSE_MASK: Readonly<Record<ChurnCause, number>> = signalMasksBy(SHIFTS, SIGNAL_CAUSE, CHURN_CAUSES);
const RENEWAL = SHIFTS.get('renewal-at-risk')!;

/** An account's value tier: the host's `tiers` by id, else its own `tier` field, else '' (none). */
export const tierOfAccount = (rec: Account, tiers: Readonly<Record<string, string>> | undefined): string =>
  tiers?.[rec.id] ?? rec.tier ?? '';

/** What the panel computes once per assessment (and again when the host's tiers change). */
export interface ChurnAggregates {
  /** Per input row: the position of its tier in `tierList`. */
  tierIdx: Int32Array;
  /** Tiers by position ('' for none). */
  tierList: string[];
  /** Accounts and ARR per tier and level, over every row. */
  gridCounts: GridCounts;
  /** The tiers present ('' left out); none: no grid, no tier filter. */
  tierKeys: string[];
  /** Accounts renewing within the window that carry the renewal signal. */
  renewingAtRisk: number;
  /** Per input row: the position of its owner (CSM) in `ownerList`, −1 for none (issue 14). */
  ownerIdx: Int32Array;
  ownerList: string[];
  /** The owners of the assessed accounts, in the locale's order; none: no CSM filter. */
  owners: string[];
}

/** Aggregates before the first assessment. */
export const NO_CHURN_AGGREGATES: ChurnAggregates = {
  tierIdx: new Int32Array(0),
  tierList: [],
  gridCounts: new Map(),
  tierKeys: [],
  renewingAtRisk: 0,
  ownerIdx: new Int32Array(0),
  ownerList: [],
  owners: [],
};

/**
 * Tiers present, the value × risk counts and renewals at risk, in slices
 * of `step` rows: a generator that yields between slices and returns the
 * aggregates. `tierOf` gives the tier of an input row.
 */
export function* churnAggregates(
  f: RiskFacets,
  list: readonly unknown[],
  tierOf: (rec: Account) => string,
  step = AGGREGATE_STEP,
  locale = 'en',
): Generator<void, ChurnAggregates, void> {
  const keys = new Map<string, number>();
  const tierIdx = new Int32Array(list.length);
  const ownerKeys = new Map<string, number>();
  const ownerIdx = new Int32Array(list.length);
  const assessed = assessedInputs(f, list.length);
  const owners = new Set<string>();
  for (let from = 0; from < list.length; from += step) {
    const to = Math.min(list.length, from + step);
    keyIndexByInput(list, (r) => (r ? tierOf(r as Account) : ''), keys, tierIdx, from, to);
    keyIndexByInput(list, ownerOfRow, ownerKeys, ownerIdx, from, to);
    collectTexts(list, assessed, ownerOfRow, from, to, owners);
    yield;
  }
  const tierList = keyList(keys);
  const gridCounts: GridCounts = new Map();
  let renewingAtRisk = 0;
  const n = f.level.length;
  for (let from = 0; from < n; from += step) {
    const to = Math.min(n, from + step);
    riskGridCounts(f, (k) => tierList[tierIdx[f.index[k]!]!] ?? '', from, to, gridCounts);
    renewingAtRisk += rowsWithSignal(f, RENEWAL, from, to);
    yield;
  }
  const tierKeys = [...gridCounts.keys()].filter((t) => t !== '');
  const ownerList = keyList(ownerKeys);
  // The owners' sort (a first collator, on a cold page) in a step of its own.
  yield;
  return {
    tierIdx,
    tierList,
    gridCounts,
    tierKeys,
    renewingAtRisk,
    ownerIdx,
    ownerList,
    owners: sortTexts(owners, locale),
  };
}

/**
 * The panel's own filters as a test of output row k (null when none is
 * set): `cause` a churn cause, `renewal` '1' for accounts with the renewal
 * signal, `tier` a tier key ('-' for accounts without a tier), `owner` a
 * CSM ('-' for accounts without one).
 */
export function churnMatch(f: RiskFacets, agg: ChurnAggregates, filters: Filters): RowMatch | null {
  if (!hasOwnFilters(filters)) return null;
  const cause = filters.cause ? (CAUSE_MASK[filters.cause as ChurnCause] ?? 0) : -1;
  const renewal = filters.renewal === '1';
  const tier = filters.tier;
  const owner = filters.owner;
  return (k) => {
    if (cause !== -1 && (f.signals[k]! & cause) === 0) return false;
    if (renewal && ((f.signals[k]! >>> RENEWAL) & 3) === 0) return false;
    if (tier && (agg.tierList[agg.tierIdx[f.index[k]!]!] || '-') !== tier) return false;
    if (owner && (agg.ownerList[agg.ownerIdx[f.index[k]!]!] ?? '-') !== owner) return false;
    return true;
  };
}

/**
 * The sorts besides risk: act first (renewal urgency × ARR × level, churn-act-first.ts), ARR (most first),
 * renewal (coming soonest first, then lapsed, then none), name.
 */
export function churnSorts(f: RiskFacets, list: readonly unknown[]): SortSpec[] {
  return [
    actFirstSort(f),
    { key: 'arr', value: (k) => f.money[k], dir: -1 },
    { key: 'renewal', value: (k) => renewalSortKey(f.numbers[0]![k]), dir: 1 },
    { key: 'name', value: (k) => nameOf(list[f.index[k]!] as Account), dir: 1 },
  ];
}

/** The CSV columns; `tierOf` gives an account's tier (the host's tiers win). */
export const churnCsv = (tierOf: (rec: Account) => string): CsvColumn<ChurnRow, Account>[] => [
  { header: 'id', value: (r) => r.id },
  { header: 'name', value: (_r, a) => a.name },
  { header: 'tier', value: (_r, a) => tierOf(a) },
  { header: 'arr', value: (_r, a) => a.arr },
  { header: 'renewalDate', value: (_r, a) => a.renewalDate },
  { header: 'daysToRenewal', value: (r) => r.daysToRenewal },
  { header: 'level', value: (r) => r.level },
  { header: 'riskScore', value: (r) => r.riskScore },
  { header: 'causes', value: (r) => r.causes.join(';') },
  { header: 'signals', value: (r) => r.signals.map((s) => `${s.code}:${s.level}`).join(';') },
  { header: 'actions', value: (r) => r.actions.join(';') },
];

/** A plain-words name for a bad field's path, of the rows (`accounts.4.csat`) or of the rules (`rules.usageDropWarn`). */
export function churnFieldLabel(path: string, t: Pick<ChurnStrings, 'rulesNames' | 'rowFields'>): string | undefined {
  const parts = path.split('.');
  if (parts[0] === 'rules' && parts[1]) return t.rulesNames[parts[1] as keyof ChurnRules];
  if (parts[0] === 'accounts' && parts.length > 2)
    return t.rowFields[parts[parts.length - 1]!] ?? t.rowFields[parts[2]!];
  return undefined;
}

/** The series a usage sparkline draws. */
export interface UsageSeries {
  /** Usage rate when any month has one, else active users. */
  measure: 'usageRate' | 'activeUsers';
  points: { label: string; value: number }[];
  /** The value axis: 0..1 for a rate, the data's range for users. */
  domain?: [number, number];
}

/** The usage measure a row's signals name (its first usage signal), or null when none does. */
export function signalMeasure(signals: readonly { code: string }[]): UsageSeries['measure'] | null {
  for (const s of signals) {
    if (s.code === 'active-users-drop') return 'activeUsers';
    if (s.code === 'usage-drop' || s.code === 'low-usage') return 'usageRate';
  }
  return null;
}

/**
 * An account's usage by month (sorted by month) as the sparkline's series:
 * the measure asked for (the one the row's signal names) when it has values,
 * else usage rate when any month has one, else active users; null when no
 * month has a value.
 */
export function usageSeries(usage: Account['usage'], measure?: UsageSeries['measure'] | null): UsageSeries | null {
  const months = [...(usage ?? [])].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const rates = months.filter((p) => p.usageRate != null).map((p) => ({ label: p.month, value: p.usageRate! }));
  const users = months.filter((p) => p.activeUsers != null).map((p) => ({ label: p.month, value: p.activeUsers! }));
  const rateSeries: UsageSeries = { measure: 'usageRate', points: rates, domain: [0, 1] };
  const userSeries: UsageSeries = { measure: 'activeUsers', points: users };
  if (measure === 'activeUsers' && users.length) return userSeries;
  if (rates.length) return rateSeries;
  return users.length ? userSeries : null;
}
