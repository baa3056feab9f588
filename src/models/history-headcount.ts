/**
 * Seasonality and productivity from history (docs/models.md §3d): the
 * monthly distribution of bookings over the last complete years, each year
 * weighing the same, and the bookings per qualified and per ramping
 * rep-month, for §3b's headcount plan.
 */
import {
  bookingSchema,
  headcountHistoryInputSchema,
  repHistorySchema,
  type Booking,
  type HeadcountHistoryInput,
  type RepHistory,
} from '../schemas/history-headcount.js';
import type * as z from 'zod/mini';
import {
  baseIssue,
  codedIssue,
  ModelInputError,
  parseOrThrow,
  parseRows,
  type InvalidRow,
  type Issue,
} from '../schemas/issues.js';
import { EN_BASE } from '../i18n/issues/en-base.js';
import { EN_FUNNEL } from '../i18n/issues/en-funnel.js';
import { dayNumber } from './math.js';
import { monthOfDay } from './funnel-history.js';
import { nonFinitePaths } from './guards.js';

export type { Booking, HeadcountHistoryInput, RepHistory };

export interface HeadcountProductivity {
  /** Bookings per qualified rep-month; null without qualified rep-months. */
  qualified: number | null;
  /** Bookings per ramping rep-month; null without ramping rep-months. */
  unqualified: number | null;
  qualifiedRepMonths: number;
  unqualifiedRepMonths: number;
  qualifiedBookings: number;
  unqualifiedBookings: number;
}

export interface HeadcountHistoryResult {
  /** The years read, oldest first, with their monthly shares (null for a year without bookings). */
  years: { year: number; total: number; shares: number[] | null }[];
  /** Twelve weights, January first, summing to 1; null when no year read has bookings. */
  seasonality: number[] | null;
  /** Null without reps. */
  productivity: HeadcountProductivity | null;
  /** Bookings of the years read that no active rep owns. */
  unmatched: { count: number; amount: number };
  invalid: InvalidRow[];
  invalidReps: InvalidRow[];
}

/**
 * The reps' rows: parsed, each `leftAt` on or after its `startedAt`, ids
 * unique (the first stays); `check` adds a schema's own rules (§3b extras'
 * `openedAt`).
 */
export function readReps<S extends z.ZodMiniType<RepHistory>>(
  rows: readonly unknown[],
  schema: S,
  check?: (r: z.output<S>) => Issue[],
): { reps: z.output<S>[]; invalid: InvalidRow[] } {
  const seen = new Set<string>();
  const parsed = parseRows(schema, rows, (r) => {
    const issues: Issue[] = check ? check(r) : [];
    if (r.leftAt != null && dayNumber(r.leftAt) < dayNumber(r.startedAt))
      issues.push(codedIssue('leftAt', `leftAt ${EN_FUNNEL.left_before_start()}`, 'left_before_start', {}));
    const id = String(r.id);
    if (seen.has(id))
      issues.push(
        codedIssue('id', `id ${EN_BASE.duplicate({ of: 'rep id', key: id })}`, 'duplicate', { of: 'rep id', key: id }),
      );
    if (!issues.length) seen.add(id);
    return issues;
  });
  return { reps: parsed.rows.map((r) => r.row), invalid: parsed.invalid };
}

/** The `years` latest complete calendar years on or before asOf (§3d): their first and last year and month index. */
export function yearsRead(
  asOf: number,
  years: number,
): { firstYear: number; lastYear: number; from: number; to: number } {
  const asOfMonth = monthOfDay(asOf);
  const asOfYear = Math.floor(asOfMonth / 12);
  // The latest year whose 31 December is on or before asOf.
  const lastYear = monthOfDay(asOf + 1) === (asOfYear + 1) * 12 ? asOfYear : asOfYear - 1;
  const firstYear = lastYear - years + 1;
  return { firstYear, lastYear, from: firstYear * 12, to: lastYear * 12 + 11 };
}

