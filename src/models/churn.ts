/**
 * Model 5, churn early warning (用戶流失預警模型, docs/models.md §5). Churn runs
 * cause triggered → symptoms abnormal → customer lost; retention runs symptoms
 * abnormal → respond to the problem or need → customer kept. So the model
 * watches symptoms (usage, tickets, satisfaction, payment, contacts, events),
 * names the likely causes and proposes the response before renewal.
 */
import type { Account, AccountInput, ChurnRulesInput } from '../schemas/churn.js';
import { ModelInputError, isModelInputError, issuesOf, rowId, type InvalidRow, type Issue } from '../schemas/issues.js';
import { check, tryCheck } from '../validate/engine.js';
import { account, churnInput, churnRules, type ChurnEnvelope, type ChurnRulesData } from '../validate/churn.js';
import { above, atLeast, below, dayNumber, monthNumber } from './math.js';
import { LIMITS } from '../schemas/limits.js';
import { isDeepFrozen } from './freeze.js';
import { riskScore, RiskKeys, RowList, SignalTable, worstLevel, type SignalLevel } from './signals.js';
import { EN_RISK } from '../i18n/issues/en-risk.js';
import { isObject } from './guards.js';

const issue = issuesOf(EN_RISK);

export type { Account, AccountInput, ChurnRulesInput };

import {
  ACTION_FOR_CAUSE,
  CHURN_CAUSES,
  CHURN_EVENT_TYPES,
  DEFAULT_CHURN_RULES,
  type ChurnAction,
  type ChurnAssessment,
  type ChurnCause,
  type ChurnRow,
  type ChurnRules,
  type ChurnSignal,
  type DropDetail,
} from './churn-contract.js';

export * from './churn-contract.js';

let defaultRules: ChurnRules | null = null;
const cache = new WeakMap<object, ChurnRules>();

/**
 * Validate partial churn rules and merge them with DEFAULT_CHURN_RULES key by
 * key (null counts as absent). The result is frozen; deep-frozen inputs (see
 * deepFreeze) are cached by identity. Throws ModelInputError with paths under `base`.
 */
export function resolveChurnRules(input?: unknown, base = 'rules'): ChurnRules {
  if (input === undefined || input === null) return (defaultRules ??= Object.freeze({ ...DEFAULT_CHURN_RULES }));
  if (isDeepFrozen(input)) {
    const hit = cache.get(input);
    if (hit) return hit;
  }
  const r = check<ChurnRulesData>(churnRules, input, base);
  const rules = { ...DEFAULT_CHURN_RULES };
  for (const k of Object.keys(rules) as (keyof ChurnRules)[]) {
    const v = r[k];
    if (v != null) rules[k] = v;
  }
  Object.freeze(rules);
  if (isDeepFrozen(input)) cache.set(input, rules);
  return rules;
}

/* ------------------------------------------------------------------------ */
/* Row reading: a fast check that mirrors accountSchema, zod for the issues */
/* ------------------------------------------------------------------------ */

const isKey = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isOptText = (v: unknown): boolean => v == null || typeof v === 'string';
const isNonNeg = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v !== Infinity;
const isOptNonNeg = (v: unknown): boolean => v == null || isNonNeg(v);
const isOptIn = (v: unknown, lo: number, hi: number): boolean =>
  v == null || (typeof v === 'number' && v >= lo && v <= hi);

/** monthNumber of math.ts with a fast path for `YYYY-MM`. */
function monthOf(t: string): number {
  if (t.length !== 7 || t.charCodeAt(4) !== 45) return monthNumber(t);
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = t.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    y = y * 10 + c;
  }
  const a = t.charCodeAt(5) - 48,
    b = t.charCodeAt(6) - 48;
  if (a < 0 || a > 9 || b < 0 || b > 9) return NaN;
  const m = a * 10 + b;
  return m >= 1 && m <= 12 ? y * 12 + m - 1 : NaN;
}

