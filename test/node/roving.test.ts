// Roving tab index (issue 12): the key rule of a one-tab-stop group.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rovingStep } from '../../src/views/roving.js';

test('arrows move one item and wrap; Home and End jump; other keys are not moves', () => {
  assert.equal(rovingStep('ArrowRight', 0, 3), 1);
  assert.equal(rovingStep('ArrowDown', 2, 3), 0);
  assert.equal(rovingStep('ArrowLeft', 0, 3), 2);
  assert.equal(rovingStep('ArrowUp', 1, 3), 0);
  assert.equal(rovingStep('Home', 2, 3), 0);
  assert.equal(rovingStep('End', 0, 3), 2);
  assert.equal(rovingStep('Enter', 0, 3), null);
  assert.equal(rovingStep('a', 0, 3), null);
  assert.equal(rovingStep('ArrowRight', 0, 0), null);
});

test('orientation: a row ignores up/down (they may scroll the page), a column left/right', () => {
  assert.equal(rovingStep('ArrowDown', 0, 3, 'horizontal'), null);
  assert.equal(rovingStep('ArrowRight', 0, 3, 'horizontal'), 1);
  assert.equal(rovingStep('ArrowRight', 0, 3, 'vertical'), null);
  assert.equal(rovingStep('ArrowDown', 0, 3, 'vertical'), 1);
});

test('right to left: the horizontal arrows swap; an index out of range starts from the nearest item', () => {
  assert.equal(rovingStep('ArrowRight', 1, 3, 'horizontal', true), 0);
  assert.equal(rovingStep('ArrowLeft', 1, 3, 'horizontal', true), 2);
  assert.equal(rovingStep('ArrowRight', 9, 3), 0);
  assert.equal(rovingStep('ArrowRight', -1, 3), 1);
});
