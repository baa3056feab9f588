/** Schemas of model 5 (churn early warning, docs/models.md §5): churn rules and account rows. */
import * as z from 'zod/mini';
import {
  finite,
  fraction,
  isoDate,
  isoMonth,
  key,
  nonNegative,
  opt,
  plainObject,
  text,
  maxItems,
  uniqueBy,
  wholePositive,
} from './common.js';
import { LIMITS } from './limits.js';
import { listOf } from './issues.js';

/** Every key optional; each merges with the defaults on its own. */
export const churnRulesSchema = z.object({
  usageLookbackMonths: opt(wholePositive),
  usageDropWarn: opt(fraction),
  usageDropCritical: opt(fraction),
  activeUsersDropWarn: opt(fraction),
  activeUsersDropCritical: opt(fraction),
  lowUsageRate: opt(fraction),
  ticketSpikeWarn: opt(nonNegative),
  ticketSpikeCritical: opt(nonNegative),
  ticketZeroBaselineWarn: opt(nonNegative),
  npsDetractorMax: opt(finite),
  csatLowBelow: opt(finite),
  overdueWarnDays: opt(nonNegative),
  overdueCriticalDays: opt(nonNegative),
  eventWindowDays: opt(nonNegative),
  renewalWindowDays: opt(nonNegative),
});
export type ChurnRulesInput = z.input<typeof churnRulesSchema>;

export const usagePointSchema = z.object({
  month: isoMonth,
  usageRate: opt(fraction),
  activeUsers: opt(nonNegative),
});

export const ticketsSchema = z.object({
  last30d: nonNegative,
  baseline30d: nonNegative,
  escalated: opt(nonNegative),
});

export const churnEventSchema = z.object({ type: key, at: isoDate });

export const accountSchema = z.object({
  id: key,
  name: opt(text),
  arr: opt(nonNegative),
  renewalDate: opt(isoDate),
  tier: opt(text),
  /** The account's customer-success manager (issue 14): the CRM's name. */
  owner: opt(text),
  usage: opt(
    z.array(usagePointSchema).check(
      z.maxLength(LIMITS.usagePoints),
      uniqueBy((p: { month: string }) => p.month, 'month', 'month'),
    ),
  ),
  tickets: opt(ticketsSchema),
  /** A 0–10 recommendation score: 0–6 is a detractor by default. */
  nps: opt(z.number().check(z.gte(0), z.lte(10))),
  /** 1–5. */
  csat: opt(z.number().check(z.gte(1), z.lte(5))),
  overdueDays: opt(nonNegative),
  contactChanged: opt(z.boolean()),
  events: opt(z.array(churnEventSchema).check(z.maxLength(LIMITS.rowEvents))),
});
export type AccountInput = z.input<typeof accountSchema>;
export type Account = z.output<typeof accountSchema>;

export const churnInputSchema = z.object({
  asOf: isoDate,
  rules: opt(plainObject),
  /** Rows are validated one by one by the model; zod does not walk the list here. */
  accounts: z.custom<unknown[]>((v) => Array.isArray(v), listOf('accounts')).check(maxItems(LIMITS.rows)),
});
