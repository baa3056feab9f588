/**
 * Calibration of a tiering model against history (beyond the seed): the
 * seed asks the operator to "keep tuning the weights until the validity check
 * meets expectations"; this does that tuning for them.
 *
 * Method
 * 1. Weights: coordinate ascent on ROC AUC over the weight simplex. From the
 *    current weights (and, as a second start, weights proportional to each
 *    factor's own AUC above ½), move weight towards one factor or away from
 *    it in steps of 20, 10, 5, 2 and 1 points, keeping any move that raises
 *    AUC; stop when no move helps. Weights are then rounded to whole
 *    percentage points when that does not lower AUC. Large histories are
 *    searched on an evenly spaced sample of 20,000 rows; every candidate is
 *    finally checked on the full history and the current weights are kept
 *    unless the new ones do at least as well, so AUC never falls.
 * 2. Thresholds: with the new weights, if the focus share already lies within
 *    tolerance the thresholds stay. Otherwise the threshold of the lowest
 *    focus tier moves to the cut between two observed scores whose share is
 *    closest to the target (as round a number as fits in that gap), and the
 *    other thresholds are stretched piecewise-linearly around it (0 stays 0),
 *    so their order is kept. This needs the focus tiers to be the top tiers;
 *    otherwise thresholds stay as they are.
 */
import type * as z from 'zod/mini';
import type { TieringModel, validateInputSchema } from '../schemas/tiering.js';
import { check } from '../validate/engine.js';
import { validateInput } from '../validate/tiering.js';
import { EPS } from './math.js';
import {
  compileModel,
  modelOf,
  rocAuc,
  scoreHistory,
  asOfDay,
  totalScores,
  validateScores,
  type CompiledModel,
  type ScoredHistory,
  type TieringValidation,
} from './tiering.js';

export interface TieringCalibration {
  /** The tuned model: same factors, options and scores; weights summing to 1; new thresholds. */
  model: TieringModel;
  /** Validation of the model as given. */
  before: TieringValidation;
  /** Validation of the tuned model. */
  after: TieringValidation;
}

const SAMPLE = 20_000;
const STEPS = [0.2, 0.1, 0.05, 0.02, 0.01];
const MAX_EVALS = 4000;

const normalise = (w: readonly number[]): number[] => {
  const t = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / t);
};

function sampleOf(sh: ScoredHistory, F: number): { fs: Float64Array; y: Uint8Array } {
  const n = sh.converted.length;
  if (n <= SAMPLE) return { fs: sh.factorScores, y: sh.converted };
  const fs = new Float64Array(SAMPLE * F);
  const y = new Uint8Array(SAMPLE);
  for (let k = 0; k < SAMPLE; k++) {
    const r = Math.floor((k * n) / SAMPLE);
    y[k] = sh.converted[r]!;
    fs.set(sh.factorScores.subarray(r * F, r * F + F), k * F);
  }
  return { fs, y };
}

/** Coordinate ascent on AUC from a start point; returns the best weights found and their AUC. */
function ascend(
  start: number[],
  auc: (w: number[]) => number,
  budget: { evals: number },
): { w: number[]; auc: number } {
  let w = start.slice();
  let best = auc(w);
  const F = w.length;
  for (const step of STEPS) {
    let improved = true;
    while (improved && budget.evals < MAX_EVALS) {
      improved = false;
      for (let i = 0; i < F && budget.evals < MAX_EVALS; i++) {
        for (const dir of [1, -1]) {
          const cand = move(w, i, dir * step);
          if (!cand) continue;
          budget.evals++;
          const a = auc(cand);
          if (a > best + 1e-12) {
            best = a;
            w = cand;
            improved = true;
          }
        }
      }
    }
  }
  return { w, auc: best };
}

/** Shift `delta` of total weight onto factor i (negative: away from it), taking from or giving to the others in proportion. */
function move(w: readonly number[], i: number, delta: number): number[] | null {
  const wi = w[i]!;
  const rest = 1 - wi;
  if (delta > 0) {
    if (rest <= EPS) return null;
    const d = Math.min(delta, rest);
    return w.map((x, j) => (j === i ? wi + d : x - (x / rest) * d));
  }
  if (wi <= EPS) return null;
  const d = Math.min(-delta, wi);
  const others = w.length - 1;
  if (others === 0) return null;
  return w.map((x, j) => (j === i ? wi - d : rest > EPS ? x + (x / rest) * d : x + d / others));
}

