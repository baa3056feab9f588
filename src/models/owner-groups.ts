/**
 * The counting inside the owner roll-ups (rollUpOwners, docs/models.md "§2 extras: the reps
 * roll-up", "§5 extras: the CSM roll-up"): rows grouped by an owner number per input row, in typed
 * columns. A panel rolls up the rows it shows inside a render; over 100,000 rows a map of per-owner
 * lists, their comparator sorts and a read of every input row's owner took 80–130 ms of the main
 * thread there (issue 11). Here: one pass over the rows kept, each owner's stale days gathered into
 * one typed array and their median selected in linear time (no sort), and the owner column
 * computed once per assessment (the panels' aggregates, in steps).
 * Imports no model (a panel's page loads only its own). Pure: no DOM.
 */
import type { RiskFacets } from '../risk/engine.js';
import type { OwnerRisk, RollUpOptions } from './owner-rollup.js';
import { ownerOfRow } from './row-owner.js';

// In a file of its own: the panels' aggregates read it before the first rows, the roll-up below loads later.
export { ownerOfRow };

/** Each input row's owner as a number, computed once per assessment. */
export interface OwnerColumn {
  /** Per input row: the position of its owner in `names`; −1 without one. */
  idx: Int32Array;
  names: readonly string[];
}

/** The owner column of a whole list (ownerOfRow of each input row). */
export function ownerColumn(list: readonly unknown[]): OwnerColumn {
  const at = new Map<string, number>();
  const names: string[] = [];
  const idx = new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const o = ownerOfRow(list[i]);
    if (o === null) {
      idx[i] = -1;
      continue;
    }
    let c = at.get(o);
    if (c === undefined) {
      at.set(o, (c = names.length));
      names.push(o);
    }
    idx[i] = c;
  }
  return { idx, names };
}

/**
 * Reorder xs[lo..hi] so that xs[k] is the value a sort would put there, the values before it no
 * larger and those after it no smaller (Hoare's selection with d3-array's partition, without its
 * sampling: a typed array compared inline is about three times faster than through a comparator).
 */
function select(xs: Float64Array, k: number, lo: number, hi: number): void {
  while (hi > lo) {
    const t = xs[k]!;
    let i = lo;
    let j = hi;
    swap(xs, lo, k);
    if (xs[hi]! > t) swap(xs, lo, hi);
    while (i < j) {
      swap(xs, i, j);
      ++i;
      --j;
      while (xs[i]! < t) ++i;
      while (xs[j]! > t) --j;
    }
    if (xs[lo] === t) swap(xs, lo, j);
    else {
      ++j;
      swap(xs, j, hi);
    }
    if (j <= k) lo = j + 1;
    if (k <= j) hi = j - 1;
  }
}

function swap(xs: Float64Array, i: number, j: number): void {
  const t = xs[i]!;
  xs[i] = xs[j]!;
  xs[j] = t;
}

/**
 * The median and the maximum of xs[from, to) (not empty), reordering it: the value at the middle by
 * selection (linear time), the one below it for an even count as the largest of the lower half.
 */
function medianAndMax(xs: Float64Array, from: number, to: number): [number, number] {
  const m = from + ((to - from) >> 1);
  select(xs, m, from, to - 1);
  let max = xs[m]!;
  for (let i = m + 1; i < to; i++) if (xs[i]! > max) max = xs[i]!;
  if ((to - from) % 2) return [xs[m]!, max];
  let below = xs[from]!;
  for (let i = from + 1; i < m; i++) if (xs[i]! > below) below = xs[i]!;
  return [(below + xs[m]!) / 2, max];
}

const rankOrder = (a: OwnerRisk, b: OwnerRisk): number =>
  b.critical - a.critical || b.warning - a.warning || b.moneyAtRisk - a.moneyAtRisk;

/** Per owner number: rows, levels, signal, money at risk; per row kept: its owner number. */
interface Tally {
  rows: Int32Array;
  ok: Int32Array;
  warning: Int32Array;
  critical: Int32Array;
  withSignal: Int32Array;
  money: Float64Array;
  group: Int32Array;
}

/**
 * Rows per call of the roll-up's loops. Each loop is a function called step after step, so it is compiled
 * after its first steps: as one loop over 100,000 rows, a panel's first roll-up ran mostly uncompiled (tens
 * of milliseconds inside a render).
 */
const ROLL_STEP = 8_192;

