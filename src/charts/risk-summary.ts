/**
 * Aggregates of the two risk panels as pure functions over the assessment's
 * facets (typed columns in output order, src/risk/engine.ts): key
 * accounts at risk, renewals at risk, the value × risk grid counts, the
 * renewal window and renewal sort, value-tier order, and the keys under
 * which a response-plan tick is saved. No DOM; the panels call these and
 * render what they return.
 */
import { FLAG_KEY_ACCOUNT, type RiskFacets } from '../risk/engine.js';
import { isObject } from '../models/guards.js';
import type { GridLevel } from './risk-grid.js';

const GRID: readonly GridLevel[] = ['ok', 'warning', 'critical'];

/*
 * The functions over many rows take a range [from, to) and an accumulator,
 * so a panel can run them in slices between frames on a 100,000-row list.
 */

/** Key accounts at warning or critical, and their amount (Σ money of those rows), over output rows [from, to). */
export function keyAccountsAtRisk(
  f: RiskFacets,
  from = 0,
  to = f.level.length,
  acc = { count: 0, amount: 0 },
): { count: number; amount: number } {
  for (let k = from; k < to; k++) {
    if (f.level[k]! > 0 && (f.flags[k]! & FLAG_KEY_ACCOUNT) !== 0) {
      acc.count++;
      acc.amount += f.money[k]!;
    }
  }
  return acc;
}

/** Rows that carry the signal whose two bits sit at `shift` (any level), over output rows [from, to). */
export function rowsWithSignal(f: RiskFacets, shift: number | undefined, from = 0, to = f.signals.length): number {
  if (shift === undefined) return 0;
  let n = 0;
  for (let k = from; k < to; k++) if ((f.signals[k]! >>> shift) & 3) n++;
  return n;
}

export type GridCounts = Map<string, Partial<Record<GridLevel, { count: number; money: number }>>>;

/**
 * Accounts and their money (ARR, missing = 0) per value tier and level, over
 * output rows [from, to) added into `into`; `tierAt(k)` is the tier of output
 * row k ('' for none).
 */
export function riskGridCounts(
  f: RiskFacets,
  tierAt: (k: number) => string,
  from = 0,
  to = f.level.length,
  into: GridCounts = new Map(),
): GridCounts {
  for (let k = from; k < to; k++) {
    const tier = tierAt(k);
    let c = into.get(tier);
    if (!c) into.set(tier, (c = {}));
    const cell = (c[GRID[f.level[k]!]!] ??= { count: 0, money: 0 });
    cell.count++;
    cell.money += f.money[k]!;
  }
  return into;
}

/** A 0/1 mark per input row: 1 when the row was assessed (it has an output row). */
export function assessedInputs(f: RiskFacets, inputs: number): Uint8Array {
  const mark = new Uint8Array(inputs);
  for (const i of f.index) mark[i] = 1;
  return mark;
}

/** Add the non-empty texts `pick(record)` of the assessed input rows [from, to) to `into` (input order is the fast way through memory). */
export function collectTexts(
  list: readonly unknown[],
  assessed: Uint8Array,
  pick: (rec: unknown) => unknown,
  from = 0,
  to = list.length,
  into = new Set<string>(),
): Set<string> {
  for (let i = from; i < to; i++) {
    if (!assessed[i]) continue;
    const v = pick(list[i]);
    if (typeof v === 'string' && v) into.add(v);
  }
  return into;
}

/** Texts in the locale's order (numbers in text compare as numbers). */
export const sortTexts = (texts: Iterable<string>, locale: string): string[] =>
  [...texts].sort(new Intl.Collator(locale, { numeric: true }).compare);

/** Distinct non-empty texts `pick(record)` of the assessed rows, in the locale's order. */
export function distinctTexts(
  f: RiskFacets,
  list: readonly unknown[],
  pick: (rec: unknown) => unknown,
  locale: string,
): string[] {
  return sortTexts(collectTexts(list, assessedInputs(f, list.length), pick), locale);
}

/**
 * The position of each input row's key (`pick(record)`) in `keys`, for input
 * rows [from, to) into `into` (−1: none); new keys are appended to `keys`.
 * Stages per opportunity, tiers per account: a typed column the aggregates
 * and filters then read without touching the records.
 */
export function keyIndexByInput(
  list: readonly unknown[],
  pick: (rec: unknown) => string | null | undefined,
  keys: Map<string, number>,
  into: Int32Array,
  from = 0,
  to = list.length,
  grow = true,
): Int32Array {
  for (let i = from; i < to; i++) {
    const v = pick(list[i]);
    if (typeof v !== 'string') {
      into[i] = -1;
      continue;
    }
    let at = keys.get(v);
    if (at === undefined) {
      if (!grow) {
        into[i] = -1;
        continue;
      }
      keys.set(v, (at = keys.size));
    }
    into[i] = at;
  }
  return into;
}

