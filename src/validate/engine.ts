/**
 * Input checks by hand for the pages that cannot spend zod's bytes (issue 10: the tiering one-file script).
 * The zod schemas in src/schemas/ stay the contract; this is a small validator with zod/mini's behaviour for
 * the forms those schemas use — types, optional/nullable, objects (stripped or loose), lists with length
 * bounds, records, unions, number bounds and our own refinements — down to what zod reports and in which
 * order: a list over its bound reports only that; a failed type stops the checks after it, but not the
 * length checks (zod runs those on anything with a `length`); an object's own checks run only when no
 * issue below it stops them; a union reports its one branch that did not stop, else what it expected.
 * test/node/validate-tiering.test.ts runs both on generated and hostile inputs and asks for the same
 * issues (path, message, code, params) and the same data.
 */
import type { Expected, IssueCode, IssueParams, IssueStrings } from '../schemas/issue-codes.js';
import {
  codedIssue,
  fieldMessage,
  joinPath,
  ModelInputError,
  rowId,
  shownValue,
  type InvalidRow,
  type Issue,
} from '../schemas/issues.js';
import { EN_BASE } from '../i18n/issues/en-base.js';
import { isObject } from '../models/guards.js';

/**
 * An issue as a schema raises it: path below the schema, code, params, English sentence, and zod's
 * `continue` (`k`): true lets the checks after it run, undefined stops them, false stops every check
 * above it too. `t`: what zod's `invalid_type` expected, which a union reports.
 */
export interface Raw {
  p: PropertyKey[];
  c: IssueCode;
  a: unknown;
  m: string;
  k?: boolean;
  t?: string;
}

/** A schema: the value it gives for `v` (a copy for objects and lists), its issues pushed to `out`. */
export interface S {
  (v: unknown, out: Raw[]): unknown;
  /** Optional (absent is fine, an absent key stays absent). */
  o?: 1;
  /** The literal it accepts (a discriminated union's branch). */
  l?: unknown;
}

/** A check on a schema's value; `len`: zod runs it on anything with a `length`, even after a failed type. */
export interface Check {
  (v: never, out: Raw[]): void;
  len?: 1;
}

type Table = Partial<IssueStrings>;

/** An issue of `table`'s code, at `path` below the schema. */
export const raw = <T extends Table, C extends keyof T & IssueCode>(
  table: T,
  c: C,
  a: IssueParams[C],
  p: PropertyKey[] = [],
  k?: boolean,
): Raw => ({ p, c, a, m: (table[c] as (p: IssueParams[C]) => string)(a), k });

const stops = (out: readonly Raw[], from = 0): boolean => {
  for (let i = from; i < out.length; i++) if (out[i]!.k !== true) return true;
  return false;
};

/** Run `s` on its own issue list and add them under `key` (zod's payload per property, item, branch). */
const under = (s: S, v: unknown, key: PropertyKey, out: Raw[]): unknown => {
  const mine: Raw[] = [];
  const r = s(v, mine);
  for (const i of mine) out.push({ ...i, p: [key, ...i.p] });
  return r;
};

/** zod's invalid_type, worded as src/schemas/issues.ts's codeOf does. */
const typeIssue = (e: Expected, v: unknown): Raw =>
  v === undefined
    ? { ...raw(EN_BASE, 'required', { expected: [e] }), t: e }
    : e === 'number' && typeof v === 'number'
      ? { ...raw(EN_BASE, 'finite', {}), t: e }
      : { ...raw(EN_BASE, 'type', { expected: [e], got: shownValue(v) }), t: e };

/** `base` then its checks, as zod runs them. */
export const checked =
  (base: S, ...checks: Check[]): S =>
  (v, out) => {
    const r = base(v, out);
    let stop = stops(out);
    for (const ch of checks) {
      if (ch.len) {
        if (out.some((i) => i.k === false) || r == null || (r as { length?: unknown }).length === undefined) continue;
      } else if (stop) continue;
      const n = out.length;
      ch(r as never, out);
      if (!stop) stop = stops(out, n);
    }
    return r;
  };

const typed =
  (e: Expected, ok: (v: unknown) => boolean): S =>
  (v, out) => {
    if (!ok(v)) out.push(typeIssue(e, v));
    return v;
  };

export const num = (...checks: Check[]): S =>
  checked(
    typed('number', (v) => typeof v === 'number' && Number.isFinite(v)),
    ...checks,
  );
export const str = (...checks: Check[]): S =>
  checked(
    typed('string', (v) => typeof v === 'string'),
    ...checks,
  );
