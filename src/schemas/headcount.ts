/** Schema of model 3b (long-term headcount plan). */
import * as z from 'zod/mini';
import { fraction, nonNegative, opt, wholeNonNegative } from './common.js';
import { customIssue } from './issues.js';
import { EN_PLANNING } from '../i18n/issues/en-planning.js';

/** A list of exactly 12 values, one per month (January first). */
const twelve = <T extends z.ZodMiniType>(item: T) =>
  z.array(item).check(
    z.superRefine((xs: unknown[], ctx) => {
      if (xs.length !== 12) ctx.addIssue(customIssue(EN_PLANNING, 'twelve', { got: xs.length }, [], xs));
    }),
  );

export const headcountInputSchema = z
  .object({
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
    // §3b extras (issue 15): the development and hiring funnel.
    rampCurve: opt(z.array(nonNegative).check(z.maxLength(120))),
    retentionByTenure: opt(z.array(fraction).check(z.minLength(1), z.maxLength(120))),
    hiringLeadMonths: opt(z.int().check(z.gte(0), z.lte(24))),
    planYear: opt(z.int().check(z.gte(1900), z.lte(2999))),
  })
  .check(
    z.superRefine((v, ctx) => {
      const c = v.rampCurve;
      if (c != null && c.length !== v.rampMonths)
        ctx.addIssue(customIssue(EN_PLANNING, 'ramp_curve', { ramp: v.rampMonths, got: c.length }, ['rampCurve'], c));
    }),
  );

export type HeadcountInput = z.input<typeof headcountInputSchema>;
export type HeadcountPlanInput = z.output<typeof headcountInputSchema>;
