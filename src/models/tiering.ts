/**
 * Model 1, value tiering (docs/models.md §1): score a lead or a paying customer on
 * weighted factors, place it in a tier, and check a model against history.
 */
import type * as z from 'zod/mini';
import type {
  HistoryRow,
  tierInputSchema,
  validateInputSchema,
  Factor,
  FactorValues,
  TieringModel,
  TieringModelInput,
} from '../schemas/tiering.js';
import {
  baseIssue,
  issuesOf,
  shownValue,
  isModelInputError,
  ModelInputError,
  rowId,
  type InvalidRow,
  type Issue,
} from '../schemas/issues.js';
// The schemas of src/schemas/tiering.ts by hand (same issues, same data; test/node/validate-tiering.test.ts): no zod here.
import { check, tryCheck } from '../validate/engine.js';
import { historyRow, tierInput, tieringModel, validateInput } from '../validate/tiering.js';
import { LIMITS } from '../schemas/limits.js';
import { atLeast, dayNumber, EPS, lowerBound, upperBound } from './math.js';
import { CUSTOMER_PRESET, LEAD_PRESET, PRESETS, type PresetName } from './presets.js';
import { isDeepFrozen } from './freeze.js';
import { isObject } from './guards.js';
import { EN_TIERING } from '../i18n/issues/en-tiering.js';
import type { ShownValue } from '../schemas/issue-codes.js';

const issue = issuesOf(EN_TIERING);

export type { TieringModel, TieringModelInput, Factor, FactorValues };

export interface Contribution {
  key: string;
  label: string;
  value: unknown;
  /** The factor score s_i, 0–100. */
  score: number;
  /** The normalised weight w_i / Σw. */
  weight: number;
  /** w_i·s_i / Σw: what the factor adds to the score. */
  points: number;
  /**
   * Extra, only on a factor with `decay`: the multiplier 0.5^(days / halfLifeDays) applied to its
   * score (1 for a value without a date, or missing). `score` and `points` are after it.
   */
  decay?: number;
}

/** A factor class's sub-score (docs/models.md §1 factor classes). */
export interface ClassScore {
  class: string;
  /** Σ points of the class's factors. */
  points: number;
  /** 100 × Σ w_i of the class / Σw: its points with every factor at 100. */
  maxPoints: number;
}

export interface TierResult {
  score: number;
  tier: string;
  tierLabel: string;
  focus: boolean;
  contributions: Contribution[];
  missing: string[];
  missingWeightShare: number;
  /** Only when a factor of the model has a `class`: one sub-score per class, in the order of its first factor. */
  classes?: ClassScore[];
}

interface CompiledFactor {
  key: string;
  label: string;
  kind: Factor['kind'];
  weight: number;
  norm: number;
  options: Map<string, number> | null;
  cap: number;
  reference: number | null;
  mins: number[];
  scores: number[];
  /** `decay.halfLifeDays`, or null for a factor that does not age. */
  halfLife: number | null;
}

/** A validated model with lookups prepared, cached per model object. */
export interface CompiledModel {
  model: TieringModel;
  factors: CompiledFactor[];
  /** Tiers by minScore descending; equal minScore keeps input order. */
  tiers: { key: string; label: string; minScore: number; focus: boolean }[];
  totalWeight: number;
  /** Per class (order of first factor): its name, maxPoints and the indexes of its factors; null without classes. */
  classes: { class: string; maxPoints: number; factors: number[] }[] | null;
  targetFocusShare: number;
  shareTolerance: number;
}

// Only deep-frozen models (the presets, or models passed through deepFreeze) are cached by identity.
const cache = new WeakMap<object, CompiledModel>();