export const bool: S = typed('boolean', (v) => typeof v === 'boolean');
export const unknown: S = (v) => v;

/** A number bound: `≥ min` (`gt`: > min). */
export const min =
  (n: number, gt = false): Check =>
  (v: number, out) => {
    if (!(gt ? v > n : v >= n)) out.push(raw(EN_BASE, 'min', { min: n, inclusive: !gt, got: shownValue(v) }, [], true));
  };
export const max =
  (n: number): Check =>
  (v: number, out) => {
    if (!(v <= n)) out.push(raw(EN_BASE, 'max', { max: n, inclusive: true, got: shownValue(v) }, [], true));
  };

/** zod counts a string's length in code points. */
const units = (v: { length: unknown }): unknown => (typeof v === 'string' ? [...v].length : v.length);

/** zod's length bounds (too_small / too_big by what the value is: a list, a text, anything else with a length). */
export const minLength = (n: number): Check => {
  const ch: Check = (v: { length: unknown }, out) => {
    if ((units(v) as number) >= n) return;
    out.push(
      Array.isArray(v)
        ? raw(EN_BASE, 'min_items', { min: n }, [], true)
        : typeof v === 'string'
          ? raw(EN_BASE, 'not_empty', {}, [], true)
          : raw(EN_BASE, 'min', { min: n, inclusive: true, got: shownValue(v) }, [], true),
    );
  };
  ch.len = 1;
  return ch;
};
export const maxLength = (n: number): Check => {
  const ch: Check = (v: { length: unknown }, out) => {
    if ((units(v) as number) <= n) return;
    out.push(
      Array.isArray(v)
        ? raw(EN_BASE, 'max_items', { max: n }, [], true)
        : typeof v === 'string'
          ? raw(EN_BASE, 'max_length', { max: n }, [], true)
          : raw(EN_BASE, 'max', { max: n, inclusive: true, got: shownValue(v) }, [], true),
    );
  };
  ch.len = 1;
  return ch;
};

/** A check of our own (zod's superRefine): `add` its issues, which never stop the checks after it. */
export const refine =
  <T>(f: (v: T, add: (i: Raw) => void) => void): Check =>
  (v: T, out) =>
    f(v, (i) => out.push({ ...i, k: true }));

/** `z.optional(z.nullable(s))`: absent or null is fine. */
export const opt = (s: S): S => {
  const o: S = (v, out) => (v == null ? v : s(v, out));
  o.o = 1;
  return o;
};

/** `z.custom(ok)` with an `expecting(e)` error: a failure stops every check above it (zod's custom aborts). */
export const custom =
  (ok: (v: unknown) => boolean, e: Expected): S =>
  (v, out) => {
    if (!ok(v))
      out.push(
        v === undefined
          ? raw(EN_BASE, 'required', { expected: [e] }, [], false)
          : raw(EN_BASE, 'type', { expected: [e], got: shownValue(v) }, [], false),
      );
    return v;
  };

/** A discriminated union's literal (byKind picks the branch by it, so it never fails there). */
export const literal = (l: string): S => {
  const s: S = (v) => v;
  s.l = l;
  return s;
};

export const oneOf =
  (values: readonly string[]): S =>
  (v, out) => {
    if (!values.includes(v as string))
      out.push(raw(EN_BASE, 'one_of', { values: values.map((x) => JSON.stringify(x)), got: shownValue(v) }));
    return v;
  };

/** A list of `item`, at most `most` long (longer: that issue alone, no item read), then `checks`. */
export const list = (item: S, most: number, ...checks: Check[]): S =>
  checked(
    (v, out) => {
      if (!Array.isArray(v)) {
        out.push(typeIssue('array', v));
        return v;
      }
      if (v.length > most) {
        out.push(raw(EN_BASE, 'max_items', { max: most }, [], false));
        return v as unknown;
      }
      const r = new Array<unknown>(v.length);
      for (let i = 0; i < v.length; i++) r[i] = under(item, v[i], i, out);
      return r;
    },
    ...checks,
  );

type Shape = Record<string, S>;

/** The shape's keys of an object, in the shape's order (`loose`: other keys kept as they are, after them). */
export const object =
  (shape: Shape, loose = false): S =>
  (v, out) => {
    if (!isObject(v)) {
      out.push(typeIssue('object', v));
      return v;
    }
    const r: Record<string, unknown> = {};
    for (const key in shape) {
      const s = shape[key]!;
      const present = key in v;
      if (!present && s.o) continue;
      const n = out.length;
      const x = under(s, v[key], key, out);
      if (!present) {
        if (out.length === n)
          out.push({ ...raw(EN_BASE, 'required', { expected: ['nonoptional'] }), p: [key], t: 'nonoptional' });
      } else r[key] = x;
    }
    if (loose) for (const key in v) if (!Object.hasOwn(shape, key) && key !== '__proto__') r[key] = v[key];
    return r;
  };

