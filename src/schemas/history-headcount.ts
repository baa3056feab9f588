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