/** Validate a tiering model and prepare it for scoring (cached for deep-frozen models); throws ModelInputError with paths under `base`. */
export function compileModel(input: unknown, base = 'model'): CompiledModel {
  if (isDeepFrozen(input)) {
    const hit = cache.get(input);
    if (hit) return hit;
  }
  const model = check<TieringModel>(tieringModel, input, base);
  const totalWeight = model.factors.reduce((s, f) => s + f.weight, 0);
  const factors: CompiledFactor[] = model.factors.map((f) => ({
    key: f.key,
    label: f.label ?? f.key,
    kind: f.kind,
    weight: f.weight,
    norm: f.weight / totalWeight,
    options: f.kind === 'bands' ? null : new Map(f.options.map((o) => [o.value, o.score])),
    cap: f.kind === 'multi' ? (f.cap ?? 100) : 100,
    reference: f.kind === 'bands' ? (f.reference ?? null) : null,
    mins: f.kind === 'bands' ? f.bands.map((b) => b.min) : [],
    scores: f.kind === 'bands' ? f.bands.map((b) => b.score) : [],
    halfLife: f.decay?.halfLifeDays ?? null,
  }));
  const focus = new Set(model.focusTiers);
  const tiers = model.tiers
    .map((t, i) => ({ key: t.key, label: t.label ?? t.key, minScore: t.minScore, focus: focus.has(t.key), i }))
    .sort((a, b) => b.minScore - a.minScore || a.i - b.i)
    .map(({ i: _i, ...t }) => t);
  const compiled: CompiledModel = {
    model,
    factors,
    tiers,
    totalWeight,
    classes: classesOf(model.factors, totalWeight),
    targetFocusShare: model.targetFocusShare ?? 0.3,
    shareTolerance: model.shareTolerance ?? 0.05,
  };
  if (isDeepFrozen(input)) cache.set(input, compiled);
  return compiled;
}

/** A model's validation issues (paths under `model`): none when the elements accept it. */
export function modelIssues(input: unknown): Issue[] {
  try {
    compileModel(input);
    return [];
  } catch (e) {
    if (isModelInputError(e)) return e.issues;
    throw e;
  }
}

/** The model's factor classes in the order of their first factor, or null when no factor has one. */
function classesOf(factors: readonly Factor[], totalWeight: number): CompiledModel['classes'] {
  const byName = new Map<string, { weight: number; factors: number[] }>();
  factors.forEach((f, i) => {
    if (f.class == null) return;
    const c = byName.get(f.class) ?? { weight: 0, factors: [] };
    c.weight += f.weight;
    c.factors.push(i);
    byName.set(f.class, c);
  });
  if (!byName.size) return null;
  return [...byName].map(([name, c]) => ({
    class: name,
    maxPoints: (100 * c.weight) / totalWeight,
    factors: c.factors,
  }));
}

// The tiering messages show a value as JSON (`number 5`, `object {"a":1}`), as they always have.
const shown = (v: unknown): ShownValue =>
  typeof v === 'string'
    ? { kind: 'text', shown: JSON.stringify(v) }
    : Array.isArray(v)
      ? { kind: 'list' }
      : v === null
        ? { kind: 'null' }
        : { kind: typeof v, shown: String(JSON.stringify(v)) };

const optionList = (f: CompiledFactor): string[] => [...f.options!.keys()].map((k) => JSON.stringify(k));

/**
 * Score of one factor for one raw value at `path`, or issues. `missing`
 * (absent/null) is reported by returning -1.
 */
function rawScore(f: CompiledFactor, v: unknown, path: string, issues: Issue[]): number {
  if (v === undefined || v === null) return -1;
  switch (f.kind) {
    case 'options': {
      const s = typeof v === 'string' ? f.options!.get(v) : undefined;
      if (s !== undefined) return s;
      issues.push(issue(path, 'option', { factor: f.key, options: optionList(f), got: shown(v) }));
      return 0;
    }
    case 'multi': {
      if (!Array.isArray(v)) {
        issues.push(issue(path, 'options_list', { factor: f.key, options: optionList(f), got: shown(v) }));
        return 0;
      }
      if (v.length > LIMITS.options) {
        issues.push(baseIssue(path, 'max_list', { max: LIMITS.options, got: v.length }));
        return 0;
      }
      let total = 0;
      const seen: string[] = [];
      for (let i = 0; i < v.length; i++) {
        const item: unknown = v[i];
        const s = typeof item === 'string' ? f.options!.get(item) : undefined;
        if (s === undefined) {
          issues.push(issue(`${path}.${i}`, 'option', { factor: f.key, options: optionList(f), got: shown(item) }));
        } else if (!seen.includes(item as string)) {
          seen.push(item as string);
          total += s;
        }
      }
      return Math.min(total, f.cap);
    }
    case 'bands': {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        issues.push(
          typeof v === 'number'
            ? issue(path, 'factor_finite', { factor: f.key, got: shownValue(v) })
            : issue(path, 'factor_number', { factor: f.key, got: shown(v) }),
        );
        return 0;
      }
      const x = f.reference === null ? v : v / f.reference;
      let s = 0;
      // Band edges are compared with the shared tolerance, so 0.56 / 0.7 reaches 0.8.
      for (let i = 0; i < f.mins.length; i++) {
        if (atLeast(x, f.mins[i]!)) s = f.scores[i]!;
        else break;
      }
      return s;
    }
  }
}

