/**
 * What a risk panel reads and keeps, as pure functions: the shape of its
 * data (`{ asOf, <list>, rules? }`, the list alone, or one record), whose
 * rules are in force (the page's model > the data's rules > the defaults),
 * the rules the editor shows, and the state saved under its storage-key.
 * Pure: no DOM.
 */
import type { RiskKind } from '../risk/engine.js';
import { isObject } from '../models/guards.js';
import { isEmptyOverlay, type Overlaid } from '../risk/overlay.js';
import type { RulesSource } from '../i18n/risk.js';
import { isModelInputError } from '../schemas/issues.js';
import type { Filters, PlanTicks } from './risk-view.js';
import type { Plan } from '../models/plans.js';
import { readPlans } from '../models/plans-read.js';
import type { PlaybookEdits, PlaybookStep, SavedPlans } from './playbooks.js';

/** The model input of a panel: `{ asOf?, rules?, <kind>: list }`, and whether it came as one record. */
export interface RiskEnvelope {
  env: Record<string, unknown>;
  /** The data was one record, bare or with its asOf (and rules): the compact card. */
  single: boolean;
}

/**
 * Read the panel's data: a list (`[...]`), one record (an object the panel
 * recognises with `isRecord`, without the list key; its `asOf` and `rules`
 * are taken off it), or the model input itself. Null when the data is none
 * of these (a number, a string…).
 */
export function readEnvelope(
  data: unknown,
  kind: RiskKind,
  isRecord: (v: Record<string, unknown>) => boolean,
): RiskEnvelope | null {
  if (Array.isArray(data)) return { env: { [kind]: data }, single: false };
  if (!isObject(data)) return null;
  if (data[kind] === undefined && isRecord(data)) {
    const { asOf, rules, ...rec } = data;
    return { env: { asOf, rules, [kind]: [rec] }, single: true };
  }
  return { env: data, single: false };
}

/** The model channel as the panel reads it: ready with a value, or not. */
export interface ModelChannel {
  ready: boolean;
  value?: unknown;
}

/**
 * The host's rules by precedence: the model channel (the rules bare, or as
 * `{ rules }`) > `data.rules` > the defaults (`raw` undefined).
 */
export function hostRulesOf(env: Record<string, unknown>, model: ModelChannel): { raw: unknown; source: RulesSource } {
  if (model.ready && model.value != null) {
    const m = model.value;
    return { raw: isObject(m) && isObject(m.rules) ? m.rules : m, source: 'model' };
  }
  if (env.rules != null) return { raw: env.rules, source: 'data' };
  return { raw: undefined, source: 'defaults' };
}

/**
 * The rules the editor shows: the user's changes on the host's rules, even
 * while they are invalid, so a bad value stays visible where it was typed.
 * Valid merged rules are shown resolved (defaults filled in); invalid ones
 * as merged; a merge that is not an object at all falls back to `rules`.
 */
export function editorRules<Rules>(
  rules: Rules,
  hostRules: Rules | undefined,
  overlay: unknown,
  overlayRules: (host: Rules, overlay: unknown) => Overlaid,
  resolveRules: (raw: unknown) => Rules,
): Rules {
  if (overlay === undefined || hostRules === undefined) return rules;
  const merged = overlayRules(hostRules, overlay).rules;
  try {
    return resolveRules(merged);
  } catch (e) {
    // Invalid rules are the case this function exists for; anything else is a bug and goes on.
    if (!isModelInputError(e)) throw e;
    return (isObject(merged) ? merged : rules) as Rules;
  }
}

/** What a risk panel saves under its storage-key. */
export interface RiskSaved {
  /** 2: `rules` is the overlay of the user's changes (1: a full rules object, read as an overlay). */
  v: 1 | 2;
  /** The rules values the user changed (merged over the host's rules). */
  rules?: unknown;
  filters?: Record<string, string>;
  sort?: string;
  /** Ticked response-plan steps: plan step keys per row key (src/charts/risk-summary.ts). */
  plan?: Record<string, string[]>;
  /** Plans people own (issue 14), by row key; saved only when there is one. */
  plans?: Record<string, Plan>;
  /** The user's playbooks (issue 14); saved only when there is one. */
  playbooks?: PlaybookEdits;
}

