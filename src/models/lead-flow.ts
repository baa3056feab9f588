/**
 * Model 7, lead operations (docs/models.md §7, seed 001): which leads are due to
 * flow between pools, supply / follow-up / conversion / ROI per source and
 * per (source, business line), follow-up alerts, and reactivation candidates
 * in the public pools.
 */
import type * as z from 'zod/mini';
import {
  leadFlowInputSchema,
  leadOwnersInputSchema,
  LEAD_FLOW_PERIODS,
  PERIOD_DAYS,
  POOLS,
  REACTIVATION_REASONS,
  TRANSITION_REASONS,
  type Campaign,
  type CampaignRange,
  type Lead,
  type LeadFlowInput,
  type LeadFlowPeriod,
  type LeadFlowRulesInput,
  type LeadInput,
  type Pool,
  type ReactivationReason,
  type TransitionReason,
} from '../schemas/lead-flow.js';
import { issuesOf, ModelInputError, parseOrThrow, type InvalidRow } from '../schemas/issues.js';
import { LIMITS } from '../schemas/limits.js';
import { isObject } from './guards.js';
import { above, atLeast, below, ceilE, dayNumber, monthFirstDay, monthNumber as monthNumberOf } from './math.js';
import { EN_TEXT } from '../i18n/issues/en-text.js';
import {
  campaignMatches,
  campaignSets,
  campaignUsesOrders,
  categoryRows,
  type CategoryCounts,
  type CategoryReactivation,
} from './lead-flow-campaign.js';
import { TransferTally, type TransferCounts } from './lead-flow-transfers.js';
import { emptyLeadRow, LeadReading, type LeadRow } from './lead-flow-reading.js';

const issue = issuesOf(EN_TEXT);

export { POOLS, TRANSITION_REASONS, REACTIVATION_REASONS, LEAD_FLOW_PERIODS };
export { campaignUsesOrders, type CategoryReactivation };
export { LeadReading, readLead, type LeadRow } from './lead-flow-reading.js';
export type {
  Campaign,
  CampaignRange,
  Lead,
  LeadInput,
  LeadFlowInput,
  LeadFlowPeriod,
  LeadFlowRulesInput,
  Pool,
  ReactivationReason,
  TransitionReason,
};

/** The rules with every default filled in. */
export interface LeadFlowRules {
  followUpSlaDays: number;
  privateNoFollowUpDays: number;
  privateMaxDays: number;
  lineUnclaimedDays: number;
  followUpRateAlert: number;
  minGroupSize: number;
  reactivation: { engagedWithinDays: number; campaign?: Campaign };
}

export const DEFAULT_LEAD_FLOW_RULES: Readonly<LeadFlowRules> = Object.freeze({
  followUpSlaDays: 1,
  privateNoFollowUpDays: 3,
  privateMaxDays: 30,
  lineUnclaimedDays: 14,
  followUpRateAlert: 0.8,
  minGroupSize: 10,
  reactivation: Object.freeze({ engagedWithinDays: 14 }),
});

export interface Transition {
  id: string | number;
  from: Pool;
  to: Pool;
  reason: TransitionReason;
}

/** Supply, follow-up, conversion, cost and ROI of a roll-up (a business line, a source group, the company). */
export interface RollupFigures {
  supplied: number;
  followedUp: number;
  followUpRate: number | null;
  converted: number;
  conversionRate: number | null;
  revenue: number;
  cost: number | null;
  costPerLead: number | null;
  roi: number | null;
}

/** Supply, follow-up, conversion and ROI of one source. */
export interface SourceRow extends RollupFigures {
  source: string;
}

/**
 * The same for one (source, business line). Costs are per source, so they are
 * null here, except with the roll-up extras (`periodCosts` or `sourceGroups`
 * given), which allocate a source's cost to its lines by leads supplied.
 */
export interface SourceLineRow extends RollupFigures {
  source: string;
  businessLine: string;
}
export interface LineRollup extends RollupFigures {
  businessLine: string;
}
export interface GroupRollup extends RollupFigures {
  group: string;
  /** The group's sources as given. */
  sources: string[];
}

export interface LeadFlowAlert {
  source: string;
  businessLine: string;
  supplied: number;
  followedUp: number;
  followUpRate: number;
}

export interface ReactivationCandidate {
  id: string | number;
  pool: Pool;
  reasons: ReactivationReason[];
}

export type PoolCounts = Record<Pool, number>;

