import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { ceilE, floorE, dayNumber, parseDayNumber, days, monthNumber } from '../../src/models/math.js';

describe('math conventions', () => {
  test('ceilE and floorE absorb float error', () => {
    const x = 0.1 * 3 * 10; // 3.0000000000000004
    assert.equal(Math.ceil(x), 4);
    assert.equal(ceilE(x), 3);
    assert.equal(ceilE(5.8 / 0.2), 29);
    assert.equal(ceilE(29.1), 30);
    assert.equal(floorE(0.7 / 0.1), 7); // 6.999999999999999
    assert.equal(floorE(7.9), 7);
  });

  test('dates are read as UTC calendar days', () => {
    assert.equal(days('2026-03-04', '2026-03-05T01:00:00+08:00'), 0);
    assert.equal(days('2026-03-05', '2026-03-04'), -1);
    assert.equal(days('2026-02-28', '2026-03-01'), 1);
    assert.equal(days('2024-02-28', '2024-03-01'), 2);
    assert.equal(dayNumber('1970-01-01'), 0);
    assert.equal(dayNumber('1970-01-01T23:59:59-00:01'), 1);
    assert.equal(dayNumber('2026-03-05T10:00:00'), dayNumber('2026-03-05')); // no offset: UTC
    assert.ok(Number.isNaN(dayNumber('2026-02-29')));
    assert.ok(Number.isNaN(dayNumber('2026-13-01')));
    assert.ok(Number.isNaN(dayNumber('05/03/2026')));
    assert.ok(Number.isNaN(dayNumber('')));
    // Years below 100 are years, not 19xx.
    assert.equal(parseDayNumber('0050-01-01') < dayNumber('1900-01-01'), true);
    assert.equal(monthNumber('2026-03') - monthNumber('2025-12'), 3);
    assert.ok(Number.isNaN(monthNumber('2026-13')));
  });

  test('the fast path of dayNumber equals parseDayNumber on valid and invalid texts', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
    const p2 = (n: number) => String(n).padStart(2, '0');
    let valid = 0;
    for (let i = 0; i < 20000; i++) {
      let s = `${String(pick([2026, 2024, 2000, 1900, 1970, 2100, 99, 100, 9999])).padStart(4, '0')}-${p2(Math.floor(rnd() * 14))}-${p2(Math.floor(rnd() * 33))}`;
      if (rnd() < 0.7) {
        s += pick(['T', 't', ' ', '_']) + p2(Math.floor(rnd() * 26)) + ':' + p2(Math.floor(rnd() * 62));
        if (rnd() < 0.7) s += ':' + p2(Math.floor(rnd() * 62)) + pick(['', '', '.5', ',123', '.']);
        s += pick([
          '',
          'Z',
          'z',
          '+08:00',
          '-08:00',
          '+0800',
          '-1130',
          '+08',
          '+24:00',
          '+05:60',
          '-12:00',
          '+8:00',
          'Zz',
        ]);
      }
      const a = dayNumber(s);
      const b = parseDayNumber(s);
      if (!Number.isNaN(b)) valid++;
      assert.ok(a === b || (Number.isNaN(a) && Number.isNaN(b)), `${s}: dayNumber ${a}, parseDayNumber ${b}`);
    }
    assert.ok(valid > 3000, `enough valid samples (${valid})`);
    // Hand-checked: 2026-03-05T01:00:00+08:00 is 2026-03-04T17:00Z.
    assert.equal(dayNumber('2026-03-05T01:00:00+08:00'), dayNumber('2026-03-04'));
    assert.equal(dayNumber('2026-03-04T20:00:00-05:00'), dayNumber('2026-03-05'));
    assert.equal(dayNumber('2026-03-05') - dayNumber('2026-02-26'), 7);
  });
});