/** The decay multiplier of the last factorScore call (1 unless a dated value aged): read right after it. */
let lastDecay = 1;

/**
 * Score of one factor for one raw value under `base` (`values`), or issues;
 * -1 when missing. On a factor with `decay`, a value may come dated,
 * `{ value, date }`: its score is multiplied by 0.5^(days(date, asOf) / halfLifeDays)
 * (days before asOf; a date after asOf counts as 0 days). `asOf` is a day number, NaN when not given.
 */
function factorScore(f: CompiledFactor, v: unknown, base: string, issues: Issue[], asOf: number): number {
  lastDecay = 1;
  const path = `${base}.${f.key}`;
  if (f.halfLife === null || !isObject(v)) return rawScore(f, v, path, issues);
  const extra = Object.keys(v).filter((k) => k !== 'value' && k !== 'date');
  if (extra.length) issues.push(baseIssue(path, 'unknown_keys', { keys: extra }));
  const date = v.date;
  let day = NaN;
  if (date == null) issues.push(baseIssue(`${path}.date`, 'required', { expected: ['date'] }));
  else if (typeof date !== 'string' || Number.isNaN((day = dayNumber(date))))
    issues.push(baseIssue(`${path}.date`, 'date', {}));
  else if (Number.isNaN(asOf) && !issues.some((i) => i.path === 'asOf'))
    issues.push(baseIssue('asOf', 'required', { expected: ['date'] }));
  const s = rawScore(f, v.value, `${path}.value`, issues);
  if (s < 0 || Number.isNaN(day) || Number.isNaN(asOf)) return s;
  lastDecay = 0.5 ** (Math.max(0, asOf - day) / f.halfLife);
  return s * lastDecay;
}

/** The day number of an optional `asOf` (already validated), NaN when absent. */
export const asOfDay = (asOf: string | null | undefined): number => (asOf == null ? NaN : dayNumber(asOf));

/** The value a contribution shows: the value itself of a dated value on an ageing factor. */
const shownRaw = (f: CompiledFactor, raw: unknown): unknown =>
  raw === undefined ? null : f.halfLife !== null && isObject(raw) ? (raw.value ?? null) : raw;

/** Score values against a compiled model; throws ModelInputError naming each bad factor value. */
export function scoreValues(cm: CompiledModel, values: FactorValues, base = 'values', asOf = NaN): TierResult {
  const contributions = new Array<Contribution>(cm.factors.length);
  const missing: string[] = [];
  let issues: Issue[] | null = null;
  let weighted = 0;
  let missingWeight = 0;
  for (let i = 0; i < cm.factors.length; i++) {
    const f = cm.factors[i]!;
    const raw = Object.hasOwn(values, f.key) ? values[f.key] : undefined;
    let s = factorScore(f, raw, base, (issues ??= []), asOf);
    if (s < 0) {
      s = 0;
      missing.push(f.key);
      missingWeight += f.weight;
    }
    weighted += f.weight * s;
    const c: Contribution = {
      key: f.key,
      label: f.label,
      value: shownRaw(f, raw),
      score: s,
      weight: f.norm,
      points: (f.weight * s) / cm.totalWeight,
    };
    if (f.halfLife !== null) c.decay = lastDecay;
    contributions[i] = c;
  }
  if (issues?.length) throw new ModelInputError(issues);
  const score = weighted / cm.totalWeight;
  const tier = pickTier(cm, score);
  const result: TierResult = {
    score,
    tier: tier.key,
    tierLabel: tier.label,
    focus: tier.focus,
    contributions,
    missing,
    missingWeightShare: missingWeight / cm.totalWeight,
  };
  if (cm.classes) result.classes = classScores(cm, contributions);
  return result;
}

/** Sub-score per factor class: the class's points summed in factor order. */
export function classScores(cm: CompiledModel, contributions: readonly Contribution[]): ClassScore[] {
  return (cm.classes ?? []).map((c) => {
    let points = 0;
    for (const i of c.factors) points += contributions[i]!.points;
    return { class: c.class, points, maxPoints: c.maxPoints };
  });
}

/** The first tier (by minScore descending) the score reaches; the lowest when it reaches none. */
export function pickTier(cm: CompiledModel, score: number): CompiledModel['tiers'][number] {
  const tiers = cm.tiers;
  for (const tier of tiers) if (atLeast(score, tier.minScore)) return tier;
  return tiers[tiers.length - 1]!;
}