export interface LeadFlowResult {
  transitions: Transition[];
  bySource: SourceRow[];
  bySourceLine: SourceLineRow[];
  alerts: LeadFlowAlert[];
  reactivation: ReactivationCandidate[];
  pools: PoolCounts;
  invalid: InvalidRow[];
  /** Extras (issue 14), present only when `periodCosts` or `sourceGroups` is given: ROI by business line… */
  byLine?: LineRollup[];
  /** …by source group (`[]` without groups)… */
  byGroup?: GroupRollup[];
  /** …and for the company. */
  total?: RollupFigures;
  /** Extras (issue 14), present only with product categories or past orders (on a lead or in the campaign). */
  reactivationByCategory?: CategoryReactivation[];
  /** Extras (issue 14), present only when a lead has transfers: rep → rep, pool → rep… by kind and owner. */
  transfers?: TransferCounts;
}

/** Partial rules merged with the defaults key by key (the reactivation object too); null counts as absent. */
export function resolveLeadFlowRules(rules?: LeadFlowRulesInput | null): LeadFlowRules {
  const d = DEFAULT_LEAD_FLOW_RULES;
  if (rules == null) return { ...d, reactivation: { ...d.reactivation } };
  const r = rules.reactivation;
  const campaign = r?.campaign;
  return {
    followUpSlaDays: rules.followUpSlaDays ?? d.followUpSlaDays,
    privateNoFollowUpDays: rules.privateNoFollowUpDays ?? d.privateNoFollowUpDays,
    privateMaxDays: rules.privateMaxDays ?? d.privateMaxDays,
    lineUnclaimedDays: rules.lineUnclaimedDays ?? d.lineUnclaimedDays,
    followUpRateAlert: rules.followUpRateAlert ?? d.followUpRateAlert,
    minGroupSize: rules.minGroupSize ?? d.minGroupSize,
    reactivation: {
      engagedWithinDays: r?.engagedWithinDays ?? d.reactivation.engagedWithinDays,
      ...(campaign == null ? {} : { campaign }),
    },
  };
}

/**
 * The transition due for a lead as of `asOf` (docs/models.md §7), or null. Only the
 * 30-day rule asks for "not converted", so a converted lead never followed up
 * still falls to no-follow-up, and a converted lead in the line pool still
 * falls to unclaimed. The company pool and the blacklist never move.
 */
export function dueReason(row: LeadRow, asOf: number, rules: LeadFlowRules): TransitionReason | null {
  if (row.pool === 'private') {
    if (
      Number.isNaN(row.first) &&
      above(asOf - (Number.isNaN(row.assigned) ? row.entered : row.assigned), rules.privateNoFollowUpDays)
    )
      return 'no-follow-up';
    if (!row.converted && above(asOf - row.entered, rules.privateMaxDays)) return 'not-converted-in-time';
  } else if (row.pool === 'line') {
    if (above(asOf - row.entered, rules.lineUnclaimedDays)) return 'unclaimed';
  }
  return null;
}

/** Followed up within the SLA: days(assignedAt ?? createdAt, firstFollowUpAt) ≤ followUpSlaDays. */
export const followedWithinSla = (row: LeadRow, slaDays: number): boolean =>
  !Number.isNaN(row.first) && !above(row.first - (Number.isNaN(row.assigned) ? row.created : row.assigned), slaDays);

/** Whether a lead created on day `created` is in the period's window (null: every lead counts). */
export function inWindow(
  created: number,
  asOf: number,
  period: LeadFlowPeriod | null | undefined,
  slaDays: number,
): boolean {
  if (period == null) return true;
  const age = asOf - created;
  const lag = slaLag(slaDays);
  return age >= lag && age < lag + PERIOD_DAYS[period];
}

interface Agg {
  supplied: number;
  followedUp: number;
  converted: number;
  revenue: number;
}
const newAgg = (): Agg => ({ supplied: 0, followedUp: 0, converted: 0, revenue: 0 });

/** Code-unit order: the same in every runtime and locale. */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const rate = (n: number, d: number): number | null => (d === 0 ? null : n / d);

/** Whole days a lead needs behind it to have had its whole follow-up SLA: the SLA rounded up (1.5 → 2). */
const slaLag = (slaDays: number): number => Math.max(0, ceilE(slaDays));

/**
 * The creation days a period counts (beyond the contract): the window ends at
 * asOf − followUpSlaDays (rounded down to a whole day), so every lead counted
 * has had its whole follow-up SLA; `day` is that one day, `week` the 7 days and
 * `month` the 30 days ending there. Day numbers since 1970-01-01 (UTC), inclusive.
 */