/* Scratch for the row being assessed (the model is synchronous). */
let cap = 0;
let months = new Float64Array(0);
let order = new Int32Array(0);
let eventDays = new Float64Array(16);
const grow = (n: number): void => {
  if (n <= cap) return;
  cap = Math.max(n, cap * 2, 16);
  months = new Float64Array(cap);
  order = new Int32Array(cap);
};

/**
 * Read the usage months (sorted into `order`) and event days of a row into
 * the scratch. With `check`, also validate what accountSchema checks for
 * these lists and return false at the first problem (zod then words it);
 * a duplicate month is a problem.
 */
function readSeries(usage: unknown, events: unknown, check: boolean): boolean {
  if (usage != null) {
    if (check && (!Array.isArray(usage) || usage.length > LIMITS.usagePoints)) return false;
    const u = usage as Record<string, unknown>[];
    const n = u.length;
    grow(n);
    for (let i = 0; i < n; i++) {
      const p = u[i];
      if (check) {
        if (!isObject(p) || typeof p.month !== 'string' || !isOptIn(p.usageRate, 0, 1) || !isOptNonNeg(p.activeUsers))
          return false;
      }
      const m = monthOf(p!.month as string);
      if (Number.isNaN(m)) return false;
      months[i] = m;
      // Insertion sort by month: series usually arrive sorted, so this is linear.
      let j = i;
      while (j > 0 && months[order[j - 1]!]! > m) {
        order[j] = order[j - 1]!;
        j--;
      }
      if (check && j > 0 && months[order[j - 1]!] === m) return false;
      order[j] = i;
    }
  }
  if (events != null) {
    if (check && (!Array.isArray(events) || events.length > LIMITS.rowEvents)) return false;
    const ev = events as Record<string, unknown>[];
    if (ev.length > eventDays.length) eventDays = new Float64Array(Math.max(ev.length, eventDays.length * 2));
    for (let i = 0; i < ev.length; i++) {
      const e = ev[i];
      if (check && (!isObject(e) || !isKey(e.type) || typeof e.at !== 'string')) return false;
      const d = dayNumber(e!.at as string);
      if (Number.isNaN(d)) return false;
      eventDays[i] = d;
    }
  }
  return true;
}

let renewalDay = NaN;

/** Fast check of a raw row against accountSchema, filling the scratch. Sound: true only for rows the schema accepts. */
function fastRow(raw: unknown): raw is Account {
  if (!isObject(raw)) return false;
  const a = raw;
  if (!isKey(a.id) || !isOptText(a.name) || !isOptText(a.tier) || !isOptNonNeg(a.arr)) return false;
  if (!isOptText(a.owner)) return false;
  if (!isOptIn(a.nps, 0, 10) || !isOptIn(a.csat, 1, 5) || !isOptNonNeg(a.overdueDays)) return false;
  if (a.contactChanged != null && typeof a.contactChanged !== 'boolean') return false;
  const t = a.tickets;
  if (t != null && (!isObject(t) || !isNonNeg(t.last30d) || !isNonNeg(t.baseline30d) || !isOptNonNeg(t.escalated)))
    return false;
  const r = a.renewalDate;
  if (r == null) renewalDay = NaN;
  else {
    if (typeof r !== 'string') return false;
    renewalDay = dayNumber(r);
    if (Number.isNaN(renewalDay)) return false;
  }
  return readSeries(a.usage, a.events, true);
}

/** Fill the scratch from a row zod accepted. */
function readRow(a: Account): void {
  renewalDay = a.renewalDate == null ? NaN : dayNumber(a.renewalDate);
  readSeries(a.usage, a.events, false);
}

/* ------------------------------------------------------------------------ */
/* Assessment                                                               */
/* ------------------------------------------------------------------------ */

type Measure = 'usageRate' | 'activeUsers';

/*
 * The last drop dropOf found (the model is synchronous): a detail object is made only for a signal. The
 * fractions live in a typed array, and no fraction is passed to a call the compiler may not inline: a
 * fraction written to a module variable, or passed as an argument, is a new heap number each time (four
 * to ten a row: 64 bytes of garbage a row that the collector swept).
 */
let dropLatestIdx = -1;
let dropPoints = 0;
const dropFigures = new Float64Array(2);
const BASELINE = 0;
const DROP = 1;

