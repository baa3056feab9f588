import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { marginLayout } from '../../src/charts/margin.js';
import { near } from './helpers.js';

describe('marginLayout (the organisation timeline, docs/models.md §4 extras)', () => {
  it('bars rise from the zero line for a positive margin and hang below it for a negative one', () => {
    const l = marginLayout(
      [
        { margin: -10, required: 2 },
        { margin: 20, required: 4 },
      ],
      { width: 100, height: 70, left: 0, right: 0, top: 10, bottom: 0 },
    );
    // Domain [-10, 20] (already nice) onto [70, 10]: 2 px a unit, 0 at y = 70 − 10·2 = 50.
    near(l.zero, 50);
    near(l.bars[0], { x: 10, width: 30, y: 50, height: 20 });
    near(l.bars[1], { x: 60, width: 30, y: 10, height: 40 });
    // Required 2 and 4: y = 70 − 12·2 = 46 and 70 − 14·2 = 42.
    assert.equal(l.required, 'M25,46L75,42');
    assert.ok(l.ticks.some((t) => t.value === 0));
  });
  it('all zero: a flat chart, no NaN', () => {
    const l = marginLayout([{ margin: 0, required: 0 }]);
    assert.ok(Number.isFinite(l.zero));
    assert.equal(l.bars[0]!.height, 0);
  });
});
