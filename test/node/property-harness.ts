/**
 * Property-based checks shared by the test/node/property-*.test.ts suites
 * (fast-check, fixed seed): for any input — arbitrary JSON, or a worked
 * example with fields replaced by extreme values (huge, tiny, negative,
 * NaN-like strings, 1e-310, 1e308, empty lists, deep nulls, prototype keys) —
 * a model either returns an output whose every number is finite, or throws a
 * ModelInputError whose issues each name a path. It never throws anything
 * else, never changes its input and never pollutes a prototype.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isModelInputError } from '../../src/schemas/issues.js';

/** One seed for every suite, so a failure reproduces on every machine (PROPERTY_SEED / PROPERTY_RUNS explore further). */
export const SEED = Number(process.env.PROPERTY_SEED ?? 20261206);
const SCALE = Number(process.env.PROPERTY_RUNS ?? 1);

/** Objects whose own keys are prototype names, as JSON.parse makes them. */
const hostile = (): unknown[] => [
  JSON.parse('{"__proto__":{"polluted":true}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'),
  JSON.parse('{"__proto__":null}'),
  { toString: 'x', valueOf: 1, hasOwnProperty: null },
];

/** Values that have broken numeric code before. */
export const EXTREMES: readonly unknown[] = [
  0,
  -0,
  -1,
  1,
  0.5,
  1e-310,
  -1e-310,
  5e-324,
  1e-9,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MAX_SAFE_INTEGER,
  2 ** 53 + 2,
  1e21,
  NaN,
  Infinity,
  -Infinity,
  '',
  ' ',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '1e-310',
  '0x10',
  '1,000',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '2026-02-30',
  '2026-13-01',
  '0000-01-01',
  '9999-12-31',
  '+275760-09-13',
  '2026-03-05T24:00:01Z',
  '2026-03',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://x")',
  'x'.repeat(10_000),
  '\u0000\ud800',
  null,
  true,
  false,
  [],
  {},
  [null],
  [[[[null]]]],
  { a: { b: { c: null } } },
];

const NUMBERS = EXTREMES.filter((x) => typeof x === 'number');

const extreme = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...NUMBERS) },
    { weight: 3, arbitrary: fc.constantFrom(...EXTREMES) },
    { weight: 1, arbitrary: fc.constantFrom(...hostile()) },
    { weight: 2, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  );

interface Edit {
  at: number;
  value: unknown;
  op: 'set' | 'delete' | 'key' | 'empty' | 'repeat';
}

const edit = (): fc.Arbitrary<Edit> =>
  fc.record({
    at: fc.nat(),
    value: extreme(),
    op: fc.constantFrom<Edit['op']>('set', 'set', 'set', 'delete', 'key', 'empty', 'repeat'),
  });

type Container = Record<string, unknown> | unknown[];
const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** Every place in a value: [parent, key] pairs, the root first (parent null). */
function places(root: unknown): [Container | null, string | number][] {
  const out: [Container | null, string | number][] = [[null, '']];
  const walk = (v: unknown, depth: number) => {
    if (!isContainer(v) || depth > 8) return;
    if (Array.isArray(v))
      v.forEach((x, i) => {
        out.push([v, i]);
        walk(x, depth + 1);
      });
    else
      for (const k of Object.keys(v)) {
        out.push([v, k]);
        walk(v[k], depth + 1);
      }
  };
  walk(root, 0);
  return out;
}

const define = (o: Container, k: string | number, value: unknown) =>
  Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true });

/** Apply edits to a copy of `base` (prototype-named keys become own properties, as JSON.parse makes them). */
function applyEdits(base: unknown, edits: Edit[]): unknown {
  let root: unknown = structuredClone(base);
  for (const e of edits) {
    const all = places(root);
    const [parent, key] = all[e.at % all.length]!;
    const current = parent === null ? root : (parent as Record<string | number, unknown>)[key];
    let next: unknown = structuredClone(e.value);
    if (e.op === 'delete') {
      if (parent === null) continue;
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key as string];
      continue;
    }
    if (e.op === 'key') {
      if (!isContainer(current) || Array.isArray(current)) continue;
      const name = typeof e.value === 'string' && e.value ? e.value : '__proto__';
      define(current, name, structuredClone(e.value));
      continue;
    }
    if (e.op === 'empty') next = Array.isArray(current) ? [] : isContainer(current) ? {} : null;
    if (e.op === 'repeat') {
      const list: unknown[] | null = Array.isArray(current) ? current : null;
      next = list ? [...list, ...list, ...list] : current;
    }
    if (parent === null) root = next;
    else define(parent, key, next);
  }
  return root;
}

/** A worked example with 0–4 fields set to extreme values, removed, emptied, repeated or given prototype keys. */
export const mutated = (base: unknown): fc.Arbitrary<unknown> =>
  fc.array(edit(), { minLength: 1, maxLength: 4 }).map((edits) => applyEdits(base, edits));

/** Any JSON value, and the worked example mutated (weighted towards the example, where the arithmetic is). */
export const inputs = (base: unknown): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) }, { weight: 5, arbitrary: mutated(base) });

/** The path of the first number in a value that is not finite, or null. */
export function nonFinitePath(v: unknown, path = 'output', seen = new Set<unknown>()): string | null {
  if (typeof v === 'number') return Number.isFinite(v) ? null : path;
  if (!isContainer(v) || seen.has(v)) return null;
  seen.add(v);
  for (const [k, x] of Object.entries(v)) {
    const hit = nonFinitePath(x, `${path}.${k}`, seen);
    if (hit) return hit;
  }
  return null;
}

const protoKeys = () => ({
  object: Object.getOwnPropertyNames(Object.prototype).sort().join(),
  array: Object.getOwnPropertyNames(Array.prototype).sort().join(),
});

/**
 * Check one model call: a finite output or a ModelInputError whose issues
 * each have a path (a field, or '' for the input as a whole) and a message;
 * the input unchanged; no prototype touched.
 */
export function holds(model: (input: unknown) => unknown, input: unknown): void {
  const before = protoKeys();
  const copy = structuredClone(input);
  let out: unknown;
  try {
    out = model(input);
  } catch (e) {
    assert.ok(
      isModelInputError(e),
      `threw something other than a ModelInputError: ${(e as Error)?.stack ?? String(e)}`,
    );
    assert.ok(e.issues.length > 0, 'a ModelInputError with no issues');
    for (const i of e.issues) {
      assert.equal(typeof i.path, 'string', 'an issue without a path');
      assert.ok(typeof i.message === 'string' && i.message.length > 0, 'an issue without a message');
    }
    out = undefined;
  }
  if (out !== undefined) {
    const bad = nonFinitePath(out);
    assert.equal(bad, null, `a number that is not finite at ${bad}`);
  }
  assert.deepStrictEqual(input, copy, 'the model changed its input');
  assert.deepStrictEqual(protoKeys(), before, 'a prototype gained or lost a property');
  assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype was polluted');
}

/** Run `holds` over `inputs(base)` with the shared seed. */
export function property(model: (input: unknown) => unknown, base: unknown, numRuns: number): void {
  fc.assert(
    fc.property(inputs(base), (input) => holds(model, input)),
    { seed: SEED, numRuns: Math.round(numRuns * SCALE), endOnFailure: true, includeErrorInReport: true },
  );
}
