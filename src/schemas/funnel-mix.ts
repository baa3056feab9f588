/** Schema of the activity mix of model 3a (docs/models.md §3a extras): one funnel plus how the gap is split. */
import * as z from 'zod/mini';
import { fraction, key, maxKeys, opt, wholeNonNegative } from './common.js';
import { LIMITS } from './limits.js';
import { customIssue } from './issues.js';
import { EN_FUNNEL } from '../i18n/issues/en-funnel.js';
import { funnelCrossChecks, funnelFields } from './funnel.js';
import { EPS } from '../models/math.js';

/** Activity key → share of the gap, or → units to run. */
const mixSchema = z.object({
  shares: opt(z.record(key, fraction).check(maxKeys(LIMITS.activities))),
  counts: opt(z.record(key, wholeNonNegative).check(maxKeys(LIMITS.activities))),
});

interface MixShape {
  activities?: { key: string }[] | null | undefined;
  mix?: { shares?: Record<string, number> | null; counts?: Record<string, number> | null } | null | undefined;
}

/** One of shares or counts; keys name activities; shares add up to 1; a mix needs an activity. */
const mixChecks = z.superRefine<MixShape>((v, ctx) => {
  const mix = v.mix;
  if (!mix) return;
  const activities = (v.activities ?? []).map((a) => a.key);
  if (!activities.length) {
    ctx.addIssue(customIssue(EN_FUNNEL, 'mix_no_activities', {}, ['activities'], v.activities));
    return;
  }
  const shares = mix.shares ?? null;
  const counts = mix.counts ?? null;
  if ((shares === null) === (counts === null)) {
    ctx.addIssue(customIssue(EN_FUNNEL, 'mix_kind', {}, ['mix'], mix));
    return;
  }
  const field = shares ? 'shares' : 'counts';
  const given = (shares ?? counts)!;
  const known = new Set(activities);
  const listed = activities.map((k) => JSON.stringify(k));
  for (const k of Object.keys(given))
    if (!known.has(k))
      ctx.addIssue(customIssue(EN_FUNNEL, 'mix_activity', { activity: k, activities: listed }, ['mix', field, k], k));
  if (shares) {
    let sum = 0;
    for (const k of activities) sum += shares[k] ?? 0;
    if (Math.abs(sum - 1) > EPS) ctx.addIssue(customIssue(EN_FUNNEL, 'mix_sum', { sum }, ['mix', 'shares'], shares));
  }
});

/** One funnel (§3a) with an optional activity mix. */
export const funnelMixInputSchema = z
  .object({ ...funnelFields, mix: opt(mixSchema) })
  .check(funnelCrossChecks, mixChecks);

export type FunnelMixInput = z.input<typeof funnelMixInputSchema>;
export type FunnelMix = z.output<typeof funnelMixInputSchema>;