export function periodWindow(
  asOf: number,
  period: LeadFlowPeriod,
  followUpSlaDays: number,
): { from: number; to: number } {
  const to = asOf - slaLag(followUpSlaDays);
  return { from: to - PERIOD_DAYS[period] + 1, to };
}

const MONTH_DAYS_MS = 86_400_000;
/** The month index (year·12 + month − 1) of a day number. */
const monthOfDay = (d: number): number => {
  const t = new Date(d * MONTH_DAYS_MS);
  return t.getUTCFullYear() * 12 + t.getUTCMonth();
};

/**
 * A source's cost for a window of days (inclusive day numbers), each month
 * prorated by its days: Σ over the months the window touches, in month
 * order, of `cost[m] * d / D` (d: window days in m, D: days of m). Without a
 * window, the sum of every month in month order. Months absent or null count 0.
 */
export function periodCost(
  months: Readonly<Record<string, number | null | undefined>>,
  window: { from: number; to: number } | null,
): number {
  const byMonth = new Map<number, number>();
  for (const [k, v] of Object.entries(months)) if (v != null) byMonth.set(monthNumberOf(k), v);
  let total = 0;
  if (window === null) {
    for (const m of [...byMonth.keys()].sort((a, b) => a - b)) total += byMonth.get(m)!;
    return total;
  }
  for (let m = monthOfDay(window.from), last = monthOfDay(window.to); m <= last; m++) {
    const cost = byMonth.get(m);
    if (cost === undefined) continue;
    const start = monthFirstDay(m);
    const end = monthFirstDay(m + 1) - 1;
    const d = Math.min(window.to, end) - Math.max(window.from, start) + 1;
    total += (cost * d) / (end - start + 1);
  }
  return total;
}

/** A roll-up's figures from its counts and cost; an ROI that is not finite is null (an extra never rejects input). */
function rollup(a: Agg, cost: number | null): RollupFigures {
  const roi = cost === null || cost === 0 ? null : (a.revenue - cost) / cost;
  return {
    supplied: a.supplied,
    followedUp: a.followedUp,
    followUpRate: rate(a.followedUp, a.supplied),
    converted: a.converted,
    conversionRate: rate(a.converted, a.supplied),
    revenue: a.revenue,
    cost,
    costPerLead: cost === null || a.supplied === 0 ? null : cost / a.supplied,
    roi: roi !== null && Number.isFinite(roi) ? roi : null,
  };
}

const addTo = (a: Agg, followed: boolean, converted: boolean, revenue: number): void => {
  a.supplied++;
  if (followed) a.followedUp++;
  if (converted) {
    a.converted++;
    a.revenue += revenue;
  }
};

/** Σ of the costs given (null: no cost), in the order given; null when none has a cost. */
function costSum(costs: readonly (number | null)[]): number | null {
  let total: number | null = null;
  for (const c of costs) if (c !== null) total = (total ?? 0) + c;
  return total;
}

/** What the counting pass of an analysis depends on besides its leads (costs only come in after it). */
interface CountSettings {
  /** The settings as one string: two analyses with the same key count the same leads the same way. */
  key: string;
  rules: LeadFlowRules;
  asOf: number;
  window: { lag: number; days: number } | null;
  extras: boolean;
  groupNames: string[];
  groupOf: Map<string, string>;
  /** The period's creation days (`periodWindow`; null: every day): transfers counted, monthly costs prorated. */
  days: { from: number; to: number } | null;
}

function countSettings(env: z.output<typeof leadFlowInputSchema>, rules: LeadFlowRules): CountSettings {
  const asOf = dayNumber(env.asOf);
  const extras = env.periodCosts != null || env.sourceGroups != null;
  const groups = env.sourceGroups ?? {};
  const groupNames = Object.keys(groups).sort(cmp);
  const groupOf = new Map<string, string>();
  for (const g of groupNames) for (const src of groups[g]!) groupOf.set(src, g);
  return {
    key: JSON.stringify([rules, asOf, env.period ?? null, extras, env.sourceGroups ?? null]),
    rules,
    asOf,
    window: env.period == null ? null : { lag: slaLag(rules.followUpSlaDays), days: PERIOD_DAYS[env.period] },
    extras,
    groupNames,
    groupOf,
    days: env.period == null ? null : periodWindow(asOf, env.period, rules.followUpSlaDays),
  };
}

