// Typed numbers in the user's units: separators, %, 万 and 亿, full-width digits; and the myriad form for zh-CN.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { myriads, parseTypedNumber, readTypedNumber } from '../../src/parse/number.js';

describe('parseTypedNumber', () => {
  it('reads plain numbers with group separators, signs and exponents', () => {
    assert.equal(parseTypedNumber('1,200,000'), 1_200_000);
    assert.equal(parseTypedNumber(' 1 200 000 '), 1_200_000);
    assert.equal(parseTypedNumber('-0.5'), -0.5);
    assert.equal(parseTypedNumber('.5'), 0.5);
    assert.equal(parseTypedNumber('1e6'), 1_000_000);
    assert.equal(parseTypedNumber(''), null);
    assert.equal(parseTypedNumber('   '), null);
  });

  it('reads 万 and 亿, alone, with decimals and together', () => {
    assert.equal(parseTypedNumber('260万'), 2_600_000);
    assert.equal(parseTypedNumber('200万'), 2_000_000);
    assert.equal(parseTypedNumber('1.2亿'), 120_000_000);
    assert.equal(parseTypedNumber('3亿5000万'), 350_000_000);
    assert.equal(parseTypedNumber('1亿2000'), 100_002_000);
    assert.equal(parseTypedNumber('-3.5万'), -35_000);
    assert.equal(parseTypedNumber('0.07万'), 700);
    assert.deepEqual(readTypedNumber('1.2亿'), { value: 120_000_000, percent: false, unit: '亿' });
  });

  it('reads a percent as a fraction, in ASCII or full width', () => {
    assert.equal(parseTypedNumber('15%'), 0.15);
    assert.equal(parseTypedNumber('-5 %'), -0.05);
    assert.equal(parseTypedNumber('１５％'), 0.15);
    assert.equal(parseTypedNumber('０.５'), 0.5);
    assert.equal(parseTypedNumber('−5%'), -0.05);
    assert.equal(parseTypedNumber('12.5%'), 0.125);
    assert.deepEqual(readTypedNumber('150%'), { value: 1.5, percent: true, unit: '' });
  });

  it('says NaN for what is not a number, half typed or in the wrong order', () => {
    for (const bad of ['abc', '12abc', '万', '5万3亿', '5万万', '1.2.3', '--1', '%', '1%%', '亿5', '3 百'])
      assert.ok(Number.isNaN(parseTypedNumber(bad)!), bad);
  });
});

describe('myriads', () => {
  it('writes large amounts in 万 and 亿 where they are round enough', () => {
    assert.equal(myriads(2_600_000), '260万');
    assert.equal(myriads(120_000_000), '1.2亿');
    assert.equal(myriads(12_345), '12,345'); // 1.2345万 needs 4 decimals
    assert.equal(myriads(15_000), '1.5万');
    assert.equal(myriads(-35_000), '-3.5万');
    assert.equal(myriads(9_999), '9,999');
    assert.equal(myriads(123_456_789), '123,456,789');
  });

  it('reads back what it writes', () => {
    for (const x of [2_600_000, 120_000_000, 15_000, 9_999, 350_000_000, 123_456_789])
      assert.equal(parseTypedNumber(myriads(x)), x);
  });
});