/**
 * The level of the drop of the measure under the rules (null: none), its figures into the scratch: the
 * latest point having the measure against the mean of up to `usageLookbackMonths` earlier points having
 * it. No object here: most rows raise no drop signal.
 */
function dropOf(usage: Account['usage'] & object, measure: Measure, rules: ChurnRules): SignalLevel | null {
  const lookback = rules.usageLookbackMonths;
  let k = usage.length - 1;
  let latestIdx = -1;
  for (; k >= 0; k--) {
    if (usage[order[k]!]![measure] != null) {
      latestIdx = order[k]!;
      break;
    }
  }
  if (latestIdx < 0) return null;
  let total = 0;
  let count = 0;
  for (k--; k >= 0 && count < lookback; k--) {
    const v = usage[order[k]!]![measure];
    if (v != null) {
      total += v;
      count++;
    }
  }
  if (count === 0) return null;
  const baseline = total / count;
  if (baseline <= 0) return null;
  const drop = (baseline - usage[latestIdx]![measure]!) / baseline;
  const users = measure === 'activeUsers';
  const level = atLeast(drop, users ? rules.activeUsersDropCritical : rules.usageDropCritical)
    ? 'critical'
    : atLeast(drop, users ? rules.activeUsersDropWarn : rules.usageDropWarn)
      ? 'warning'
      : null;
  if (level) {
    dropLatestIdx = latestIdx;
    dropPoints = count;
    dropFigures[BASELINE] = baseline;
    dropFigures[DROP] = drop;
  }
  return level;
}

/* A drop's key: its figures' bits mixed into a small whole number (no heap number for the table's lookup). */
const keyBits = new Float64Array(2);
const keyWords = new Uint32Array(keyBits.buffer);

/**
 * The signal of the drop dropOf last found, shared within the call with the rows whose drop has the same
 * figures and month (active users are whole numbers, so their drops repeat; usage rates seldom do, so a
 * drop is frozen only when a second row takes it). The key only narrows the search: a kept signal is
 * shared when every figure and the month's text are the same.
 */
function dropSignal(
  table: SignalTable<ChurnSignal>,
  usage: Account['usage'] & object,
  measure: Measure,
  code: 'usage-drop' | 'active-users-drop',
  level: SignalLevel,
): ChurnSignal {
  const p = usage[dropLatestIdx]!;
  const latest = p[measure]!;
  const baseline = dropFigures[BASELINE]!;
  const drop = dropFigures[DROP]!;
  keyBits[0] = latest;
  keyBits[1] = baseline;
  const key =
    (Math.imul(keyWords[0]! ^ keyWords[1]!, 0x9e3779b1) ^
      Math.imul(keyWords[2]! ^ keyWords[3]!, 0x85ebca6b) ^
      Math.imul(months[dropLatestIdx]! * 64 + dropPoints, 0xc2b2ae35)) >>>
    2;
  const hit = table.get(key);
  if (hit) {
    const d = hit.detail as DropDetail;
    if (
      Object.is(d.latest, latest) &&
      Object.is(d.baseline, baseline) &&
      d.baselinePoints === dropPoints &&
      Object.is(d.drop, drop) &&
      d.latestMonth === p.month &&
      hit.level === level
    )
      return table.shared(hit);
  }
  const s: ChurnSignal = {
    code,
    cause: 'value',
    level,
    detail: { latest, latestMonth: p.month, baseline, baselinePoints: dropPoints, drop },
  };
  if (!hit) table.hold(key, s);
  return s;
}

/** Ticket counts as one key when both are whole and below TICKETS_KEYED (NaN otherwise: not shared). */
const ticketsKey = (last30d: number, baseline30d: number): number =>
  Number.isInteger(last30d) && Number.isInteger(baseline30d) && last30d < TICKETS_KEYED && baseline30d < TICKETS_KEYED
    ? last30d * TICKETS_KEYED + baseline30d
    : NaN;

const CAUSE_BIT = Object.fromEntries(CHURN_CAUSES.map((c, i) => [c, 1 << i])) as Record<ChurnCause, number>;