function tierWith(input: unknown, preset: TieringModelInput): TierResult {
  // The common well-formed input skips the schema (it is the hot path of list
  // scoring); anything else goes through it so the messages stay zod's.
  let model: unknown, values: unknown, asOf: string | null | undefined;
  if (
    isObject(input) &&
    isObject(input.values) &&
    (input.model == null || isObject(input.model)) &&
    input.asOf == null
  ) {
    ({ model, values } = input);
  } else ({ model, values, asOf } = check<z.output<typeof tierInputSchema>>(tierInput, input));
  return scoreValues(compileModel(model ?? preset), values as FactorValues, 'values', asOfDay(asOf));
}

/** Tier a lead: `{ model?, values }` → score, tier, focus, contributions, missing. Default model: the lead preset. */
export const tierLead = (input: unknown): TierResult => tierWith(input, LEAD_PRESET);

/** Tier a paying customer: same engine, customer preset by default. */
export const tierCustomer = (input: unknown): TierResult => tierWith(input, CUSTOMER_PRESET);

export interface TierStats {
  key: string;
  label: string;
  minScore: number;
  count: number;
  share: number | null;
  converted: number;
  conversionRate: number | null;
  amount: number;
}

export interface TieringValidation {
  tiers: TierStats[];
  focusShare: number | null;
  monotonic: boolean;
  shareOk: boolean;
  auc: number | null;
  passed: boolean;
  invalid: InvalidRow[];
}

/** History scored once: what validation and calibration both need. */
export interface ScoredHistory {
  /** Indexes into the input history of the valid rows. */
  index: number[];
  /** Factor scores, row-major: row r, factor f at r·F + f. */
  factorScores: Float64Array;
  converted: Uint8Array;
  amount: Float64Array;
  invalid: InvalidRow[];
}

/** A history row the schema would accept as it is (checked by hand: the schema runs on the rest). */
function isFastRow(raw: unknown): boolean {
  if (!isObject(raw) || !isObject(raw.values) || typeof raw.converted !== 'boolean') return false;
  const id = raw.id,
    amount = raw.amount;
  return (
    (id == null || typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id))) &&
    (amount == null || (typeof amount === 'number' && Number.isFinite(amount)))
  );
}

/** Validate each history row and score its factors; bad rows go to `invalid`. */
export function scoreHistory(cm: CompiledModel, history: readonly unknown[], asOf = NaN): ScoredHistory {
  const F = cm.factors.length;
  const n = history.length;
  if (n * F > LIMITS.historyCells)
    throw new ModelInputError([issue('history', 'history_cells', { max: LIMITS.historyCells, rows: n, factors: F })]);
  const factorScores = new Float64Array(n * F);
  const converted = new Uint8Array(n);
  const amount = new Float64Array(n);
  const index: number[] = [];
  const invalid: InvalidRow[] = [];
  for (let r = 0; r < n; r++) {
    const raw = history[r];
    let row: HistoryRow;
    if (isFastRow(raw)) row = raw as HistoryRow;
    else {
      const parsed = tryCheck<HistoryRow>(historyRow, raw);
      if (!parsed.ok) {
        const id = rowId(raw);
        invalid.push(id === undefined ? { index: r, issues: parsed.issues } : { index: r, id, issues: parsed.issues });
        continue;
      }
      row = parsed.data;
    }
    const values = row.values as FactorValues;
    const k = index.length;
    let issues: Issue[] | null = null;
    for (let f = 0; f < F; f++) {
      const fac = cm.factors[f]!;
      const raw = Object.hasOwn(values, fac.key) ? values[fac.key] : undefined;
      const s = factorScore(fac, raw, 'values', (issues ??= []), asOf);
      factorScores[k * F + f] = s < 0 ? 0 : s;
    }
    if (issues?.length) {
      const id = row.id == null ? undefined : String(row.id);
      invalid.push(id === undefined ? { index: r, issues } : { index: r, id, issues });
      continue;
    }
    index.push(r);
    converted[k] = row.converted ? 1 : 0;
    amount[k] = row.amount ?? 0;
  }
  const m = index.length;
  return {
    index,
    factorScores: factorScores.subarray(0, m * F),
    converted: converted.subarray(0, m),
    amount: amount.subarray(0, m),
    invalid,
  };
}

