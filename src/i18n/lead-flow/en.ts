/** English. Strings of lead-flow-monitor (lead operations: pools, flow, channel ROI, reactivation). */
import type { LeadFlowRules } from '../../models/lead-flow.js';
import type { CampaignRangeKey, Pool, ReactivationReason, TransitionReason } from '../../schemas/lead-flow.js';
import type { TransferKind } from '../../models/lead-flow-transfers.js';
import type { AsOfOrigin, PeriodChoice, RuleKey } from '../../views/lead-flow-input.js';
import { dayCount } from './days.js';
import { counted, plural } from '../plural.js';

const en = (n: number) => dayCount('en', n);

export type LeadFlowTab = 'flow' | 'sources' | 'owners' | 'reactivation' | 'rules' | 'data';

export interface LeadFlowStrings {
  title: string;
  asOf: (date: string) => string;
  asOfOrigin: Record<AsOfOrigin, string>;
  period: string;
  periods: Record<PeriodChoice, string>;
  periodAll: string;
  /** The window of a period: the creation days counted (already formatted) and the SLA (a day count). */
  periodWindow: (from: string, to: string, sla: string) => string;
  periodScope: string;
  /** Costs are entered for the whole export: in the Day / Week / Month views cost, cost per lead and ROI show —. */
  costsAllDates: string;
  pools: Record<Pool, string>;
  /** Short pool names for table cells. */
  poolShort: Record<Pool, string>;
  manualOnly: string;
  dueOut: (n: string) => string;
  dueIn: (n: string) => string;
  leadsTotal: (n: string) => string;
  dueTotal: (n: string) => string;
  alertsTotal: (n: string) => string;
  tabs: Record<LeadFlowTab, string>;
  flowChart: string;
  flowSummary: (pools: string, flows: string) => string;
  noFlows: string;
  poolTable: string;
  pool: string;
  count: string;
  dueOutCol: string;
  dueInCol: string;
  due: string;
  noDue: string;
  reasonFilter: string;
  allReasons: string;
  id: string;
  owner: string;
  source: string;
  businessLine: string;
  from: string;
  to: string;
  reason: string;
  poolEnteredAt: string;
  assignedAt: string;
  reasons: Record<TransitionReason, (r: LeadFlowRules) => string>;
  exportHint: string;
  /** Exports for people (issue 12): the sheet of the sources by business line, the alert column. */
  exportSourceLines: string;
  alertCol: string;
  exportsLabel: string;
  peopleExportHint: string;
  shown: (from: string, to: string, total: string) => string;
  prev: string;
  next: string;
  alerts: string;
  noAlerts: (threshold: string, min: string) => string;
  alertLine: (
    group: string,
    rate: string,
    followed: string,
    supplied: string,
    threshold: string,
    sla: string,
  ) => string;
  heatCaption: string;
  heatHint: string;
  sourceLine: string;
  supplied: string;
  followUpRate: (sla: string) => string;
  conversionRate: string;
  revenue: string;
  cost: string;
  costPerLead: string;
  roi: string;
  belowAlert: string;
  sortBy: (col: string) => string;
  roiChart: string;
  roiSummary: (parts: string, noCost: string) => string;
  noCost: string;
  noRoi: string;
  reactivation: string;
  candidates: (n: string) => string;
  noCandidates: string;
  campaign: string;
  campaignHint: string;
  industry: string;
  region: string;
  noValues: string;
  tier: string;
  score: string;
  reactivationReasons: Record<ReactivationReason, (r: LeadFlowRules) => string>;
  reactivationReasonsCol: string;
  lastEngagementAt: string;
  /** §7 extras (issue 14): reactivation by product category and past orders. */
  productCategory: string;
  pastOrders: string;
  pastOrdersHint: string;
  orderRanges: Record<CampaignRangeKey, string>;
  rangeMin: (what: string) => string;
  rangeMax: (what: string) => string;
  atLeast: string;
  atMost: string;
  orders: string;
  orderAmount: string;
  lastOrderAt: string;
  byCategory: string;
  byCategoryHint: string;
  pooled: string;
  candidatesCol: string;
  withOrders: string;
  noCategory: string;
  /** §7 extras (issue 14): transfers that happened (owner history). */
  transfersTitle: string;
  transfersHint: string;
  transferKinds: Record<TransferKind, string>;
  transferCount: (kind: string, n: string) => string;
  transferKindCol: string;
  transfersCol: string;
  /** The transfers drawn in the flow tab, between the owner before and after. */
  transferFlowTitle: string;
  transferSides: Record<'pool' | 'rep', string>;
  transferBefore: string;
  transferAfter: string;
  transferFlowSummary: (flows: string) => string;
  received: string;
  handedOver: string;
  claimed: string;
  released: string;
  claimConversion: string;
  tierNames: Record<string, string>;
  noTier: string;
  tierUnscored: (n: string) => string;
  rules: string;
  rulesHint: string;
  ruleLabels: Record<RuleKey, string>;
  ruleUnits: Record<RuleKey, string>;
  costs: string;
  costsHint: string;
  edited: string;
  importTitle: string;
  importHint: string;
  analyse: string;
  clearLoaded: string;
  using: (label: string, format: string, n: string) => string;
  hostData: string;
  pasted: string;
  skipped: (n: string) => string;
  exportSkipped: string;
  skippedPages: string;
  rowCol: string;
  column: string;
  problem: string;
  rowN: (n: string) => string;
  leadN: (n: string) => string;
  noData: string;
  goImport: string;
  /** Monthly costs and ROI roll-ups (issue 14). */
  costsByMonth: string;
  costsByMonthHint: string;
  month: string;
  addMonthCost: string;
  remove: string;
  removeMonthCost: (source: string, month: string) => string;
  fromMonths: string;
  companyTotal: string;
  byLineCaption: string;
  byGroupCaption: string;
  group: string;
  groupSources: string;
  /** The Owners tab (issue 14). */
  ownersCaption: string;
  ownersHint: (sla: string) => string;
  rank: string;
  followedOnTime: (sla: string) => string;
  followRate: string;
  team: string;
  noTeam: string;
  teamTotal: (team: string) => string;
  slaBreaches: string;
  transitionsCaused: string;
  unowned: (n: string) => string;
  noOwners: string;
  ownerAlertLine: (
    owner: string,
    rate: string,
    followed: string,
    supplied: string,
    threshold: string,
    sla: string,
  ) => string;
  noOwnerAlerts: (threshold: string, min: string) => string;
}

