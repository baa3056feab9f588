/**
 * The plan schemas (src/schemas/plans.ts, the contract) by hand, for the plans people own on the risk
 * panels: the same issues and the same data as the zod schemas for every input
 * (test/node/validate-risk.test.ts), without zod's bytes on the panels' page (issue 10).
 */
import type * as z from 'zod/mini';
import type { planSchema, reviewPlansInputSchema } from '../schemas/plans.js';
import { LIMITS } from '../schemas/limits.js';
import { PLAN_STATUSES, PLAN_STEP_STATUSES } from '../schemas/plan-statuses.js';
import { list, maxLength, object, oneOf, opt, type S } from './engine.js';
import { isoDate, key, rowList, text, uniqueBy } from './field-checks.js';

export type PlanData = z.output<typeof planSchema>;
export type PlansEnvelope = z.output<typeof reviewPlansInputSchema>;

/** planSchema. */
export const plan: S = object({
  record: key,
  playbook: key,
  owner: opt(text),
  due: opt(isoDate),
  status: oneOf(PLAN_STATUSES),
  steps: list(
    object({ key, text, status: oneOf(PLAN_STEP_STATUSES) }),
    LIMITS.rowEvents,
    maxLength(LIMITS.rowEvents),
    uniqueBy('key', 'step key'),
  ),
  review: opt(text),
  openedAt: isoDate,
  closedAt: opt(isoDate),
});

/** reviewPlansInputSchema: the plans are checked one by one. */
export const reviewPlansInput: S = object({ asOf: isoDate, plans: rowList('plans') });
