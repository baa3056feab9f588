/**
 * The model input lead-flow-monitor builds (beyond the contract): rules and
 * channel costs layered from four places, the as-of date and where it came
 * from, the period in force and the days it counts, and the analysis with the cost check of period
 * views. Pure: the element passes today's date in.
 */
import {
  analyzeLeadFlow,
  countLeadFlowAhead,
  periodWindow,
  type LeadReading,
  resolveLeadFlowRules,
  type LeadFlowResult,
  type LeadFlowRules,
} from '../models/lead-flow.js';
import { analyzeLeadOwners, type LeadOwnersResult } from '../models/lead-owners.js';
import { channelCostsSchema, LEAD_FLOW_PERIODS, type Campaign, type LeadFlowPeriod } from '../schemas/lead-flow.js';
import { isModelInputError, ModelInputError, tryParse, type Issue } from '../schemas/issues.js';
import { dayNumber, isoDay } from '../models/math.js';
import { isObject } from '../models/guards.js';

/** The rules the editor shows, in its order; `engagedWithinDays` lives under `rules.reactivation`. */
export const RULE_KEYS = [
  'followUpSlaDays',
  'privateNoFollowUpDays',
  'privateMaxDays',
  'lineUnclaimedDays',
  'followUpRateAlert',
  'minGroupSize',
  'engagedWithinDays',
] as const;
export type RuleKey = (typeof RULE_KEYS)[number];

/** The period switch: a model period, or `all` (every lead). */
export const PERIOD_CHOICES = ['day', 'week', 'month', 'quarter', 'all'] as const;
export type PeriodChoice = (typeof PERIOD_CHOICES)[number];

/** Where the as-of date of an analysis came from. */
export type AsOfOrigin = 'attribute' | 'data' | 'today';

/** Rule values the user changed in the rules editor (the rest come from the host). */
export interface LeadFlowRuleEdits {
  followUpSlaDays?: number;
  privateNoFollowUpDays?: number;
  privateMaxDays?: number;
  lineUnclaimedDays?: number;
  followUpRateAlert?: number;
  minGroupSize?: number;
  engagedWithinDays?: number;
  /** The campaign filter; null: cleared here (the host's campaign no longer applies). */
  campaign?: Campaign | null;
}

/** Channel costs by source; null: no cost for that source. */
export type ChannelCosts = Record<string, number | null>;

/** Costs by source and calendar month (`YYYY-MM`); null: no cost that month. */
export type PeriodCosts = Record<string, Record<string, number | null>>;

/** The parts of the model input a JSON export or the page data carries besides the leads. */
export interface LeadFlowEnvelope {
  asOf?: unknown;
  rules?: unknown;
  channelCosts?: unknown;
  periodCosts?: unknown;
  sourceGroups?: unknown;
  teams?: unknown;
}

// Re-exported for components/lead-flow-monitor, which imports it from here (drop once it imports ../models/guards.js).
export { isObject };

/**
 * Rule layers merged key by key, later layers winning (the reactivation object
 * is merged key by key too); absent (undefined, null) layers are skipped. A
 * layer that is not an object is returned as it is, so the model names it.
 */
export function mergeRuleLayers(layers: readonly unknown[]): unknown {
  let out: Record<string, unknown> | undefined;
  for (const l of layers) {
    if (l === undefined || l === null) continue;
    if (!isObject(l)) return l;
    const before = out?.reactivation;
    out = { ...out, ...l };
    if (isObject(before) && isObject(l.reactivation)) out.reactivation = { ...before, ...l.reactivation };
  }
  return out;
}

/** Cost layers merged source by source, later layers winning; a layer that is not an object is returned as it is. */
export function mergeCostLayers(layers: readonly unknown[]): unknown {
  let out: Record<string, unknown> | undefined;
  for (const l of layers) {
    if (l === undefined || l === null) continue;
    if (!isObject(l)) return l;
    out = { ...out, ...l };
  }
  return out;
}

/**
 * Monthly cost layers merged source by source and, within a source, month by
 * month, later layers winning; a layer (or a source's months) that is not an
 * object is returned as it is, so the model names it. A source whose months
 * are all null after the merge (cleared here) is left out: it has no monthly
 * costs; with no source left there is no table (undefined).
 */
export function mergePeriodCostLayers(layers: readonly unknown[]): unknown {
  let out: Record<string, unknown> | undefined;
  for (const l of layers) {
    if (l === undefined || l === null) continue;
    if (!isObject(l)) return l;
    out = { ...out };
    for (const [source, months] of Object.entries(l)) {
      const before = out[source];
      out[source] = isObject(before) && isObject(months) ? { ...before, ...months } : months;
    }
  }
  if (out === undefined) return undefined;
  for (const [source, months] of Object.entries(out))
    if (isObject(months) && Object.keys(months).length && Object.values(months).every((v) => v === null))
      delete out[source];
  // No monthly cost anywhere (an empty edit layer) is no table: the contract's output.
  return Object.keys(out).length ? out : undefined;
}

