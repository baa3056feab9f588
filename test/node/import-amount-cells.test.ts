// Amount cells of a large export: readNumber's fast path (`¥1,234,567`, `1,234,567.00`) gives what the
// general reader gives (readNumberGeneral, the reader before the fast path) for every shape fast-check
// writes: currency signs, both marks, groups of every length, signs, units, spaces, blanks and junk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readNumber, readNumberGeneral } from '../../src/import/values.js';
import { readTextTable } from '../../src/import/index.js';

const BENCH_CASE = '../../bench/cases/lead-flow-monitor.js';
const { generateLeads, realisticCsv } = (await import(BENCH_CASE)) as {
  generateLeads: (n: number) => unknown[];
  realisticCsv: (leads: unknown[]) => string;
};

const digits = (min: number, max: number) =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((d) => d.join(''));
/** Amounts as exports write them, and near misses: groups of 1–4 digits, either mark, a sign, a unit, spaces. */
const amount = fc
  .record({
    pad: fc.constantFrom('', '', ' ', '\u00a0', '\t'),
    prefix: fc.constantFrom('', '', '¥', '￥', '$', '-', '¥-', 'CNY ', '(', '€'),
    lead: digits(0, 5),
    groups: fc.array(fc.tuple(fc.constantFrom(',', ',', '.', ' ', "'"), digits(1, 4)), { maxLength: 4 }),
    frac: fc.option(fc.tuple(fc.constantFrom('.', ','), digits(0, 4)), { nil: undefined }),
    suffix: fc.constantFrom('', '', '', '%', '万', '元', ')', ' ', '.', ','),
  })
  .map(
    ({ pad, prefix, lead, groups, frac, suffix }) =>
      `${pad}${prefix}${lead}${groups.map(([s, d]) => s + d).join('')}${frac ? frac[0] + frac[1] : ''}${suffix}${pad}`,
  );

test('readNumber gives what the general reader gives, for every amount shape and junk', () => {
  fc.assert(
    fc.property(fc.oneof(amount, fc.string({ maxLength: 16 })), (cell) => {
      assert.deepEqual(readNumber(cell), readNumberGeneral(cell), JSON.stringify(cell));
    }),
    { numRuns: 30_000 },
  );
});

test('the realistic export: every amount cell read as the general reader reads it', () => {
  const table = readTextTable(realisticCsv(generateLeads(5000)));
  let amounts = 0;
  for (const row of table.rows) {
    const cell = row[11]!;
    assert.deepEqual(readNumber(cell), readNumberGeneral(cell), cell);
    if (cell) amounts++;
  }
  assert.ok(amounts > 200, `${amounts} amount cells`);
  assert.deepEqual(readNumber('¥1,234,567'), { dot: 1234567, comma: 1234567, mark: '.' });
  assert.deepEqual(readNumber('1,234,567.50'), { dot: 1234567.5, comma: 1234567.5, mark: '.' });
  assert.deepEqual(readNumber('¥20,000'), { dot: 20000, comma: 20, mark: '?' });
});