const firstSeen: ChurnCause[] = [];

/**
 * Distinct causes of the signals: the worst level first, then first appearance. One array per row, made
 * at its final length and order (no intermediate list for the collector to sweep).
 */
function causesOf(signals: readonly ChurnSignal[]): ChurnCause[] {
  let n = 0;
  let seen = 0;
  let critical = 0;
  for (const s of signals) {
    const bit = CAUSE_BIT[s.cause];
    if (!(seen & bit)) {
      seen |= bit;
      firstSeen[n++] = s.cause;
    }
    if (s.level === 'critical') critical |= bit;
  }
  const out = new Array<ChurnCause>(n);
  // Signal levels are warning or critical: critical causes first, each group in first-appearance order.
  if (critical === 0 || critical === seen) {
    for (let i = 0; i < n; i++) out[i] = firstSeen[i]!;
    return out;
  }
  let k = 0;
  for (let i = 0; i < n; i++) if (critical & CAUSE_BIT[firstSeen[i]!]) out[k++] = firstSeen[i]!;
  for (let i = 0; i < n; i++) if (!(critical & CAUSE_BIT[firstSeen[i]!])) out[k++] = firstSeen[i]!;
  return out;
}

const rowSignals = new RowList<ChurnSignal>();

/**
 * The signals rows share within a call (SignalTable), each keyed by the input figure that decides it:
 * nps, csat, escalations, overdue days, the renewal day (its text checked), ticket counts (whole, below
 * TICKETS_KEYED), an event type's count and last day (its text checked), a drop's figures (checked);
 * contact-changed has one.
 */
class SharedSignals {
  readonly usageDrop = new SignalTable<ChurnSignal>();
  readonly usersDrop = new SignalTable<ChurnSignal>();
  readonly contact = new SignalTable<ChurnSignal>();
  readonly detractor = new SignalTable<ChurnSignal>();
  readonly lowCsat = new SignalTable<ChurnSignal>();
  readonly escalation = new SignalTable<ChurnSignal>();
  readonly overdue = new SignalTable<ChurnSignal>();
  readonly renewal = new SignalTable<ChurnSignal>();
  readonly tickets = new SignalTable<ChurnSignal>();
  readonly events = new SignalTable<ChurnSignal>();
  /**
   * A drop detail's shape, made with non-numbers first and kept here (V8 forgets a shape no object has):
   * its fields hold references, so a whole figure (active users, the points) is stored inline, where a
   * field that ever held a fraction boxes every value, 0 and 100 included.
   */
  static readonly dropDetailShape = Object.freeze({
    latest: null,
    latestMonth: '',
    baseline: null,
    baselinePoints: 0,
    drop: null,
  } satisfies Record<keyof DropDetail, unknown>);
}
let shared = new SharedSignals();
const TICKETS_KEYED = 2 ** 20;
/** Event counts below this are keyed (with the day and the type: a whole number below 2^53). */
const EVENTS_KEYED = 1024;