/** The monthly costs in force as rows (source, then month, in code-unit order), for the editor; none that are null. */
export function periodCostRows(costs: unknown): { source: string; month: string; cost: number }[] {
  if (!isObject(costs)) return [];
  const rows: { source: string; month: string; cost: number }[] = [];
  for (const source of Object.keys(costs).sort(byCode)) {
    const months = costs[source];
    if (!isObject(months)) continue;
    for (const month of Object.keys(months).sort(byCode)) {
      const v = months[month];
      if (typeof v === 'number') rows.push({ source, month, cost: v });
    }
  }
  return rows;
}
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The editor's changes as a rules layer (engagedWithinDays and the campaign under `reactivation`); none when nothing changed. */
export function ruleEditsLayer(edits: LeadFlowRuleEdits): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const k of RULE_KEYS) if (k !== 'engagedWithinDays' && edits[k] !== undefined) out[k] = edits[k];
  const r: Record<string, unknown> = {};
  if (edits.engagedWithinDays !== undefined) r.engagedWithinDays = edits.engagedWithinDays;
  if (edits.campaign !== undefined) r.campaign = edits.campaign;
  if (Object.keys(r).length) out.reactivation = r;
  return Object.keys(out).length ? out : undefined;
}

/** Issues with channel costs on their own (paths `channelCosts.<source>`), worded as the model words them; none when valid or absent. */
export function channelCostIssues(costs: unknown): Issue[] {
  if (costs === undefined || costs === null) return [];
  const r = tryParse(channelCostsSchema, costs, 'channelCosts');
  return r.ok ? [] : r.issues;
}

/** The period the model is given: none for empty, null or `all`; anything else as it is (the model names a bad one). */
export function periodInForce(period: string | null | undefined): string | undefined {
  return period === undefined || period === null || period === '' || period === 'all' ? undefined : period;
}

/**
 * The creation days the period switch counts, as day numbers (see
 * `periodWindow`): none for `all`, or before there is an as-of date.
 */
export function periodDays(
  choice: PeriodChoice,
  asOf: string | undefined,
  followUpSlaDays: number,
): { from: number; to: number } | null {
  if (!asOf || !(LEAD_FLOW_PERIODS as readonly string[]).includes(choice)) return null;
  return periodWindow(dayNumber(asOf), choice as LeadFlowPeriod, followUpSlaDays);
}

/** The as-of date: the element's attribute, else the export's own, else the page data's, else today (UTC). */
export function resolveAsOf(
  attribute: string | undefined,
  own: unknown,
  page: unknown,
  today: string,
): { asOf: unknown; origin: AsOfOrigin } {
  if (attribute) return { asOf: attribute, origin: 'attribute' };
  if (own != null || page != null) return { asOf: own ?? page, origin: 'data' };
  return { asOf: today, origin: 'today' };
}

/** Where the rules and costs of an analysis come from, lowest first; each later layer wins key by key. */
export interface LeadFlowLayers {
  /** The element's `model` configuration. */
  config?: LeadFlowEnvelope;
  /** The page data's envelope (under a loaded export, which replaces the leads, not the page's costs, rules and date). */
  page?: LeadFlowEnvelope;
  /** The export's own envelope. */
  own?: LeadFlowEnvelope;
  /** What the user changed in the rules editor. */
  edits?: LeadFlowRuleEdits;
  costEdits?: ChannelCosts;
  /** Monthly costs changed here (null: cleared). */
  periodCostEdits?: PeriodCosts;
}

export interface LeadFlowRunInput {
  leads: readonly unknown[];
  layers: LeadFlowLayers;
  /** The element's `as-of` attribute. */
  asOfAttribute?: string | undefined;
  /** Today's UTC date (ISO), used when no as-of date is given anywhere. */
  today: string;
  /** The element's period (`day`, `week`, `month`; empty, null or `all`: every lead). */
  period?: string | null | undefined;
  /** These leads read so far (as a file's leads were mapped): the analysis reads only the rest. */
  reading?: LeadReading | undefined;
}

