/**
 * Model 7, lead operations (docs/models.md §7, seed 001): which leads are due to
 * flow between pools, supply / follow-up / conversion / ROI per source and
 * per (source, business line), follow-up alerts, and reactivation candidates
 * in the public pools.
 */
import {
  leadFlowInputSchema,
  leadSchema,
  LEAD_FLOW_PERIODS,
  PERIOD_DAYS,
  POOLS,
  REACTIVATION_REASONS,
  TRANSITION_REASONS,
  type Campaign,
  type Lead,
  type LeadFlowInput,
  type LeadFlowPeriod,
  type LeadFlowRulesInput,
  type LeadInput,
  type Pool,
  type ReactivationReason,
  type TransitionReason,
} from '../schemas/lead-flow.js';
import { issuesOf, ModelInputError, parseOrThrow, rowId, tryParse, type InvalidRow } from '../schemas/issues.js';
import { above, atLeast, below, ceilE, dayNumber } from './math.js';
import { EN_TEXT } from '../i18n/issues/en-text.js';

const issue = issuesOf(EN_TEXT);

export { POOLS, TRANSITION_REASONS, REACTIVATION_REASONS, LEAD_FLOW_PERIODS };
export type {
  Campaign,
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

/** Supply, follow-up, conversion and ROI of one source. */
export interface SourceRow {
  source: string;
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

/** The same for one (source, business line); costs are per source only, so they are null here. */
export interface SourceLineRow {
  source: string;
  businessLine: string;
  supplied: number;
  followedUp: number;
  followUpRate: number | null;
  converted: number;
  conversionRate: number | null;
  revenue: number;
  cost: null;
  costPerLead: null;
  roi: null;
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

/** A valid lead reduced to what the analysis reads; absent dates are NaN. */
interface Row {
  id: string | number;
  source: string;
  line: string;
  pool: Pool;
  created: number;
  entered: number;
  assigned: number;
  first: number;
  converted: boolean;
  revenue: number;
  engaged: number;
  industry: string | undefined;
  region: string | undefined;
}

const ABSENT = NaN;
/** dayNumber never returns Infinity, so it marks a value the fast check cannot accept. */
const BAD = Infinity;

function optDay(v: unknown): number {
  if (v === undefined || v === null) return ABSENT;
  if (typeof v !== 'string') return BAD;
  const d = dayNumber(v);
  return Number.isNaN(d) ? BAD : d;
}
const optText = (v: unknown): boolean => v === undefined || v === null || typeof v === 'string';
const isKey = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isPool = (v: unknown): v is Pool => v === 'private' || v === 'line' || v === 'company' || v === 'blacklist';

/**
 * The lead schema's acceptance, written out by hand: zod per row is the cost
 * at 100,000 leads. It may only be stricter than the schema, never looser;
 * a row it refuses goes through zod, which has the last word and the messages.
 */
function fastLead(raw: unknown): Row | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const id = r.id;
  if (!(typeof id === 'string' ? id.length > 0 : typeof id === 'number' && Number.isFinite(id))) return null;
  const { source, businessLine, pool, industry, region, revenue } = r;
  if (!isKey(source) || !isKey(businessLine) || !isPool(pool)) return null;
  if (!optText(r.owner) || !optText(industry) || !optText(region)) return null;
  if (!(
    revenue === undefined ||
    revenue === null ||
    (typeof revenue === 'number' && Number.isFinite(revenue) && revenue >= 0)
  ))
    return null;
  const created = typeof r.createdAt === 'string' ? dayNumber(r.createdAt) : NaN;
  const entered = typeof r.poolEnteredAt === 'string' ? dayNumber(r.poolEnteredAt) : NaN;
  if (Number.isNaN(created) || Number.isNaN(entered)) return null;
  const assigned = optDay(r.assignedAt);
  const first = optDay(r.firstFollowUpAt);
  const last = optDay(r.lastFollowUpAt);
  const conv = optDay(r.convertedAt);
  const engaged = optDay(r.lastEngagementAt);
  if (assigned === BAD || first === BAD || last === BAD || conv === BAD || engaged === BAD) return null;
  return {
    id: id as string | number,
    source,
    line: businessLine,
    pool,
    created,
    entered,
    assigned,
    first,
    converted: !Number.isNaN(conv),
    revenue: revenue ?? 0,
    engaged,
    industry: (industry as string | null | undefined) ?? undefined,
    region: (region as string | null | undefined) ?? undefined,
  };
}

const day = (s: string | null | undefined): number => (s == null ? ABSENT : dayNumber(s));

function fromParsed(l: Lead): Row {
  return {
    id: l.id,
    source: l.source,
    line: l.businessLine,
    pool: l.pool,
    created: dayNumber(l.createdAt),
    entered: dayNumber(l.poolEnteredAt),
    assigned: day(l.assignedAt),
    first: day(l.firstFollowUpAt),
    converted: l.convertedAt != null,
    revenue: l.revenue ?? 0,
    engaged: day(l.lastEngagementAt),
    industry: l.industry ?? undefined,
    region: l.region ?? undefined,
  };
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

/** A campaign's lists as sets, so matching a lead costs the same however long the lists are. */
interface CampaignSets {
  industry: Set<string> | null;
  region: Set<string> | null;
}
const campaignSets = (c: Campaign | undefined): CampaignSets | null =>
  // An empty campaign (no list given) matches nothing.
  c == null || (c.industry == null && c.region == null)
    ? null
    : {
        industry: c.industry == null ? null : new Set(c.industry),
        region: c.region == null ? null : new Set(c.region),
      };

function campaignMatches(c: CampaignSets | null, row: Row): boolean {
  if (c === null) return false;
  const { industry, region } = c;
  // Every list given must contain the lead's value.
  if (industry !== null && (row.industry === undefined || !industry.has(row.industry))) return false;
  if (region !== null && (row.region === undefined || !region.has(row.region))) return false;
  return true;
}

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

/**
 * Analyse lead operations as of `asOf`: due pool transitions, per-source and
 * per-(source, business line) supply, follow-up, conversion and ROI, follow-up
 * alerts, reactivation candidates and pool counts. Bad lead rows are listed in
 * `invalid`; the rest are analysed. With `period` (day / week / month) the
 * source tables and alerts count only leads created in `periodWindow` (ending
 * at asOf − followUpSlaDays, so each lead counted has had its whole SLA).
 */
export function analyzeLeadFlow(input: unknown): LeadFlowResult {
  const env = parseOrThrow(leadFlowInputSchema, input);
  const rules = resolveLeadFlowRules(env.rules);
  const asOf = dayNumber(env.asOf);
  const window = env.period == null ? null : { lag: slaLag(rules.followUpSlaDays), days: PERIOD_DAYS[env.period] };

  const costs = new Map<string, number>();
  if (env.channelCosts != null) for (const [k, v] of Object.entries(env.channelCosts)) if (v != null) costs.set(k, v);

  const transitions: Transition[] = [];
  const reactivation: ReactivationCandidate[] = [];
  const invalid: InvalidRow[] = [];
  const pools: PoolCounts = { private: 0, line: 0, company: 0, blacklist: 0 };
  const sources = new Map<string, { agg: Agg; lines: Map<string, Agg> }>();

  const { followUpSlaDays, privateNoFollowUpDays, privateMaxDays, lineUnclaimedDays } = rules;
  const { engagedWithinDays } = rules.reactivation;
  const campaign = campaignSets(rules.reactivation.campaign);

  const leads = env.leads;
  for (let index = 0; index < leads.length; index++) {
    const raw = leads[index];
    let row = fastLead(raw);
    if (row === null) {
      const parsed = tryParse(leadSchema, raw);
      if (!parsed.ok) {
        const id = rowId(raw);
        invalid.push(id === undefined ? { index, issues: parsed.issues } : { index, id, issues: parsed.issues });
        continue;
      }
      row = fromParsed(parsed.data);
    }
    const { pool } = row;
    pools[pool]++;

    // Due transitions, as docs/models.md §7 writes them: only the 30-day rule (and reactivation below) asks
    // for "not converted", so a converted lead never followed up still falls to no-follow-up, and a
    // converted lead in the line pool still falls to unclaimed. The company pool and the blacklist never move.
    if (pool === 'private') {
      if (
        Number.isNaN(row.first) &&
        above(asOf - (Number.isNaN(row.assigned) ? row.entered : row.assigned), privateNoFollowUpDays)
      )
        transitions.push({ id: row.id, from: 'private', to: 'line', reason: 'no-follow-up' });
      else if (!row.converted && above(asOf - row.entered, privateMaxDays))
        transitions.push({ id: row.id, from: 'private', to: 'line', reason: 'not-converted-in-time' });
    } else if (pool === 'line') {
      if (above(asOf - row.entered, lineUnclaimedDays))
        transitions.push({ id: row.id, from: 'line', to: 'company', reason: 'unclaimed' });
    }
    // Reactivation reads the current pools, before the due transitions; only leads not converted.
    if (!row.converted && (pool === 'line' || pool === 'company')) {
      const reasons: ReactivationReason[] = [];
      if (!Number.isNaN(row.engaged)) {
        const d = asOf - row.engaged;
        if (atLeast(d, 0) && !above(d, engagedWithinDays)) reasons.push('engaged');
      }
      if (campaignMatches(campaign, row)) reasons.push('campaign');
      if (reasons.length) reactivation.push({ id: row.id, pool, reasons });
    }

    if (window !== null) {
      const age = asOf - row.created;
      if (age < window.lag || age >= window.lag + window.days) continue;
    }
    let s = sources.get(row.source);
    if (s === undefined) sources.set(row.source, (s = { agg: newAgg(), lines: new Map() }));
    let g = s.lines.get(row.line);
    if (g === undefined) s.lines.set(row.line, (g = newAgg()));
    const followed =
      !Number.isNaN(row.first) &&
      !above(row.first - (Number.isNaN(row.assigned) ? row.created : row.assigned), followUpSlaDays);
    const a = s.agg;
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
  }

  for (const k of costs.keys()) if (!sources.has(k)) sources.set(k, { agg: newAgg(), lines: new Map() });

  const bySource: SourceRow[] = [];
  const bySourceLine: SourceLineRow[] = [];
  const alerts: LeadFlowAlert[] = [];
  for (const source of [...sources.keys()].sort(cmp)) {
    const { agg, lines } = sources.get(source)!;
    if (!Number.isFinite(agg.revenue)) throw new ModelInputError([issue('leads', 'source_revenue', { source })]);
    const cost = costs.get(source) ?? null;
    const roi = cost === null || cost === 0 ? null : (agg.revenue - cost) / cost;
    if (roi !== null && !Number.isFinite(roi))
      throw new ModelInputError([issue(`channelCosts.${source}`, 'roi_small', {})]);
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
      bySourceLine.push({
        source,
        businessLine,
        supplied: g.supplied,
        followedUp: g.followedUp,
        followUpRate,
        converted: g.converted,
        conversionRate: rate(g.converted, g.supplied),
        revenue: g.revenue,
        cost: null,
        costPerLead: null,
        roi: null,
      });
      if (
        followUpRate !== null &&
        atLeast(g.supplied, rules.minGroupSize) &&
        below(followUpRate, rules.followUpRateAlert)
      )
        alerts.push({ source, businessLine, supplied: g.supplied, followedUp: g.followedUp, followUpRate });
    }
  }

  return { transitions, bySource, bySourceLine, alerts, reactivation, pools, invalid };
}
