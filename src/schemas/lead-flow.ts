/** Schemas of model 7 (lead operations: pools, flow and channel ROI): the envelope, the rules and one lead. */
import * as z from 'zod/mini';
import { finite, fraction, isoDate, key, maxKeys, nonNegative, opt, text, wholeNonNegative } from './common.js';
import { customIssue } from './issues.js';
import { monthNumber } from '../models/math.js';
import { EN_BASE } from '../i18n/issues/en-base.js';
import { EN_TIERING } from '../i18n/issues/en-tiering.js';
import { LIMITS } from './limits.js';

/** The four pools of seed 001: 個人私海, 業務線公海, 大公海, 黑名單 (manual only). */
export const POOLS = ['private', 'line', 'company', 'blacklist'] as const;
export type Pool = (typeof POOLS)[number];

/** Reason codes of the due transitions, in rule order. */
export const TRANSITION_REASONS = ['no-follow-up', 'not-converted-in-time', 'unclaimed'] as const;
export type TransitionReason = (typeof TRANSITION_REASONS)[number];

/** Reason codes of reactivation candidates, in the order they are listed. */
export const REACTIVATION_REASONS = ['engaged', 'campaign'] as const;
export type ReactivationReason = (typeof REACTIVATION_REASONS)[number];

/** The monitoring rhythm of seed 001 (日預警, 周追蹤, 月復盤): the window of the source tables. */
export const LEAD_FLOW_PERIODS = ['day', 'week', 'month', 'quarter'] as const;
export type LeadFlowPeriod = (typeof LEAD_FLOW_PERIODS)[number];
/** Creation days each period covers, in the window that ends at asOf − followUpSlaDays (see `periodWindow`). */
export const PERIOD_DAYS: Readonly<Record<LeadFlowPeriod, number>> = { day: 1, week: 7, month: 30, quarter: 90 };

/** One change of owner (§7 extras): no owner (absent, null, empty) is a public pool. */
export const transferSchema = z.object({ at: isoDate, from: opt(text), to: opt(text), reason: opt(text) });
export type Transfer = z.output<typeof transferSchema>;

export const leadSchema = z.object({
  id: z.union([key, finite]),
  source: key,
  businessLine: key,
  pool: z.enum(POOLS),
  owner: opt(text),
  createdAt: isoDate,
  poolEnteredAt: isoDate,
  assignedAt: opt(isoDate),
  firstFollowUpAt: opt(isoDate),
  lastFollowUpAt: opt(isoDate),
  convertedAt: opt(isoDate),
  revenue: opt(nonNegative),
  lastEngagementAt: opt(isoDate),
  industry: opt(text),
  region: opt(text),
  // §7 extras (issue 14): what the lead bought before, for reactivation by category and past orders.
  productCategory: opt(text),
  orders: opt(wholeNonNegative),
  orderAmount: opt(nonNegative),
  lastOrderAt: opt(isoDate),
  // §7 extras (issue 14): the owner history, for transfers rep → rep and pool → rep.
  transfers: opt(z.array(transferSchema).check(z.maxLength(LIMITS.rowEvents))),
});
export type LeadInput = z.input<typeof leadSchema>;
export type Lead = z.output<typeof leadSchema>;

/** An inclusive range of numbers `{ min?, max? }` (§7 extras): a bound left out is open; min above max is refused. */
export const campaignRangeSchema = z.object({ min: opt(nonNegative), max: opt(nonNegative) }).check(
  z.superRefine((r: { min?: number | null; max?: number | null }, ctx) => {
    if (r.min != null && r.max != null && r.max < r.min)
      ctx.addIssue(customIssue(EN_TIERING, 'range_order', { min: r.min }, ['max'], r.max));
  }),
);
export type CampaignRange = z.output<typeof campaignRangeSchema>;

/** The range keys of a campaign (§7 extras: past orders), in the order the spec lists them. */
export const CAMPAIGN_RANGES = ['orders', 'orderAmount', 'lastOrderDays'] as const;
export type CampaignRangeKey = (typeof CAMPAIGN_RANGES)[number];

export const campaignSchema = z.object({
  industry: opt(z.array(text).check(z.maxLength(LIMITS.campaignValues))),
  region: opt(z.array(text).check(z.maxLength(LIMITS.campaignValues))),
  productCategory: opt(z.array(text).check(z.maxLength(LIMITS.campaignValues))),
  orders: opt(campaignRangeSchema),
  orderAmount: opt(campaignRangeSchema),
  lastOrderDays: opt(campaignRangeSchema),
});
export type Campaign = z.output<typeof campaignSchema>;

