// Mapping rows while the import worker still reads the file (src/import/ahead.ts, the worker's
// `readForPage`): the table the page puts together from the worker's messages, and the result of
// mapping its slices as they come (with the evidence sent so far, the page lagging behind the worker),
// are exactly the table `readTable` reads and the result `importTable` gives for the whole of it —
// for every fixture file and kind, and for generated files whose first rows read a date or number
// column one way and later rows another, with titles, footers, blank and broken rows.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { fixtureExports } from '../helpers/fixture-files.js';
import { FIELDS, importTable, readTable, type ImportOptions, type TableKind } from '../../src/import/index.js';
import { MappingAhead } from '../../src/import/ahead.js';
import { countColumns, emptyEvidence, type ColumnEvidence } from '../../src/import/run.js';
import type { ImportTable } from '../../src/import/table.js';
import { readForPage, type FromImportWorker } from '../../src/worker/import-worker.js';

const KINDS = Object.keys(FIELDS) as TableKind[];
const enc = new TextEncoder();

/** The worker's messages for these bytes, each cloned when posted (as postMessage does). */
async function messages(bytes: Uint8Array, kind: TableKind, rowsPerStep: number): Promise<FromImportWorker[]> {
  const out: FromImportWorker[] = [];
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  await readForPage({ type: 'read', job: 1, bytes: copy, kind }, (m) => out.push(structuredClone(m)), rowsPerStep);
  return out;
}

interface Paged {
  table: ImportTable;
  result: ReturnType<MappingAhead['finish']>;
  restarts: number;
  /** Rows mapped when the last slice of rows came (before it was mapped). */
  mappedBeforeLast: number;
}

/** What the page does with the messages: the table put together, each slice mapped (`perSlice` rows of it) as it comes. */
function onPage(list: FromImportWorker[], kind: TableKind, opts: ImportOptions, perSlice: number): Paged {
  let table: ImportTable | undefined;
  let ahead: MappingAhead | undefined;
  let evidence: readonly ColumnEvidence[] = [];
  let mappedBeforeLast = 0;
  for (const m of list) {
    if (m.type === 'head') table = m.table;
    else if (m.type === 'rows') {
      table!.rows.push(...m.rows);
      table!.lines.push(...m.lines);
      evidence = m.evidence;
      ahead ??= new MappingAhead(table!, kind, opts);
      mappedBeforeLast = ahead.done;
      ahead.step(evidence, perSlice);
    } else if (m.type === 'done') Object.assign(table!, m.end);
    else if (m.type === 'error') throw new Error(m.message);
  }
  assert.ok(table, 'a head');
  if (!ahead) return { table, result: undefined, restarts: 0, mappedBeforeLast };
  // Once read, the rest is mapped with the whole file's evidence (as map-ahead.ts does), then finished.
  while (ahead.step(evidence, perSlice) > 0);
  return { table, result: ahead.finish(evidence), restarts: ahead.restarts, mappedBeforeLast };
}

/** The streamed path against reading and importing the whole file; returns the page's run. */
async function same(bytes: Uint8Array, kind: TableKind, opts: ImportOptions, rowsPerStep: number, perSlice: number) {
  const whole = await readTable(bytes, { kind });
  const expected = importTable(whole, kind, opts);
  const paged = onPage(await messages(bytes, kind, rowsPerStep), kind, opts, perSlice);
  assert.equal(JSON.stringify(paged.table), JSON.stringify(whole), 'the table');
  // No rows streamed (a file issue, no header): the page maps the table as before.
  const result = paged.result ?? importTable(paged.table, kind, opts);
  assert.equal(JSON.stringify(result), JSON.stringify(expected), 'the result');
  return paged;
}

const kindOfFile = (f: string): TableKind =>
  /deals|opportunit/.test(f)
    ? 'opportunities'
    : f.includes('accounts')
      ? 'accounts'
      : f.includes('customer-list')
        ? 'customer-list'
        : f.includes('lead-list')
          ? 'lead-list'
          : 'leads';

