// The date cells of a large export: the fast readers give what the general reader (scanDate + isoOf)
// gives, for every shape fast-check writes; and an import keeps one flat string per distinct date
// (counted in a heap snapshot: a count, not a time). Before, every date-time a lead kept was a
// concatenation of 4–5 parts, one per row, which the model's dayNumber flattened again. An import's
// date cells (Run.date) read as parseDate reads them, remembered by their parts (yearFirstKey) rather
// than looked up by their text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getHeapSnapshot } from 'node:v8';
import fc from 'fast-check';
import {
  INVALID_DATE,
  importTable,
  parseDate,
  readTextTable,
  type DateOrder,
  type ImportTable,
} from '../../src/import/index.js';
import { Run } from '../../src/import/run.js';
import { isoOf, isoOfYearFirst, scanDate, yearFirstKey } from '../../src/import/values.js';
import { dayNumber } from '../../src/models/math.js';

const BENCH_CASE = '../../bench/cases/lead-flow-monitor.js';
const { generateLeads, realisticCsv } = (await import(BENCH_CASE)) as {
  generateLeads: (n: number) => unknown[];
  realisticCsv: (leads: unknown[]) => string;
};

/** The general reader alone: what parseDate gave for these shapes before its fast paths. */
const general = (cell: string, order: DateOrder): string | undefined => {
  const t = cell.trim();
  if (!t) return undefined;
  const s = scanDate(t);
  return s ? isoOf(s, order) : INVALID_DATE;
};

/** parseDate before this change: its ISO paths (kept: they return the cell or its parts), else the general reader. */
const before = (cell: string, order: DateOrder): string | undefined => {
  const t = cell.trim();
  const n = t.length;
  if (t.charCodeAt(4) === 45 && t.charCodeAt(7) === 45) {
    if (n === 10) return Number.isNaN(dayNumber(t)) ? INVALID_DATE : t;
    if (n === 19 && t.charCodeAt(10) === 32 && t.charCodeAt(13) === 58 && t.charCodeAt(16) === 58) {
      if (Number.isNaN(dayNumber(t))) return INVALID_DATE;
      return t.endsWith(' 00:00:00') ? t.slice(0, 10) : `${t.slice(0, 10)}T${t.slice(11)}`;
    }
    if (n > 19 && (t.charCodeAt(10) === 84 || t.charCodeAt(10) === 116) && /[Zz]$|[+-]\d\d:?\d\d$/.test(t))
      return Number.isNaN(dayNumber(t)) ? INVALID_DATE : t;
  }
  return general(cell, order);
};

const num = (min: number, max: number, width: 1 | 2) =>
  fc.integer({ min, max }).map((n) => (width === 2 ? String(n).padStart(2, '0') : String(n)));
const part = (min: number, max: number) => fc.oneof(num(min, max, 1), num(min, max, 2));
/** Year-first cells as exports write them, with out-of-range parts, odd separators and junk tails. */
const yearFirst = fc
  .record({
    y: fc.integer({ min: 1900, max: 2199 }).map(String),
    sep: fc.constantFrom('-', '/', '.', '年'),
    mo: part(0, 13),
    d: part(0, 32),
    time: fc.option(
      fc.record({
        sep: fc.constantFrom(' ', 'T', 't', '  ', ', '),
        h: part(0, 25),
        mi: num(0, 61, 2),
        sec: fc.option(num(0, 61, 2), { nil: undefined }),
        tail: fc.constantFrom('', '', '', 'Z', '+08:00', ' PM', 'x', '.5'),
      }),
      { nil: undefined },
    ),
    pad: fc.constantFrom('', '', ' ', '\t'),
  })
  .map(({ y, sep, mo, d, time, pad }) => {
    const day = `${y}${sep}${mo}${sep === '年' ? '月' : sep}${d}${sep === '年' ? '日' : ''}`;
    const t = time ? `${time.sep}${time.h}:${time.mi}${time.sec === undefined ? '' : `:${time.sec}`}${time.tail}` : '';
    return `${pad}${day}${t}${pad}`;
  });
const junk = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('', ' ', '2026', '2026-03', '2026/3/', '2026/3/5 ', '2026/3/5 8', '2026/3/5 8:1', '2026/3/5 :12'),
);

test('parseDate gives what it gave before (the general reader past its ISO paths), for every year-first shape and junk', () => {
  fc.assert(
    fc.property(fc.oneof(yearFirst, junk), fc.constantFrom<DateOrder>('mdy', 'dmy', 'ymd'), (cell, order) => {
      // Bare numbers are serials or epoch milliseconds, which only parseDate reads.
      if (/^\s*\d+(\.\d+)?\s*$/.test(cell)) return;
      assert.equal(parseDate(cell, order), before(cell, order), JSON.stringify(cell));
    }),
    { numRuns: 20_000 },
  );
});

test('the realistic export: every date cell read as the general reader reads it', () => {
  const table = readTextTable(realisticCsv(generateLeads(3000)));
  let dates = 0;
  for (const row of table.rows)
    for (const i of [5, 6, 7, 8, 9, 10, 12]) {
      const cell = row[i]!;
      assert.equal(parseDate(cell, 'mdy'), general(cell, 'mdy'), cell);
      if (cell) dates++;
    }
  assert.ok(dates > 10_000, `${dates} date cells`);
});

/** String objects in the heap: flat ones, and concatenations (a snapshot collects garbage first). */
async function strings(): Promise<{ flat: number; concatenated: number }> {
  const chunks: Buffer[] = [];
  for await (const c of getHeapSnapshot()) chunks.push(c as Buffer);
  const snap = JSON.parse(Buffer.concat(chunks).toString()) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  let flat = 0;
  let concatenated = 0;
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[snap.nodes[i + typeAt]!];
    if (type === 'string') flat++;
    else if (type === 'concatenated string') concatenated++;
  }
  return { flat, concatenated };
}