/** Round weights to whole percentage points (largest remainder), summing to exactly 100 points. */
function roundWeights(w: readonly number[]): number[] {
  const pts = w.map((x) => x * 100);
  const floor = pts.map(Math.floor);
  let left = 100 - floor.reduce((a, b) => a + b, 0);
  const order = pts.map((p, i) => [p - floor[i]!, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floor[i]!++;
    left--;
  }
  return floor.map((p) => p / 100);
}

/** A round number in (lo, hi]: the coarsest of 5, 1, 0.5, 0.1, … that fits. */
function roundBetween(lo: number, hi: number): number {
  for (const g of [10, 5, 1, 0.5, 0.1, 0.05, 0.01, 0.001]) {
    const c = Math.ceil((lo + 2 * EPS) / g) * g;
    if (c <= hi + 1e-12 && c > lo + EPS) return Number(c.toFixed(6));
  }
  return hi;
}

/** A round number ≤ x (and ≥ 0 when x is): the coarsest grid point that fits. */
const roundDown = (x: number): number => {
  for (const g of [10, 5, 1, 0.5, 0.1, 0.01]) {
    const c = Math.floor(x / g) * g;
    if (c <= x && (x < 0 || c >= 0)) return Number(c.toFixed(6));
  }
  return x;
};

/** New minScore of the lowest focus tier: the cut between observed scores whose focus share is closest to the target. */
function focusCut(scores: Float64Array, target: number): number {
  const sorted = Float64Array.from(scores).sort().reverse();
  const n = sorted.length;
  // Cut above every score: share 0.
  let best = { diff: Math.abs(target), cut: roundBetween(sorted[0]!, sorted[0]! + 10) };
  let i = 0;
  while (i < n) {
    const top = sorted[i]!;
    let j = i;
    while (j < n && sorted[j]! >= top - EPS) j++;
    const diff = Math.abs(j / n - target);
    if (diff < best.diff - 1e-12) best = { diff, cut: j < n ? roundBetween(sorted[j]!, top) : roundDown(top) };
    i = j;
  }
  return best.cut;
}

function tuneThresholds(cm: CompiledModel, scores: Float64Array): CompiledModel['tiers'] | null {
  const tiers = cm.tiers;
  const k = tiers.findIndex((t) => !t.focus);
  const isPrefix = k > 0 && tiers.slice(k).every((t) => !t.focus);
  if (!isPrefix || scores.length === 0) return null;
  const bOld = tiers[k - 1]!.minScore;
  const bNew = focusCut(scores, cm.targetFocusShare);
  const round = (x: number) => Number(x.toFixed(4));
  return tiers.map((t, i) => {
    let m: number;
    if (i === k - 1) m = bNew;
    // Above the cut: stretch [bOld, 100] onto [bNew, 100]; when the cut sits at or above 100, shift instead.
    else if (i < k - 1) m = bNew + (t.minScore - bOld) * (bOld < 100 && bNew < 100 ? (100 - bNew) / (100 - bOld) : 1);
    else m = bOld > 0 ? (t.minScore * bNew) / bOld : t.minScore;
    return { ...t, minScore: i === k - 1 ? m : round(m) };
  });
}

/**
 * Calibrate a tiering model on history: tuned weights (≥ 0, summing to 1)
 * and thresholds, with the validity check before and after. The new AUC is
 * never below the old one on that history.
 */
export function calibrateTiering(input: unknown): TieringCalibration {
  const { model, preset, history, asOf } = check<z.output<typeof validateInputSchema>>(validateInput, input);
  const cm = compileModel(modelOf(model, preset));
  const sh = scoreHistory(cm, history, asOfDay(asOf));
  const F = cm.factors.length;
  const oldW = normalise(cm.factors.map((f) => f.weight));
  const oldScores = totalScores(sh.factorScores, oldW);
  const before = validateScores(cm, oldScores, sh);

  let weights = oldW;
  if (before.auc !== null) {
    const { fs, y } = sampleOf(sh, F);
    const buf = new Float64Array(y.length);
    const sampleAuc = (w: number[]) => rocAuc(totalScores(fs, w, buf), y) ?? 0;
    const budget = { evals: 0 };
    const starts = [oldW];
    const single = cm.factors.map((_, f) => {
      const one = oldW.map((_, j) => (j === f ? 1 : 0));
      return Math.max(0, (sampleAuc(one) ?? 0.5) - 0.5);
    });
    if (single.some((x) => x > 0)) starts.push(normalise(single));
    let best = { w: oldW, auc: -Infinity };
    for (const s of starts) {
      const r = ascend(s, sampleAuc, budget);
      if (r.auc > best.auc + 1e-12) best = r;
    }
    const fullAuc = (w: number[]) => rocAuc(totalScores(sh.factorScores, w), sh.converted) ?? 0;
    const rounded = roundWeights(best.w);
    const candidates = [rounded, best.w];
    for (const c of candidates) {
      if (fullAuc(c) >= before.auc - 1e-12) {
        weights = c;
        break;
      }
    }
  }

  const newScores = totalScores(sh.factorScores, weights);
  const withWeights = {
    ...cm,
    factors: cm.factors.map((f, i) => ({ ...f, weight: weights[i]!, norm: weights[i]! })),
    totalWeight: 1,
  };
  const unchanged = validateScores(withWeights, newScores, sh);
  const tiers = unchanged.shareOk ? cm.tiers : (tuneThresholds(cm, newScores) ?? cm.tiers);
  const after = tiers === cm.tiers ? unchanged : validateScores(withWeights, newScores, sh, tiers);

  const byKey = new Map(tiers.map((t) => [t.key, t.minScore]));
  const tuned: TieringModel = {
    ...cm.model,
    factors: cm.model.factors.map((f, i) => ({ ...f, weight: weights[i]! })),
    tiers: cm.model.tiers.map((t) => ({ ...t, minScore: byKey.get(t.key)! })),
  };
  return { model: tuned, before, after };
}
