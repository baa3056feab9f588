// The per-field merge of saved state (src/storage/merge.ts): two writers editing different fields keep both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyChanges, changes, sameValue } from '../../src/storage/merge.js';

test('changes are per field of plain objects; lists and numbers are one value', () => {
  const base = { v: 1, edits: { repCost: 300_000 }, scenarios: [{ name: 'a' }], active: '' };
  const next = { v: 1, edits: { repCost: 250_000, opsCost: 1 }, scenarios: [{ name: 'a' }, { name: 'b' }], active: '' };
  assert.deepEqual(changes(base, next), [
    { path: ['edits', 'repCost'], value: 250_000 },
    { path: ['edits', 'opsCost'], value: 1 },
    { path: ['scenarios'], value: [{ name: 'a' }, { name: 'b' }] },
  ]);
  assert.deepEqual(changes(base, { v: 1, edits: {}, scenarios: [{ name: 'a' }], active: '' }), [
    { path: ['edits', 'repCost'], delete: true },
  ]);
});

test('two writers from the same base: both fields survive, whichever writes first', () => {
  const base = { v: 1, edits: {} };
  const a = changes(base, { v: 1, edits: { repCost: 250_000 } });
  const b = changes(base, { v: 1, edits: { opsCost: 50_000 } });
  const ab = applyChanges(applyChanges(base, a), b);
  const ba = applyChanges(applyChanges(base, b), a);
  assert.deepEqual(ab, { v: 1, edits: { repCost: 250_000, opsCost: 50_000 } });
  assert.deepEqual(ba, ab);
});

test('a first save (nothing stored) still merges field by field', () => {
  const a = changes(undefined, { v: 1, edits: { repCost: 1 } });
  const b = changes(undefined, { v: 1, edits: { opsCost: 2 } });
  assert.deepEqual(applyChanges(applyChanges(undefined, a), b), { v: 1, edits: { repCost: 1, opsCost: 2 } });
});

test('applying never changes the base, and a key named __proto__ stays an own property', () => {
  const base = { edits: { a: 1 } };
  const out = applyChanges(base, [{ path: ['edits', '__proto__'], value: { polluted: true } }]) as {
    edits: Record<string, unknown>;
  };
  assert.deepEqual(base, { edits: { a: 1 } });
  assert.ok(Object.prototype.hasOwnProperty.call(out.edits, '__proto__'));
  assert.equal(Object.getPrototypeOf(out.edits), Object.prototype);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('sameValue is deep, and NaN equals NaN', () => {
  assert.ok(sameValue({ a: [1, { b: NaN }] }, { a: [1, { b: NaN }] }));
  assert.ok(!sameValue({ a: [1] }, { a: [1, 2] }));
  assert.ok(!sameValue({ a: 1 }, { a: 1, b: undefined }));
});
