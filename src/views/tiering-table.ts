/**
 * The scored list behind <lead-score-table> and <customer-value-table>
 * (docs/models.md §1): every record scored by the same model (and, for leads,
 * routed by the same rules) as the cards score one, kept in typed arrays so
 * 100,000 rows stay cheap; the display order (filter by tier and route, a
 * stable sort by score, tier, route or any factor's points), the tier counts
 * and shares against the target focus share, and the export rows.
 * Pure: no DOM.
 */
import { scoreValues, type CompiledModel, type TierResult } from '../models/tiering.js';
import { isObject } from '../models/guards.js';
import { pickRoute } from '../models/routing.js';
import type { FactorValues, RouteRule } from '../schemas/tiering.js';
import { isModelInputError, rowId, type InvalidRow } from '../schemas/issues.js';
import { drainSteps, sortSteps } from './stepped-sort.js';
import type { Cell } from '../parse/csv.js';
import { elementIssue } from '../schemas/element-issues.js';

/** A record as the tables take it: `{ id?, name?, values, fields? }`, or the values themselves (as the cards). */
export interface RecordParts {
  id: string | null;
  name: string | null;
  values: FactorValues;
  fields: Record<string, unknown>;
}

/** The parts of one record, or null when it is not an object. */
export function recordParts(r: unknown): RecordParts | null {
  if (!isObject(r)) return null;
  const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : null);
  if (isObject(r.values))
    return {
      id: text(r.id),
      name: text(r.name),
      values: r.values as FactorValues,
      fields: isObject(r.fields) ? r.fields : {},
    };
  return { id: text(r.id), name: text(r.name), values: r as FactorValues, fields: {} };
}

/** Every valid record scored; rows are in input order. */
export interface ScoredTable {
  /** Valid rows. */
  n: number;
  /** Input index of each row. */
  index: Int32Array;
  id: (string | null)[];
  name: (string | null)[];
  score: Float64Array;
  /** Position of the row's tier in `tiers` (0: the highest). */
  tier: Uint8Array;
  /** Points of each factor, row-major: row r, factor f at r·F + f. */
  points: Float64Array;
  /** The route and reason of each row (leads); null without routing or when no rule holds. */
  route: (string | null)[];
  reason: (string | null)[];
  factors: { key: string; label: string }[];
  tiers: CompiledModel['tiers'];
  targetFocusShare: number;
  shareTolerance: number;
  invalid: InvalidRow[];
}

export interface ScoreTableOptions {
  /** Routing rules (validated, e.g. by compileRouteRules); null: no routing (customers). */
  rules: readonly RouteRule[] | null;
  /** Day number for ageing factors (NaN: none given). */
  asOf?: number;
}

/** Score every record; a bad record goes to `invalid` (with its issues) and the others are still scored. */
export function scoreTable(records: readonly unknown[], cm: CompiledModel, opts: ScoreTableOptions): ScoredTable {
  const F = cm.factors.length;
  const N = records.length;
  const index = new Int32Array(N);
  const score = new Float64Array(N);
  const tier = new Uint8Array(N);
  const points = new Float64Array(N * F);
  const id: (string | null)[] = [];
  const name: (string | null)[] = [];
  const route: (string | null)[] = [];
  const reason: (string | null)[] = [];
  const invalid: InvalidRow[] = [];
  const tierPos = new Map(cm.tiers.map((t, i) => [t.key, i]));
  const asOf = opts.asOf ?? NaN;
  let n = 0;
  for (let i = 0; i < N; i++) {
    const raw = records[i];
    const parts = recordParts(raw);
    if (!parts) {
      invalid.push({ index: i, issues: [elementIssue('', 'card_data', {})] });
      continue;
    }
    let r: TierResult;
    try {
      r = scoreValues(cm, parts.values, 'values', asOf);
    } catch (e) {
      if (!isModelInputError(e)) throw e;
      const rid = rowId(raw);
      invalid.push(rid === undefined ? { index: i, issues: e.issues } : { index: i, id: rid, issues: e.issues });
      continue;
    }
    index[n] = i;
    score[n] = r.score;
    tier[n] = tierPos.get(r.tier)!;
    for (let f = 0; f < F; f++) points[n * F + f] = r.contributions[f]!.points;
    id.push(parts.id);
    name.push(parts.name);
    if (opts.rules) {
      const to = pickRoute(opts.rules, { result: r, values: parts.values, fields: parts.fields });
      route.push(to.route);
      reason.push(to.reason);
    } else {
      route.push(null);
      reason.push(null);
    }
    n++;
  }
  return {
    n,
    index: index.slice(0, n),
    id,
    name,
    score: score.slice(0, n),
    tier: tier.slice(0, n),
    points: points.slice(0, n * F),
    route,
    reason,
    factors: cm.factors.map((f) => ({ key: f.key, label: f.label })),
    tiers: cm.tiers,
    targetFocusShare: cm.targetFocusShare,
    shareTolerance: cm.shareTolerance,
    invalid,
  };
}

/** What the rows can be sorted by: the score, the tier, the route, the name or one factor's points. */
export type SortKey = 'score' | 'tier' | 'route' | 'name' | `factor:${string}`;
export type SortDir = 'asc' | 'desc';

/** Which rows to show: tiers and routes (null: all). A route filter of `''` keeps the rows no rule routed. */
export interface TableFilter {
  tiers?: ReadonlySet<string> | null;
  routes?: ReadonlySet<string> | null;
}

