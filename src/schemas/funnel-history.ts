/** Schemas of the funnel rates from history (docs/models.md §3c): the input envelope and one opportunity's stage history. */
import * as z from 'zod/mini';
import { isoDate, key, maxItems, opt } from './common.js';
import { customIssue, listOf } from './issues.js';
import { LIMITS } from './limits.js';
import { EN_FUNNEL } from '../i18n/issues/en-funnel.js';
import { EN_BASE } from '../i18n/issues/en-base.js';

/** The two closing stages of a stage history; no funnel stage may take their names. */
export const CLOSING_STAGES = ['won', 'lost'] as const;

export const historyEventSchema = z.object({ stage: key, at: isoDate });

/** One opportunity (or lead): its id and the stages it entered, with dates. */
export const historyOpportunitySchema = z.object({
  id: z.union([key, z.number()]),
  events: z.array(historyEventSchema).check(z.minLength(1), z.maxLength(LIMITS.rowEvents)),
});
export type HistoryOpportunityInput = z.input<typeof historyOpportunitySchema>;
export type HistoryOpportunity = z.output<typeof historyOpportunitySchema>;

/** Stage keys are unique and leave `won` and `lost` to the closing stages. */
const stageKeys = z.superRefine<string[]>((keys, ctx) => {
  const seen = new Set<string>();
  keys.forEach((k, i) => {
    if ((CLOSING_STAGES as readonly string[]).includes(k))
      ctx.addIssue(customIssue(EN_FUNNEL, 'reserved_stage', { stage: k }, [i], k));
    else if (seen.has(k)) ctx.addIssue(customIssue(EN_BASE, 'duplicate', { of: 'stage key', key: k }, [i], k));
    seen.add(k);
  });
});

export const funnelHistoryInputSchema = z.object({
  stages: z.array(key).check(z.minLength(1), z.maxLength(LIMITS.stages), stageKeys),
  asOf: isoDate,
  windowMonths: opt(z.int().check(z.gte(1), z.lte(120))),
  minRecords: opt(z.int().check(z.gte(1))),
  /** Rows are validated one by one by the model; zod does not walk the list here. */
  opportunities: z.custom<unknown[]>((v) => Array.isArray(v), listOf('opportunities')).check(maxItems(LIMITS.rows)),
});
export type FunnelHistoryInput = z.input<typeof funnelHistoryInputSchema>;
