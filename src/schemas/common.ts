/**
 * Building blocks for the model schemas (zod/mini keeps the bundles small).
 * The schema constants are marked pure so that a bundle drops the ones it
 * does not use (and the date parsing behind isoDate and isoMonth).
 */
import * as z from 'zod/mini';
import { isIsoDate, monthNumber } from '../models/math.js';
import { isObject } from '../models/guards.js';
import { describeValue } from './issues.js';

export const finite = /* @__PURE__ */ z.number();
export const nonNegative = /* @__PURE__ */ z.number().check(z.gte(0));
export const positive = /* @__PURE__ */ z.number().check(z.gt(0));
export const fraction = /* @__PURE__ */ z.number().check(z.gte(0), z.lte(1));
export const wholeNonNegative = /* @__PURE__ */ z.int().check(z.gte(0));
export const wholePositive = /* @__PURE__ */ z.int().check(z.gte(1));
export const text = /* @__PURE__ */ z.string();
export const key = /* @__PURE__ */ z.string().check(z.minLength(1));

/** An optional field where `null` counts as absent. */
export const opt = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));

const DATE_HINT = 'an ISO 8601 date such as 2026-03-05';
const required = (what: string) => (iss: { input?: unknown }) =>
  iss.input === undefined ? `is required (expected ${what})` : `expected ${what}, got ${describeValue(iss.input)}`;

export const isoDate = /* @__PURE__ */ z
  .string({ error: required(DATE_HINT) })
  .check(z.refine(isIsoDate, { message: 'must be an ISO 8601 date such as 2026-03-05 or 2026-03-05T09:30:00+08:00' }));
export const isoMonth = /* @__PURE__ */ z
  .string({ error: required('a month such as 2026-03') })
  .check(z.refine((s) => !Number.isNaN(monthNumber(s)), { message: 'must be a month such as 2026-03' }));

/** A value that is an object (not null, not a list). */
export const plainObject = /* @__PURE__ */ z.custom<Record<string, unknown>>(isObject, {
  error: required('an object'),
});

/** A list of at most `max` items, for lists whose rows the model validates one by one (a z.custom list). */
export const maxItems = (max: number) =>
  z.superRefine<unknown[]>((list, ctx) => {
    if (list.length > max)
      ctx.addIssue({
        code: 'custom',
        message: `allows at most ${max} items (got ${list.length})`,
        input: list,
        path: [],
      });
  });

/** An object (a record) with at most `max` keys. */
export const maxKeys = (max: number) =>
  z.superRefine<Record<string, unknown>>((o, ctx) => {
    const n = Object.keys(o).length;
    if (n > max) ctx.addIssue({ code: 'custom', message: `allows at most ${max} keys (got ${n})`, input: o, path: [] });
  });

/** Keys must be unique within a list; `what` names the thing, `field` the property holding it. */
export const uniqueBy = <T>(pick: (item: T) => string, what: string, field: string) =>
  z.superRefine<T[]>((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const k = pick(item);
      if (seen.has(k))
        ctx.addIssue({
          code: 'custom',
          message: `repeats the ${what} ${JSON.stringify(k)}; each must be unique`,
          input: k,
          path: [i, field],
        });
      seen.add(k);
    });
  });