/** The rows that pass the filter, in input order. */
export function filterTable(t: ScoredTable, filter: TableFilter): Int32Array {
  const tiers = filter.tiers?.size ? filter.tiers : null;
  const routes = filter.routes?.size ? filter.routes : null;
  if (!tiers && !routes) {
    const all = new Int32Array(t.n);
    for (let r = 0; r < t.n; r++) all[r] = r;
    return all;
  }
  const tierOk = t.tiers.map((x) => !tiers || tiers.has(x.key));
  const out = new Int32Array(t.n);
  let k = 0;
  for (let r = 0; r < t.n; r++) {
    if (!tierOk[t.tier[r]!]) continue;
    if (routes && !routes.has(t.route[r] ?? '')) continue;
    out[k++] = r;
  }
  return out.slice(0, k);
}

const collator = new Intl.Collator('en');

/**
 * The rows in display order: sorted by `key` (`desc`: highest score, highest
 * tier, most points first; routes and names A→Z for `asc`), ties in input
 * order (a stable sort), whatever the direction.
 */
export function sortTable(t: ScoredTable, rows: Int32Array, key: SortKey, dir: SortDir): Int32Array {
  const s = dir === 'desc' ? -1 : 1;
  let cmp: (a: number, b: number) => number;
  if (key === 'score') cmp = (a, b) => s * (t.score[a]! - t.score[b]!);
  // Tier position 0 is the highest: "desc" puts it first.
  else if (key === 'tier') cmp = (a, b) => s * (t.tier[b]! - t.tier[a]!) || s * (t.score[a]! - t.score[b]!);
  else if (key === 'route' || key === 'name') {
    const col = key === 'route' ? t.route : t.name;
    // Rows without a route or name go last either way.
    cmp = (a, b) => {
      const x = col[a] ?? null;
      const y = col[b] ?? null;
      if (x === y) return 0;
      if (x === null) return 1;
      if (y === null) return -1;
      return s * collator.compare(x, y);
    };
  } else {
    const f = t.factors.findIndex((x) => `factor:${x.key}` === key);
    if (f < 0) return rows;
    const F = t.factors.length;
    cmp = (a, b) => s * (t.points[a * F + f]! - t.points[b * F + f]!);
  }
  const order = drainSteps(sortSteps(rows.length, (x, y) => cmp(rows[x]!, rows[y]!)));
  const out = new Int32Array(rows.length);
  for (let p = 0; p < order.length; p++) out[p] = rows[order[p]!]!;
  return out;
}

export interface TierCount {
  key: string;
  label: string;
  focus: boolean;
  count: number;
  /** count / rows counted (null with no row). */
  share: number | null;
}

export interface TierCounts {
  tiers: TierCount[];
  rows: number;
  /** Share of the rows in focus tiers (null with no row). */
  focusShare: number | null;
  targetFocusShare: number;
  shareTolerance: number;
  /** |focusShare − target| ≤ tolerance (1e-12 of float error), as the validity check reads it. */
  shareOk: boolean;
}

/** Tier counts and shares of the given rows (all rows by default), with the focus share against the target. */
export function tierCounts(t: ScoredTable, rows?: Int32Array): TierCounts {
  const counts = new Array<number>(t.tiers.length).fill(0);
  const n = rows ? rows.length : t.n;
  for (let k = 0; k < n; k++) counts[t.tier[rows ? rows[k]! : k]!]!++;
  let focus = 0;
  const tiers = t.tiers.map((x, i) => {
    if (x.focus) focus += counts[i]!;
    return { key: x.key, label: x.label, focus: x.focus, count: counts[i]!, share: n ? counts[i]! / n : null };
  });
  const focusShare = n ? focus / n : null;
  return {
    tiers,
    rows: n,
    focusShare,
    targetFocusShare: t.targetFocusShare,
    shareTolerance: t.shareTolerance,
    shareOk: focusShare !== null && Math.abs(focusShare - t.targetFocusShare) <= t.shareTolerance + 1e-12,
  };
}

/** The routes that occur, by first appearance; `''` stands for rows no rule routed. */
export function routesOf(t: ScoredTable): string[] {
  const seen = new Set<string>();
  for (let r = 0; r < t.n; r++) seen.add(t.route[r] ?? '');
  return [...seen];
}

/** Scores and points in the export are rounded to 2 decimals (half away from zero is not needed: they are ≥ 0). */
export const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * The export for the CRM to re-import: one row per shown row, in display
 * order: id, name, score (2 decimals), tier, focus, route and reason (codes;
 * empty without routing), then each factor's points (2 decimals).
 */
export function tableExport(
  t: ScoredTable,
  rows: Int32Array,
  withRoute: boolean,
): { header: string[]; rows: Cell[][] } {
  const F = t.factors.length;
  const header = [
    'id',
    'name',
    'score',
    'tier',
    'focus',
    ...(withRoute ? ['route', 'reason'] : []),
    ...t.factors.map((f) => `points_${f.key}`),
  ];
  const out = new Array<Cell[]>(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    const tier = t.tiers[t.tier[r]!]!;
    const row: Cell[] = [t.id[r], t.name[r], round2(t.score[r]!), tier.key, tier.focus];
    if (withRoute) row.push(t.route[r], t.reason[r]);
    for (let f = 0; f < F; f++) row.push(round2(t.points[r * F + f]!));
    out[k] = row;
  }
  return { header, rows: out };
}
