/**
 * Reactivation candidates with their value tier (the lead tiering model run on
 * the factor values the lead carries) and the order the monitor lists them in.
 */
import type { ReactivationCandidate } from '../models/lead-flow.js';
import { scoreValues, type CompiledModel, type TierResult } from '../models/tiering.js';
import { isModelInputError } from '../schemas/issues.js';
import { factorValuesOf } from '../parse/leads.js';
import type { LeadRecord } from './lead-flow-leads.js';

/** What tiering made of one lead: its tier, no factor values to score, or values the model could not score. */
export type LeadScoring = TierResult | 'no-values' | 'unscored';

/** Scorings per lead object, valid for one tiering model: pass the same memo only while the model stays the same. */
export type ScoringMemo = WeakMap<object, LeadScoring>;

export interface CandidateTiers {
  /** The tier of each candidate with a lead row; null: no tier (no factor values, or values that could not be scored). */
  tiers: Map<unknown, TierResult | null>;
  /** Candidates whose factor values the model could not score (shown as a count). */
  unscored: number;
}

function scoreLead(lead: LeadRecord, cm: CompiledModel, keys: readonly string[]): LeadScoring {
  const values = factorValuesOf(lead, keys);
  if (!values) return 'no-values';
  try {
    return scoreValues(cm, values);
  } catch (e) {
    if (isModelInputError(e)) return 'unscored';
    throw e;
  }
}

/**
 * The value tier of each candidate, scored with the compiled lead model on
 * the factor values its lead carries (`values`, or factor columns on the
 * lead). A lead whose values the model rejects has no tier and is counted in
 * `unscored`. `memo` keeps scorings per lead object between calls.
 */
export function tierCandidates(
  candidates: readonly ReactivationCandidate[],
  byId: ReadonlyMap<unknown, LeadRecord>,
  cm: CompiledModel,
  memo: ScoringMemo = new WeakMap(),
): CandidateTiers {
  const keys = cm.factors.map((f) => f.key);
  const tiers = new Map<unknown, TierResult | null>();
  let unscored = 0;
  for (const c of candidates) {
    const lead = byId.get(c.id);
    if (!lead) continue;
    let s = memo.get(lead);
    if (s === undefined) memo.set(lead, (s = scoreLead(lead, cm, keys)));
    if (s === 'unscored') unscored++;
    tiers.set(c.id, typeof s === 'object' ? s : null);
  }
  return { tiers, unscored };
}

/**
 * Candidates best value first:
 * 1. a candidate with a tier before one without;
 * 2. between two with a tier, the better tier first: `tierOrder` lists the
 *    model's tiers best first (a compiled model's `tiers`: minScore
 *    descending); a tier it does not list comes after every listed one;
 * 3. in the same tier, the higher score first;
 * 4. then the order the model listed the candidates in (the input order of
 *    the leads), which is all that orders the candidates without a tier.
 */
export function rankReactivation(
  candidates: readonly ReactivationCandidate[],
  tiers: ReadonlyMap<unknown, TierResult | null>,
  tierOrder: readonly string[],
): ReactivationCandidate[] {
  const rankOf = new Map(tierOrder.map((key, i) => [key, i]));
  const unlisted = tierOrder.length;
  const rows = candidates.map((c, i) => {
    const tier = tiers.get(c.id) ?? null;
    return { c, i, tier, rank: tier ? (rankOf.get(tier.tier) ?? unlisted) : 0 };
  });
  rows.sort((a, b) => {
    if (!a.tier || !b.tier) return a.tier ? -1 : b.tier ? 1 : a.i - b.i;
    return a.rank - b.rank || b.tier.score - a.tier.score || a.i - b.i;
  });
  return rows.map((r) => r.c);
}

/**
 * The tier as the table names it: `key · label`, the label in the UI language
 * when the tier is one the locale names (`names`) and the model kept its
 * default label (the key itself, or the preset's label for that key).
 */
export function tierTitle(
  tr: Pick<TierResult, 'tier' | 'tierLabel'>,
  names: Readonly<Record<string, string>>,
  presetTiers: readonly { key: string; label?: string | undefined }[],
): string {
  const named = names[tr.tier];
  const keepsDefault =
    tr.tierLabel === tr.tier || presetTiers.some((x) => x.key === tr.tier && x.label === tr.tierLabel);
  return `${tr.tier} · ${named !== undefined && keepsDefault ? named : tr.tierLabel}`;
}

/**
 * The candidates of each analysis tiered and ranked, keeping the scorings per
 * lead while the tiering model stays the same object (a re-evaluation after an
 * edit scores nothing again).
 */
export class ReactivationRanking {
  /** Candidates best value first (see rankReactivation). */
  rows: readonly ReactivationCandidate[] = [];
  tiers: ReadonlyMap<unknown, TierResult | null> = new Map();
  unscored = 0;
  private model: unknown = undefined;
  private memo: ScoringMemo = new WeakMap();

  /** Tier and rank `candidates` with `cm`, compiled from `model` (the memo is kept while `model` is the same). */
  update(
    candidates: readonly ReactivationCandidate[],
    byId: ReadonlyMap<unknown, LeadRecord>,
    model: unknown,
    cm: CompiledModel,
  ): void {
    if (model !== this.model) {
      this.model = model;
      this.memo = new WeakMap();
    }
    const { tiers, unscored } = tierCandidates(candidates, byId, cm, this.memo);
    this.tiers = tiers;
    this.unscored = unscored;
    this.rows = rankReactivation(
      candidates,
      tiers,
      cm.tiers.map((t) => t.key),
    );
  }
}