/** Saved state as the panel uses it; a field left out was not saved (the panel keeps its own). */
export interface RiskRestored {
  /** The overlay of the user's rules changes; undefined for none. */
  tuned: unknown;
  filters?: Filters;
  sort?: string;
  plan?: PlanTicks;
  plans?: SavedPlans;
  playbooks?: PlaybookEdits;
}

/** Saved plans that are plans (docs/models.md "plans people own"); the others are left out. */
function readSavedPlans(v: unknown): SavedPlans {
  if (!isObject(v)) return {};
  const keys = Object.keys(v);
  const { rows } = readPlans(keys.map((k) => v[k]));
  return Object.fromEntries(rows.map(({ index, row }) => [keys[index]!, row]));
}

/** Saved playbook edits with a text title and/or a list of steps with text keys and texts; the others are left out. */
function readSavedPlaybooks(v: unknown): PlaybookEdits {
  if (!isObject(v)) return {};
  const out: Record<string, { title?: string; steps?: PlaybookStep[] }> = {};
  for (const [k, e] of Object.entries(v)) {
    if (!isObject(e)) continue;
    const edit: { title?: string; steps?: PlaybookStep[] } = {};
    if (typeof e.title === 'string') edit.title = e.title;
    if (Array.isArray(e.steps)) {
      const steps = e.steps.filter(
        (s): s is PlaybookStep =>
          isObject(s) && typeof s.key === 'string' && s.key !== '' && typeof s.text === 'string',
      );
      if (steps.length) edit.steps = steps.map((s) => ({ key: s.key, text: s.text }));
    }
    if (edit.title !== undefined || edit.steps) out[k] = edit;
  }
  return out;
}

/**
 * Read saved state: null for none or an unknown version; filters keep only
 * non-empty text values. Version 1 kept plan ticks by id and code only,
 * which cannot be matched to signals any more: they are not restored.
 */
export function readSaved(s: unknown): RiskRestored | null {
  if (!isObject(s) || (s.v !== 1 && s.v !== 2)) return null;
  const out: RiskRestored = { tuned: isEmptyOverlay(s.rules) ? undefined : s.rules };
  if (isObject(s.filters))
    out.filters = Object.fromEntries(
      Object.entries(s.filters).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
    );
  if (typeof s.sort === 'string') out.sort = s.sort;
  if (s.v === 2 && isObject(s.plan)) out.plan = s.plan as Record<string, string[]>;
  if (s.v === 2 && s.plans !== undefined) out.plans = readSavedPlans(s.plans);
  if (s.v === 2 && s.playbooks !== undefined) out.playbooks = readSavedPlaybooks(s.playbooks);
  return out;
}

/** The state to save: version 2, the rules overlay only when there is one. */
export function savedOf(state: {
  tuned: unknown;
  filters: Filters;
  sort: string;
  plan: PlanTicks;
  plans?: SavedPlans;
  playbooks?: PlaybookEdits;
}): RiskSaved {
  const s: RiskSaved = {
    v: 2,
    filters: { ...state.filters },
    sort: state.sort,
    plan: state.plan as Record<string, string[]>,
  };
  if (state.tuned !== undefined) s.rules = state.tuned;
  // Plans and playbooks are saved once there are any (and then as {} when the last is removed, so a removal merges).
  if (state.plans) s.plans = state.plans;
  if (state.playbooks) s.playbooks = state.playbooks;
  return s;
}

/** The path of a field of input row `index` (`opportunities.3.amount`). */
export const rowPath = (kind: RiskKind, index: number, rel: string): string =>
  rel ? `${kind}.${index}.${rel}` : `${kind}.${index}`;

/** Whether every issue is about the rules (`rules` or `rules.…`): then it is blamed on where the rules came from. */
export const aboutRules = (issues: readonly { path: string }[]): boolean =>
  issues.length > 0 && issues.every((i) => i.path === 'rules' || i.path.startsWith('rules.'));
