/**
 * The activity mix of model 3a (docs/models.md §3a extras): the gap split
 * across the activities as shares or counts, what each activity then has to
 * deliver and which part is over its capacity, and a suggested mix that fills
 * the activities in input order up to their capacities.
 */
import { funnelMixInputSchema, type FunnelMix, type FunnelMixInput } from '../schemas/funnel-mix.js';
import { baseIssue, issuesOf, ModelInputError, parseOrThrow } from '../schemas/issues.js';
import { EN_FUNNEL } from '../i18n/issues/en-funnel.js';
import { atLeast, ceilE, floorE } from './math.js';
import { funnelNeeds, isTeamInput } from './funnel-compute.js';

export type { FunnelMix, FunnelMixInput };

const issue = issuesOf(EN_FUNNEL);

export interface MixActivity {
  key: string;
  /** The share of the gap the activity closes as planned. */
  share: number;
  /** Units of the activity to run (shares: ceilE(share · full); counts: as given). */
  units: number;
  /** The input capacity; null when none was given. */
  capacity: number | null;
  /** No capacity, or units ≤ capacity. */
  feasible: boolean;
  /** Units beyond the capacity (0 when feasible or without a capacity). */
  over: number;
  /** ceilE(share · rawNeed(h)): the high-intent customers the activity has to produce. */
  highIntent: number;
  /** share · gap / acv: the won deals the activity accounts for (not rounded). */
  deals: number;
}

export interface MixPlan {
  activities: MixActivity[];
  /** Σ share (1 for shares; for counts, the share of the gap the counts would close). */
  planned: number;
  /** Σ of each activity's share within its capacity. */
  covered: number;
  /** gap · max(0, 1 − covered): what the plan leaves open within the capacities. */
  uncoveredGap: number;
  /** Every activity within capacity and covered ≥ 1. */
  feasible: boolean;
}

export interface ActivityMixResult {
  gap: number;
  /** How the mix was given; null without a mix. */
  mode: 'shares' | 'counts' | null;
  /** The plan of the given mix; null without one. */
  plan: MixPlan | null;
  /** The plan of the suggested shares; null when no mix fits the capacities or the gap is 0. */
  suggested: MixPlan | null;
  /** Σ room / full: the share of the gap the activities close at full capacity; null with an uncapped activity or a gap of 0. */
  atCapacity: number | null;
}

interface Sized {
  key: string;
  /** Units that close the whole gap alone (rawNeed(stage) / yieldPerUnit). */
  full: number;
  capacity: number | null;
  /** floorE(capacity): whole units it can run; Infinity without a capacity. */
  room: number;
}

interface Funnel {
  gap: number;
  /** rawNeed at the high-intent stage. */
  rawH: number;
  acv: number;
  activities: Sized[];
}

/** The plan of shares or units per activity (docs/models.md §3a extras). */
function planOf(f: Funnel, given: ReadonlyMap<string, number>, mode: 'shares' | 'counts'): MixPlan {
  const open = f.gap > 0;
  let planned = 0;
  let covered = 0;
  let allFit = true;
  const activities = f.activities.map((a): MixActivity => {
    const g = given.get(a.key) ?? 0;
    const share = mode === 'shares' ? g : open ? g / a.full : 0;
    const units = mode === 'shares' ? ceilE(share * a.full) + 0 : g;
    const feasible = a.capacity === null || atLeast(a.capacity, units);
    const over = a.capacity === null ? 0 : Math.max(0, units - a.capacity);
    planned += share;
    if (open) covered += a.capacity === null ? share : Math.min(share, a.room / a.full);
    if (!feasible) allFit = false;
    return {
      key: a.key,
      share,
      units,
      capacity: a.capacity,
      feasible,
      over,
      highIntent: ceilE(share * f.rawH) + 0,
      deals: (share * f.gap) / f.acv,
    };
  });
  if (!open) planned = covered = 1;
  return {
    activities,
    planned,
    covered,
    uncoveredGap: f.gap * Math.max(0, 1 - covered),
    feasible: allFit && atLeast(covered, 1),
  };
}

