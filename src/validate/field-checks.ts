/**
 * The building blocks of src/schemas/common.ts by hand (same names), for the hand checks of each model
 * family (src/validate/<family>.ts). Each gives the issues and the data its zod schema gives. The checks are
 * marked pure so that a bundle drops the ones it does not use (the tiering script, the month reading).
 */
import { LIMITS } from '../schemas/limits.js';
import { shownValue } from '../schemas/issues.js';
import type { DuplicateOf } from '../schemas/issue-codes.js';
import { EN_BASE } from '../i18n/issues/en-base.js';
import { isIsoDate, monthNumber } from '../models/math.js';
import { isObject } from '../models/guards.js';
import { checked, custom, max, min, minLength, num, raw, refine, str, type Check, type S } from './engine.js';

export const finite = /* @__PURE__ */ num();
export const nonNegative = /* @__PURE__ */ num(min(0));
export const positive = /* @__PURE__ */ num(min(0, true));
export const fraction = /* @__PURE__ */ num(min(0), max(1));
export const text = /* @__PURE__ */ str();
export const key = /* @__PURE__ */ str(minLength(1));

/**
 * zod's integer format: a number that is not whole stops every check above it; beyond the safe integers
 * is a bound of its own, after which the other checks still run.
 */
const whole: Check = (v: number, out) => {
  if (!Number.isInteger(v)) out.push(raw(EN_BASE, 'type', { expected: ['int'], got: shownValue(v) }, [], false));
  else if (v < Number.MIN_SAFE_INTEGER)
    out.push(raw(EN_BASE, 'min', { min: Number.MIN_SAFE_INTEGER, inclusive: true, got: shownValue(v) }, [], true));
  else if (v > Number.MAX_SAFE_INTEGER)
    out.push(raw(EN_BASE, 'max', { max: Number.MAX_SAFE_INTEGER, inclusive: true, got: shownValue(v) }, [], true));
};
export const wholeNonNegative = /* @__PURE__ */ num(whole, min(0));
export const wholePositive = /* @__PURE__ */ num(whole, min(1));

/** A string that names what it stands for (`date`, `month`) when it is not one, then `ok` on its text. */
const formatted = (e: 'date' | 'month', ok: (s: string) => boolean): S =>
  checked(
    (v, out) => {
      if (typeof v !== 'string')
        out.push({
          ...(v === undefined
            ? raw(EN_BASE, 'required', { expected: [e] })
            : raw(EN_BASE, 'type', { expected: [e], got: shownValue(v) })),
          t: 'string',
        });
      return v;
    },
    refine<string>((s, add) => {
      if (!ok(s)) add(raw(EN_BASE, e, {}));
    }),
  );
export const isoDate = /* @__PURE__ */ formatted('date', isIsoDate);
export const isoMonth = /* @__PURE__ */ formatted('month', (s) => !Number.isNaN(monthNumber(s)));

/** A value that is an object (not null, not a list). */
export const plainObject = /* @__PURE__ */ custom(isObject, 'object');

/** `maxItems`: a list of at most `n` items, for lists whose rows the model checks one by one. */
export const maxItems = (n: number): Check =>
  refine<unknown[]>((l, add) => {
    if (l.length > n) add(raw(EN_BASE, 'max_list', { max: n, got: l.length }));
  });

/** `maxKeys`: an object with at most `n` keys. */
export const maxKeys = (n: number): Check =>
  refine<Record<string, unknown>>((o, add) => {
    const got = Object.keys(o).length;
    if (got > n) add(raw(EN_BASE, 'max_keys', { max: n, got }));
  });

/** `uniqueBy`: the `field` of each item unique in the list. */
export const uniqueBy = (field: string, of: DuplicateOf): Check =>
  refine<Record<string, string>[]>((items, add) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const k = item[field]!;
      if (seen.has(k)) add(raw(EN_BASE, 'duplicate', { of, key: k }, [i, field]));
      seen.add(k);
    });
  });

/**
 * `z.custom(Array.isArray, listOf(of)).check(maxItems(LIMITS.rows))`: the rows of a list model, which the
 * model checks one by one (the list itself, not a copy).
 */
export const rowList = (of: 'accounts' | 'opportunities' | 'plans'): S =>
  checked((v, out) => {
    if (!Array.isArray(v)) out.push(raw(EN_BASE, 'list_of', { of }, [], false));
    return v;
  }, maxItems(LIMITS.rows));
