/** Schemas of model 2 (opportunity alerts, docs/models.md §2): pipeline rules and opportunity rows. */
import * as z from 'zod/mini';
import {
  fraction,
  isoDate,
  key,
  nonNegative,
  opt,
  plainObject,
  positive,
  text,
  maxKeys,
  maxItems,
  uniqueBy,
  wholeNonNegative,
} from './common.js';
import { LIMITS } from './limits.js';
import { listOf } from './issues.js';

export const pipelineStageSchema = z.object({
  key,
  label: opt(text),
  standardDays: positive,
  maxIdleDays: nonNegative,
  /** Absent means none. */
  requiredFields: opt(z.array(key).check(z.maxLength(LIMITS.stageRequirements))),
  /** Activity type → how many are required in the stage; absent means none. */
  requiredActivities: opt(z.record(z.string(), wholeNonNegative).check(maxKeys(LIMITS.stageRequirements))),
});
export type PipelineStageInput = z.input<typeof pipelineStageSchema>;

export const pipelineThresholdsSchema = z.object({
  completenessWarn: opt(fraction),
  completenessCritical: opt(fraction),
  cycleWarn: opt(nonNegative),
  cycleCritical: opt(nonNegative),
  idleCriticalFactor: opt(nonNegative),
});

/** Thresholds of the change flags (issue 14), apart from the contract's thresholds. */
export const changeThresholdsSchema = z.object({
  pushCountWarn: opt(nonNegative),
  pushCountCritical: opt(nonNegative),
  pushDaysWarn: opt(nonNegative),
  pushDaysCritical: opt(nonNegative),
  amountCutWarn: opt(fraction),
  amountCutCritical: opt(fraction),
  regressCritical: opt(nonNegative),
  minContacts: opt(nonNegative),
});

/** A partial rules object: every key merges with the defaults; `stages` replaces them as a whole. */
export const pipelineRulesSchema = z.object({
  stages: opt(
    z.array(pipelineStageSchema).check(
      z.minLength(1),
      z.maxLength(LIMITS.stages),
      uniqueBy((s: { key: string }) => s.key, 'stage key', 'key'),
    ),
  ),
  keyAccountMinAmount: opt(nonNegative),
  thresholds: opt(pipelineThresholdsSchema),
  changes: opt(changeThresholdsSchema),
});
export type PipelineRulesInput = z.input<typeof pipelineRulesSchema>;

export const activitySchema = z.object({ type: key, at: isoDate });

/** One entry of an opportunity's field history (issue 14); `from` and `to` are read per field. */
export const historyEntrySchema = z.object({
  field: key,
  from: z.optional(z.unknown()),
  to: z.optional(z.unknown()),
  at: isoDate,
});

export const opportunitySchema = z.object({
  id: key,
  name: opt(text),
  owner: opt(text),
  amount: nonNegative,
  stage: key,
  stageEnteredAt: isoDate,
  expectedCloseDate: opt(isoDate),
  keyAccount: opt(z.boolean()),
  fields: opt(plainObject),
  activities: opt(z.array(activitySchema).check(z.maxLength(LIMITS.rowEvents))),
  history: opt(z.array(historyEntrySchema).check(z.maxLength(LIMITS.rowEvents))),
  nextStep: opt(text),
  contacts: opt(z.union([nonNegative, z.array(text).check(z.maxLength(LIMITS.rowEvents))])),
});
export type OpportunityInput = z.input<typeof opportunitySchema>;
export type Opportunity = z.output<typeof opportunitySchema>;

export const opportunitiesInputSchema = z.object({
  asOf: isoDate,
  rules: opt(plainObject),
  /** Rows are validated one by one by the model; zod does not walk the list here. */
  opportunities: z.custom<unknown[]>((v) => Array.isArray(v), listOf('opportunities')).check(maxItems(LIMITS.rows)),
});
