/**
 * What the lead-flow monitor keeps under its storage-key (the rules, costs and
 * monthly costs changed here, the period, a loaded JSON export) and the detail of
 * its `revops-rules-change` event: the saved shape, and reading it back.
 */
import type { LeadFlowRules } from '../../src/models/lead-flow.js';
import { looksLikeJson } from '../../src/parse/leads.js';
import {
  isObject,
  PERIOD_CHOICES,
  periodInForce,
  type ChannelCosts,
  type LeadFlowRuleEdits,
  type PeriodChoice,
  type PeriodCosts,
} from '../../src/views/lead-flow-input.js';

/** What the monitor saves under its storage-key. */
export interface LeadFlowSaved {
  v: 1;
  rules: LeadFlowRuleEdits;
  /** Channel costs changed here; null: no cost for that source. */
  costs: ChannelCosts;
  /** Monthly costs changed here (null: cleared). */
  periodCosts?: PeriodCosts;
  period?: PeriodChoice;
  /** A JSON export loaded through the file picker or the paste box (kept up to 32 M characters); a CSV or .xlsx export is kept by the import view. */
  loaded?: { text: string; label: string };
}

/** Detail of `revops-rules-change`: the rules and costs now in force after a user edit. */
export interface LeadFlowRulesDetail {
  rules: LeadFlowRules;
  channelCosts: ChannelCosts;
  edits: LeadFlowRuleEdits;
  costEdits: ChannelCosts;
  /** The monthly costs now in force. */
  periodCosts: PeriodCosts;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'revops-rules-change': CustomEvent<LeadFlowRulesDetail>;
  }
}

/** A loaded JSON export longer than this is used but not saved (IndexedDB quotas). */
const LOADED_KEEP = 32_000_000;

/** What the monitor has changed, as it is saved. */
export interface LeadFlowEdits {
  ruleEdits: LeadFlowRuleEdits;
  costEdits: ChannelCosts;
  periodCostEdits: PeriodCosts;
  period?: string | null | undefined;
  loaded?: { text: string; label: string } | undefined;
}

/** The saved shape of the monitor's edits: monthly costs only when there are some, a loaded export only when it fits. */
export function savedOf(e: LeadFlowEdits): LeadFlowSaved {
  const s: LeadFlowSaved = { v: 1, rules: e.ruleEdits, costs: e.costEdits };
  if (Object.keys(e.periodCostEdits).length) s.periodCosts = e.periodCostEdits;
  s.period = (periodInForce(e.period) as PeriodChoice | undefined) ?? 'all';
  if (e.loaded && e.loaded.text.length <= LOADED_KEEP) s.loaded = e.loaded;
  return s;
}

/**
 * The parts of a saved state that can be used (undefined: nothing saved, or another version). A
 * loaded export that is not JSON was saved before the import view kept CSV exports itself: `csv`,
 * to be read again through the import.
 */
export function readSaved(
  s: LeadFlowSaved | undefined,
):
  | (Partial<Omit<LeadFlowEdits, 'period'>> & { period?: PeriodChoice | null; csv?: { text: string; label: string } })
  | undefined {
  if (s?.v !== 1) return undefined;
  const out: ReturnType<typeof readSaved> & object = {};
  if (isObject(s.rules)) out.ruleEdits = s.rules;
  if (isObject(s.costs)) out.costEdits = s.costs;
  if (isObject(s.periodCosts)) out.periodCostEdits = s.periodCosts;
  if (s.period && PERIOD_CHOICES.includes(s.period)) out.period = s.period === 'all' ? null : s.period;
  if (s.loaded && typeof s.loaded.text === 'string') {
    const label = String(s.loaded.label ?? '');
    if (looksLikeJson(s.loaded.text)) out.loaded = { text: s.loaded.text, label };
    else out.csv = { text: s.loaded.text, label };
  }
  return out;
}

/** Edits with one value changed (undefined: dropped, back to the host's value). */
export function withEdit<T extends object, K extends keyof T>(edits: T, key: K, value: T[K] | undefined): T {
  const next = { ...edits };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** Monthly cost edits with one source's month changed (undefined: dropped; a source left without months, too). */
export function withMonthCost(
  edits: PeriodCosts,
  source: string,
  month: string,
  cost: number | null | undefined,
): PeriodCosts {
  const months = withEdit({ ...edits[source] }, month, cost);
  const next = { ...edits, [source]: months };
  if (!Object.keys(months).length) delete next[source];
  return next;
}