/** zod's `isPlainObject`: an object whose constructor, when it has one, is a plain one. */
const isRecord = (v: unknown): v is Record<PropertyKey, unknown> => {
  if (!isObject(v)) return false;
  const ctor: unknown = v.constructor;
  if (typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return isObject(proto) && Object.hasOwn(proto, 'isPrototypeOf');
};

/** `z.record(z.string(), value)`: every own enumerable key (a symbol key is an issue of its own). */
export const record =
  (value: S): S =>
  (v, out) => {
    if (!isRecord(v)) {
      out.push(typeIssue('record', v));
      return v;
    }
    const r: Record<PropertyKey, unknown> = {};
    for (const key of Reflect.ownKeys(v)) {
      if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(v, key)) continue;
      if (typeof key === 'symbol') out.push({ ...raw(EN_BASE, 'invalid', { got: shownValue(key) }), p: [key] });
      else r[key] = under(value, v[key], key, out);
    }
    return r;
  };

/** `z.union(options)`: the first branch without issues; else the one branch whose issues do not stop; else what the branches expected. */
export const union =
  (...options: S[]): S =>
  (v, out) => {
    const runs = options.map((s) => {
      const mine: Raw[] = [];
      return { r: s(v, mine), mine };
    });
    const good = runs.find((x) => !x.mine.length);
    if (good) return good.r;
    const going = runs.filter((x) => !stops(x.mine));
    if (going.length === 1) {
      out.push(...going[0]!.mine);
      return going[0]!.r;
    }
    const expected = [...new Set(runs.flatMap((x) => (x.mine[0]?.t ? [x.mine[0].t] : [])))];
    out.push(
      v === undefined
        ? raw(EN_BASE, 'required', { expected })
        : expected.length
          ? raw(EN_BASE, 'type', { expected, got: shownValue(v) })
          : raw(EN_BASE, 'unsupported', { got: shownValue(v) }),
    );
    return v;
  };

/** `z.discriminatedUnion(key, options)`: the branch whose literal `key` matches; none: an issue at `key`. */
export const byKind =
  (key: string, options: Shape[]): S =>
  (v, out) => {
    if (!isObject(v)) {
      out.push(typeIssue('object', v));
      return v;
    }
    const shape = options.find((o) => o[key]!.l === v[key]);
    if (shape) return object(shape)(v, out);
    out.push({ ...raw(EN_BASE, 'unsupported', { got: shownValue(v) }), p: [key] });
    return v;
  };

/** Our issues from raw ones under `base`, as src/schemas/issues.ts's toIssues writes them. */
export const issuesOf = (out: readonly Raw[], base: string): Issue[] =>
  out.map((i) => {
    const rel = joinPath(i.p);
    const path = base && rel ? `${base}.${rel}` : base || rel;
    return codedIssue(path, fieldMessage(path, i.m), i.c, i.a as IssueParams[IssueCode]);
  });

/** What src/schemas/issues.ts's tryParse gives for the zod schema `s` stands for. */
export function tryCheck<T>(s: S, input: unknown, base = ''): { ok: true; data: T } | { ok: false; issues: Issue[] } {
  const out: Raw[] = [];
  const data = s(input, out);
  return out.length ? { ok: false, issues: issuesOf(out, base) } : { ok: true, data: data as T };
}

/** What parseOrThrow gives: the data, or a ModelInputError naming each bad field. */
export function check<T>(s: S, input: unknown, base = ''): T {
  const r = tryCheck<T>(s, input, base);
  if (!r.ok) throw new ModelInputError(r.issues);
  return r.data;
}

/** What parseRows gives: each row checked on its own (a hole is skipped, as there), good ones with their index. */
export function checkRows<T>(
  s: S,
  rows: readonly unknown[],
): { rows: { index: number; row: T }[]; invalid: InvalidRow[] } {
  const good: { index: number; row: T }[] = [];
  const invalid: InvalidRow[] = [];
  rows.forEach((raw, index) => {
    const r = tryCheck<T>(s, raw);
    if (r.ok) good.push({ index, row: r.data });
    else {
      const id = rowId(raw);
      invalid.push(id === undefined ? { index, issues: r.issues } : { index, id, issues: r.issues });
    }
  });
  return { rows: good, invalid };
}
