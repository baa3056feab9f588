/** Schema of model 3b (long-term headcount plan). */
import * as z from 'zod/mini';
import { nonNegative, opt, wholeNonNegative } from './common.js';
import { customIssue } from './issues.js';
import { EN_PLANNING } from '../i18n/issues/en-planning.js';

/** A list of exactly 12 values, one per month (January first). */
const twelve = <T extends z.ZodMiniType>(item: T) =>
  z.array(item).check(
    z.superRefine((xs: unknown[], ctx) => {
      if (xs.length !== 12) ctx.addIssue(customIssue(EN_PLANNING, 'twelve', { got: xs.length }, [], xs));
    }),
  );

export const headcountInputSchema = z.object({
  annualTarget: nonNegative,
  startQualified: nonNegative,
  startUnqualified: nonNegative,
  startUnqualifiedTenure: opt(nonNegative),
  productivityQualified: nonNegative,
  productivityUnqualified: nonNegative,
  rampMonths: wholeNonNegative,
  monthlyRetention: z.number().check(z.gt(0), z.lte(1)),
  seasonality: opt(
    twelve(nonNegative).check(
      z.superRefine((xs: number[], ctx) => {
        if (xs.length === 12 && !(xs.reduce((s, x) => s + x, 0) > 0))
          ctx.addIssue(customIssue(EN_PLANNING, 'seasonality_zero', {}, [], xs));
      }),
    ),
  ),
  hires: opt(twelve(nonNegative)),
  maxHiresPerMonth: opt(wholeNonNegative),
});

export type HeadcountInput = z.input<typeof headcountInputSchema>;
export type HeadcountPlanInput = z.output<typeof headcountInputSchema>;