export type { AsOfOrigin, PeriodChoice, RuleKey };

export const LEAD_FLOW: LeadFlowStrings = {
  title: 'Lead operations',
  asOf: (d) => `As of ${d}`,
  asOfOrigin: { attribute: 'set on the element', data: 'from the data', today: 'today (UTC): no date was given' },
  period: 'Period',
  periods: {
    day: 'Day · alerts',
    week: 'Week · tracking',
    month: 'Month · review',
    quarter: 'Quarter · review',
    all: 'All dates',
  },
  periodAll: 'Sources and alerts count every lead.',
  periodWindow: (a, b, sla) =>
    `Sources and alerts count leads created ${a === b ? `on ${a}` : `${a} – ${b}`}: the window ends one follow-up SLA (${sla}) before the as-of date, so every lead counted has had its whole SLA.`,
  periodScope: 'Pools, due transitions and reactivation always show the current state.',
  costsAllDates: 'Costs cover all dates; see All dates for cost, cost per lead and ROI.',
  pools: {
    private: 'Personal private pool',
    line: 'Business-line public pool',
    company: 'Company public pool',
    blacklist: 'Blacklist',
  },
  poolShort: { private: 'Private', line: 'Line pool', company: 'Company pool', blacklist: 'Blacklist' },
  manualOnly: 'manual only',
  dueOut: (n) => `${n} due out`,
  dueIn: (n) => `${n} due in`,
  leadsTotal: (n) => counted(n, 'lead', 'leads'),
  dueTotal: (n) => `${counted(n, 'transition', 'transitions')} due`,
  alertsTotal: (n) => `${n} follow-up alerts`,
  tabs: {
    flow: 'Pools and flow',
    sources: 'Sources and ROI',
    owners: 'Owners',
    reactivation: 'Reactivation',
    rules: 'Rules and costs',
    data: 'Import',
  },
  flowChart: 'Flows due between pools',
  flowSummary: (p, f) => `Pools: ${p}. Due now: ${f}.`,
  noFlows: 'nothing',
  poolTable: 'Pools and the transitions due',
  pool: 'Pool',
  count: 'Leads',
  dueOutCol: 'Due out',
  dueInCol: 'Due in',
  due: 'Due transitions',
  noDue: 'No lead is due to move.',
  reasonFilter: 'Reason',
  allReasons: 'All reasons',
  id: 'Lead',
  owner: 'Owner',
  source: 'Source',
  businessLine: 'Business line',
  from: 'From',
  to: 'To',
  reason: 'Reason',
  poolEnteredAt: 'In pool since',
  assignedAt: 'Assigned',
  reasons: {
    'no-follow-up': (r) => `No follow-up more than ${en(r.privateNoFollowUpDays)} after assignment`,
    'not-converted-in-time': (r) => `Not converted after more than ${en(r.privateMaxDays)} in the private pool`,
    unclaimed: (r) => `Unclaimed more than ${en(r.lineUnclaimedDays)} in the business-line pool`,
  },
  exportHint: 'Exports the rows of the current filter for the CRM to apply.',
  exportSourceLines: 'Sources by business line',
  alertCol: 'Under the alert line',
  exportsLabel: 'Exports',
  peopleExportHint: 'CSV and Excel: the table as shown, in words. JSON: the model’s rows for the CRM.',
  shown: (a, b, n) => `${a}–${b} of ${n}`,
  prev: 'Previous page',
  next: 'Next page',
  alerts: 'Follow-up alerts',
  noAlerts: (t, m) => `No group of ${m} or more leads is under the ${t} follow-up line.`,
  alertLine: (g, rate, f, s, t, sla) => `${g}: ${rate} followed up within ${sla} (${f} of ${s}), under the ${t} line`,
  heatCaption: 'Supply, follow-up, conversion and ROI by source and business line',
  heatHint:
    'Deeper colour: higher value within the column, sources compared with sources and business lines with business lines (so a line is not paled by its source’s total). Rows marked ⚠ are under the follow-up alert line.',
  sourceLine: 'Source / business line',
  supplied: 'Supplied',
  followUpRate: (sla) => `Followed up within ${sla}`,
  conversionRate: 'Conversion',
  revenue: 'Revenue',
  cost: 'Cost',
  costPerLead: 'Cost per lead',
  roi: 'ROI',
  belowAlert: 'under the alert line',
  sortBy: (c) => `Sort by ${c}`,
  roiChart: 'ROI by source',
  roiSummary: (p, n) => `ROI by source: ${p || 'no source has a cost'}.${n ? ` No cost given: ${n}.` : ''}`,
  noCost: 'no cost given',
  noRoi: 'Give channel costs (Rules and costs) to see ROI.',
  reactivation: 'Reactivation candidates',
  candidates: (n) => `${counted(n, 'candidate', 'candidates')} in the public pools`,
  noCandidates: 'No lead in the public pools matches: no recent engagement and no campaign match.',
  campaign: 'Campaign filter',
  campaignHint: 'Leads in the public pools whose industry and region are ticked (every ticked list must match).',
  industry: 'Industry',
  region: 'Region',
  noValues: 'No values in the public pools.',
  tier: 'Value tier',
  score: 'Score',
  reactivationReasons: {
    engaged: (r) => `Engaged in the last ${en(r.reactivation.engagedWithinDays)}`,
    campaign: () => 'Matches the campaign',
  },
  reactivationReasonsCol: 'Why',
  lastEngagementAt: 'Last engagement',
  productCategory: 'Product category',
  pastOrders: 'Past orders',
  pastOrdersHint:
    'Every range given must hold: orders and amount count 0 when a lead has none; a lead without a last order never matches the days.',
  orderRanges: { orders: 'Orders', orderAmount: 'Order amount', lastOrderDays: 'Days since the last order' },
  rangeMin: (w) => `${w}: at least`,
  rangeMax: (w) => `${w}: at most`,
  atLeast: 'At least',
  atMost: 'At most',
  orders: 'Orders',
  orderAmount: 'Order amount',
  lastOrderAt: 'Last order',
  byCategory: 'Public pools by product category',
  byCategoryHint: 'Leads in the public pools not converted, the candidates among them and their past orders.',
  pooled: 'In the public pools',
  candidatesCol: 'Candidates',
  withOrders: 'Candidates with past orders',
  noCategory: 'No category',
  transfersTitle: 'Transfers between reps and pools',
  transfersHint:
    'Changes of owner in the leads’ history up to the as-of date (in the period’s days when one is chosen). Claims converted: claims whose lead converted on or after the claim.',
  transferKinds: {
    'rep-to-rep': 'Rep → rep',
    'pool-to-rep': 'Pool → rep (claimed)',
    'rep-to-pool': 'Rep → pool (released)',
    'pool-to-pool': 'Pool → pool',
  },
  transferCount: (k, n) => `${k}: ${n}`,
  transferKindCol: 'Kind',
  transfersCol: 'Transfers',
  transferFlowTitle: 'Transfers that happened (owner history)',
  transferSides: { pool: 'Public pools', rep: 'Reps' },
  transferBefore: 'Before',
  transferAfter: 'After',
  transferFlowSummary: (f) => `Changes of owner from the leads’ history: ${f}.`,
  received: 'Received from reps',
  handedOver: 'Handed to reps',
  claimed: 'Claimed from pools',
  released: 'Released to pools',
  claimConversion: 'Claims converted',
  tierNames: { A: 'High value', B: 'Mid-high value', C: 'Mid-low value', D: 'Low value' },
  noTier: 'no factor values',
  tierUnscored: (n) =>
    `${counted(n, 'candidate has', 'candidates have')} factor values the lead model cannot score; ${plural('en', n, { one: 'it shows', other: 'they show' })} no tier.`,
  rules: 'Flow rules and alert line',
  rulesHint: 'Changes apply at once and are kept under this element’s storage key.',
  ruleLabels: {
    followUpSlaDays: 'Follow-up SLA',
    privateNoFollowUpDays: 'Private pool: moves when not followed up for more than',
    privateMaxDays: 'Private pool: moves when not converted for more than',
    lineUnclaimedDays: 'Business-line pool: moves to the company pool when unclaimed for more than',
    followUpRateAlert: 'Follow-up alert line',
    minGroupSize: 'Alert only for groups of at least',
    engagedWithinDays: 'Reactivation: engaged within',
  },
  ruleUnits: {
    followUpSlaDays: 'days',
    privateNoFollowUpDays: 'days',
    privateMaxDays: 'days',
    lineUnclaimedDays: 'days',
    followUpRateAlert: '%',
    minGroupSize: 'leads',
    engagedWithinDays: 'days',
  },
  costs: 'Channel costs',
  costsHint: 'Spend per source in the element’s currency; leave empty for no cost (ROI then shows —).',
  edited: 'changed here',
  importTitle: 'Load a CRM export',
  importHint:
    'A lead export as CSV or .xlsx (as your CRM writes it: Chinese or English headers, title rows and footers are fine), or JSON (a list of leads, or { asOf, leads, channelCosts, rules }). Check the columns below; your mapping is kept for the next export.',
  analyse: 'Analyse',
  clearLoaded: 'Back to the page’s data',
  using: (l, f, n) => `Showing ${l} (${f}, ${counted(n, 'lead', 'leads')}).`,
  hostData: 'the page’s data',
  pasted: 'pasted text',
  skipped: (n) => `${counted(n, 'row', 'rows')} could not be used; the rest are analysed`,
  exportSkipped: 'Export these rows (CSV)',
  skippedPages: 'Rows that could not be used',
  rowCol: 'Row',
  column: 'Column',
  problem: 'Problem',
  rowN: (n) => `Row ${n}`,
  leadN: (n) => `Lead ${n}`,
  noData: 'No leads yet: give the element data, or load a CRM export under Import.',
  goImport: 'Load a CRM export',
  costsByMonth: 'Costs by month',
  costsByMonthHint:
    'Spend per source and calendar month. The Day, Week, Month and Quarter views count each month’s cost by its days in the window (1/31 of a 31-day month per day); All dates counts every month. A source with monthly costs uses them instead of its channel cost.',
  month: 'Month',
  addMonthCost: 'Add monthly cost',
  remove: 'Remove',
  removeMonthCost: (s, m) => `Remove the cost of ${s} in ${m}`,
  fromMonths: 'from the monthly costs',
  companyTotal: 'Company total',
  byLineCaption: 'ROI by business line (each source’s cost shared among its lines by leads supplied)',
  byGroupCaption: 'ROI by source group',
  group: 'Group',
  groupSources: 'Sources',
  ownersCaption: 'Follow-up, conversion and SLA breaches by owner, ranked within each team',
  ownersHint: (sla) =>
    `Rank: follow-up rate within ${sla}, then conversion rate, then revenue; owners equal on all three share a rank. Transitions caused: the owner's leads now due to move for no follow-up or no conversion in time (all dates).`,
  rank: 'Rank',
  followedOnTime: (sla) => `Followed up within ${sla}`,
  followRate: 'Follow-up rate',
  team: 'Team',
  noTeam: 'No team',
  teamTotal: (t) => `${t} total`,
  slaBreaches: 'SLA breaches',
  transitionsCaused: 'Transitions caused',
  unowned: (n) =>
    `${counted(n, 'lead has', 'leads have')} no owner and ${plural('en', n, { one: 'is', other: 'are' })} not counted here.`,
  noOwners: 'No lead has an owner.',
  ownerAlertLine: (o, rate, f, s, t, sla) =>
    `${o}: ${rate} followed up within ${sla} (${f} of ${s}), under the ${t} line`,
  noOwnerAlerts: (t, m) => `No owner with ${m} or more leads is under the ${t} follow-up line.`,
};
