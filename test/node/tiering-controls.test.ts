import { test } from 'node:test';
import assert from 'node:assert/strict';
import { invalidControlIds, tieringFieldLabel } from '../../src/views/tiering-controls.js';

const keys = ['industry', 'employees', 'visits'];
const ids = (...paths: string[]) =>
  [
    ...invalidControlIds(
      paths.map((path) => ({ path })),
      keys,
    ),
  ].sort();

test('a value issue names the what-if control of its factor', () => {
  assert.deepEqual(ids('values.employees'), ['f-1']);
  assert.deepEqual(ids('values.unknown', 'values'), []);
});

test('model issues name the tuning controls', () => {
  assert.deepEqual(
    ids(
      'model.factors.2.weight',
      'model.factors.1.reference',
      'model.tiers.0.minScore',
      'model.targetFocusShare',
      'model.shareTolerance',
    ),
    ['ref-1', 't-0', 'target', 'tolerance', 'w-2'],
  );
});

test('other paths name no control', () => {
  assert.deepEqual(ids('model.factors.0.label', 'model.tiers.1.key', 'data', 'history.3.converted'), []);
});

test('a field label names the factor, its weight or reference, a tier threshold or a share', () => {
  const model = { factors: [{ key: 'industry', label: 'Sector' }, { key: 'employees' }], tiers: [{ key: 'A' }] };
  const words = {
    weight: 'weight',
    referenceLabel: 'reference',
    minScore: 'min score',
    targetShare: 'target',
    tolerance: 'tol',
  };
  const label = (path: string, m: typeof model | undefined = model) =>
    tieringFieldLabel(path, m, words, (k, l) => `<${k}:${l}>`);
  assert.equal(label('values.industry'), '<industry:Sector>');
  assert.equal(label('values.other'), '<other:other>');
  assert.equal(
    tieringFieldLabel('values.industry', undefined, words, (k, l) => `<${k}:${l}>`),
    '<industry:industry>',
  );
  assert.equal(label('model.factors.0.weight'), '<industry:Sector> · weight');
  assert.equal(label('model.factors.1.reference'), '<employees:employees> · reference');
  assert.equal(label('model.factors.1.options'), '<employees:employees>');
  assert.equal(label('model.factors.5.weight'), undefined);
  assert.equal(label('model.tiers.0.minScore'), 'A · min score');
  assert.equal(label('model.tiers.3'), undefined);
  assert.equal(label('model.targetFocusShare'), 'target');
  assert.equal(label('model.shareTolerance'), 'tol');
  assert.equal(label('model.name'), undefined);
  assert.equal(
    tieringFieldLabel('model.factors.0.weight', undefined, words, (_k, l) => l),
    undefined,
  );
  assert.equal(label('data'), undefined);
});
