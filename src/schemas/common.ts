/**
 * Building blocks for the model schemas (zod/mini keeps the bundles small).
 * The schema constants are marked pure so that a bundle drops the ones it
 * does not use (and the date parsing behind isoDate and isoMonth).
 */
import * as z from 'zod/mini';
import { isIsoDate, monthNumber } from '../models/math.js';
import { isObject } from '../models/guards.js';
import { checkError, customIssue, expecting } from './issues.js';
import { EN_BASE } from '../i18n/issues/en-base.js';
import type { DuplicateOf } from './issue-codes.js';

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

export const isoDate = /* @__PURE__ */ z
  .string({ error: expecting('date') })
  .check(z.refine(isIsoDate, checkError(EN_BASE, 'date', {})));
export const isoMonth = /* @__PURE__ */ z
  .string({ error: expecting('month') })
  .check(z.refine((s) => !Number.isNaN(monthNumber(s)), checkError(EN_BASE, 'month', {})));

/** A value that is an object (not null, not a list). */
export const plainObject = /* @__PURE__ */ z.custom<Record<string, unknown>>(isObject, { error: expecting('object') });

/** A list of at most `max` items, for lists whose rows the model validates one by one (a z.custom list). */
export const maxItems = (max: number) =>
  z.superRefine<unknown[]>((list, ctx) => {
    if (list.length > max) ctx.addIssue(customIssue(EN_BASE, 'max_list', { max, got: list.length }, [], list));
  });

/** An object (a record) with at most `max` keys. */
export const maxKeys = (max: number) =>
  z.superRefine<Record<string, unknown>>((o, ctx) => {
    const n = Object.keys(o).length;
    if (n > max) ctx.addIssue(customIssue(EN_BASE, 'max_keys', { max, got: n }, [], o));
  });

/** Keys must be unique within a list; `what` names the thing, `field` the property holding it. */
export const uniqueBy = <T>(pick: (item: T) => string, of: DuplicateOf, field: string) =>
  z.superRefine<T[]>((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const k = pick(item);
      if (seen.has(k)) ctx.addIssue(customIssue(EN_BASE, 'duplicate', { of, key: k }, [i, field], k));
      seen.add(k);
    });
  });
