/**
 * The list view of a risk panel as pure functions over the assessment's
 * facets (typed columns in output order, src/risk/engine.ts): which output
 * rows are shown and in what order (level filter, search hits, the panel's
 * own filters, a sort), where each input row sits in that view, the filter
 * and plan-tick state changes, and the overall progress of a background
 * assessment. The panels call these and render what they return.
 * Pure: no DOM, runs in Node, workers and the page.
 */
import { LEVEL_NUMBER } from '../risk/engine.js';
import type { Level } from '../models/signals.js';
import type { Cell } from '../parse/csv.js';
import { sortSteps } from './stepped-sort.js';

/** Filter values by key; '' means no filter, '1' a ticked checkbox. */
export type Filters = Readonly<Record<string, string>>;

/** Whether output row k passes a panel's own filters (level and search are applied apart). */
export type RowMatch = (k: number) => boolean;

/** A sort value of output row k: a number or a text; null, undefined or NaN sort last. */
export type SortValue = (k: number) => number | string | null | undefined;

/** The sort keys every risk panel offers besides its own: `risk` is the model's order. */
export const RISK_SORT = 'risk';

/**
 * The level filter as the level number a row must have: null for no level
 * filter, −1 for "at risk" (warning or critical), −2 for a value that names
 * no level (then nothing matches).
 */
export function levelWanted(level: string | undefined): number | null {
  if (!level) return null;
  if (level === 'risk') return -1;
  return LEVEL_NUMBER[level as Level] ?? -2;
}

/** 0, 1, …, n − 1: the model's own (risk) order. */
export function identityOrder(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let k = 0; k < n; k++) out[k] = k;
  return out;
}

export interface ViewFilter {
  /** Level filter value ('', 'risk', 'critical', 'warning', 'ok'). */
  level?: string;
  /** Search hits per output row (0/1), null when no search is in force. */
  hits?: Uint8Array | null;
  /** The panel's own filters, null when none is set. */
  match?: RowMatch | null;
}

/**
 * Output rows shown, in display order: `order` (every output row in the
 * order of the sort in force) keeping the rows that pass the level filter,
 * the search and the panel's filters. With no filter in force `order`
 * itself is returned (no copy).
 */
export function filterView(levels: Uint8Array, order: Int32Array, { level, hits, match }: ViewFilter): Int32Array {
  const want = levelWanted(level);
  if (want === null && !hits && !match) return order;
  const n = order.length;
  const out = new Int32Array(n);
  let m = 0;
  for (let p = 0; p < n; p++) {
    const k = order[p]!;
    if (want !== null && (want === -1 ? levels[k] === 0 : levels[k] !== want)) continue;
    if (hits && !hits[k]) continue;
    if (match && !match(k)) continue;
    out[m++] = k;
  }
  return m === n ? out : out.slice(0, m);
}

/** Whether any filter is set besides the level (the panel's own filters run only then). */
export const hasOwnFilters = (filters: Filters): boolean =>
  Object.keys(filters).some((k) => k !== 'level' && filters[k]);

/** Whether any filter or a search is in force. */
export const isFiltered = (filters: Filters, query: string): boolean =>
  Object.keys(filters).length > 0 || query.trim() !== '';

/** Sort values read per step: reading a row's value can build its record (100,000 rows: 40 ms at once). */
const READ_STEP = 8192;

/**
 * A stable sort of output rows 0..n−1 by `value` as steps (drain it for a
 * sort at once): numbers ascending (`dir` 1) or descending (−1); texts in
 * the locale's order with numbers in them compared as numbers; missing
 * values last either way; ties keep the risk order. The values are read in
 * steps too, from the first `next()`.
 */
export function* sortOrderSteps(
  n: number,
  value: SortValue,
  dir: 1 | -1,
  locale: string,
): Generator<void, Int32Array, void> {
  const nums = new Float64Array(n);
  let texts: (string | undefined)[] | null = null;
  for (let k = 0; k < n; k++) {
    const v = value(k);
    if (typeof v === 'string') {
      texts ??= new Array<string | undefined>(n);
      texts[k] = v;
      nums[k] = 0;
    } else nums[k] = typeof v === 'number' && Number.isFinite(v) ? v : NaN;
    if (k % READ_STEP === READ_STEP - 1) yield;
  }
  if (texts) {
    const t = texts;
    const collator = new Intl.Collator(locale, { numeric: true });
    return yield* sortSteps(n, (x, y) => {
      const a = t[x];
      const b = t[y];
      if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
      return collator.compare(a, b) * dir;
    });
  }
  return yield* sortSteps(n, (x, y) => {
    const a = nums[x]!;
    const b = nums[y]!;
    const ma = a !== a;
    const mb = b !== b;
    if (ma || mb) return ma === mb ? 0 : ma ? 1 : -1;
    return (a - b) * dir;
  });
}