/**
 * The counting pass of an analysis: the leads of a reading counted in order, from the first not counted yet, so a
 * reading that grows (a file's leads as they are mapped) can be counted as it grows and the analysis counts only
 * the rest (`countLeadFlowAhead`). Its lists only ever grow; an analysis gives copies.
 */
class LeadCount {
  counted = 0;
  readonly transitions: Transition[] = [];
  readonly reactivation: ReactivationCandidate[] = [];
  readonly pools: PoolCounts = { private: 0, line: 0, company: 0, blacklist: 0 };
  readonly sources = new Map<string, { agg: Agg; lines: Map<string, Agg> }>();
  readonly lineAggs = new Map<string, Agg>();
  readonly groupAggs: Map<string, Agg>;
  readonly totalAgg = newAgg();
  readonly byCategory = new Map<string | null, CategoryCounts>();
  // Extras (issue 14): reactivation by product category and past orders.
  ordersOn: boolean;
  // Extras (issue 14): transfers that happened, counted when a lead has some.
  tally: TransferTally | null = null;
  private readonly campaign: ReturnType<typeof campaignSets>;
  private readonly row = emptyLeadRow();

  constructor(
    readonly s: CountSettings,
    readonly reading: LeadReading,
  ) {
    this.groupAggs = new Map(s.groupNames.map((g) => [g, newAgg()]));
    this.campaign = campaignSets(s.rules.reactivation.campaign);
    this.ordersOn = campaignUsesOrders(s.rules.reactivation.campaign);
  }

  /** Count the leads read since the last call (one row object reused lead after lead). */
  add(): void {
    const { s, reading: read, row, transitions, reactivation, pools, sources, byCategory, campaign } = this;
    const { rules, asOf, window, extras, groupOf } = s;
    const { followUpSlaDays } = rules;
    const { engagedWithinDays } = rules.reactivation;
    const { lineAggs, totalAgg, groupAggs } = this;
    let ordersOn = this.ordersOn;
    let tally = this.tally;
    for (let k = this.counted, n = read.size; k < n; k++) {
      read.rowAt(k, row);
      const { pool } = row;
      pools[pool]++;

      const reason = dueReason(row, asOf, rules);
      if (reason !== null)
        transitions.push({ id: row.id, from: pool, to: reason === 'unclaimed' ? 'company' : 'line', reason });
      if (row.ordered) ordersOn = true;
      if (row.transfers?.length) (tally ??= new TransferTally(asOf, s.days)).add(row.transfers, row.convertedDay);
      // Reactivation reads the current pools, before the due transitions; only leads not converted.
      if (!row.converted && (pool === 'line' || pool === 'company')) {
        const reasons: ReactivationReason[] = [];
        if (!Number.isNaN(row.engaged)) {
          const d = asOf - row.engaged;
          if (atLeast(d, 0) && !above(d, engagedWithinDays)) reasons.push('engaged');
        }
        if (campaignMatches(campaign, row, asOf)) reasons.push('campaign');
        if (reasons.length) reactivation.push({ id: row.id, pool, reasons });
        const key = row.category ?? null;
        let c = byCategory.get(key);
        if (c === undefined)
          byCategory.set(key, (c = { pooled: 0, candidates: 0, withOrders: 0, orders: 0, orderAmount: 0 }));
        c.pooled++;
        if (reasons.length) {
          c.candidates++;
          if (row.orders >= 1) c.withOrders++;
          c.orders += row.orders;
          c.orderAmount += row.orderAmount;
        }
      }

      if (window !== null) {
        const age = asOf - row.created;
        if (age < window.lag || age >= window.lag + window.days) continue;
      }
      let src = sources.get(row.source);
      if (src === undefined) sources.set(row.source, (src = { agg: newAgg(), lines: new Map() }));
      let g = src.lines.get(row.line);
      if (g === undefined) src.lines.set(row.line, (g = newAgg()));
      const followed = followedWithinSla(row, followUpSlaDays);
      const a = src.agg;
      a.supplied++;
      g.supplied++;
      if (followed) {
        a.followedUp++;
        g.followedUp++;
      }
      if (row.converted) {
        a.converted++;
        g.converted++;
        a.revenue += row.revenue;
        g.revenue += row.revenue;
      }
      if (extras) {
        let l = lineAggs.get(row.line);
        if (l === undefined) lineAggs.set(row.line, (l = newAgg()));
        addTo(l, followed, row.converted, row.revenue);
        addTo(totalAgg, followed, row.converted, row.revenue);
        const gName = groupOf.get(row.source);
        if (gName !== undefined) addTo(groupAggs.get(gName)!, followed, row.converted, row.revenue);
      }
    }
    this.ordersOn = ordersOn;
    this.tally = tally;
    this.counted = read.size;
  }
}