describe('mapping rows while the file is read', () => {
  it('every fixture file (CSV as every kind, a workbook as its own): the same table and result as importTable', async () => {
    const files = fixtureExports();
    let streamed = 0;
    for (const f of files) {
      const bytes = new Uint8Array(readFileSync(f));
      // A workbook is read whole before its rows are sent (no streaming to test): its own kind and leads.
      const kinds = f.endsWith('.xlsx') ? [...new Set([kindOfFile(f), 'leads' as const])] : KINDS;
      for (const kind of kinds) {
        const paged = await same(bytes, kind, {}, 40, 25).catch((e: Error) => {
          throw new Error(`${f} as ${kind}: ${e.message}`);
        });
        if (paged.result) streamed++;
      }
    }
    assert.ok(streamed > files.length, `${streamed} imports mapped as they were read`);
  });

  it('the evidence the worker sends equals what the prepare pass counts column by column', () => {
    const rows = [
      ['3/5/2026', '1.5', ''],
      ['13/5/2026', '2,5', 'x'],
      ['', '1,234.5', '2026-01-02'],
    ];
    const ev = [emptyEvidence(), emptyEvidence(), emptyEvidence()];
    countColumns(rows, 0, 2, ev);
    countColumns(rows, 2, 3, ev);
    assert.deepEqual(ev[0], { mdy: 0, dmy: 1, either: 1, other: 0, dot: false, comma: false });
    assert.deepEqual(ev[1], { mdy: 0, dmy: 0, either: 0, other: 3, dot: true, comma: true });
    assert.deepEqual(ev[2], { mdy: 0, dmy: 0, either: 0, other: 2, dot: false, comma: false });
  });

  it('a date column whose first rows say month first and later rows day first: mapped again, same result', async () => {
    // The first 40 rows settle mdy (3/15), the next 100 dmy (15/3): the whole file reads day first.
    const lines = ['Lead ID,Created Date,Lead Source,Annual Revenue'];
    for (let i = 0; i < 40; i++) lines.push(`A${i},3/${13 + (i % 15)}/2026,Web,1000`);
    for (let i = 0; i < 100; i++) lines.push(`B${i},${13 + (i % 15)}/4/2026,Web,2000`);
    const bytes = enc.encode(lines.join('\n'));
    const paged = await same(bytes, 'leads', {}, 10, 1000);
    assert.ok(paged.restarts >= 1, 'mapped again from the first row');
    assert.equal(paged.result?.dateOrder, 'dmy');
    // The page mapped rows before the last slice came.
    assert.ok(paged.mappedBeforeLast > 0);
  });

  it('columns the default mapping does not read, mapped by the user as dates and amounts: counted on the page, same result', async () => {
    // The worker counts only what the file's default mapping reads (evidenceFor); `Zeitpunkt` and `Betrag X` are no
    // header any preset knows, so their counts are left to the page. Their first rows settle month first and a
    // decimal point, later rows day first and a decimal comma.
    const lines = ['Lead ID,Created Date,Lead Source,Zeitpunkt,Betrag X'];
    for (let i = 0; i < 30; i++) lines.push(`A${i},2026-03-01,Web,3/${13 + (i % 15)}/2026,"1,000.5"`);
    for (let i = 0; i < 60; i++) lines.push(`B${i},2026-03-02,Web,${13 + (i % 15)}/4/2026,"2.000,25"`);
    const bytes = enc.encode(lines.join('\n'));
    const list = await messages(bytes, 'leads', 10);
    const head = list.find((m) => m.type === 'rows');
    assert.ok(head?.type === 'rows');
    assert.deepEqual(
      head.evidence.map((e) => e.skip),
      ['both', 'number', 'both', 'both', 'both'],
      'the worker counted the created dates only',
    );
    const mapping = { fields: { firstFollowUpAt: 'Zeitpunkt', revenue: 'Betrag X' } };
    for (const perSlice of [1, 7, 1000]) {
      const paged = await same(bytes, 'leads', { mapping }, 10, perSlice);
      assert.equal(paged.result?.rows.length, 90);
    }
    const paged = await same(bytes, 'leads', { mapping }, 10, 1000);
    assert.ok(paged.restarts >= 1, 'read otherwise once the later rows came: mapped again');
  });

  it('finish without the rows mapped by the whole evidence: undefined when the whole file reads a column otherwise', () => {
    const table: ImportTable = {
      source: { format: 'csv', delimiter: ',' },
      header: ['Lead ID', 'Created Date'],
      headerLine: 1,
      rows: [['A', '3/15/2026']],
      lines: [2],
      broken: [],
      blank: 0,
      titles: [],
      footers: [],
      decimalMark: '.',
      issues: [],
    };
    const ev = [emptyEvidence(), emptyEvidence()];
    countColumns(table.rows, 0, 1, ev);
    const ahead = new MappingAhead(table, 'leads');
    ahead.step(ev, 10);
    table.rows.push(['B', '15/3/2026'], ['C', '16/3/2026']);
    table.lines.push(3, 4);
    countColumns(table.rows, 1, 3, ev);
    assert.equal(ahead.finish(ev), undefined);
    // With the same reading it is the whole result.
    const again = new MappingAhead(table, 'leads');
    again.step(ev, 1);
    assert.equal(JSON.stringify(again.finish(ev)), JSON.stringify(importTable(table, 'leads')));
  });

  it('generated files (dates, decimal marks, titles, footers, blank and broken rows): the same as importTable', async () => {
    const day = fc.integer({ min: 1, max: 28 });
    const month = fc.integer({ min: 1, max: 12 });
    const date = fc.oneof(
      fc.tuple(month, day).map(([m, d]) => `${m}/${d}/2026`),
      fc.tuple(month, day).map(([m, d]) => `${d}/${m}/2026`),
      fc.tuple(month, day).map(([m, d]) => `2026-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      fc.constant(''),
      fc.constant('soon'),
    );
    const amount = fc.oneof(
      fc.integer({ min: 0, max: 99999 }).map(String),
      fc.integer({ min: 0, max: 99999 }).map((n) => `"${(n / 100).toFixed(2).replace('.', ',')}"`),
      fc.integer({ min: 1000, max: 999999 }).map((n) => `"${n.toLocaleString('en-US')}.5"`),
      fc.integer({ min: 0, max: 999 }).map((n) => `${n}.25`),
      fc.constant(''),
    );
    const row = fc.oneof(
      { weight: 12, arbitrary: fc.tuple(date, date, amount, fc.constantFrom('Web', 'Event', '')) },
      { weight: 1, arbitrary: fc.constant('blank' as const) },
      { weight: 1, arbitrary: fc.constant('broken' as const) },
      { weight: 1, arbitrary: fc.constant('short' as const) },
    );
    const file = fc.record({
      title: fc.boolean(),
      rows: fc.array(row, { minLength: 0, maxLength: 60 }),
      footer: fc.constantFrom('', '\n\nCopyright (c) 2026 salesforce.com', '\n合计,,,', '\nGenerated By: Jane'),
      crlf: fc.boolean(),
      rowsPerStep: fc.integer({ min: 1, max: 9 }),
      perSlice: fc.integer({ min: 1, max: 12 }),
      kind: fc.constantFrom<TableKind>('leads', 'opportunities', 'history'),
      dateOrder: fc.constantFrom<'auto' | 'dmy' | 'mdy' | undefined>(undefined, 'auto', 'dmy', 'mdy'),
    });
    let restarted = 0;
    let footers = 0;
    await fc.assert(
      fc.asyncProperty(file, async (f) => {
        const lines = f.title ? ['Leads report 2026', ''] : [];
        lines.push('Lead ID,Created Date,Close Date,Amount,Lead Source,Stage');
        f.rows.forEach((r, i) => {
          if (r === 'blank') lines.push('');
          else if (r === 'broken') lines.push(`X${i},"3/4/2026,1,Web,Prospecting`);
          else if (r === 'short') lines.push(`S${i},Web`);
          else lines.push(`L${i},${r[0]},${r[1]},${r[2]},${r[3]},Prospecting`);
        });
        const text = lines.join(f.crlf ? '\r\n' : '\n') + f.footer;
        const opts: ImportOptions = f.dateOrder ? { dateOrder: f.dateOrder } : {};
        const paged = await same(enc.encode(text), f.kind, opts, f.rowsPerStep, f.perSlice);
        if (paged.restarts) restarted++;
        if (paged.table.footers.length) footers++;
      }),
      { seed: 20261207, numRuns: 300 },
    );
    // The generated files did exercise a late change of reading, and footers told apart at the end.
    assert.ok(restarted > 5, `${restarted} files mapped again`);
    assert.ok(footers > 5, `${footers} files with footers`);
  });
});
