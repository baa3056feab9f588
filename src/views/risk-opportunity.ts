/**
 * The opportunity alert panel's view model (docs/models.md §2) as pure
 * functions over the assessment's facets: its filters (dimension, owner,
 * stage, key accounts), its sorts, the aggregates of an assessment (owners,
 * key accounts at risk, the team view, repeated ids), the team view of the
 * rows shown, the CSV columns, the plain-words name of a bad field, and the
 * editor's reading of required activities.
 * Pure: no DOM.
 */
import {
  OPPORTUNITY_SIGNAL_CODES,
  SIGNAL_DIMENSION,
  type Opportunity,
  type OpportunityDimension,
  type OpportunityRow,
  type PipelineRules,
} from '../models/opportunities.js';
import type { OpportunityStrings } from '../i18n/opportunity-alerts.js';
import { FLAG_KEY_ACCOUNT, signalAt, signalMasksBy, signalShifts, type RiskFacets } from '../risk/engine.js';
import {
  assessedInputs,
  collectTexts,
  keyAccountsAtRisk,
  keyIndexByInput,
  keyList,
  repeatedIds,
  sortTexts,
} from '../charts/risk-summary.js';
import { stageCycleOf, type StageCycleStat } from '../charts/stage-cycle.js';
import type { OwnerColumn } from '../models/owner-groups.js';
import { ownerOfRow } from '../models/row-owner.js';
import {
  AGGREGATE_STEP,
  hasOwnFilters,
  isFiltered,
  nameOf,
  type CsvColumn,
  type Filters,
  type RowMatch,
  type SortSpec,
} from './risk-view.js';

/** The signal dimensions, in the order the row chips and the filter show them. */
export const DIMS: readonly OpportunityDimension[] = ['info', 'action', 'cycle'];

const SHIFTS = signalShifts(OPPORTUNITY_SIGNAL_CODES);
/** The signal bits of each dimension. */
export const DIM_MASK: Readonly<Record<OpportunityDimension, number>> = signalMasksBy(SHIFTS, SIGNAL_DIMENSION, DIMS);
const OVERDUE = SHIFTS.get('stage-overdue')!;

/**
 * The panel's own filters as a test of output row k (null when none is
 * set): `dim` a signal dimension, `key` '1' for key accounts only, `owner`
 * and `stage` exact values of the input row.
 */
export function opportunityMatch(f: RiskFacets, list: readonly unknown[], filters: Filters): RowMatch | null {
  if (!hasOwnFilters(filters)) return null;
  const dim = filters.dim ? (DIM_MASK[filters.dim as OpportunityDimension] ?? 0) : -1;
  const keyOnly = filters.key === '1';
  const { owner, stage } = filters;
  return (k) => {
    if (dim !== -1 && (f.signals[k]! & dim) === 0) return false;
    if (keyOnly && (f.flags[k]! & FLAG_KEY_ACCOUNT) === 0) return false;
    if (owner || stage) {
      const rec = list[f.index[k]!] as Opportunity;
      if (owner && (rec.owner ?? '') !== owner) return false;
      if (stage && rec.stage !== stage) return false;
    }
    return true;
  };
}

/** The sorts besides risk: amount, days in stage against the standard, days idle (all most first), name. */
export function opportunitySorts(f: RiskFacets, list: readonly unknown[]): SortSpec[] {
  return [
    { key: 'amount', value: (k) => f.money[k], dir: -1 },
    { key: 'cycle', value: (k) => f.numbers[1]![k], dir: -1 },
    { key: 'idle', value: (k) => f.numbers[2]![k], dir: -1 },
    { key: 'name', value: (k) => nameOf(list[f.index[k]!] as Opportunity), dir: 1 },
  ];
}

/** The text searched besides name and id: the owner. */
export const opportunitySearchText = (rec: Opportunity): string => rec.owner ?? '';

/** What the panel computes once per assessment. */
export interface OpportunityAggregates {
  /** Per input row: the position of its stage in the rules' stages (−1: none). */
  stageIdx: Int32Array;
  /** Owners of the assessed rows, in the locale's order. */
  owners: string[];
  /** Per input row, its owner's position in `names` (−1: none): the rep roll-up's groups. */
  ownerColumn: OwnerColumn;
  keyAtRisk: { count: number; amount: number };
  /** The team view of every row. */
  teamAll: StageCycleStat[];
  /** Ids on more than one input row (their plan ticks are kept per row). */
  repeated: ReadonlySet<string>;
}