/** The count kept with a reading (the last settings it was counted under). */
const counts = new WeakMap<LeadReading, LeadCount>();

/** The count of `reading` under `s`: the one kept when its settings are the same, else a new one (then kept). */
function countOf(reading: LeadReading, s: CountSettings): LeadCount {
  let c = counts.get(reading);
  if (c?.s.key !== s.key) counts.set(reading, (c = new LeadCount(s, reading)));
  return c;
}

/**
 * An input with a list of leads checked (the analyses' and the owners'): a list within the limit is checked as a
 * list only (its leads are read one by one after, bad ones listed); zod would visit each of hundreds of thousands of
 * leads to find nothing. Anything else is checked whole, so the issues are the schema's.
 */
export function parseLeadsEnvelope<S extends typeof leadFlowInputSchema | typeof leadOwnersInputSchema>(
  schema: S,
  input: unknown,
): z.output<S> {
  if (!isObject(input) || !Array.isArray(input.leads) || input.leads.length > LIMITS.rows)
    return parseOrThrow(schema, input) as z.output<S>;
  const env = parseOrThrow(schema, { ...input, leads: [] }) as z.output<S>;
  env.leads = input.leads as unknown[];
  return env;
}

/**
 * Count the leads `reading` has read so far for the analysis of `input` (its leads are the reading's, not
 * checked here), so `analyzeLeadFlow(input, reading)` later counts only the leads read since: e.g. while a
 * file's leads are mapped. Bad settings throw as the analysis would.
 */
export function countLeadFlowAhead(input: unknown, reading: LeadReading): void {
  const env = parseOrThrow(leadFlowInputSchema, { ...(input as object), leads: [] });
  const c = countOf(reading, countSettings(env, resolveLeadFlowRules(env.rules)));
  c.add();
}

/**
 * Analyse lead operations as of `asOf`: due pool transitions, per-source and
 * per-(source, business line) supply, follow-up, conversion and ROI, follow-up
 * alerts, reactivation candidates and pool counts. Bad lead rows are listed in
 * `invalid`; the rest are analysed. With `period` (day / week / month) the
 * source tables and alerts count only leads created in `periodWindow` (ending
 * at asOf − followUpSlaDays, so each lead counted has had its whole SLA).
 * `reading`: the input's leads (the very array) read so far, e.g. as a file's
 * leads were mapped, and maybe counted (`countLeadFlowAhead`); the rest are read
 * and counted here. The result is the same with or without it.
 */
