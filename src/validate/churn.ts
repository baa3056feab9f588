/**
 * The churn schemas (src/schemas/churn.ts, the contract) by hand, for the churn early-warning model: the
 * same issues and the same data as the zod schemas for every input (test/node/validate-risk.test.ts),
 * without zod's bytes on the risk panels' page (issue 10).
 */
import type * as z from 'zod/mini';
import type { Account, churnInputSchema, churnRulesSchema } from '../schemas/churn.js';
import { LIMITS } from '../schemas/limits.js';
import { bool, list, max, maxLength, min, num, object, opt, type S } from './engine.js';
import {
  finite,
  fraction,
  isoDate,
  isoMonth,
  key,
  nonNegative,
  plainObject,
  rowList,
  text,
  uniqueBy,
  wholePositive,
} from './field-checks.js';

export type ChurnRulesData = z.output<typeof churnRulesSchema>;
export type ChurnEnvelope = z.output<typeof churnInputSchema>;
export type { Account };

/** churnRulesSchema. */
export const churnRules: S = object({
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

/** accountSchema. */
export const account: S = object({
  id: key,
  name: opt(text),
  arr: opt(nonNegative),
  renewalDate: opt(isoDate),
  tier: opt(text),
  owner: opt(text),
  usage: opt(
    list(
      object({ month: isoMonth, usageRate: opt(fraction), activeUsers: opt(nonNegative) }),
      LIMITS.usagePoints,
      maxLength(LIMITS.usagePoints),
      uniqueBy('month', 'month'),
    ),
  ),
  tickets: opt(object({ last30d: nonNegative, baseline30d: nonNegative, escalated: opt(nonNegative) })),
  nps: opt(num(min(0), max(10))),
  csat: opt(num(min(1), max(5))),
  overdueDays: opt(nonNegative),
  contactChanged: opt(bool),
  events: opt(list(object({ type: key, at: isoDate }), LIMITS.rowEvents, maxLength(LIMITS.rowEvents))),
});

/** churnInputSchema: the rows are the model's to check one by one. */
export const churnInput: S = object({ asOf: isoDate, rules: opt(plainObject), accounts: rowList('accounts') });