test('an import keeps one flat string per distinct date, not a concatenation per row', async () => {
  const n = 20_000;
  const table = readTextTable(realisticCsv(generateLeads(n)));
  importTable(readTextTable(realisticCsv(generateLeads(500))), 'leads'); // compiled
  const before = await strings();
  const result = importTable(table, 'leads');
  const after = await strings();
  assert.equal(result.rows.length, n);
  let kept = 0;
  for (const lead of result.rows)
    for (const v of Object.values(lead)) if (typeof v === 'string' && v[4] === '-') kept++;
  assert.ok(kept > 3 * n, `${kept} dates kept by the leads`);
  // The leads' other strings are the table's cells. Before: 17 concatenations a lead (4–5 per date-time).
  const added = after.flat + after.concatenated - before.flat - before.concatenated;
  assert.equal(after.concatenated - before.concatenated, 0, 'concatenated strings');
  assert.ok(added < n, `strings added: ${added} for ${n} leads`);
});

/** Year-first cells of any year (0000–9999), and year-last ones (read by the order). */
const anyYear = fc
  .record({
    y: fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0')),
    sep: fc.constantFrom('-', '/', '.'),
    mo: part(0, 13),
    d: part(0, 32),
    time: fc.option(fc.tuple(fc.constantFrom(' ', 'T'), part(0, 24), num(0, 60, 2), fc.option(num(0, 60, 2))), {
      nil: undefined,
    }),
  })
  .map(({ y, sep, mo, d, time }) => {
    const t = time ? `${time[0]}${time[1]}:${time[2]}${time[3] === null ? '' : `:${time[3]}`}` : '';
    return `${y}${sep}${mo}${sep}${d}${t}`;
  });
const yearLast = fc
  .tuple(part(0, 13), part(0, 32), fc.integer({ min: 1990, max: 2030 }), fc.constantFrom('', ' 8:05', ' 23:59:59'))
  .map(([a, b, y, t]) => `${a}/${b}/${y}${t}`);
const dateCell = fc.oneof(yearFirst, anyYear, anyYear, yearLast, junk);

test('yearFirstKey: cells with the same key read alike, and its ISO text is what parseDate reads', () => {
  fc.assert(
    fc.property(fc.oneof(yearFirst, anyYear), (cell) => {
      const k = yearFirstKey(cell);
      if (k >= 0) assert.equal(isoOfYearFirst(cell, k), parseDate(cell, 'mdy'), cell);
    }),
    { numRuns: 20_000 },
  );
  // Separators and padding do not change the key; every part does.
  assert.equal(yearFirstKey('2026/3/5 9:07'), yearFirstKey('2026-03-05 09:07:00'));
  assert.equal(yearFirstKey('2026.3.5'), yearFirstKey('2026-03-05T00:00'));
  assert.notEqual(yearFirstKey('2026/3/5 9:07'), yearFirstKey('2026/3/5 9:07:01'));
  assert.notEqual(yearFirstKey('2026/3/5'), yearFirstKey('2026/5/3'));
  assert.equal(yearFirstKey(' 2026/3/5'), -1);
});

/** A Run over one date column, as an import reads it. */
const dateRun = (order: DateOrder) => {
  const table = { header: ['d'], rows: [], decimalMark: '.' } as unknown as ImportTable;
  const run = new Run(table, { fields: { createdAt: 'd' } }, { preset: 'generic-en', dateOrder: order });
  const c = run.col('createdAt');
  c.order = order;
  return { run, c };
};

test('Run.date reads every cell of a column as parseDate does, in any sequence (remembered or not)', () => {
  fc.assert(
    fc.property(fc.array(dateCell, { maxLength: 60 }), fc.constantFrom<DateOrder>('mdy', 'dmy'), (cells, order) => {
      const { run, c } = dateRun(order);
      // Each cell twice: read, then remembered.
      const seq = [...cells, ...cells];
      let invalid = 0;
      for (const cell of seq) {
        const want = parseDate(cell, order);
        if (want === INVALID_DATE) invalid++;
        assert.equal(run.date([cell], c), want === INVALID_DATE ? undefined : want, JSON.stringify(cell));
      }
      assert.equal(run.warnings.length, invalid);
    }),
    { numRuns: 3_000 },
  );
});

test('an import finds the usual date cells by their parts, never by a lookup of the cell text', () => {
  const table = readTextTable(realisticCsv(generateLeads(3000)));
  const cells = new Set<string>();
  for (const row of table.rows) for (const i of [5, 6, 7, 8, 9, 10, 12]) if (row[i]) cells.add(row[i]);
  // Count the lookups by a date cell's text, through the prototype's own methods.
  const proto = Map.prototype as unknown as Record<'get' | 'has', (this: Map<unknown, unknown>, k: unknown) => unknown>;
  const { get, has } = proto;
  let lookups = 0;
  const counted = (own: (this: Map<unknown, unknown>, k: unknown) => unknown) =>
    function (this: Map<unknown, unknown>, k: unknown): unknown {
      if (typeof k === 'string' && cells.has(k)) lookups++;
      return own.call(this, k);
    };
  proto.get = counted(get);
  proto.has = counted(has);
  let result;
  try {
    result = importTable(table, 'leads');
  } finally {
    proto.get = get;
    proto.has = has;
  }
  assert.equal(result.rows.length, 3000);
  // Before: one lookup (or two) by its text for each of the ~10,000 date cells.
  assert.equal(lookups, 0);
});