export interface LeadFlowRun {
  result: LeadFlowResult;
  /** The rules in force, defaults filled in. */
  rules: LeadFlowRules;
  /** The channel costs in force (all layers). */
  channelCosts: ChannelCosts;
  /** The monthly costs in force (all layers); empty without any. */
  periodCosts: PeriodCosts;
  /**
   * Leads by owner and team, for the same leads, period and rules: computed when first read (the Owners tab,
   * its export), not with the analysis (a second pass over every lead); its input is checked with the analysis.
   */
  readonly owners: LeadOwnersResult;
  /** The as-of day (ISO) and where it came from. */
  asOf: { date: string; origin: AsOfOrigin };
}

/** The model's input from the layers (and the cost problems a period view reports beside the model's). */
function modelInput({ leads, layers, asOfAttribute, today, period }: LeadFlowRunInput) {
  const { config = {}, page = {}, own = {}, edits = {}, costEdits, periodCostEdits } = layers;
  const { asOf, origin } = resolveAsOf(asOfAttribute, own.asOf, page.asOf, today);
  const rules = mergeRuleLayers([config.rules, page.rules, own.rules, ruleEditsLayer(edits)]);
  const channelCosts = mergeCostLayers([config.channelCosts, page.channelCosts, own.channelCosts, costEdits]);
  const periodCosts = mergePeriodCostLayers([config.periodCosts, page.periodCosts, own.periodCosts, periodCostEdits]);
  const sourceGroups = mergeCostLayers([config.sourceGroups, page.sourceGroups, own.sourceGroups]);
  const p = periodInForce(period);
  const input: Record<string, unknown> = { asOf, leads };
  if (rules !== undefined) input.rules = rules;
  // Monthly costs cover every period (each view prorates them); the roll-ups come with them or with groups.
  if (periodCosts !== undefined) input.periodCosts = periodCosts;
  if (sourceGroups !== undefined) input.sourceGroups = sourceGroups;
  let costIssues: Issue[] = [];
  if (p !== undefined) {
    input.period = p;
    costIssues = channelCostIssues(channelCosts);
  } else if (channelCosts !== undefined) input.channelCosts = channelCosts;
  return { input, costIssues, rules, channelCosts, periodCosts, p, asOf, origin };
}

/**
 * Count the leads `reading` has read so far for the analysis `runLeadFlow` would run with these layers (the
 * reading's leads are `run.leads`), so that analysis counts only the leads read since (a file's leads counted as
 * they are mapped). Bad layers throw ModelInputError (the analysis names them).
 */
export function countLeadFlowRunAhead(run: LeadFlowRunInput & { reading: LeadReading }): void {
  countLeadFlowAhead(modelInput(run).input, run.reading);
}

/**
 * Layer the input and analyse it. Costs are entered for the whole export: a
 * period view gives the model no costs (so it shows no cost, cost per lead or
 * ROI), but the costs are still checked, so a bad one is named at once, with
 * any other bad field. Throws ModelInputError naming every bad field.
 */
export function runLeadFlow(run: LeadFlowRunInput): LeadFlowRun {
  const { leads, layers, reading } = run;
  const { config = {}, page = {}, own = {} } = layers;
  const { input, costIssues, rules, channelCosts, periodCosts, p, asOf, origin } = modelInput(run);
  const teams = mergeCostLayers([config.teams, page.teams, own.teams]);
  const ownersInput = {
    asOf,
    leads,
    ...(rules === undefined ? {} : { rules }),
    ...(p === undefined ? {} : { period: p }),
    ...(teams === undefined ? {} : { teams }),
  };
  let result: LeadFlowResult;
  try {
    result = analyzeLeadFlow(input, reading);
    // The owners' input without its leads (their problems are the analysis's, already named): checked now.
    analyzeLeadOwners({ ...ownersInput, leads: [] });
  } catch (e) {
    throw isModelInputError(e) && costIssues.length ? new ModelInputError([...e.issues, ...costIssues]) : e;
  }
  if (costIssues.length) throw new ModelInputError(costIssues);
  let owners: LeadOwnersResult | undefined;
  // The model accepted them: the rules and costs have the shapes it reads.
  return {
    result,
    rules: resolveLeadFlowRules(rules as Parameters<typeof resolveLeadFlowRules>[0]),
    channelCosts: (channelCosts ?? {}) as ChannelCosts,
    periodCosts: (periodCosts ?? {}) as PeriodCosts,
    get owners() {
      return (owners ??= analyzeLeadOwners(ownersInput, reading));
    },
    asOf: { date: isoDay(dayNumber(asOf as string)), origin },
  };
}

/** The sources the cost editor lists: those of the analysis, then any with a cost in force or changed here, each once. */
export function costSources(
  analysed: readonly { source: string }[],
  costs: Readonly<ChannelCosts>,
  costEdits: Readonly<ChannelCosts>,
): string[] {
  return [...new Set([...analysed.map((s) => s.source), ...Object.keys(costs), ...Object.keys(costEdits)])];
}
