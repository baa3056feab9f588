/** Schemas of seasonality and productivity from history (docs/models.md §3d). */
import * as z from 'zod/mini';
import { isoDate, key, maxItems, nonNegative, opt } from './common.js';
import { LIMITS } from './limits.js';
import { expecting } from './issues.js';

const idOf = z.union([key, z.number()]);

export const bookingSchema = z.object({ id: opt(idOf), owner: opt(idOf), amount: nonNegative, closedAt: isoDate });
export type Booking = z.output<typeof bookingSchema>;

export const repHistorySchema = z.object({ id: idOf, startedAt: isoDate, leftAt: opt(isoDate) });
export type RepHistory = z.output<typeof repHistorySchema>;

/** A rep with the day the role was opened (docs/models.md §3b extras, `learnHiringFunnel`). */
export const repHiringSchema = z.extend(repHistorySchema, { openedAt: opt(isoDate) });
export type RepHiring = z.output<typeof repHiringSchema>;

/** A list whose rows the model validates one by one. */
const rows = z.custom<unknown[]>((v) => Array.isArray(v), { error: expecting('array') }).check(maxItems(LIMITS.rows));

export const headcountHistoryInputSchema = z.object({
  bookings: rows,
  reps: opt(rows),
  asOf: isoDate,
  years: opt(z.int().check(z.gte(1), z.lte(5))),
  rampMonths: opt(z.int().check(z.gte(0), z.lte(120))),
});
export type HeadcountHistoryInput = z.input<typeof headcountHistoryInputSchema>;

export const hiringHistoryInputSchema = z.object({
  reps: rows,
  bookings: opt(rows),
  asOf: isoDate,
  years: opt(z.int().check(z.gte(1), z.lte(5))),
  rampMonths: opt(z.int().check(z.gte(0), z.lte(120))),
  tenureMonths: opt(z.int().check(z.gte(1), z.lte(120))),
});
export type HiringHistoryInput = z.input<typeof hiringHistoryInputSchema>;
