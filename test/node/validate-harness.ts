/**
 * Differential checks of the hand validators (src/validate/) against the zod schemas they stand for (the
 * contract), shared by the test/node/validate-*.test.ts suites: `same` asks for the same data, or the same
 * issues — path, message, code and params, in the same order — and the values and generators below feed it
 * hostile inputs (wrong types, NaN/Infinity, missing and extra keys, symbol keys, class instances, inherited
 * keys, holes, prototype names).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tryParse, type Issue } from '../../src/schemas/issues.js';
import { tryCheck, type S } from '../../src/validate/engine.js';
import { EXTREMES, SEED } from './property-harness.js';

export type Schema = Parameters<typeof tryParse>[0];

const plain = (issues: readonly Issue[]) =>
  issues.map((i) => ({ path: i.path, message: i.message, code: i.code, params: i.params }));

/** Both checks on one input: the same data, or the same issues in the same order. */
export function same(schema: Schema, hand: S, input: unknown, base = ''): void {
  const z = tryParse(schema, input, base);
  const h = tryCheck(hand, input, base);
  if (z.ok) {
    assert.ok(h.ok, `hand check refused what zod accepts: ${JSON.stringify(h.ok ? null : plain(h.issues))}`);
    assert.deepStrictEqual(h.data, z.data);
  } else {
    assert.ok(!h.ok, `hand check accepted what zod refuses: ${JSON.stringify(plain(z.issues))}`);
    assert.deepStrictEqual(plain(h.issues), plain(z.issues));
  }
}

const sym = Symbol('s');
class Thing {
  a = 1;
}
const inherited = Object.assign(Object.create({ min: 1, factors: [] }) as object, { max: 2 });
export const holes = (n: number) => new Array<unknown>(n);
export const many = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

/** Values no JSON gives: a hostile host's JavaScript. */
export const HOSTILE: unknown[] = [
  undefined,
  sym,
  () => 1,
  10n,
  new Date(0),
  new Map(),
  new Thing(),
  Object.create(null) as object,
  Object.assign(Object.create(null) as object, { a: 1 }),
  { [sym]: 1, a: 2 },
  inherited,
  { length: 0 },
  { length: 3 },
  { length: null },
  { constructor: 1 },
  { constructor: { prototype: 1 } },
  holes(3),
  [undefined],
  'x'.repeat(600),
  '\ud83d\ude00',
  '',
];

export const valueArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...EXTREMES, ...HOSTILE) },
  { weight: 2, arbitrary: fc.constantFrom('a', 'b', 'A', 'B', 'hot', 'lead', 'customer', '2026-03-05', 'x') },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);
export const maybe = <T>(a: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 3, arbitrary: a },
    { weight: 1, arbitrary: valueArb },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
export const keyArb = fc.constantFrom('a', 'b', 'c', '', 'kind', 'toString', '__proto__', 'constructor');
export const num = fc.oneof(
  fc.constantFrom(0, 1, 5, 50, 100, 101, -1, 0.5, 1e308, NaN, Infinity, -Infinity),
  fc.double({ min: -10, max: 110 }),
);

/** An object from fields, some left out (absent, not undefined), with extra keys sometimes. */
export const obj = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc
    .tuple(
      fc.record(fields, { requiredKeys: [] }),
      fc.option(fc.dictionary(keyArb, valueArb, { maxKeys: 2 }), { freq: 4 }),
    )
    .map(([o, extra]) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(o)) if (v !== undefined || k.length % 2) out[k] = v;
      if (extra)
        for (const [k, v] of Object.entries(extra))
          Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
      return out;
    });

/** `same` on `numRuns` generated inputs (the suites' one seed). */
export const run = (schema: Schema, hand: S, arb: fc.Arbitrary<unknown>, numRuns: number, base = '') =>
  fc.assert(
    fc.property(arb, (input) => same(schema, hand, input, base)),
    { seed: SEED, numRuns },
  );

/** `same` on `base`, on each hostile value, and on `base` with each of its values in turn replaced by each hostile value. */
export function hostileEverywhere(schema: Schema, hand: S, base: unknown): void {
  same(schema, hand, base);
  for (const v of HOSTILE) same(schema, hand, v);
  const walk = (node: unknown, set: (v: unknown) => void) => {
    for (const v of HOSTILE) {
      set(v);
      same(schema, hand, copy);
    }
    if (typeof node === 'object' && node !== null)
      for (const k of Object.keys(node)) {
        const o = node as Record<string, unknown>;
        const was = o[k];
        walk(was, (v) => (o[k] = v));
        o[k] = was;
      }
  };
  const copy = structuredClone(base) as Record<string, unknown>;
  for (const k of Object.keys(copy)) {
    const was = copy[k];
    walk(was, (v) => (copy[k] = v));
    copy[k] = was;
  }
}