/** A key column as a lookup by key position (the reverse of the `keys` map). */
export const keyList = (keys: ReadonlyMap<string, number>): string[] => {
  const out = new Array<string>(keys.size);
  for (const [k, i] of keys) out[i] = k;
  return out;
};

/** A renewal due within the window: 0 ≤ days ≤ windowDays (null, NaN or past: no). */
export const inRenewalWindow = (days: number | null | undefined, windowDays: number): boolean =>
  typeof days === 'number' && days >= 0 && days <= windowDays;

/** Past renewals sort after every coming one. */
export const PAST_RENEWAL = 1e9;

/**
 * Sort key for "renewal, soonest first": coming renewals by days to go, then
 * lapsed ones (most recently lapsed first), then none (null).
 */
export function renewalSortKey(days: number | null | undefined): number | null {
  if (typeof days !== 'number' || Number.isNaN(days)) return null;
  return days >= 0 ? days : PAST_RENEWAL - days;
}

/**
 * Tier keys from a tiering model (docs/models.md §1: `tiers` with `minScore`,
 * used sorted by minScore descending, ties in input order): highest value
 * first. Null when the value is not such a model.
 */
export function tierOrderFromModel(model: unknown): string[] | null {
  const m = isObject(model) && isObject(model.model) && !Array.isArray(model.tiers) ? model.model : model;
  if (!isObject(m) || !Array.isArray(m.tiers)) return null;
  const tiers = m.tiers.filter(
    (t): t is { key: string; minScore: number } =>
      isObject(t) && typeof t.key === 'string' && typeof t.minScore === 'number',
  );
  if (!tiers.length) return null;
  return tiers
    .map((t, i) => ({ key: t.key, s: t.minScore, i }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((t) => t.key);
}

/** A `tier-order` attribute (`"Strategic, Growth, Core"`, commas or spaces) as tier keys; null when empty. */
export function parseTierOrder(text: string | null | undefined): string[] | null {
  const keys = (text ?? '')
    .split(text?.includes(',') ? ',' : /\s+/)
    .map((k) => k.trim())
    .filter(Boolean);
  return keys.length ? keys : null;
}

/** Ids that occur on more than one input row (rows [from, to), with `seen` carried between slices). */
export function repeatedIds(
  list: readonly unknown[],
  from = 0,
  to = list.length,
  seen = new Set<string>(),
  twice = new Set<string>(),
): Set<string> {
  for (let i = from; i < to; i++) {
    const r = list[i];
    const id = isObject(r) ? r.id : undefined;
    if (typeof id !== 'string') continue;
    if (seen.has(id)) twice.add(id);
    else seen.add(id);
  }
  return twice;
}

/**
 * The key a row's response-plan ticks are saved under: its id, and for an
 * id that several input rows share, the input index too (so they never
 * share ticks).
 */
export const planRowKey = (id: string, index: number, repeated: boolean): string => (repeated ? `${id}#${index}` : id);

interface PlanSignal {
  code: string;
  detail: unknown;
}
interface PlanRecord {
  stage?: unknown;
  stageEnteredAt?: unknown;
}

/**
 * The key of one response-plan step: the signal code and a fingerprint of
 * what the signal is about, so a tick holds while the task is the same and
 * goes when the signal changes (other missing fields, another shortfall, a
 * new stage, a new last activity, another close date), not when a day
 * passes. Opportunity signals (docs/models.md §2); any other code uses its whole detail.
 */
export function planStepKey(signal: PlanSignal, rec: PlanRecord): string {
  const d = isObject(signal.detail) ? signal.detail : {};
  let about: unknown;
  switch (signal.code) {
    case 'missing-fields':
      about = Array.isArray(d.missing) ? [...(d.missing as string[])].sort() : [];
      break;
    case 'stage-overdue':
      about = [rec.stage, rec.stageEnteredAt];
      break;
    case 'activity-shortfall':
      about = [
        rec.stage,
        rec.stageEnteredAt,
        isObject(d.shortfall) ? Object.entries(d.shortfall).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : [],
      ];
      break;
    case 'idle':
      about = [d.lastActivityAt ?? rec.stageEnteredAt];
      break;
    case 'close-date-passed':
      about = [d.expectedCloseDate];
      break;
    default:
      about = d;
  }
  return `${signal.code}:${hash(JSON.stringify(about))}`;
}

/** FNV-1a, 32 bits, base 36: a short stable fingerprint. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
