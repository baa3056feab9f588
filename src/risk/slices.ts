/**
 * Assessing a long list in slices (a generator, so the main thread can
 * yield between slices and a worker can report progress), merged with the
 * models' own sort and summary functions (signals.ts): the stable risk sort
 * over the concatenated, already sorted slices gives the same order as one
 * call, since ties keep slice order, which is input order. Used by the
 * worker and by the page when no worker starts; kept apart from engine.ts
 * so a panel that never meets a long list never loads it.
 * Pure: no DOM, runs in Node, workers and the page.
 */
import { levelRank, riskOrderSteps } from '../models/signals.js';
import { ModelInputError, issuesOf, type InvalidRow } from '../schemas/issues.js';
import {
  assessIndexed,
  assessSlice,
  moneyOf,
  type IndexedAssessment,
  type RiskAssessment,
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
