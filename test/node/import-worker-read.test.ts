// The import worker's cheaper reading (issue 11, docs/performance.md "The worker's side of the file picker"):
// UTF-8 decoded in pieces gives the text one call gives (characters split between pieces, a BOM, bytes that are
// not UTF-8 and fall back alike); the prepare pass's decimal-mark evidence skips cells without a digit and counts
// what it counted before; a File is read by the worker itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeText } from '../../src/import/decode.js';
import { readNumber } from '../../src/import/values.js';
import { countColumn, countColumns, emptyEvidence, type ColumnEvidence } from '../../src/import/run.js';
import { readForPage, type FromImportWorker } from '../../src/worker/import-worker.js';

const encoder = new TextEncoder();
const text = fc.string({ unit: fc.constantFrom('a', ',', '\r\n', '中', '文', 'é', '€', '😀', '\ufeff', '1') });

test('decodeText in pieces gives the text (and the fallback) one call gives, wherever the pieces split', () => {
  const bytes = fc.oneof(
    text.map((s) => encoder.encode(s)),
    // Not UTF-8: GB18030 pairs and lone Latin-1 bytes among ASCII.
    fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 64 }).map((b) => Uint8Array.from(b)),
    fc.tuple(text, fc.integer({ min: 0x80, max: 0xff })).map(([s, b]) => Uint8Array.from([...encoder.encode(s), b])),
  );
  fc.assert(
    fc.property(bytes, fc.integer({ min: 1, max: 9 }), (b, chunk) => {
      assert.deepEqual(decodeText(b, { chunk }), decodeText(b));
    }),
    { numRuns: 3_000, seed: 11 },
  );
  const big = encoder.encode('\ufeff线索ID,金额\r\n' + 'L1,"¥1,000"\r\n'.repeat(20_000) + '王伟😀');
  for (const chunk of [32_768, 4_093, 3])
    assert.deepEqual(decodeText(big, { chunk }), decodeText(big), `chunk ${chunk}`);
});

/** The decimal mark a number cell shows, as the prepare pass read it before: every cell with a . or , read. */
const markBefore = (cell: string): string =>
  /[.,]/.test(cell) ? (readNumber(cell.trim().replace(/\s*(天|日|分|人|个|個|次|件|days?)$/i, ''))?.mark ?? '') : '';

test('decimal-mark evidence skips cells with no digit and counts what it counted before', () => {
  const cell = fc.oneof(
    fc.string({
      unit: fc.constantFrom('1', '2', '0', ',', '.', ' ', '¥', '万', '元', '天', '%', '(', ')', '-', '客', 'a'),
    }),
    fc.constantFrom('客户说"预算在审批",已发资料', '¥1,234,000', '1.234,5', '3,5天', '１,２', '(1,000)', '12.5%'),
  );
  fc.assert(
    fc.property(fc.array(cell, { minLength: 1, maxLength: 40 }), (cells) => {
      const rows = cells.map((c) => [c]);
      const e = emptyEvidence();
      countColumn(rows, 0, 0, rows.length, e, 'number');
      const dot = cells.some((c) => c && markBefore(c) === '.');
      const comma = cells.some((c) => c && markBefore(c) === ',');
      assert.equal(e.dot, dot, JSON.stringify(cells));
      assert.equal(e.comma, comma, JSON.stringify(cells));
      const all: ColumnEvidence[] = [emptyEvidence()];
      countColumns(rows, 0, rows.length, all);
      assert.equal(all[0]!.dot, dot);
      assert.equal(all[0]!.comma, comma);
    }),
    { numRuns: 5_000, seed: 12 },
  );
});

test('the worker reads a File itself; the rows it sent stay whole after it lets go of them', async () => {
  const csv =
    'id,source,createdAt\r\n' + Array.from({ length: 25 }, (_, i) => `L${i},sem,2026-03-0${1 + (i % 9)}`).join('\r\n');
  const messages: FromImportWorker[] = [];
  await readForPage(
    { type: 'file', job: 7, file: new Blob([encoder.encode(csv)]), kind: 'leads' },
    (m) => messages.push(m),
    10,
  );
  const rows = messages.flatMap((m) => (m.type === 'rows' ? m.rows : []));
  assert.equal(rows.length, 25);
  assert.deepEqual(rows[24], ['L24', 'sem', '2026-03-07']);
  assert.equal(messages.at(-1)!.type, 'done');
  // The rows sent are the page's: letting go of them in the worker left each message's rows whole.
  assert.deepEqual(
    rows.map((r) => r[0]),
    Array.from({ length: 25 }, (_, i) => `L${i}`),
  );
});
