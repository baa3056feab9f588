/**
 * Assessing a long list in slices (a generator, so the main thread can
 * yield between slices and a worker can report progress), merged with the
 * models' own sort and summary functions (signals.ts): the stable risk sort
 * over the concatenated, already sorted slices gives the same order as one
 * call, since ties keep slice order, which is input order. The worker and
 * the page (when no worker starts) keep no row object past its slice: each
 * slice's rows become facets (typed columns, engine.ts) at once, and the
 * columns are merged and sorted (`assessFacetsInSlices`); the rows are
 * rebuilt when read (rows.ts). Kept apart from engine.ts so a panel that
 * never meets a long list never loads it.
 * Pure: no DOM, runs in Node, workers and the page.
 */
import { levelRank, riskOrderSteps } from '../models/signals.js';
import { ModelInputError, issuesOf, type InvalidRow } from '../schemas/issues.js';
import {
  assessIndexed,
  assessSlice,
  emptyFacets,
  facetsOf,
  fillFacets,
  moneyOf,
  signalShifts,
  type IndexedAssessment,
  type RiskAssessment,
  type RiskFacets,
  type RiskJob,
  type RiskKind,
  type RiskRow,
} from './engine.js';
import { EN_RISK } from '../i18n/issues/en-risk.js';

const issue = issuesOf(EN_RISK);

export interface Progress {
  done: number;
  total: number;
}

/** Rows gathered or placed per merge step. */
const MERGE_STEP = 5_000;

/**
 * Merge sliced assessments (in input order) into the one-call result, in steps (gathering and placing
 * MERGE_STEP rows, each pass of the sort, the summary) so that the page can paint between them: merging
 * 100,000 rows at once was one task of 50–100 ms.
 */
function* merge(
  kind: RiskKind,
  list: readonly unknown[],
  parts: readonly IndexedAssessment[],
): Generator<void, IndexedAssessment, void> {
  let total = 0;
  for (const p of parts) total += p.result.rows.length;
  // The sort's keys and the summary in typed columns, taken as the rows are gathered (no object per row).
  const rank = new Uint8Array(total);
  const score = new Float64Array(total);
  const rows = new Array<RiskRow>(total);
  const index = new Int32Array(total);
  const money = new Float64Array(total);
  const invalid: InvalidRow[] = [];
  const counts = { ok: 0, warning: 0, critical: 0 };
  let atRisk = 0;
  let k = 0;
  let gathered = 0;
  for (const p of parts) {
    const pr = p.result.rows as RiskRow[];
    for (let j = 0; j < pr.length; j++, k++) {
      const row = pr[j]!;
      rows[k] = row;
      index[k] = p.index[j]!;
      const m = moneyOf(kind, list[p.index[j]!]);
      money[k] = m;
      const r = levelRank(row.level);
      rank[k] = r;
      score[k] = row.riskScore;
      counts[row.level]++;
      // Summed in input order, as moneyAtRisk over the gathered rows did.
      if (r) atRisk += m;
    }
    for (const bad of p.result.invalid) invalid.push(bad);
    if (k - gathered >= MERGE_STEP) {
      gathered = k;
      yield;
    }
  }
  if (!Number.isFinite(atRisk))
    throw new ModelInputError([
      kind === 'opportunities'
        ? issue('opportunities', 'sum_at_risk', { of: 'amounts' })
        : issue('accounts', 'sum_at_risk', { of: 'arr' }),
    ]);
  yield;
  const order = yield* riskOrderSteps(rows, money, { rank, score });
  const sorted = new Array<RiskRow>(total);
  const sortedIndex = new Int32Array(total);
  for (let j = 0; j < total; j++) {
    const from = order[j]!;
    sorted[j] = rows[from]!;
    sortedIndex[j] = index[from]!;
    if (j % MERGE_STEP === MERGE_STEP - 1) yield;
  }
  const summary = kind === 'opportunities' ? { ...counts, amountAtRisk: atRisk } : { ...counts, arrAtRisk: atRisk };
  return { result: { rows: sorted, summary, invalid } as RiskAssessment, index: sortedIndex };
}

/**
 * Assess in slices of `size` rows, yielding progress after each slice; the
 * generator's return value is the indexed assessment. Throws ModelInputError
 * as the model does (a bad asOf or rules fail on the first slice).
 */
export function* assessInSlices(job: RiskJob, size = 5000): Generator<Progress, IndexedAssessment, void> {
  const { list } = job;
  if (!Array.isArray(list) || list.length <= size) return assessIndexed(job);
  const parts: IndexedAssessment[] = [];
  for (let start = 0; start < list.length; start += size) {
    parts.push(assessSlice(job, list.slice(start, start + size), start));
    yield { done: Math.min(list.length, start + size), total: list.length };
  }
  // The merge's steps report the list as assessed (done = total) while it runs.
  const merging = merge(job.kind, list, parts);
  for (;;) {
    const step = merging.next();
    if (step.done) return step.value;
    yield { done: list.length, total: list.length };
  }
}

/** Run the slices to the end at once (Node, tests). */
export function assessAllSlices(job: RiskJob, size?: number): IndexedAssessment {
  const it = assessInSlices(job, size);
  for (;;) {
    const step = it.next();
    if (step.done) return step.value;
  }
}