/** Assess one valid account whose days and month order are in the scratch. */
function assessRow(rules: ChurnRules, a: Account, asOfDay: number): ChurnRow {
  const signals = rowSignals;
  signals.clear();
  const usage = a.usage;
  if (usage?.length) {
    let level = dropOf(usage, 'usageRate', rules);
    if (level) signals.push(dropSignal(shared.usageDrop, usage, 'usageRate', 'usage-drop', level));
    level = dropOf(usage, 'activeUsers', rules);
    if (level) signals.push(dropSignal(shared.usersDrop, usage, 'activeUsers', 'active-users-drop', level));
    for (let k = usage.length - 1; k >= 0; k--) {
      const p = usage[order[k]!]!;
      if (p.usageRate == null) continue;
      if (below(p.usageRate, rules.lowUsageRate))
        signals.push({
          code: 'low-usage',
          cause: 'value',
          level: 'warning',
          detail: { latest: p.usageRate, latestMonth: p.month, threshold: rules.lowUsageRate },
        });
      break;
    }
  }
  const t = a.tickets;
  if (t) {
    let level: SignalLevel | null = null;
    let ratio: number | null = null;
    if (t.baseline30d > 0) {
      ratio = t.last30d / t.baseline30d;
      if (!Number.isFinite(ratio))
        throw new ModelInputError([issue('tickets.baseline30d', 'ratio_small', { of: 'tickets' })]);
      level = atLeast(ratio, rules.ticketSpikeCritical)
        ? 'critical'
        : atLeast(ratio, rules.ticketSpikeWarn)
          ? 'warning'
          : null;
    } else if (atLeast(t.last30d, rules.ticketZeroBaselineWarn)) level = 'warning';
    if (level) {
      // The counts decide the ratio and, under the call's rules, the level.
      const key = ticketsKey(t.last30d, t.baseline30d);
      signals.push(
        shared.tickets.get(key) ??
          shared.tickets.keep(key, {
            code: 'ticket-spike',
            cause: 'service',
            level,
            detail: { last30d: t.last30d, baseline30d: t.baseline30d, ratio },
          }),
      );
    }
    if (t.escalated != null && above(t.escalated, 0))
      signals.push(
        shared.escalation.get(t.escalated) ??
          shared.escalation.keep(t.escalated, {
            code: 'escalation',
            cause: 'service',
            level: 'warning',
            detail: { escalated: t.escalated },
          }),
      );
  }
  if (a.nps != null && !above(a.nps, rules.npsDetractorMax))
    signals.push(
      shared.detractor.get(a.nps) ??
        shared.detractor.keep(a.nps, {
          code: 'detractor',
          cause: 'satisfaction',
          level: 'warning',
          detail: { nps: a.nps },
        }),
    );
  if (a.csat != null && below(a.csat, rules.csatLowBelow))
    signals.push(
      shared.lowCsat.get(a.csat) ??
        shared.lowCsat.keep(a.csat, { code: 'low-csat', cause: 'service', level: 'warning', detail: { csat: a.csat } }),
    );
  if (a.overdueDays != null) {
    const level = above(a.overdueDays, rules.overdueCriticalDays)
      ? 'critical'
      : above(a.overdueDays, rules.overdueWarnDays)
        ? 'warning'
        : null;
    if (level)
      signals.push(
        shared.overdue.get(a.overdueDays) ??
          shared.overdue.keep(a.overdueDays, {
            code: 'payment-overdue',
            cause: 'business',
            level,
            detail: { overdueDays: a.overdueDays },
          }),
      );
  }
  if (a.contactChanged === true)
    signals.push(
      shared.contact.get(0) ??
        shared.contact.keep(0, { code: 'contact-changed', cause: 'relationship', level: 'warning', detail: {} }),
    );
  const events = a.events;
  if (events?.length) {
    for (let ti = 0; ti < CHURN_EVENT_TYPES.length; ti++) {
      const type = CHURN_EVENT_TYPES[ti]!;
      let count = 0;
      let lastDay = -Infinity;
      let lastAt = '';
      for (let i = 0; i < events.length; i++) {
        const e = events[i]!;
        if (e.type !== type) continue;
        const ago = asOfDay - eventDays[i]!;
        if (ago < 0 || above(ago, rules.eventWindowDays)) continue;
        count++;
        if (eventDays[i]! > lastDay) {
          lastDay = eventDays[i]!;
          lastAt = e.at;
        }
      }
      if (count === 0) continue;
      const key = count < EVENTS_KEYED ? (lastDay * EVENTS_KEYED + count) * CHURN_EVENT_TYPES.length + ti : NaN;
      const hit = shared.events.get(key);
      if (hit && (hit.detail as { lastAt: string }).lastAt === lastAt) {
        signals.push(hit);
        continue;
      }
      const detail = { count, lastAt, daysAgo: asOfDay - lastDay };
      const k = hit ? NaN : key;
      if (type === 'downgrade-request')
        signals.push(shared.events.keep(k, { code: type, cause: 'price', level: 'critical', detail }));
      else if (type === 'competitor-eval')
        signals.push(shared.events.keep(k, { code: type, cause: 'competition', level: 'critical', detail }));
      else if (type === 'business-change')
        signals.push(shared.events.keep(k, { code: type, cause: 'business', level: 'warning', detail }));
      else signals.push(shared.events.keep(k, { code: type, cause: 'service', level: 'warning', detail }));
    }
  }
  const daysToRenewal = Number.isNaN(renewalDay) ? null : renewalDay - asOfDay;
  if (
    daysToRenewal !== null &&
    signals.length &&
    daysToRenewal >= 0 &&
    !above(daysToRenewal, rules.renewalWindowDays)
  ) {
    const date = a.renewalDate!;
    let s = shared.renewal.get(renewalDay);
    if (!s || (s.detail as { renewalDate: string }).renewalDate !== date)
      s = shared.renewal.keep(s ? NaN : renewalDay, {
        code: 'renewal-at-risk',
        cause: 'renewal',
        level: 'critical',
        detail: { daysToRenewal, renewalDate: date },
      });
    signals.push(s);
  }

  const found = signals.take();
  const causes = found.length ? causesOf(found) : [];
  const actions = new Array<ChurnAction>(causes.length);
  for (let i = 0; i < causes.length; i++) actions[i] = ACTION_FOR_CAUSE[causes[i]!];
  return {
    id: a.id,
    level: worstLevel(found),
    riskScore: riskScore(found),
    signals: found,
    causes,
    daysToRenewal,
    actions,
  };
}

