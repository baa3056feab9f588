/** Schemas of model 3a (short-term funnel back-calculation): one rep or team, and a team of reps. */
import * as z from 'zod/mini';
import { key, nonNegative, opt, positive, text, uniqueBy } from './common.js';
import { LIMITS } from './limits.js';
import { customIssue } from './issues.js';
import { EN_FUNNEL } from '../i18n/issues/en-funnel.js';

/** A stage-to-next conversion rate: in (0, 1]. */
const rate = z.number().check(z.gt(0), z.lte(1));

export const funnelStageSchema = z.object({ key, label: opt(text), count: nonNegative });

export const funnelActivitySchema = z.object({
  key,
  label: opt(text),
  stage: key,
  yieldPerUnit: positive,
  capacity: opt(nonNegative),
});

/** The fields of one funnel (a rep adds id and name; an activity mix adds `mix`, src/schemas/funnel-mix.ts). */
export const funnelFields = {
  target: nonNegative,
  achieved: opt(nonNegative),
  acv: positive,
  stages: z.array(funnelStageSchema).check(
    z.minLength(1),
    z.maxLength(LIMITS.stages),
    uniqueBy((s: { key: string }) => s.key, 'stage key', 'key'),
  ),
  conversion: z.array(rate).check(z.maxLength(LIMITS.stages)),
  highIntentStage: key,
  activities: opt(
    z.array(funnelActivitySchema).check(
      z.maxLength(LIMITS.activities),
      uniqueBy((a: { key: string }) => a.key, 'activity key', 'key'),
    ),
  ),
  maxNewHighIntent: opt(nonNegative),
};

interface FunnelShape {
  stages: { key: string }[];
  conversion: number[];
  highIntentStage: string;
  activities?: { stage: string }[] | null | undefined;
}

/** Cross-field rules: one rate per stage, the high-intent stage exists, activities sit at or above it. */
export const funnelCrossChecks = z.superRefine<FunnelShape>((v, ctx) => {
  const keys = v.stages.map((s) => s.key);
  const stages = keys.map((k) => JSON.stringify(k));
  if (v.conversion.length !== keys.length)
    ctx.addIssue(
      customIssue(
        EN_FUNNEL,
        'stage_rates',
        { stages: keys.length, got: v.conversion.length },
        ['conversion'],
        v.conversion,
      ),
    );
  const h = keys.indexOf(v.highIntentStage);
  if (h < 0)
    ctx.addIssue(
      customIssue(
        EN_FUNNEL,
        'unknown_stage',
        { stage: v.highIntentStage, stages },
        ['highIntentStage'],
        v.highIntentStage,
      ),
    );
  (v.activities ?? []).forEach((a, i) => {
    const s = keys.indexOf(a.stage);
    if (s < 0)
      ctx.addIssue(
        customIssue(EN_FUNNEL, 'unknown_stage', { stage: a.stage, stages }, ['activities', i, 'stage'], a.stage),
      );
    else if (h >= 0 && s > h)
      ctx.addIssue(
        customIssue(
          EN_FUNNEL,
          'after_high_intent',
          { highIntent: v.highIntentStage, stage: a.stage },
          ['activities', i, 'stage'],
          a.stage,
        ),
      );
  });
});

/** One funnel: a rep or a whole team treated as one. */
export const funnelInputSchema = z.object(funnelFields).check(funnelCrossChecks);

/** One rep of a team input: a funnel plus who it belongs to. */
export const funnelRepSchema = z
  .object({ ...funnelFields, id: z.union([key, z.number()]), name: text })
  .check(funnelCrossChecks);

/** The team input; each rep is validated on its own (see `funnelRepSchema`). */
export const funnelTeamSchema = z.object({ reps: z.array(z.unknown()).check(z.maxLength(LIMITS.reps)) });

export type FunnelInput = z.input<typeof funnelInputSchema>;
export type Funnel = z.output<typeof funnelInputSchema>;
export type FunnelRepInput = z.input<typeof funnelRepSchema>;
export type FunnelRep = z.output<typeof funnelRepSchema>;
export interface FunnelTeamInput {
  reps: FunnelRepInput[];
}