/**
 * Learn §3b's seasonality and productivities from bookings and reps
 * (docs/models.md §3d). Bad rows are listed and left out.
 */
export function learnHeadcountInputs(input: HeadcountHistoryInput): HeadcountHistoryResult;
export function learnHeadcountInputs(input: unknown): HeadcountHistoryResult;
export function learnHeadcountInputs(input: unknown): HeadcountHistoryResult {
  const p = parseOrThrow(headcountHistoryInputSchema, input);
  const years = p.years ?? 2;
  const ramp = p.rampMonths ?? 3;
  const { firstYear, from, to } = yearsRead(dayNumber(p.asOf), years);

  const bookings = parseRows(bookingSchema, p.bookings);
  const reps = p.reps ? readReps(p.reps, repHistorySchema) : undefined;
  // Active months by rep id (as text): [first, last] month index within the years read.
  const active = new Map<string, { start: number; first: number; last: number }>();
  for (const r of reps?.reps ?? []) {
    const start = monthOfDay(dayNumber(r.startedAt));
    const end = r.leftAt != null ? monthOfDay(dayNumber(r.leftAt)) : to;
    active.set(String(r.id), { start, first: Math.max(start, from), last: Math.min(end, to) });
  }

  const totals = Array.from({ length: years }, () => new Array<number>(12).fill(0));
  let qb = 0;
  let ub = 0;
  const unmatched = { count: 0, amount: 0 };
  for (const { row } of bookings.rows) {
    const m = monthOfDay(dayNumber(row.closedAt));
    if (m < from || m > to) continue;
    totals[Math.floor(m / 12) - firstYear]![m % 12]! += row.amount;
    if (!reps) continue;
    const a = row.owner == null ? undefined : active.get(String(row.owner));
    if (!a || m < a.first || m > a.last) {
      unmatched.count++;
      unmatched.amount += row.amount;
    } else if (m - a.start >= ramp) qb += row.amount;
    else ub += row.amount;
  }

  const yearsOut = totals.map((months, k) => {
    const total = months.reduce((s, x) => s + x, 0);
    return { year: firstYear + k, total, shares: total > 0 ? months.map((x) => x / total) : null };
  });
  const withBookings = yearsOut.filter((y) => y.shares);
  const seasonality = withBookings.length
    ? Array.from({ length: 12 }, (_, m) => withBookings.reduce((s, y) => s + y.shares![m]!, 0) / withBookings.length)
    : null;

  let productivity: HeadcountProductivity | null = null;
  if (reps) {
    let qm = 0;
    let um = 0;
    for (const a of active.values()) {
      if (a.last < a.first) continue;
      // Months first..last; tenure = month − start; qualified from start + ramp on.
      const q0 = Math.max(a.first, a.start + ramp);
      const q = Math.max(0, a.last - q0 + 1);
      qm += q;
      um += a.last - a.first + 1 - q;
    }
    productivity = {
      qualified: qm ? qb / qm : null,
      unqualified: um ? ub / um : null,
      qualifiedRepMonths: qm,
      unqualifiedRepMonths: um,
      qualifiedBookings: qb,
      unqualifiedBookings: ub,
    };
  }
  const out: HeadcountHistoryResult = {
    years: yearsOut,
    seasonality,
    productivity,
    unmatched,
    invalid: bookings.invalid,
    invalidReps: reps?.invalid ?? [],
  };
  return finiteResult(out);
}

const ROWS = new Set(['invalid', 'invalidReps']);

/** The result, or a ModelInputError naming its figures that are not finite (amounts summing beyond 1.8e308). */
export function finiteResult<T>(out: T): T {
  const bad = nonFinitePaths(out, ROWS);
  if (bad.length) throw new ModelInputError([baseIssue('', 'results_not_finite', { fields: bad, hint: 'extreme' })]);
  return out;
}