/**
 * Churn early warning: `{ asOf, rules?, accounts }` → rows sorted by level,
 * riskScore and arr (all descending, stable; missing arr = 0), the level
 * summary with the ARR at risk, and the invalid rows.
 */
export function assessChurn(input: unknown): ChurnAssessment {
  const env = tryCheck<ChurnEnvelope>(churnInput, input);
  const issues: Issue[] = env.ok ? [] : env.issues;
  let rules: ChurnRules | null = null;
  const rawRules = typeof input === 'object' && input !== null ? (input as { rules?: unknown }).rules : undefined;
  if (rawRules == null || (typeof rawRules === 'object' && !Array.isArray(rawRules))) {
    try {
      rules = resolveChurnRules(rawRules);
    } catch (e) {
      if (!isModelInputError(e)) throw e;
      issues.push(...e.issues);
    }
  }
  if (!env.ok || issues.length || !rules) throw new ModelInputError(issues);
  const asOfDay = dayNumber(env.data.asOf);
  shared = new SharedSignals();

  const list = env.data.accounts;
  // Sized once (a list grown row by row is copied at every growth); trimmed to the rows assessed.
  const rows = new Array<ChurnRow>(list.length);
  // The sort keys and the summary, taken while each row is at hand (RiskKeys).
  const keys = new RiskKeys(list.length);
  let n = 0;
  const invalid: InvalidRow[] = [];
  for (let index = 0; index < list.length; index++) {
    const raw = list[index];
    let a: Account;
    if (fastRow(raw)) a = raw;
    else {
      const r = tryCheck<Account>(account, raw);
      if (!r.ok) {
        const id = rowId(raw);
        invalid.push(id === undefined ? { index, issues: r.issues } : { index, id, issues: r.issues });
        continue;
      }
      a = r.data;
      readRow(a);
    }
    let row: ChurnRow;
    try {
      row = assessRow(rules, a, asOfDay);
    } catch (e) {
      if (!isModelInputError(e)) throw e;
      const id = rowId(raw);
      invalid.push(id === undefined ? { index, issues: e.issues } : { index, id, issues: e.issues });
      continue;
    }
    rows[n++] = row;
    keys.add(row, a.arr ?? 0);
  }
  rows.length = n;
  shared = new SharedSignals(); // the shared signals are the call's
  const arrAtRisk = keys.atRisk;
  if (!Number.isFinite(arrAtRisk)) throw new ModelInputError([issue('accounts', 'sum_at_risk', { of: 'arr' })]);
  return { rows: keys.sort(rows), summary: { ...keys.counts, arrAtRisk }, invalid };
}