/** The summary, the invalid rows and the facets of the output rows (in output order): no row object. */
export interface FacetedAssessment {
  summary: RiskAssessment['summary'];
  invalid: InvalidRow[];
  facets: RiskFacets;
}

/** The summary of level counts (by level number) and the money at risk, in the model's key order. */
function summaryOf(kind: RiskKind, counts: Int32Array, atRisk: number): RiskAssessment['summary'] {
  if (!Number.isFinite(atRisk))
    throw new ModelInputError([
      kind === 'opportunities'
        ? issue('opportunities', 'sum_at_risk', { of: 'amounts' })
        : issue('accounts', 'sum_at_risk', { of: 'arr' }),
    ]);
  const levels = { ok: counts[0]!, warning: counts[1]!, critical: counts[2]! };
  return kind === 'opportunities' ? { ...levels, amountAtRisk: atRisk } : { ...levels, arrAtRisk: atRisk };
}

/** Rows [at, at + m) of `f`'s columns, as facets of m rows (views: no copy). */
function facetsAt(f: RiskFacets, at: number, m: number): RiskFacets {
  const part = <T extends { subarray(a: number, b: number): T }>(c: T): T => c.subarray(at, at + m);
  return {
    index: part(f.index),
    level: part(f.level),
    riskScore: part(f.riskScore),
    money: part(f.money),
    signals: part(f.signals),
    flags: part(f.flags),
    numbers: f.numbers.map(part),
  };
}

/** Output rows [from, to) of `all` copied to [from, to) of `out` in the order `order` gives. */
function place(out: RiskFacets, all: RiskFacets, order: ArrayLike<number>, from: number, to: number): void {
  for (let j = from; j < to; j++) {
    const k = order[j]!;
    out.index[j] = all.index[k]!;
    out.level[j] = all.level[k]!;
    out.riskScore[j] = all.riskScore[k]!;
    out.money[j] = all.money[k]!;
    out.signals[j] = all.signals[k]!;
    out.flags[j] = all.flags[k]!;
    for (let c = 0; c < out.numbers.length; c++) out.numbers[c]![j] = all.numbers[c]![k]!;
  }
}

/**
 * What `facetsOf(assessAllSlices(job, size))` gives, without keeping the rows: each slice's rows are
 * reduced to facets (`codes`: the model's signal codes) as they are made, so the rows die young (a
 * page that held 100,000 assessed rows had the garbage collector copy them at every scavenge: pauses
 * of 20–60 ms inside the slices' tasks); the columns are gathered, sorted by risk with the models'
 * sort (`riskOrderSteps` on the level, score and money columns) and placed, MERGE_STEP rows a step.
 * Same summary (counts, and the money at risk summed in the order the merge gathers it), invalid rows
 * and order. Yields progress after each slice, then `done = total` at each merge step.
 */
export function* assessFacetsInSlices(
  job: RiskJob,
  codes: readonly string[],
  size = 5000,
): Generator<Progress, FacetedAssessment, void> {
  const { kind, list } = job;
  if (!Array.isArray(list) || list.length <= size) {
    const a = assessIndexed(job);
    const facets = facetsOf(kind, a, Array.isArray(list) ? list : [], codes);
    return { summary: a.result.summary, invalid: a.result.invalid, facets };
  }
  const shifts = signalShifts(codes);
  const total = list.length;
  // Every slice's facets written into one set of columns (views of them): no buffer per slice, whose many
  // small backing stores the collector sweeps one by one.
  const all = emptyFacets(kind, total);
  const invalid: InvalidRow[] = [];
  const counts = new Int32Array(3);
  let atRisk = 0;
  let n = 0;
  for (let start = 0; start < total; start += size) {
    const a = assessSlice(job, list.slice(start, start + size), start);
    const rows = a.result.rows as RiskRow[];
    fillFacets(facetsAt(all, n, rows.length), kind, rows, a.index, list, shifts);
    // Counted and summed in the order the merge gathers rows: slice after slice, each in its output order.
    for (let k = n; k < n + rows.length; k++) {
      const level = all.level[k]!;
      counts[level]!++;
      if (level) atRisk += all.money[k]!;
    }
    for (const bad of a.result.invalid) invalid.push(bad);
    n += rows.length;
    yield { done: Math.min(total, start + size), total };
  }
  const summary = summaryOf(kind, counts, atRisk);
  const merging = { done: total, total };
  yield merging;
  const keys = { rank: all.level.subarray(0, n), score: all.riskScore.subarray(0, n) };
  const order = yield* progressOf(riskOrderSteps(null, all.money, keys), merging);
  const facets = emptyFacets(kind, n);
  for (let from = 0; from < n; from += MERGE_STEP) {
    place(facets, all, order, from, Math.min(n, from + MERGE_STEP));
    yield merging;
  }
  return { summary, invalid, facets };
}

/** Steps of a generator that yields nothing, each reported as `p`. */
function* progressOf<T>(steps: Generator<void, T, void>, p: Progress): Generator<Progress, T, void> {
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
    yield p;
  }
}
