// Our CSV writer (src/export/csv-rows.ts) against d3-dsv's csvFormatRows, which it replaced on the pages: the
// same text for any rows of text, and through toCsv and tablesCsv.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { csvFormatRows } from 'd3-dsv';
import { csvRows } from '../../src/export/csv-rows.js';
import { toCsv } from '../../src/parse/csv.js';
import { defuse, tableText, tablesCsv } from '../../src/export/table.js';

const field = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom('"', ',', '\n', '\r', ' ', 'a', '=', '-', '\t', '中', '😀') }),
  fc.constantFrom('', '"', '""', ',', '\r\n', 'a"b', ' lead ', '=SUM(A1)', '-1.5'),
);

describe('csvRows', () => {
  it('quotes a field with a quote, comma, CR or LF and doubles its quotes (hand-checked)', () => {
    assert.equal(
      csvRows([
        ['a', 'b,c'],
        ['say "hi"', 'x\ny'],
        ['r\r', ''],
      ]),
      'a,"b,c"\n"say ""hi""","x\ny"\n"r\r",',
    );
    assert.equal(csvRows([]), '');
    assert.equal(csvRows([[]]), '');
  });

  it('writes what d3-dsv csvFormatRows writes', () => {
    fc.assert(
      fc.property(fc.array(fc.array(field, { maxLength: 6 }), { maxLength: 6 }), (rows) => {
        assert.equal(csvRows(rows), csvFormatRows(rows));
      }),
      { numRuns: 2000 },
    );
  });

  it('toCsv and tablesCsv give what they gave with d3-dsv', () => {
    const headers = fc.array(field, { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(headers, fc.array(fc.array(field, { maxLength: 4 }), { maxLength: 5 }), (h, rows) => {
        const cells = rows.map((r) => h.map((_, i) => r[i]));
        const cell = (s: string | undefined): string =>
          s === undefined ? '' : /^[=+\-@\t\r]/.test(s) && !/^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(s) ? `'${s}` : s;
        assert.equal(toCsv(h, cells), csvFormatRows([h, ...cells.map((r) => r.map(cell))]));
        const tables = [h, [...h].reverse()].map((cols, n) => ({
          name: `${cols[0]} ${n}`,
          columns: cols.map((label) => ({ label, kind: 'text' as const })),
          rows: cells,
        }));
        const lines = (t: (typeof tables)[number]): string[][] => {
          const x = tableText(t);
          return [x.header, ...x.cells].map((r) => r.map(defuse));
        };
        assert.equal(tablesCsv(tables.slice(0, 1)), csvFormatRows(lines(tables[0]!)));
        assert.equal(tablesCsv(tables), tables.map((t) => csvFormatRows([[defuse(t.name)], ...lines(t)])).join('\n\n'));
      }),
      { numRuns: 500 },
    );
  });
});