/** Total scores of scored rows for a weight vector (weights need not sum to 1). */
export function totalScores(factorScores: Float64Array, weights: readonly number[], out?: Float64Array): Float64Array {
  const F = weights.length;
  const n = factorScores.length / F;
  const res = out ?? new Float64Array(n);
  let total = 0;
  for (const w of weights) total += w;
  for (let r = 0; r < n; r++) {
    let s = 0;
    const o = r * F;
    for (let f = 0; f < F; f++) s += weights[f]! * factorScores[o + f]!;
    res[r] = s / total;
  }
  return res;
}

/**
 * ROC AUC of score against outcome (Mann–Whitney): for every positive and
 * negative pair, 1 when the positive scores higher by more than 1e-9, ½ when
 * the two are within 1e-9. Null without positives or without negatives.
 */
export function rocAuc(scores: ArrayLike<number>, positive: ArrayLike<number>): number | null {
  const n = scores.length;
  let np = 0;
  for (let i = 0; i < n; i++) if (positive[i]) np++;
  const nn = n - np;
  if (np === 0 || nn === 0) return null;
  const neg = new Float64Array(nn);
  for (let i = 0, j = 0; i < n; i++) if (!positive[i]) neg[j++] = scores[i]!;
  neg.sort();
  let wins = 0;
  for (let i = 0; i < n; i++) {
    if (!positive[i]) continue;
    const s = scores[i]!;
    const lower = lowerBound(neg, s - EPS);
    const tiesAndLower = upperBound(neg, s + EPS);
    wins += lower + (tiesAndLower - lower) / 2;
  }
  return wins / (np * nn);
}

/** Validity check of a model's tiers on scored rows with the given total scores. */
export function validateScores(
  cm: CompiledModel,
  scores: Float64Array,
  sh: ScoredHistory,
  tiersOverride?: CompiledModel['tiers'],
): TieringValidation {
  const tiers = tiersOverride ?? cm.tiers;
  const T = tiers.length;
  const count = new Array<number>(T).fill(0);
  const conv = new Array<number>(T).fill(0);
  const amount = new Array<number>(T).fill(0);
  const n = scores.length;
  let focusCount = 0;
  for (let r = 0; r < n; r++) {
    const s = scores[r]!;
    let t = T - 1;
    for (let i = 0; i < T; i++) {
      if (atLeast(s, tiers[i]!.minScore)) {
        t = i;
        break;
      }
    }
    count[t]!++;
    if (tiers[t]!.focus) focusCount++;
    if (sh.converted[r]) {
      conv[t]!++;
      amount[t]! += sh.amount[r]!;
    }
  }
  for (let i = 0; i < T; i++)
    if (!Number.isFinite(amount[i]!))
      throw new ModelInputError([issue('history', 'tier_sum', { tier: tiers[i]!.key })]);
  const stats: TierStats[] = tiers.map((t, i) => ({
    key: t.key,
    label: t.label,
    minScore: t.minScore,
    count: count[i]!,
    share: n ? count[i]! / n : null,
    converted: conv[i]!,
    conversionRate: count[i] ? conv[i]! / count[i] : null,
    amount: amount[i]!,
  }));
  let monotonic = true;
  let prev = Infinity;
  for (const t of stats) {
    if (t.conversionRate === null) continue;
    if (t.conversionRate > prev + 1e-12) monotonic = false;
    prev = t.conversionRate;
  }
  const focusShare = n ? focusCount / n : null;
  const shareOk = focusShare !== null && Math.abs(focusShare - cm.targetFocusShare) <= cm.shareTolerance + 1e-12;
  return {
    tiers: stats,
    focusShare,
    monotonic,
    shareOk,
    auc: rocAuc(scores, sh.converted),
    passed: monotonic && shareOk,
    invalid: sh.invalid,
  };
}

/** The model named by `{ model?, preset? }`, lead preset by default. */
export const modelOf = (model: unknown, preset: PresetName | null | undefined): unknown =>
  model ?? PRESETS[preset ?? 'lead'];

/**
 * Validity check (有效性校驗): score every history row and report, per tier,
 * count, share, conversions, conversion rate and amount; whether conversion
 * falls monotonically from the top tier down; the focus share against the
 * target; ROC AUC. Bad rows are listed in `invalid` and left out of N.
 */
export function validateTiering(input: unknown): TieringValidation {
  const { model, preset, history, asOf } = check<z.output<typeof validateInputSchema>>(validateInput, input);
  const cm = compileModel(modelOf(model, preset));
  const sh = scoreHistory(cm, history, asOfDay(asOf));
  return validateScores(
    cm,
    totalScores(
      sh.factorScores,
      cm.factors.map((f) => f.weight),
    ),
    sh,
  );
}
