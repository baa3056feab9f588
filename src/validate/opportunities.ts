/**
 * The opportunity schemas (src/schemas/opportunities.ts, the contract) by hand, for the opportunity alerts
 * model: the same issues and the same data as the zod schemas for every input
 * (test/node/validate-risk.test.ts), without zod's bytes on the risk panels' page (issue 10).
 */
import type * as z from 'zod/mini';
import type { opportunitiesInputSchema, Opportunity, pipelineRulesSchema } from '../schemas/opportunities.js';
import { LIMITS } from '../schemas/limits.js';
import { bool, checked, list, maxLength, minLength, object, opt, record, union, unknown, type S } from './engine.js';
import {
  fraction,
  isoDate,
  key,
  maxKeys,
  nonNegative,
  plainObject,
  positive,
  rowList,
  text,
  uniqueBy,
  wholeNonNegative,
} from './field-checks.js';

export type PipelineRulesData = z.output<typeof pipelineRulesSchema>;
export type OpportunitiesEnvelope = z.output<typeof opportunitiesInputSchema>;
export type { Opportunity };

const pipelineStage = object({
  key,
  label: opt(text),
  standardDays: positive,
  maxIdleDays: nonNegative,
  requiredFields: opt(list(key, LIMITS.stageRequirements, maxLength(LIMITS.stageRequirements))),
  requiredActivities: opt(checked(record(wholeNonNegative), maxKeys(LIMITS.stageRequirements))),
});

/** pipelineRulesSchema. */
export const pipelineRules: S = object({
  stages: opt(list(pipelineStage, LIMITS.stages, minLength(1), maxLength(LIMITS.stages), uniqueBy('key', 'stage key'))),
  keyAccountMinAmount: opt(nonNegative),
  thresholds: opt(
    object({
      completenessWarn: opt(fraction),
      completenessCritical: opt(fraction),
      cycleWarn: opt(nonNegative),
      cycleCritical: opt(nonNegative),
      idleCriticalFactor: opt(nonNegative),
    }),
  ),
  changes: opt(
    object({
      pushCountWarn: opt(nonNegative),
      pushCountCritical: opt(nonNegative),
      pushDaysWarn: opt(nonNegative),
      pushDaysCritical: opt(nonNegative),
      amountCutWarn: opt(fraction),
      amountCutCritical: opt(fraction),
      regressCritical: opt(nonNegative),
      minContacts: opt(nonNegative),
    }),
  ),
});

const events = <T extends S>(item: T) => opt(list(item, LIMITS.rowEvents, maxLength(LIMITS.rowEvents)));

/** opportunitySchema. */
export const opportunity: S = object({
  id: key,
  name: opt(text),
  owner: opt(text),
  amount: nonNegative,
  stage: key,
  stageEnteredAt: isoDate,
  expectedCloseDate: opt(isoDate),
  keyAccount: opt(bool),
  fields: opt(plainObject),
  activities: events(object({ type: key, at: isoDate })),
  history: events(object({ field: key, from: opt(unknown), to: opt(unknown), at: isoDate })),
  nextStep: opt(text),
  contacts: opt(union(nonNegative, list(text, LIMITS.rowEvents, maxLength(LIMITS.rowEvents)))),
});

/** opportunitiesInputSchema: the rows are the model's to check one by one. */
export const opportunitiesInput: S = object({
  asOf: isoDate,
  rules: opt(plainObject),
  opportunities: rowList('opportunities'),
});
