// The calibration guard and the per-tier support of a calibration (src/views/tiering-calibration.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { calibrateBlock, tierSupport } from '../../src/views/tiering-calibration.js';
import { historyCheck } from '../../src/views/tiering-history.js';
import { calibrateTiering } from '../../src/models/calibrate.js';
import { THREE_OPTIONS, THREE_OPTIONS_HISTORY } from '../fixtures/tiering-models.js';

const KEYS = ['q'];
const rows = (n: number, conversions: number, q: unknown = 'hi') =>
  Array.from({ length: n }, (_, i) => ({ values: { q }, converted: i < conversions }));

describe('calibrateBlock', () => {
  it('no history, no factor column, fewer than 30 rows, fewer than 5 conversions, in that order', () => {
    assert.deepEqual(calibrateBlock(undefined), { reason: 'no-history' });
    assert.deepEqual(calibrateBlock(historyCheck([], KEYS)), { reason: 'no-history' });
    assert.deepEqual(calibrateBlock(historyCheck(rows(40, 10, null), KEYS)), { reason: 'no-factors' });
    assert.deepEqual(calibrateBlock(historyCheck(rows(29, 2), KEYS)), { reason: 'few-rows', rows: 29, min: 30 });
    assert.deepEqual(calibrateBlock(historyCheck(rows(30, 4), KEYS)), {
      reason: 'few-conversions',
      conversions: 4,
      min: 5,
    });
  });
  it('30 rows with 5 conversions may calibrate', () => {
    assert.equal(calibrateBlock(historyCheck(rows(30, 5), KEYS)), null);
  });
});

describe('tierSupport', () => {
  it('counts rows and conversions per tier before and after', () => {
    // One factor q: hi 90, mid 70, lo 30. 10 hi (6 convert), 10 mid (2), 20 lo (0): before A 10, B 10, D 20;
    // the focus share 50 % is far above 30 %, so calibration raises the lowest focus threshold (B) above 70.
    const c = calibrateTiering({ model: THREE_OPTIONS, history: THREE_OPTIONS_HISTORY });
    const s = tierSupport(c);
    assert.deepEqual(
      s.map((t) => [t.key, t.before.count, t.before.converted]),
      [
        ['A', 10, 6],
        ['B', 10, 2],
        ['C', 0, 0],
        ['D', 20, 0],
      ],
    );
    // The cut between the scores 70 and 90 leaves only the hi rows (25 %, within 5 points of 30 %) in focus:
    // B moves to 80 (the roundest number in the gap), A stretches to 90 and C to 53.33, so mid lands in C.
    assert.deepEqual(
      c.model.tiers.map((t) => t.minScore),
      [90, 80, 53.3333, 0],
    );
    assert.deepEqual(
      s.map((t) => [t.key, t.after.count, t.after.converted]),
      [
        ['A', 10, 6],
        ['B', 0, 0],
        ['C', 10, 2],
        ['D', 20, 0],
      ],
    );
  });
});