export const leadFlowRulesSchema = z.object({
  followUpSlaDays: opt(nonNegative),
  privateNoFollowUpDays: opt(nonNegative),
  privateMaxDays: opt(nonNegative),
  lineUnclaimedDays: opt(nonNegative),
  followUpRateAlert: opt(fraction),
  minGroupSize: opt(nonNegative),
  reactivation: opt(
    z.object({
      engagedWithinDays: opt(nonNegative),
      campaign: opt(campaignSchema),
    }),
  ),
});
export type LeadFlowRulesInput = z.input<typeof leadFlowRulesSchema>;

/**
 * Channel costs by source (money for the whole export); a null cost counts as no cost for that source
 * (the convention for null optional values). Checked on its own by views that give the model no costs.
 */
export const channelCostsSchema = /* @__PURE__ */ z
  .record(z.string(), opt(nonNegative))
  .check(maxKeys(LIMITS.channelCosts));

/** One source's costs by calendar month (`YYYY-MM`); a null cost counts as 0 (extras, issue 14). */
const monthCostsSchema = /* @__PURE__ */ z.record(z.string(), opt(nonNegative)).check(
  maxKeys(LIMITS.channelCosts),
  z.superRefine((o: Record<string, unknown>, ctx) => {
    for (const k of Object.keys(o))
      if (Number.isNaN(monthNumber(k))) ctx.addIssue(customIssue(EN_BASE, 'month', {}, [k], k));
  }),
);

/** The cost table: money spent on each source in each calendar month. */
export const periodCostsSchema = /* @__PURE__ */ z
  .record(z.string(), monthCostsSchema)
  .check(maxKeys(LIMITS.channelCosts));

/** User-defined groups of sources (organic, paid…); a source belongs to one group at most. */
export const sourceGroupsSchema = /* @__PURE__ */ z
  .record(z.string(), z.array(key).check(z.maxLength(LIMITS.channelCosts)))
  .check(
    maxKeys(LIMITS.channelCosts),
    z.superRefine((o: Record<string, string[]>, ctx) => {
      const seen = new Set<string>();
      for (const g of Object.keys(o).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
        o[g]!.forEach((s, i) => {
          if (seen.has(s)) ctx.addIssue(customIssue(EN_BASE, 'duplicate', { of: 'source', key: s }, [g, i], s));
          seen.add(s);
        });
    }),
  );

export const leadFlowInputSchema = z.object({
  asOf: isoDate,
  rules: opt(leadFlowRulesSchema),
  leads: z.array(z.unknown()).check(z.maxLength(LIMITS.rows)),
  channelCosts: opt(channelCostsSchema),
  period: opt(z.enum(LEAD_FLOW_PERIODS)),
  periodCosts: opt(periodCostsSchema),
  sourceGroups: opt(sourceGroupsSchema),
});
export type LeadFlowInput = Omit<z.input<typeof leadFlowInputSchema>, 'leads'> & { leads: readonly unknown[] };

/** Teams of owners (issue 14): an owner belongs to one team at most. */
export const teamsSchema = /* @__PURE__ */ z.record(z.string(), z.array(key).check(z.maxLength(LIMITS.rows))).check(
  maxKeys(LIMITS.channelCosts),
  z.superRefine((o: Record<string, string[]>, ctx) => {
    const seen = new Set<string>();
    for (const g of Object.keys(o).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
      o[g]!.forEach((s, i) => {
        if (seen.has(s)) ctx.addIssue(customIssue(EN_BASE, 'duplicate', { of: 'owner', key: s }, [g, i], s));
        seen.add(s);
      });
  }),
);

/** The input of analyzeLeadOwners: the lead-flow input (costs are read by analyzeLeadFlow only) and teams. */
export const leadOwnersInputSchema = z.object({
  asOf: isoDate,
  rules: opt(leadFlowRulesSchema),
  leads: z.array(z.unknown()).check(z.maxLength(LIMITS.rows)),
  period: opt(z.enum(LEAD_FLOW_PERIODS)),
  teams: opt(teamsSchema),
});
export type LeadOwnersInput = Omit<z.input<typeof leadOwnersInputSchema>, 'leads'> & {
  leads: readonly unknown[];
  [k: string]: unknown;
};