/** The display position of each input row (−1: not shown), from the view and the input index per output row. */
export function positionsOf(view: Int32Array, index: Int32Array, inputs: number): Int32Array {
  const pos = new Int32Array(inputs).fill(-1);
  for (let p = 0; p < view.length; p++) pos[index[view[p]!]!] = p;
  return pos;
}

/** The search text of a record: name and id, then the panel's own text (owner…), apart so no match spans two. */
export const searchTextOf = (rec: { id: string; name?: string | null }, extra: string): string =>
  `${rec.name ?? ''}\u0001${rec.id}\u0001${extra}`;

/** The "by name" sort value: the record's name, else its id. */
export const nameOf = (rec: { id: string; name?: string | null }): string => rec.name ?? rec.id;

/** Filters with one value set ('' removes it). */
export function withFilter(filters: Filters, key: string, value: string): Filters {
  const next = { ...filters };
  if (value) next[key] = value;
  else delete next[key];
  return next;
}

/**
 * Filters after a click on a value × risk grid cell: that tier and level
 * (a second click on the cell in force clears both).
 */
export function withGridCell(filters: Filters, tier: string, level: string, on: boolean): Filters {
  const next = { ...filters };
  if (on) {
    delete next.tier;
    delete next.level;
  } else {
    next.tier = tier;
    next.level = level;
  }
  return next;
}

/** Ticked response-plan steps per row key. */
export type PlanTicks = Readonly<Record<string, readonly string[]>>;

/** Plan ticks with one step of a row ticked or not (a row with no tick left is removed). */
export function withPlanStep(plan: PlanTicks, rowKey: string, stepKey: string, done: boolean): PlanTicks {
  const cur = new Set(plan[rowKey] ?? []);
  if (done) cur.add(stepKey);
  else cur.delete(stepKey);
  const next: Record<string, readonly string[]> = { ...plan };
  if (cur.size) next[rowKey] = [...cur];
  else delete next[rowKey];
  return next;
}

/** Phases of a background assessment. */
export type AssessPhase = 'send' | 'assess' | 'receive';

/**
 * The overall share done (0..1) of a background assessment: sending the
 * rows is the first 20 %, assessing the next 60 %, receiving the last 20 %.
 */
export function overallProgress(phase: AssessPhase, done: number, total: number): { share: number; overall: number } {
  const share = total ? done / total : 0;
  const overall = phase === 'send' ? share * 0.2 : phase === 'assess' ? 0.2 + share * 0.6 : 0.8 + share * 0.2;
  return { share, overall };
}

/** Rows per step of a panel's aggregates (about a millisecond; the page runs as many steps per task as fit). */
export const AGGREGATE_STEP = 2_000;

/** A sort a panel offers: its key, the sort value of output row k, and its direction. */
export interface SortSpec {
  key: string;
  value: SortValue;
  /** 1 ascending, −1 descending; missing values always last. */
  dir: 1 | -1;
}

/** A CSV column of a panel's export: its header and the cell of a model row and its input row. */
export interface CsvColumn<R, Rec> {
  header: string;
  value: (row: R, rec: Rec) => Cell;
}

/** The header and the cells of the rows given (the rows shown, in display order). */
export function csvTable<R, Rec>(
  columns: readonly CsvColumn<R, Rec>[],
  rows: Iterable<{ row: R; rec: Rec }>,
): { header: string[]; cells: Cell[][] } {
  const cells: Cell[][] = [];
  for (const { row, rec } of rows) cells.push(columns.map((c) => c.value(row, rec)));
  return { header: columns.map((c) => c.header), cells };
}

/** Whether two lists hold the same values, element by element (identity): the memo test of a view's inputs. */
export function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
