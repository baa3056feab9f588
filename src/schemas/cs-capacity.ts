/** Schemas of model 6, the customer-success organisation (docs/models.md §6). */
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
  wholeNonNegative,
  wholePositive,
} from './common.js';
import { LIMITS } from './limits.js';

/** Longest planning horizon: 100 years of monthly rows. */
export const MAX_HORIZON_MONTHS = 1200;

const csCapacityShape = {
  /** Paying customers today. */
  customers: wholeNonNegative,
  /** New paying customers a month (an average, so it may be fractional). */
  monthlyNewCustomers: opt(nonNegative),
  /** c: share of customers lost each month. */
  monthlyChurnRate: opt(fraction),
  /** H: months ahead the base is planned for. */
  horizonMonths: opt(z.int().check(z.gte(0), z.lte(MAX_HORIZON_MONTHS))),
  /** T: service hours of one CSM a month. */
  serviceHoursPerCsm: positive,
  /** T1: deep-service hours per customer a month. */
  deepHoursPerCustomer: positive,
  /** r1: share of a CSM's hours spent on deep service. */
  deepHoursShare: fraction,
  /** r2: share of customers in deep service; derived when absent. */
  deepCustomerShare: opt(fraction),
  /** Months a new customer stays in deep service (from the tiering strategy). */
  deepServiceMonths: opt(nonNegative),
  /** Key accounts kept in deep service all the time. */
  keyAccounts: opt(wholeNonNegative),
  /** T2: standard-service hours per customer a month. */
  standardHoursPerCustomer: opt(positive),
  /** R1, R2, R3…: CSMs per first-line manager, then per level. */
  spans: z.array(wholePositive).check(z.minLength(1), z.maxLength(LIMITS.spanLevels)),
};

export const csCapacityInputSchema = z.object(csCapacityShape);
export type CsCapacityInput = z.input<typeof csCapacityInputSchema>;
export type CsCapacityParsed = z.output<typeof csCapacityInputSchema>;

/** The part of a segment row beyond the planCsCapacity input. */
export const csSegmentHeadSchema = z.object({ key, label: opt(text) });
export type CsSegmentInput = z.input<typeof csSegmentHeadSchema> & CsCapacityInput;

export const csSegmentsInputSchema = z.object({
  segments: z.array(z.unknown()).check(z.maxLength(LIMITS.segments)),
  /** Spans for the combined organisation; default: the first valid segment's spans. */
  spans: opt(z.array(wholePositive).check(z.minLength(1), z.maxLength(LIMITS.spanLevels))),
});
export interface CsSegmentsInput {
  segments: CsSegmentInput[];
  spans?: number[] | null;
}

/** §6 extras: a customer to count by tier (docs/models.md, `deepShareFromTiers`). */
export const tierCustomerRowSchema = z.object({ id: opt(z.union([z.string(), z.number()])), values: plainObject });

export const deepShareInputSchema = z.object({
  customers: z.array(z.unknown()).check(z.maxLength(LIMITS.rows)),
  model: opt(plainObject),
  preset: opt(z.enum(['lead', 'customer'])),
  asOf: opt(isoDate),
});
export type DeepShareInput = z.input<typeof deepShareInputSchema>;
