/**
 * The development and hiring funnel from history (docs/models.md §3b extras,
 * `learnHiringFunnel`): retention by tenure month, the ramp curve and the
 * hiring lead time, read from past reps and their bookings over §3d's years,
 * ready for §3b's `retentionByTenure`, `rampCurve` and `hiringLeadMonths`.
 */
import {
  bookingSchema,
  hiringHistoryInputSchema,
  repHiringSchema,
  type HiringHistoryInput,
  type RepHiring,
} from '../schemas/history-headcount.js';
import { codedIssue, parseOrThrow, parseRows, type InvalidRow, type Issue } from '../schemas/issues.js';
import { EN_FUNNEL } from '../i18n/issues/en-funnel.js';
import { ceilE, dayNumber } from './math.js';
import { median, monthOfDay } from './funnel-history.js';
import { finiteResult, readReps, yearsRead } from './history-headcount.js';

export type { HiringHistoryInput, RepHiring };

export interface TenureBucket {
  /** The bucket's tenure in months; the last bucket pools every later tenure. */
  tenure: number;
  repMonths: number;
  /** Rep-months in the month the rep left. */
  left: number;
  /** 1 − left / repMonths; null without rep-months. */
  retention: number | null;
  /** Null without bookings. */
  bookings: number | null;
  /** bookings / repMonths; null without bookings or rep-months. */
  productivity: number | null;
}

export interface HiringFunnelResult {
  /** The years read, oldest first. */
  years: number[];
  tenure: TenureBucket[];
  /** The buckets' retentions with gaps filled, ready for §3b; null when no bucket has rep-months. */
  retentionByTenure: number[] | null;
  /** Bookings per qualified rep-month (tenure ≥ rampMonths); null without bookings or qualified rep-months. */
  qualified: number | null;
  /** Per tenure t < rampMonths: productivity at t / qualified; null without bookings. */
  ramp: (number | null)[] | null;
  /** ramp with gaps filled, ready for §3b; null when it cannot be read. */
  rampCurve: number[] | null;
  leadTime: { samples: number; medianMonths: number | null; hiringLeadMonths: number | null };
  unmatched: { count: number; amount: number };
  invalid: InvalidRow[];
  invalidReps: InvalidRow[];
}

/** Nulls take the nearest earlier value, leading nulls the first value; null when every value is null. */
export function fillGaps(xs: readonly (number | null)[]): number[] | null {
  const first = xs.find((x) => x !== null);
  if (first === undefined) return xs.length ? null : [];
  let last = first;
  return xs.map((x) => (x === null ? last : (last = x)));
}

const openedAfterStart = (r: RepHiring): Issue[] =>
  r.openedAt != null && dayNumber(r.openedAt) > dayNumber(r.startedAt)
    ? [codedIssue('openedAt', `openedAt ${EN_FUNNEL.opened_after_start()}`, 'opened_after_start', {})]
    : [];

/** Learn §3b's tenure inputs from reps (and bookings) (docs/models.md §3b extras). Bad rows are listed and left out. */
export function learnHiringFunnel(input: HiringHistoryInput): HiringFunnelResult;
export function learnHiringFunnel(input: unknown): HiringFunnelResult;
export function learnHiringFunnel(input: unknown): HiringFunnelResult {
  const p = parseOrThrow(hiringHistoryInputSchema, input);
  const ramp = p.rampMonths ?? 3;
  const buckets = p.tenureMonths ?? 12;
  const { firstYear, lastYear, from, to } = yearsRead(dayNumber(p.asOf), p.years ?? 2);
  const reps = readReps(p.reps, repHiringSchema, openedAfterStart);

  // Rep-months, leavers and bookings by exact tenure (0..maxTenure).
  const months: number[] = [];
  const left: number[] = [];
  const booked: number[] = [];
  const add = (xs: number[], t: number, x: number) => (xs[t] = (xs[t] ?? 0) + x);
  const active = new Map<string, { start: number; first: number; last: number }>();
  const leads: number[] = [];
  for (const r of reps.reps) {
    const start = monthOfDay(dayNumber(r.startedAt));
    const end = r.leftAt != null ? monthOfDay(dayNumber(r.leftAt)) : Infinity;
    const first = Math.max(start, from);
    const last = Math.min(end, to);
    active.set(String(r.id), { start, first, last });
    for (let m = first; m <= last; m++) add(months, m - start, 1);
    if (end >= from && end <= to) add(left, end - start, 1);
    if (r.openedAt != null && start >= from && start <= to) leads.push(start - monthOfDay(dayNumber(r.openedAt)));
  }

  const bookings = p.bookings ? parseRows(bookingSchema, p.bookings) : undefined;
  const unmatched = { count: 0, amount: 0 };
  for (const { row } of bookings?.rows ?? []) {
    const m = monthOfDay(dayNumber(row.closedAt));
    if (m < from || m > to) continue;
    const a = row.owner == null ? undefined : active.get(String(row.owner));
    if (!a || m < a.first || m > a.last) {
      unmatched.count++;
      unmatched.amount += row.amount;
    } else add(booked, m - a.start, row.amount);
  }

  const sum = (xs: number[], lo: number, hi: number) => {
    let s = 0;
    for (let t = lo; t < Math.min(hi, xs.length); t++) s += xs[t] ?? 0;
    return s;
  };
  const tenure: TenureBucket[] = Array.from({ length: buckets }, (_, b) => {
    const hi = b === buckets - 1 ? Infinity : b + 1;
    const n = sum(months, b, hi);
    const l = sum(left, b, hi);
    const bk = bookings ? sum(booked, b, hi) : null;
    return {
      tenure: b,
      repMonths: n,
      left: l,
      retention: n ? 1 - l / n : null,
      bookings: bk,
      productivity: bk !== null && n ? bk / n : null,
    };
  });

  let qualified: number | null = null;
  let rampRates: (number | null)[] | null = null;
  if (bookings) {
    const qm = sum(months, ramp, Infinity);
    qualified = qm ? sum(booked, ramp, Infinity) / qm : null;
    rampRates = Array.from({ length: ramp }, (_, t) =>
      qualified && months[t] ? (booked[t] ?? 0) / months[t] / qualified : null,
    );
  }
  const med = median(leads);
  return finiteResult({
    years: Array.from({ length: lastYear - firstYear + 1 }, (_, k) => firstYear + k),
    tenure,
    retentionByTenure: fillGaps(tenure.map((b) => b.retention)),
    qualified,
    ramp: rampRates,
    rampCurve: rampRates && qualified ? fillGaps(rampRates) : null,
    leadTime: { samples: leads.length, medianMonths: med, hiringLeadMonths: med === null ? null : ceilE(med) },
    unmatched,
    invalid: bookings?.invalid ?? [],
    invalidReps: reps.invalid,
  });
}