/** Aggregates before the first assessment. */
export const NO_OPPORTUNITY_AGGREGATES: OpportunityAggregates = {
  stageIdx: new Int32Array(0),
  owners: [],
  ownerColumn: { idx: new Int32Array(0), names: [] },
  keyAtRisk: { count: 0, amount: 0 },
  teamAll: [],
  repeated: new Set(),
};

/** Days in stage per stage of the rules over the output rows `keep` (all when null). */
export function teamStatsOf(
  f: RiskFacets,
  stageIdx: Int32Array,
  rules: PipelineRules,
  keep: ArrayLike<number> | null,
): StageCycleStat[] {
  return stageCycleOf(
    rules.stages,
    f.level.length,
    (k) => stageIdx[f.index[k]!] ?? -1,
    f.numbers[0]!,
    (k) => signalAt(f, k, OVERDUE) > 0,
    keep,
  );
}

/**
 * Owners, key accounts at risk, the team view and repeated ids, in slices
 * of `step` input rows: a generator that yields between slices (so a long
 * list is aggregated between frames) and returns the aggregates.
 */
export function* opportunityAggregates(
  f: RiskFacets,
  list: readonly unknown[],
  rules: PipelineRules,
  locale: string,
  step = AGGREGATE_STEP,
): Generator<void, OpportunityAggregates, void> {
  const n = list.length;
  const stages = new Map(rules.stages.map((st, i) => [st.key, i]));
  const stageIdx = new Int32Array(n);
  const assessed = assessedInputs(f, n);
  const owners = new Set<string>();
  const ownerKeys = new Map<string, number>();
  const ownerIdx = new Int32Array(n);
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (let from = 0; from < n; from += step) {
    const to = Math.min(n, from + step);
    keyIndexByInput(list, (r) => (r as Opportunity | null)?.stage, stages, stageIdx, from, to, false);
    keyIndexByInput(list, ownerOfRow, ownerKeys, ownerIdx, from, to);
    collectTexts(list, assessed, (r) => (r as Opportunity).owner, from, to, owners);
    repeatedIds(list, from, to, seen, repeated);
    yield;
  }
  const teamAll = teamStatsOf(f, stageIdx, rules, null);
  const sorted = sortTexts(owners, locale);
  const keyAtRisk = keyAccountsAtRisk(f);
  yield;
  const ownerColumn = { idx: ownerIdx, names: keyList(ownerKeys) };
  return { stageIdx, owners: sorted, ownerColumn, keyAtRisk, teamAll, repeated };
}

/** The team view of the rows shown: every row's (kept per assessment) unless a filter or a search is in force. */
export function teamStatsShown(
  agg: OpportunityAggregates,
  f: RiskFacets,
  rules: PipelineRules,
  view: Int32Array,
  filters: Filters,
  query: string,
): StageCycleStat[] {
  if (!isFiltered(filters, query)) return agg.teamAll;
  return teamStatsOf(f, agg.stageIdx, rules, view);
}

/** The CSV columns (data keys as headers, values as the model gives them). */
export const OPPORTUNITY_CSV: readonly CsvColumn<OpportunityRow, Opportunity>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'name', value: (_r, o) => o.name },
  { header: 'owner', value: (_r, o) => o.owner },
  { header: 'stage', value: (_r, o) => o.stage },
  // A deal imported with a blank amount is assessed as 0 but exported as blank: unknown, not zero.
  { header: 'amount', value: (_r, o) => ((o as { amountUnknown?: unknown }).amountUnknown === true ? null : o.amount) },
  { header: 'keyAccount', value: (r) => r.keyAccount },
  { header: 'level', value: (r) => r.level },
  { header: 'riskScore', value: (r) => r.riskScore },
  { header: 'completeness', value: (r) => r.metrics.completeness },
  { header: 'compliance', value: (r) => r.metrics.compliance },
  { header: 'daysInStage', value: (r) => r.metrics.daysInStage },
  { header: 'cycleRatio', value: (r) => r.metrics.cycleRatio },
  { header: 'daysIdle', value: (r) => r.metrics.daysIdle },
  { header: 'signals', value: (r) => r.signals.map((s) => `${s.code}:${s.level}`).join(';') },
  { header: 'suggestions', value: (r) => r.suggestions.join(';') },
];

