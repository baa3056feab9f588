/**
 * Model 2 extras (issue 14): change flags read from an opportunity's field
 * history, its next step and its contacts — a close date pushed, an amount
 * cut, a stage moved backwards, no next step, one contact. Spec:
 * docs/models.md "§2 extras: change flags from history". Pure; no signal
 * without the new fields, so the contract's output stays as it is.
 */
import { atLeast, below, dayNumber } from './math.js';
import type { SignalLevel } from './signals.js';

/** The thresholds of the change flags, with their defaults. */
export interface ChangeThresholds {
  pushCountWarn: number;
  pushCountCritical: number;
  pushDaysWarn: number;
  pushDaysCritical: number;
  amountCutWarn: number;
  amountCutCritical: number;
  regressCritical: number;
  minContacts: number;
}
export const DEFAULT_CHANGE_THRESHOLDS: Readonly<ChangeThresholds> = Object.freeze({
  pushCountWarn: 2,
  pushCountCritical: 3,
  pushDaysWarn: 30,
  pushDaysCritical: 60,
  amountCutWarn: 0.2,
  amountCutCritical: 0.5,
  regressCritical: 2,
  minContacts: 2,
});
export const CHANGE_THRESHOLD_KEYS = Object.keys(DEFAULT_CHANGE_THRESHOLDS) as (keyof ChangeThresholds)[];

/** The change signal codes, in the order they follow the contract's signals. */
export const CHANGE_SIGNAL_CODES = [
  'close-date-pushed',
  'amount-decreased',
  'stage-regressed',
  'no-next-step',
  'single-threaded',
] as const;
export type ChangeSignalCode = (typeof CHANGE_SIGNAL_CODES)[number];

export const CHANGE_SIGNAL_DIMENSION = {
  'close-date-pushed': 'cycle',
  'amount-decreased': 'info',
  'stage-regressed': 'cycle',
  'no-next-step': 'action',
  'single-threaded': 'action',
} as const satisfies Record<ChangeSignalCode, 'info' | 'action' | 'cycle'>;

export const CHANGE_SUGGESTIONS = {
  'close-date-pushed': 'requalify-close-date',
  'amount-decreased': 'review-amount',
  'stage-regressed': 'review-stage-regression',
  'no-next-step': 'set-next-step',
  'single-threaded': 'multi-thread',
} as const satisfies Record<ChangeSignalCode, string>;
export type ChangeSuggestion = (typeof CHANGE_SUGGESTIONS)[ChangeSignalCode];

export interface ChangeDetails {
  'close-date-pushed': { pushes: number; daysPushed: number; lastPushAt: string };
  'amount-decreased': { peakAmount: number; amount: number; share: number };
  'stage-regressed': { regressions: number; lastFrom: string; lastTo: string; lastAt: string };
  'no-next-step': Record<string, never>;
  'single-threaded': { contacts: number; minContacts: number };
}
export type ChangeSignal = {
  [C in ChangeSignalCode]: {
    dimension: (typeof CHANGE_SIGNAL_DIMENSION)[C];
    code: C;
    level: SignalLevel;
    detail: ChangeDetails[C];
  };
}[ChangeSignalCode];

/** One history entry as the model reads it. */
export interface HistoryEntry {
  field: string;
  from?: unknown;
  to?: unknown;
  at: string;
}

/** What the change flags read of an opportunity. */
export interface ChangeInput {
  amount: number;
  history?: readonly HistoryEntry[] | null | undefined;
  /** Present (even null) means the CRM has the field: blank → no next step. */
  nextStep?: string | null | undefined;
  hasNextStep: boolean;
  contacts?: number | readonly string[] | null | undefined;
}

const isAmount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

let dayScratch = new Float64Array(32);

/**
 * The change signals of one opportunity as of `asOfDay`, in their order,
 * pushed to `out` (a new list by default). `stageIndex` maps a stage key of
 * the rules to its place in the pipeline; `days`, when given, holds the day
 * number of each history entry's `at` (the model's row check has read them);
 * `day` reads a date (the model passes its memo of the call's dates).
 */
