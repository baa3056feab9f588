/**
 * Read a lead export given as JSON (docs/models.md §7): a list of leads, or the
 * model input `{ asOf?, leads, channelCosts?, rules?, periodCosts?, sourceGroups?, teams? }`. A CSV or .xlsx
 * export goes through the import pipeline (src/import, kind `leads`).
 * Also: the factor values a lead carries, for tiering it.
 */
import { isObject } from '../models/guards.js';
import type { FactorValues } from '../schemas/tiering.js';
import { colonIssuesOf, type Issue } from '../schemas/issues.js';
import { EN_TEXT } from '../i18n/issues/en-text.js';

const issue = colonIssuesOf(EN_TEXT);

/** What a JSON lead export turned into. */
export interface LeadsFile {
  format: 'json';
  /** Lead rows for the model (bad values kept as given, so the model names them). */
  leads: unknown[];
  /** The other parts of the model input it carried. */
  envelope?: {
    asOf?: unknown;
    channelCosts?: unknown;
    rules?: unknown;
    periodCosts?: unknown;
    sourceGroups?: unknown;
    teams?: unknown;
  };
  /** Problems with the text as a whole; with any, `leads` is empty. */
  issues: Issue[];
}

/** Leads from parsed JSON: a list of leads, or the model input `{ asOf?, leads, channelCosts?, rules? }`. */
export function leadsFromJson(v: unknown): LeadsFile {
  const out: LeadsFile = { format: 'json', leads: [], issues: [] };
  if (Array.isArray(v)) out.leads = v;
  else if (isObject(v) && Array.isArray(v.leads)) {
    out.leads = v.leads;
    const envelope: LeadsFile['envelope'] = {};
    if (v.asOf != null) envelope.asOf = v.asOf;
    if (v.channelCosts != null) envelope.channelCosts = v.channelCosts;
    if (v.rules != null) envelope.rules = v.rules;
    if (v.periodCosts != null) envelope.periodCosts = v.periodCosts;
    if (v.sourceGroups != null) envelope.sourceGroups = v.sourceGroups;
    if (v.teams != null) envelope.teams = v.teams;
    out.envelope = envelope;
  } else out.issues.push(issue('leads', 'leads_list', {}));
  return out;
}

/** Leads from JSON text (a BOM and leading spaces allowed); a text that is not JSON is named. */
export function parseLeadsJson(input: string): LeadsFile {
  const t = (input.charCodeAt(0) === 0xfeff ? input.slice(1) : input).trimStart();
  let v: unknown;
  try {
    v = JSON.parse(t);
  } catch (e) {
    return {
      format: 'json',
      leads: [],
      issues: [issue('data', 'not_json', { why: (e as Error).message })],
    };
  }
  return leadsFromJson(v);
}

/** Whether a text is JSON rather than a CSV export (it starts with `[` or `{`). */
export const looksLikeJson = (text: string): boolean => /^\ufeff?\s*[[{]/.test(text);

/**
 * The factor values a lead carries, or null when it carries none: its
 * `values` object, else the model's factor keys found flat on the lead.
 * A lead with no non-empty factor value has nothing to tier.
 */
export function factorValuesOf(lead: unknown, factorKeys: readonly string[]): FactorValues | null {
  if (!isObject(lead)) return null;
  const own = lead.values;
  const src = isObject(own) ? own : lead;
  for (const k of factorKeys) {
    const v = src[k];
    if (v !== undefined && v !== null && v !== '')
      return (isObject(own) ? own : pick(lead, factorKeys)) as FactorValues;
  }
  return null;
}

const pick = (o: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
};