/** The greedy fill: each activity in input order takes the rest of the gap, or as much as its capacity allows. */
function suggestShares(f: Funnel): Map<string, number> | null {
  if (!(f.gap > 0)) return null;
  const shares = new Map<string, number>();
  let rest = 1;
  for (const a of f.activities) {
    let share = 0;
    if (rest === 0) share = 0;
    else if (a.capacity === null || ceilE(rest * a.full) <= a.room) {
      share = rest;
      rest = 0;
    } else {
      share = a.room / a.full;
      rest -= share;
    }
    shares.set(a.key, share);
  }
  return rest === 0 ? shares : null;
}

/** Each activity's full units and room, with the funnel's gap (validated input). */
function sizeFunnel(m: FunnelMix): Funnel {
  const { h, gap, raw } = funnelNeeds(m);
  const stageIndex = new Map(m.stages.map((s, i) => [s.key, i]));
  const activities = (m.activities ?? []).map((a): Sized => {
    const capacity = a.capacity ?? null;
    return {
      key: a.key,
      full: raw[stageIndex.get(a.stage)!]! / a.yieldPerUnit,
      capacity,
      room: capacity === null ? Infinity : floorE(capacity),
    };
  });
  return { gap, rawH: raw[h]!, acv: m.acv, activities };
}

/** The names of the results that are not finite numbers (a plan's figures, the capacity share). */
function notFinite(r: ActivityMixResult): string[] {
  const bad: string[] = [];
  const check = (name: string, x: number | null) => {
    if (x !== null && !Number.isFinite(x)) bad.push(name);
  };
  check('gap', r.gap);
  check('atCapacity', r.atCapacity);
  for (const [name, plan] of [
    ['plan', r.plan],
    ['suggested', r.suggested],
  ] as const) {
    if (!plan) continue;
    for (const k of ['planned', 'covered', 'uncoveredGap'] as const) check(`${name}.${k}`, plan[k]);
    for (const a of plan.activities)
      for (const k of ['share', 'units', 'highIntent', 'deals'] as const) check(`${name}.${a.key}.${k}`, a[k]);
  }
  return bad;
}

/**
 * Split a funnel's gap across its activities (docs/models.md §3a extras): the
 * plan of the given mix (shares of the gap or counts of each activity), the
 * suggested mix that fills the activities in input order up to capacity, and
 * the share of the gap they close at full capacity.
 */
export function planActivityMix(input: FunnelMixInput | FunnelMix): ActivityMixResult;
export function planActivityMix(input: unknown): ActivityMixResult;
export function planActivityMix(input: unknown): ActivityMixResult {
  if (isTeamInput(input)) throw new ModelInputError([issue('reps', 'mix_team', {})]);
  const m = parseOrThrow(funnelMixInputSchema, input);
  const f = sizeFunnel(m);
  const mix = m.mix ?? null;
  const mode = mix ? (mix.shares ? 'shares' : 'counts') : null;
  const given = mix ? new Map(Object.entries((mix.shares ?? mix.counts)!)) : null;
  const suggestedShares = suggestShares(f);
  let atCapacity: number | null = f.gap > 0 ? 0 : null;
  for (const a of f.activities)
    atCapacity = atCapacity === null || a.capacity === null ? null : atCapacity + a.room / a.full;
  const result: ActivityMixResult = {
    gap: f.gap,
    mode,
    plan: mode && given ? planOf(f, given, mode) : null,
    suggested: suggestedShares ? planOf(f, suggestedShares, 'shares') : null,
    atCapacity,
  };
  const bad = notFinite(result);
  if (bad.length) throw new ModelInputError([baseIssue('', 'results_not_finite', { fields: bad, hint: 'funnel' })]);
  return result;
}