export function changeSignals<S = never>(
  o: ChangeInput,
  asOfDay: number,
  stageIndex: ReadonlyMap<string, number>,
  t: ChangeThresholds,
  days?: ArrayLike<number>,
  out: (S | ChangeSignal)[] = [],
  day: (t: string) => number = dayNumber,
): (S | ChangeSignal)[] {
  const history = o.history;
  if (history?.length) {
    const n = history.length;
    if (!days) {
      if (n > dayScratch.length) dayScratch = new Float64Array(Math.max(n, dayScratch.length * 2));
      for (let i = 0; i < n; i++) dayScratch[i] = day(history[i]!.at);
      days = dayScratch;
    }
    // Read in day order (input order within a day); entries after asOf are not read. CRMs export
    // history in date order (either way round), so the entries are read in place when the days
    // already ascend, and through a sorted index otherwise. No list per row: 10,000 rows of 20
    // entries each were spending a good part of their time collecting those.
    let ascending = true;
    for (let i = 1; i < n; i++)
      if (days[i]! < days[i - 1]!) {
        ascending = false;
        break;
      }
    let order: number[] | null = null;
    if (!ascending) {
      order = [];
      for (let i = 0; i < n; i++) order.push(i);
      const d = days;
      order.sort((a, b) => d[a]! - d[b]! || a - b);
    }
    let pushes = 0;
    let daysPushed = 0;
    let lastPushAt = '';
    let peak = o.amount;
    let regressions = 0;
    let lastFrom = '';
    let lastTo = '';
    let lastAt = '';
    for (let j = 0; j < n; j++) {
      const i = order ? order[j]! : j;
      if (days[i]! > asOfDay) continue;
      const e = history[i]!;
      if (e.field === 'expectedCloseDate') {
        const from = typeof e.from === 'string' ? day(e.from) : NaN;
        const to = typeof e.to === 'string' ? day(e.to) : NaN;
        if (to > from) {
          pushes++;
          daysPushed += to - from;
          lastPushAt = e.at;
        }
      } else if (e.field === 'amount') {
        if (isAmount(e.from) && e.from > peak) peak = e.from;
        if (isAmount(e.to) && e.to > peak) peak = e.to;
      } else if (e.field === 'stage') {
        const from = typeof e.from === 'string' ? stageIndex.get(e.from) : undefined;
        const to = typeof e.to === 'string' ? stageIndex.get(e.to) : undefined;
        if (from !== undefined && to !== undefined && to < from) {
          regressions++;
          lastFrom = e.from as string;
          lastTo = e.to as string;
          lastAt = e.at;
        }
      }
    }
    const pushLevel: SignalLevel | null =
      atLeast(pushes, t.pushCountCritical) || atLeast(daysPushed, t.pushDaysCritical)
        ? 'critical'
        : atLeast(pushes, t.pushCountWarn) || atLeast(daysPushed, t.pushDaysWarn)
          ? 'warning'
          : null;
    if (pushes > 0 && pushLevel)
      out.push({
        dimension: 'cycle',
        code: 'close-date-pushed',
        level: pushLevel,
        detail: { pushes, daysPushed, lastPushAt },
      });
    if (peak > 0) {
      const share = (peak - o.amount) / peak;
      const level: SignalLevel | null = atLeast(share, t.amountCutCritical)
        ? 'critical'
        : atLeast(share, t.amountCutWarn)
          ? 'warning'
          : null;
      if (share > 0 && level)
        out.push({
          dimension: 'info',
          code: 'amount-decreased',
          level,
          detail: { peakAmount: peak, amount: o.amount, share },
        });
    }
    if (regressions > 0)
      out.push({
        dimension: 'cycle',
        code: 'stage-regressed',
        level: atLeast(regressions, t.regressCritical) ? 'critical' : 'warning',
        detail: { regressions, lastFrom, lastTo, lastAt },
      });
  }
  if (o.hasNextStep && (o.nextStep == null || o.nextStep.trim() === ''))
    out.push({ dimension: 'action', code: 'no-next-step', level: 'warning', detail: {} });
  if (o.contacts != null) {
    const n =
      typeof o.contacts === 'number' ? o.contacts : new Set(o.contacts.map((c) => c.trim()).filter(Boolean)).size;
    if (below(n, t.minContacts))
      out.push({
        dimension: 'action',
        code: 'single-threaded',
        level: 'warning',
        detail: { contacts: n, minContacts: t.minContacts },
      });
  }
  return out;
}

/** The fields the change flags read from history, compared between two exports. */
export const TRACKED_FIELDS = ['stage', 'amount', 'expectedCloseDate'] as const;

/**
 * Two exports of the same pipeline at different dates, compared by id: each
 * opportunity of `after` (a copy) gets, after its own history, one entry
 * `{ field, from, to, at }` per tracked field (stage, amount, close date)
 * whose value differs from the first row of `before` with the same id. Rows
 * that are not objects, rows without a text id, and ids new in `after` are
 * passed through unchanged.
 */
export function historyFromSnapshots(before: readonly unknown[], after: readonly unknown[], at: string): unknown[] {
  const isRow = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const earlier = new Map<string, Record<string, unknown>>();
  for (const r of before) if (isRow(r) && typeof r.id === 'string' && !earlier.has(r.id)) earlier.set(r.id, r);
  return after.map((r) => {
    if (!isRow(r) || typeof r.id !== 'string') return r;
    const was = earlier.get(r.id);
    if (!was) return r;
    const added: HistoryEntry[] = [];
    for (const field of TRACKED_FIELDS)
      if (was[field] !== r[field]) added.push({ field, from: was[field] ?? null, to: r[field] ?? null, at });
    if (!added.length) return r;
    const own = Array.isArray(r.history) ? (r.history as HistoryEntry[]) : [];
    return { ...r, history: [...own, ...added] };
  });
}
