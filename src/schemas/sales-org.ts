/** Schema of model 4, the sales organisation from the gross-margin model (docs/models.md §4). */
import * as z from 'zod/mini';
import { fraction, nonNegative, opt, plainObject, positive, wholePositive } from './common.js';
import { LIMITS } from './limits.js';
import { customIssue } from './issues.js';
import { EN_PLANNING } from '../i18n/issues/en-planning.js';

/** §4's cost fields, shared with the monthly projection (§4 extras). */
export const orgCostFields = {
  /** Loaded cost of one rep a year. */
  repCost: positive,
  /** Reps per first-line manager, then managers per manager, level by level. */
  spans: z.array(wholePositive).check(z.minLength(1), z.maxLength(LIMITS.spanLevels)),
  /** Cost of one manager a year, per level; same length as `spans`. */
  managerCosts: z.array(nonNegative).check(z.maxLength(LIMITS.spanLevels)),
  opsCost: opt(nonNegative),
  grossMarginRate: opt(fraction),
  targetMarginRate: opt(fraction),
};

/** One manager cost per level of spans. */
export const costsPerLevel = () =>
  z.superRefine((v: { spans: number[]; managerCosts: number[] }, ctx) => {
    if (v.managerCosts.length !== v.spans.length)
      ctx.addIssue(
        customIssue(
          EN_PLANNING,
          'costs_per_level',
          { levels: v.spans.length, got: v.managerCosts.length },
          ['managerCosts'],
          v.managerCosts,
        ),
      );
  });

export const salesOrgInputSchema = z
  .object({
    /** New customers to sign in a year; a whole number ≥ 1. */
    newCustomersTarget: wholePositive,
    /** P: average contract value per new customer. */
    avgContractValue: positive,
    /** PCU: new customers one rep signs in a year at saturated workload. */
    customersPerRep: positive,
    ...orgCostFields,
  })
  .check(costsPerLevel());

export type SalesOrgInput = z.input<typeof salesOrgInputSchema>;
export type SalesOrgParsed = z.output<typeof salesOrgInputSchema>;

/** §4 extras: the organisation month by month from a headcount plan (§3b's input under `plan`). */
export const salesOrgTimelineInputSchema = z
  .object({
    plan: plainObject,
    ...orgCostFields,
    targetMonth: opt(z.int().check(z.gte(1), z.lte(12))),
  })
  .check(costsPerLevel());

export type SalesOrgTimelineInput = z.input<typeof salesOrgTimelineInputSchema>;
export type SalesOrgTimelineParsed = z.output<typeof salesOrgTimelineInputSchema>;