/**
 * A stage's name: the rules' label, else the host's label (`host`, the element's `codeLabels`), else the UI's
 * name for a standard stage, else its key.
 */
export function stageLabelOf(
  key: string,
  stages: readonly { key: string; label?: string }[] | undefined,
  t: Pick<OpportunityStrings, 'stages'>,
  host?: (key: string, builtin: string | undefined) => string,
): string {
  const own = stages?.find((x) => x.key === key)?.label;
  if (own !== undefined) return own;
  return host ? host(key, t.stages[key]) : (t.stages[key] ?? key);
}

/** Stage rule fields the editor names. */
const STAGE_FIELDS: ReadonlySet<string> = new Set([
  'standardDays',
  'maxIdleDays',
  'requiredFields',
  'requiredActivities',
]);
/** Threshold rule fields the editor names. */
const THRESHOLDS: ReadonlySet<string> = new Set([
  'completenessWarn',
  'completenessCritical',
  'cycleWarn',
  'cycleCritical',
  'idleCriticalFactor',
]);

/**
 * A plain-words name for a bad field's path, of the rows
 * (`opportunities.3.fields.budget` → "Budget") or of the rules
 * (`rules.stages.1.standardDays` → "Solution · Standard days");
 * `stageName(i)` names the i-th stage of the rules the editor shows; `fieldName(key, builtin)` names a deal field
 * (the host's label for kind `field`, docs/labels.md), by default our name, else the key.
 */
export function opportunityFieldLabel(
  path: string,
  t: OpportunityStrings,
  stageName: (i: number) => string | undefined,
  fieldName: (key: string, builtin: string | undefined) => string = (k, b) => b ?? k,
): string | undefined {
  const parts = path.split('.');
  if (parts[0] === 'rules') {
    if (parts[1] === 'stages' && parts[2] !== undefined) {
      const name = stageName(Number(parts[2])) ?? parts[2];
      const field = parts[3] && STAGE_FIELDS.has(parts[3]) ? t[parts[3] as 'standardDays'] : undefined;
      return field ? `${name} · ${field}` : name;
    }
    if (parts[1] === 'thresholds' && parts[2])
      return THRESHOLDS.has(parts[2]) ? t[parts[2] as 'cycleWarn'] : t.rowFields.thresholds;
    if (parts[1] === 'changes')
      return (
        (parts[2] && t.changeThresholdLabels[parts[2] as keyof typeof t.changeThresholdLabels]) || t.changeThresholds
      );
    return parts[1] ? t.rowFields[parts[1]] : undefined;
  }
  if (parts[0] === 'opportunities' && parts.length > 2) {
    const last = parts[parts.length - 1]!;
    if (parts[2] === 'fields' && parts[3]) return fieldName(parts[3], t.fieldNames[parts[3]]);
    return t.rowFields[last] ?? t.rowFields[parts[2]!];
  }
  return undefined;
}

const ACTIVITY = /^([^:：\s]+)\s*[:：×x]\s*(\d+)$/;

/** `call:2, visit:1` → { call: 2, visit: 1 }; null when a part is not `type:count`. */
export function parseActivities(text: string): Record<string, number> | null {
  const out: Record<string, number> = {};
  for (const part of text.split(/[,，;；]/)) {
    const p = part.trim();
    if (!p) continue;
    const m = ACTIVITY.exec(p);
    if (!m) return null;
    out[m[1]!] = Number(m[2]);
  }
  return out;
}

/** Required activities as the editor shows them: `call:2, visit:1`. */
export const activitiesText = (counts: Readonly<Record<string, number>> | undefined): string =>
  Object.entries(counts ?? {})
    .map(([k, v]) => `${k}:${v}`)
    .join(', ');

/** A list of fields as the editor takes it: split at commas (either width), trimmed, blanks dropped. */
export const fieldsOfText = (text: string): string[] =>
  text
    .split(/[,，]/)
    .map((x) => x.trim())
    .filter(Boolean);