/** Rows kept [from, to) counted by owner (`shift` ≥ 0: the signal counted in withSignal). */
function tally(
  t: Tally,
  f: RiskFacets,
  owner: Int32Array,
  none: number,
  keep: ArrayLike<number> | null,
  shift: number,
  from: number,
  to: number,
): void {
  for (let p = from; p < to; p++) {
    const k = keep ? keep[p]! : p;
    const c = owner[f.index[k]!]!;
    const q = c < 0 ? none : c;
    t.group[p] = q;
    t.rows[q]!++;
    const level = f.level[k]!;
    if (level === 0) t.ok[q]!++;
    else {
      if (level === 1) t.warning[q]!++;
      else t.critical[q]!++;
      t.money[q]! += f.money[k]!;
    }
    if (shift >= 0 && ((f.signals[k]! >>> shift) & 3) > 0) t.withSignal[q]!++;
  }
}

/** The stale days of rows kept [from, to), each at the next place of its owner's run. */
function gather(
  days: Float64Array,
  at: Int32Array,
  group: Int32Array,
  stale: ArrayLike<number>,
  keep: ArrayLike<number> | null,
  from: number,
  to: number,
): void {
  for (let p = from; p < to; p++) days[at[group[p]!]!++] = stale[keep ? keep[p]! : p]!;
}

/**
 * The roll-up of output rows `keep` (every row when null, in output order) by the owner number of
 * their input row (`col.idx[f.index[k]]`): rows ordered by rank, then owner in code-unit order; the
 * no-owner row last. Money is summed per owner in the order of `keep`.
 */
export function rollUpByColumn(
  f: RiskFacets,
  col: OwnerColumn,
  keep: ArrayLike<number> | null,
  opts: Pick<RollUpOptions, 'stale' | 'signalShift'> = {},
): OwnerRisk[] {
  const steps = rollUpSteps(f, col, keep, opts);
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
  }
}

/** `rollUpByColumn` in steps (ROLL_STEP rows a step, then the owners' medians), for a page that yields between them. */
export function* rollUpSteps(
  f: RiskFacets,
  col: OwnerColumn,
  keep: ArrayLike<number> | null,
  opts: Pick<RollUpOptions, 'stale' | 'signalShift'> = {},
): Generator<void, OwnerRisk[], void> {
  const { stale, signalShift } = opts;
  // Owner numbers 0 … names.length − 1, then the rows without an owner.
  const none = col.names.length;
  const g = none + 1;
  const n = keep ? keep.length : f.level.length;
  const t: Tally = {
    rows: new Int32Array(g),
    ok: new Int32Array(g),
    warning: new Int32Array(g),
    critical: new Int32Array(g),
    withSignal: new Int32Array(g),
    money: new Float64Array(g),
    group: new Int32Array(n),
  };
  const shift = signalShift ?? -1;
  for (let from = 0; from < n; from += ROLL_STEP) {
    tally(t, f, col.idx, none, keep, shift, from, Math.min(n, from + ROLL_STEP));
    yield;
  }
  const { rows, ok, warning, critical, withSignal, money } = t;
  // Each owner's stale days side by side (owner by owner), for the median of each run.
  const start = new Int32Array(g + 1);
  let days: Float64Array | null = null;
  if (stale) {
    for (let q = 0; q < g; q++) start[q + 1] = start[q]! + rows[q]!;
    const at = start.slice(0, g);
    days = new Float64Array(n);
    for (let from = 0; from < n; from += ROLL_STEP) {
      gather(days, at, t.group, stale, keep, from, Math.min(n, from + ROLL_STEP));
      yield;
    }
  }
  // The medians (a selection over each owner's days) after a yield: a step of their own.
  if (days) yield;
  const owned: OwnerRisk[] = [];
  let noOwner: OwnerRisk | null = null;
  for (let q = 0; q < g; q++) {
    if (!rows[q]) continue;
    const r: OwnerRisk = {
      owner: q === none ? null : col.names[q]!,
      rank: null,
      rows: rows[q]!,
      ok: ok[q]!,
      warning: warning[q]!,
      critical: critical[q]!,
      atRisk: warning[q]! + critical[q]!,
      moneyAtRisk: money[q]!,
      staleDaysMedian: null,
      staleDaysMax: null,
      withSignal: withSignal[q]!,
    };
    if (days) {
      const [median, max] = medianAndMax(days, start[q]!, start[q + 1]!);
      r.staleDaysMedian = median;
      r.staleDaysMax = max;
    }
    if (q === none) noOwner = r;
    else owned.push(r);
  }
  owned.sort((a, b) => rankOrder(a, b) || (a.owner! < b.owner! ? -1 : a.owner! > b.owner! ? 1 : 0));
  for (let i = 0; i < owned.length; i++)
    owned[i]!.rank = i > 0 && rankOrder(owned[i - 1]!, owned[i]!) === 0 ? owned[i - 1]!.rank : i + 1;
  if (noOwner) owned.push(noOwner);
  return owned;
}
