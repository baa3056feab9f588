/**
 * How the planners read their input: attribute converters for typed numbers and
 * lists, the dot paths that address a parameter (`stages.2.count`), the leaf
 * diff between two inputs, a value as its input field shows it and what a
 * field's typed text sets, and the issues of the rows a model skipped.
 */
import { parseTypedNumber, readTypedNumber } from '../../src/parse/number.js';
import { isObject } from '../../src/models/guards.js';
import { movedIssue, type InvalidRow, type Issue } from '../../src/schemas/issues.js';
import type { Field } from './planner-types.js';

/** How a value is typed and shown: money and plain numbers, whole counts, a fraction shown as %, or text. */
export type Kind = 'num' | 'int' | 'pct' | 'money' | 'text';

export type Obj = Record<string, unknown>;

/** A plain object (the shared guard, by the name the planners use). */
export const isObj: (v: unknown) => v is Obj = isObject;

/** The rows of a list parameter that are objects. */
export const list = <T>(v: unknown): T[] => (Array.isArray(v) ? v.filter(isObj) : []) as T[];

/** Text to a number: null when empty, NaN when not a number. Group separators are ignored; "95%" reads 0.95, "260万" 2,600,000 (src/parse/number.ts). */
export const parseNum = parseTypedNumber;

/** Attribute converter for a number parameter; text that is not a number is kept, so the model names it. */
export const numAttr = {
  fromAttribute: (v: string | null): unknown => {
    const n = v === null ? null : parseNum(v);
    return n === null ? undefined : Number.isNaN(n) ? v : n;
  },
};

/** Attribute converter for a list parameter: JSON (`[8, 5]`, `[{…}]`) or numbers separated by commas or spaces. */
export const listAttr = {
  fromAttribute: (v: string | null): unknown => {
    const t = v?.trim();
    if (!t) return undefined;
    if (/^[[{]/.test(t)) {
      try {
        return JSON.parse(t);
      } catch {
        return t;
      }
    }
    return t.split(/[\s,;]+/).map((x) => numAttr.fromAttribute(x));
  },
};

/**
 * Lit property declarations for the parameter attributes: `n` a number, `l` a
 * list or JSON, `s` text; the attribute is the kebab-case of the name.
 */
export const paramProps = (spec: Record<string, 'n' | 'l' | 's'>) =>
  Object.fromEntries(
    Object.entries(spec).map(([k, t]) => [
      k,
      {
        attribute: k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
        converter: t === 'n' ? numAttr : t === 'l' ? listAttr : undefined,
      },
    ]),
  );

export const getPath = (o: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((a, k) => (a == null ? undefined : (a as Obj)[k]), o);

export const setIn = (o: unknown, [k, ...rest]: string[], v: unknown): unknown => {
  const c = (Array.isArray(o) ? [...(o as unknown[])] : isObj(o) ? { ...o } : /^\d+$/.test(k!) ? [] : {}) as Obj;
  c[k!] = rest.length ? setIn(c[k!], rest, v) : v;
  return c;
};

/** The leaf paths where two inputs differ (a list of another length differs as a whole); null and absent are the same. */
export const diff = (a: unknown, b: unknown, p = ''): string[] =>
  (isObj(a) && isObj(b)) || (Array.isArray(a) && Array.isArray(b) && a.length === b.length)
    ? [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((k) =>
        diff((a as Obj)[k], (b as Obj)[k], p ? `${p}.${k}` : k),
      )
    : JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
      ? []
      : [p];

export const clone = <T>(x: T): T => structuredClone(x);

/**
 * What a field's typed text sets its path to: a number in the model's units (a % field is typed in percent
 * with or without the sign: "15" and "15%" both read 0.15), null for an empty optional field, '' for an
 * empty required one, and text that is not a number as it is (the model names it).
 */
export function typedValue(f: Field, text: string): unknown {
  const t = f.kind === 'text' ? null : readTypedNumber(text);
  const n = t === null ? text : t.percent && f.kind === 'pct' ? +((t.value ?? 0) * 100).toPrecision(15) : t.value;
  return n === null || n === ''
    ? f.optional
      ? null
      : ''
    : typeof n === 'string' || Number.isNaN(n)
      ? text
      : f.kind === 'pct'
        ? +(n / 100).toPrecision(15)
        : n;
}

/** The issues of the rows of list `k` a model skipped, with paths (and messages) from the input root: `reps.2.acv`. */
export const rowIssues = (k: string, bad: InvalidRow[]): Issue[] =>
  bad.flatMap((x) =>
    x.issues.map((i) => {
      const path = [k, x.index, i.path].filter((s) => s !== '').join('.');
      return movedIssue(
        i,
        path,
        i.message.startsWith(`${i.path} `) ? path + i.message.slice(i.path.length) : i.message,
      );
    }),
  );
const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 10 });

/** A value as its input shows it: plain digits with group commas, fractions as %. */
export const show = (v: unknown, kind?: Kind): string =>
  typeof v === 'number'
    ? grouped.format(kind === 'pct' ? +(v * 100).toPrecision(12) : v)
    : v == null
      ? ''
      : typeof v === 'string'
        ? v
        : JSON.stringify(v);