export function analyzeLeadFlow(input: unknown, reading?: LeadReading): LeadFlowResult {
  const env = parseLeadsEnvelope(leadFlowInputSchema, input);
  const rules = resolveLeadFlowRules(env.rules);
  const s = countSettings(env, rules);

  const costs = new Map<string, number>();
  if (env.channelCosts != null) for (const [k, v] of Object.entries(env.channelCosts)) if (v != null) costs.set(k, v);
  // Extras (issue 14): monthly costs win over channelCosts for their sources; roll-ups by line, group, company.
  const periodCosts = env.periodCosts ?? null;
  if (periodCosts !== null)
    for (const [k, months] of Object.entries(periodCosts)) costs.set(k, periodCost(months, s.days));
  const groups = env.sourceGroups ?? {};

  // The leads read (checked, their dates as day numbers) once: ahead of the analysis when the caller read them as
  // they came (`reading` of these very leads), else here a block at a time, each block counted as it is read; then
  // counted from the first not counted yet under these settings (a reading of the caller keeps its count: the next
  // analysis with the same settings counts no lead).
  const given = (input as { leads: unknown }).leads;
  const kept = reading !== undefined && reading.leads === given;
  const read = kept ? reading.read() : new LeadReading(env.leads, true);
  const c = kept ? countOf(read, s) : new LeadCount(s, read);
  if (kept) c.add();
  else read.each(() => c.add());
  const invalid: InvalidRow[] = read.invalid.slice();
  const { extras, groupNames } = s;
  const { lineAggs, groupAggs, totalAgg } = c;
  // A kept count goes on growing: this result gets copies of its lists.
  const sources = kept ? new Map(c.sources) : c.sources;
  for (const k of costs.keys()) if (!sources.has(k)) sources.set(k, { agg: newAgg(), lines: new Map() });

  const bySource: SourceRow[] = [];
  const bySourceLine: SourceLineRow[] = [];
  const alerts: LeadFlowAlert[] = [];
  /** Allocated costs per business line, in code-unit order of source. */
  const lineCosts = new Map<string, number[]>();
  for (const source of [...sources.keys()].sort(cmp)) {
    const { agg, lines } = sources.get(source)!;
    if (!Number.isFinite(agg.revenue)) throw new ModelInputError([issue('leads', 'source_revenue', { source })]);
    const cost = costs.get(source) ?? null;
    const roi = cost === null || cost === 0 ? null : (agg.revenue - cost) / cost;
    if (roi !== null && !Number.isFinite(roi))
      throw new ModelInputError([
        issue(`${periodCosts?.[source] != null ? 'periodCosts' : 'channelCosts'}.${source}`, 'roi_small', {}),
      ]);
    bySource.push({
      source,
      supplied: agg.supplied,
      followedUp: agg.followedUp,
      followUpRate: rate(agg.followedUp, agg.supplied),
      converted: agg.converted,
      conversionRate: rate(agg.converted, agg.supplied),
      revenue: agg.revenue,
      cost,
      costPerLead: cost === null || agg.supplied === 0 ? null : cost / agg.supplied,
      roi,
    });
    for (const businessLine of [...lines.keys()].sort(cmp)) {
      const g = lines.get(businessLine)!;
      const followUpRate = rate(g.followedUp, g.supplied);
      // With the extras a line gets its share of the source's cost, by leads supplied.
      const lineCost = extras && cost !== null ? (cost * g.supplied) / agg.supplied : null;
      if (lineCost !== null)
        (lineCosts.get(businessLine) ?? lineCosts.set(businessLine, []).get(businessLine)!).push(lineCost);
      const figures = extras ? rollup(g, lineCost) : null;
      bySourceLine.push({
        source,
        businessLine,
        supplied: g.supplied,
        followedUp: g.followedUp,
        followUpRate,
        converted: g.converted,
        conversionRate: rate(g.converted, g.supplied),
        revenue: g.revenue,
        cost: figures?.cost ?? null,
        costPerLead: figures?.costPerLead ?? null,
        roi: figures?.roi ?? null,
      });
      if (
        followUpRate !== null &&
        atLeast(g.supplied, rules.minGroupSize) &&
        below(followUpRate, rules.followUpRateAlert)
      )
        alerts.push({ source, businessLine, supplied: g.supplied, followedUp: g.followedUp, followUpRate });
    }
  }

  const result: LeadFlowResult = {
    transitions: kept ? c.transitions.slice() : c.transitions,
    bySource,
    bySourceLine,
    alerts,
    reactivation: kept ? c.reactivation.slice() : c.reactivation,
    pools: { ...c.pools },
    invalid,
  };
  if (extras) addRollups(result, { costs, lineAggs, lineCosts, groups, groupNames, groupAggs, totalAgg });
  if (c.ordersOn) result.reactivationByCategory = categoryRows(c.byCategory);
  if (c.tally !== null) result.transfers = c.tally.result();
  return result;
}

/** The roll-up extras (ROI by line, group and company) appended to a result. */
function addRollups(
  result: LeadFlowResult,
  r: {
    costs: Map<string, number>;
    lineAggs: Map<string, Agg>;
    lineCosts: Map<string, number[]>;
    groups: Record<string, string[]>;
    groupNames: string[];
    groupAggs: Map<string, Agg>;
    totalAgg: Agg;
  },
): void {
  const { costs, lineAggs, lineCosts, groups, groupNames, groupAggs, totalAgg } = r;
  const { bySource } = result;
  const sourceNames = bySource.map((s) => s.source);
  const costOf = (src: string): number | null => costs.get(src) ?? null;
  result.byLine = [...lineAggs.keys()].sort(cmp).map((businessLine) => ({
    businessLine,
    ...rollup(lineAggs.get(businessLine)!, costSum(lineCosts.get(businessLine) ?? [])),
  }));
  result.byGroup = groupNames.map((group) => {
    const members = new Set(groups[group]);
    return {
      group,
      sources: [...groups[group]!],
      ...rollup(groupAggs.get(group)!, costSum([...members].sort(cmp).map(costOf))),
    };
  });
  result.total = rollup(totalAgg, costSum(sourceNames.map(costOf)));
}
