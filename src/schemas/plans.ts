/** Schemas of the plans people own (docs/models.md "§2 and §5 extras: plans people own", issue 14). */
import * as z from 'zod/mini';
import { isoDate, key, opt, text, uniqueBy, maxItems } from './common.js';
import { LIMITS } from './limits.js';
import { listOf } from './issues.js';
import { PLAN_STATUSES, PLAN_STEP_STATUSES } from './plan-statuses.js';

export { PLAN_STATUSES, PLAN_STEP_STATUSES };

export const planStepSchema = z.object({
  key,
  text,
  status: z.enum(PLAN_STEP_STATUSES),
});

export const planSchema = z.object({
  record: key,
  playbook: key,
  owner: opt(text),
  due: opt(isoDate),
  status: z.enum(PLAN_STATUSES),
  steps: z.array(planStepSchema).check(
    z.maxLength(LIMITS.rowEvents),
    uniqueBy((s: { key: string }) => s.key, 'step key', 'key'),
  ),
  review: opt(text),
  openedAt: isoDate,
  closedAt: opt(isoDate),
});
export type PlanInput = z.input<typeof planSchema>;

export const reviewPlansInputSchema = z.object({
  asOf: isoDate,
  /** Plans are validated one by one; zod does not walk the list here. */
  plans: z.custom<unknown[]>((v) => Array.isArray(v), listOf('plans')).check(maxItems(LIMITS.rows)),
});
