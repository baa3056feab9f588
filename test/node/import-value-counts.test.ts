// The import view's value steps from counts made while the rows are mapped (src/import/value-counts.ts): with
// `countValues` every mapping path (importTable, importTableInSteps, MappingAhead fed in slices as the worker
// sends them) keeps the value fields' columns counted with its result, and `valueSteps` / `distinctValues` give
// with them exactly what they give by counting the rows — for every fixture file and kind, and for generated
// tables (blanks, spaces, ties, more than 200 distinct values, any limit, rows the mapping skips) — while the
// value steps of a mapped 50,000-row table read none of its rows. Counts of another table, of rows since added, or
// of columns another mapping does not name are never used.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { fixtureExports } from '../helpers/fixture-files.js';
import {
  VALUE_FIELDS,
  columnOf,
  distinctValues,
  emptyTable,
  importTable,
  importTableInSteps,
  readTable,
  valueCountsOf,
  type ColumnCounts,
  type ImportOptions,
  type ImportResult,
  type ImportTable,
  type TableKind,
} from '../../src/import/index.js';
import { MappingAhead } from '../../src/import/ahead.js';
import { countColumns, emptyEvidence, type ColumnEvidence } from '../../src/import/run.js';
import { valueSteps, type Stage } from '../../src/views/import-view.js';
import { readForPage, type FromImportWorker } from '../../src/worker/import-worker.js';

const KINDS = Object.keys(VALUE_FIELDS) as TableKind[];
const STAGES: Stage[] = [{ key: 'qualify' }, { key: 'solution', label: '方案' }];
const COUNT: ImportOptions = { countValues: true };

/** Every way a page maps a table, each with `countValues`: the result, and the table it is of. */
type Path = (table: ImportTable, kind: TableKind, opts: ImportOptions) => { table: ImportTable; result: ImportResult };

const whole: Path = (table, kind, opts) => ({ table, result: importTable(table, kind, { ...opts, ...COUNT }) });

const inSteps =
  (rowsPerStep: number): Path =>
  (table, kind, opts) => {
    const it = importTableInSteps(table, kind, { ...opts, ...COUNT }, rowsPerStep);
    for (;;) {
      const s = it.next();
      if (s.done) return { table, result: s.value };
    }
  };

/**
 * As the page maps a file the worker reads: the rows appended in slices of `slice` (evidence counted as the worker
 * counts it), each slice mapped `perStep` rows at a time, lagging; at the end the rest, then `finish` (or, when the
 * whole file reads a column otherwise, the table mapped again in steps, as table-imports.ts does).
 */
const ahead =
  (slice: number, perStep: number, wrap = (rows: string[][]) => rows): Path =>
  (source, kind, opts) => {
    const table: ImportTable = { ...source, rows: wrap([]), lines: [] };
    const evidence: ColumnEvidence[] = source.header.map(() => emptyEvidence());
    const job = new MappingAhead(table, kind, { ...opts, ...COUNT });
    for (let from = 0; from < source.rows.length; from += slice) {
      const to = Math.min(source.rows.length, from + slice);
      table.rows.push(...source.rows.slice(from, to));
      table.lines.push(...source.lines.slice(from, to));
      countColumns(table.rows, from, to, evidence);
      job.step(evidence, perStep);
    }
    while (job.step(evidence, perStep) > 0);
    return { table, result: job.finish(evidence) ?? inSteps(10_000)(table, kind, opts).result };
  };

/** A table of data rows under a header on line 1 (rows on lines 2, 3, …), nothing else in the file. */
const csvTable = (header: string[], rows: string[][]): ImportTable => ({
  ...emptyTable({ format: 'csv', delimiter: ',' }),
  header,
  headerLine: 1,
  rows,
  lines: rows.map((_, i) => i + 2),
});

/** The value steps and every value field's distinct values, with the counts kept and by counting the rows. */
function sameAsCounting(table: ImportTable, kind: TableKind, result: ImportResult, limit?: number): number {
  const counts = valueCountsOf(result);
  assert.deepEqual(
    valueSteps(table, kind, result.mapping, STAGES, counts),
    valueSteps(table, kind, result.mapping, STAGES),
    'valueSteps',
  );
  let used = 0;
  for (const field of VALUE_FIELDS[kind]) {
    const opts = limit === undefined ? { stages: STAGES } : { stages: STAGES, limit };
    assert.deepEqual(
      distinctValues(table, result.mapping, field, counts ? { ...opts, counts } : opts),
      distinctValues(table, result.mapping, field, opts),
      `distinctValues of ${field}`,
    );
    const src = result.mapping.fields[field];
    if (counts && typeof src === 'string' && counts.of(table, columnOf(table.header, src))) used++;
  }
  return used;
}

/** The table the page puts together from the worker's own messages, and each slice of it as it came. */
async function fromWorker(bytes: Uint8Array, kind: TableKind): Promise<{ table: ImportTable; slices: number[] }> {
  const list: FromImportWorker[] = [];
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  await readForPage({ type: 'read', job: 1, bytes: copy, kind }, (m) => list.push(structuredClone(m)), 7);
  let table: ImportTable | undefined;
  const slices: number[] = [];
  for (const m of list) {
    if (m.type === 'head') table = m.table;
    else if (m.type === 'rows') {
      table!.rows.push(...m.rows);
      table!.lines.push(...m.lines);
      slices.push(table!.rows.length);
    } else if (m.type === 'done') Object.assign(table!, m.end);
  }
  assert.ok(table);
  return { table, slices };
}

describe('value steps from counts kept by the mapping', () => {
  it('every fixture file as every kind, through every mapping path: the same values; the outputs unchanged', async () => {
    const files = fixtureExports();
    let used = 0;
    for (const f of files) {
      const bytes = new Uint8Array(readFileSync(f));
      const table = await readTable(bytes);
      const paths: [string, Path][] = [
        ['importTable', whole],
        ['importTableInSteps', inSteps(3)],
        ['MappingAhead', ahead(5, 2)],
      ];
      for (const kind of KINDS) {
        const plain = JSON.stringify(importTable(table, kind));
        for (const [name, path] of paths) {
          const { table: t, result } = path(table, kind, {});
          try {
            assert.equal(JSON.stringify(result), plain, 'the import');
            used += sameAsCounting(t, kind, result);
            used += sameAsCounting(t, kind, result, 1);
          } catch (e) {
            throw new Error(`${f} as ${kind} (${name}): ${(e as Error).message}`);
          }
        }
      }
      // The worker's own slices (the table put together from its messages), mapped as they came.
      const { table: sent, slices } = await fromWorker(bytes, 'leads');
      if (!slices.length) continue;
      const page: ImportTable = { ...sent, rows: [], lines: [] };
      const evidence = sent.header.map(() => emptyEvidence());
      const job = new MappingAhead(page, 'leads', COUNT);
      let from = 0;
      for (const to of slices) {
        page.rows.push(...sent.rows.slice(from, to));
        page.lines.push(...sent.lines.slice(from, to));
        countColumns(page.rows, from, to, evidence);
        job.step(evidence, 4);
        from = to;
      }
      while (job.step(evidence, 4) > 0);
      const result = job.finish(evidence);
      if (result) used += sameAsCounting(page, 'leads', result);
    }
    assert.ok(used > 100, `${used} value columns answered from the counts`);
  });

  it('generated tables (blanks, spaces, ties, > 200 distinct values, skipped rows, any limit): the same values', () => {
    const header = ['ID', 'Created', 'Pool', 'Flag', 'Stage', 'Life', 'Source', 'Deal stage'];
    const cell = fc.oneof(
      fc.constantFrom(
        '',
        ' ',
        '  ',
        'a',
        ' a',
        'a ',
        'A',
        'b',
        '公海',
        ' 私海 ',
        '私海',
        'yes',
        'no',
        '1',
        '0',
        'true',
      ),
      fc.integer({ min: 0, max: 400 }).map((n) => `v${n}`),
      fc.integer({ min: 0, max: 400 }).map((n) => ` v${n} `),
    );
    const row = fc.tuple(
      fc.constantFrom('x', 'x', 'x', ''), // a blank id: the row is skipped
      fc.constantFrom('2026-03-01', '2026-03-02', '3/4/2026', '', 'soon'),
      cell,
      cell,
      cell,
      cell,
      cell,
      fc.constantFrom('qualify', '方案', 'Closed Won', '', ' x '),
    );
    const column = fc.constantFrom<string | null>(null, 'Pool', 'Flag', 'Stage', 'Life', 'Source', 'Pool');
    const kind = fc.constantFrom<TableKind>('leads', 'history', 'opportunities', 'lead-list', 'accounts');
    let runs = 0;
    let wide = 0;
    const path = fc.oneof(
      fc.constant(whole),
      fc.integer({ min: 1, max: 60 }).map(inSteps),
      fc.tuple(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 50 })).map(([s, p]) => ahead(s, p)),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.array(row, { maxLength: 30 }), fc.array(row, { minLength: 300, maxLength: 800 })),
        kind,
        fc.record({ pool: column, converted: column, lifecycleStage: column, source: column, stage: column }),
        path,
        fc.option(fc.integer({ min: 1, max: 300 }), { nil: undefined }),
        column,
        (cells, kind, values, path, limit, other) => {
          runs++;
          const table = csvTable(
            header,
            cells.map((r, i) => [r[0] ? `${r[0]}${i}` : '', ...r.slice(1)]),
          );
          const fields: Record<string, string | null> = { id: 'ID', createdAt: 'Created', stageEnteredAt: 'Created' };
          Object.assign(fields, values);
          if (kind === 'opportunities') fields.stage = values.stage === null ? null : 'Deal stage';
          const { table: t, result } = path(table, kind, { mapping: { fields } });
          assert.equal(JSON.stringify(result), JSON.stringify(importTable(table, kind, { mapping: { fields } })));
          sameAsCounting(t, kind, result, limit);
          for (const field of VALUE_FIELDS[kind])
            if (distinctValues(t, result.mapping, field, { limit: 1000 }).length > 200) wide++;
          // Another mapping of the same table, with the first mapping's counts: still the rows' own values.
          const counts = valueCountsOf(result);
          const remapped = { fields: { ...result.mapping.fields, pool: other, source: other, stage: other } };
          for (const field of VALUE_FIELDS[kind])
            assert.deepEqual(
              distinctValues(t, remapped, field, counts ? { limit: limit ?? 200, counts } : { limit: limit ?? 200 }),
              distinctValues(t, remapped, field, { limit: limit ?? 200 }),
            );
        },
      ),
      { seed: 11_207, numRuns: 200 },
    );
    assert.ok(wide > 20, `${wide} of ${runs} runs with a column of more than 200 distinct values`);
  });

  it('the value steps of a mapped 50,000-row table read none of its rows; another mapping or table still exact', () => {
    const pools = ['公海', '私海', ' 待分配 ', '', '黑名单', 'line'];
    const stages = ['MQL', 'SQL', 'customer', '', ' won '];
    const cells = Array.from({ length: 50_000 }, (_, i) => [
      `L${i}`,
      `2026-03-${String((i % 28) + 1).padStart(2, '0')}`,
      pools[(i * 7) % pools.length]!,
      `owner ${i % 13}`,
      i % 3 ? 'no' : 'yes',
      stages[i % stages.length]!,
    ]);
    let reads = 0;
    let watching = false;
    // Every row read through the table's rows is counted while watching (the mapping reads them before).
    const watch = (list: string[][]): string[][] =>
      new Proxy(list, {
        get(target, key, receiver) {
          if (watching && typeof key === 'string' && /^\d+$/.test(key)) reads++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    const rows = watch(cells);
    const table = csvTable(['ID', 'Created', 'Pool', 'Owner', 'Converted', 'Lifecycle'], rows);
    const fields = {
      id: 'ID',
      createdAt: 'Created',
      pool: 'Pool',
      owner: 'Owner',
      converted: 'Converted',
      lifecycleStage: 'Lifecycle',
    };
    const plain = { ...table, rows: cells };
    for (const [name, path] of [
      ['importTable', whole],
      ['importTableInSteps', inSteps(10_000)],
      ['MappingAhead', ahead(20_000, 10_000, watch)],
    ] as const) {
      const { table: t, result } = path(table, 'leads', { mapping: { fields } });
      const counts = valueCountsOf(result);
      assert.ok(counts, name);
      watching = true;
      reads = 0;
      const steps = valueSteps(t, 'leads', result.mapping, [], counts);
      watching = false;
      assert.equal(reads, 0, `${name}: rows read by the value steps`);
      assert.deepEqual(steps, valueSteps(plain, 'leads', result.mapping, []), name);
      assert.deepEqual(
        steps.map((s) => [s.field, s.blank, s.values.length]),
        [
          ['pool', 8333, 5],
          ['converted', 0, 2],
          ['lifecycleStage', 10_000, 4],
        ],
      );
      // Pool mapped to the owners (a column the counts do not cover): counted from the rows, exact.
      const byOwner = { ...result.mapping, fields: { ...result.mapping.fields, pool: 'Owner' } };
      watching = true;
      const owners = valueSteps(t, 'leads', byOwner, [], counts);
      watching = false;
      assert.equal(reads, 50_000, `${name}: the owners' column read once`);
      assert.deepEqual(owners, valueSteps(plain, 'leads', byOwner, []));
      assert.equal(owners[0]!.values.length, 13);
    }

    const { result } = whole(table, 'leads', { mapping: { fields } });
    const counts = valueCountsOf(result)!;
    // Another table with the same header (one pool changed): its own values, not the counts.
    const other = { ...plain, rows: cells.map((r, i) => (i ? r : [r[0]!, r[1]!, '新池', r[3]!, r[4]!, r[5]!])) };
    const pool = (t: ImportTable, c?: ColumnCounts) =>
      distinctValues(t, result.mapping, 'pool', c ? { limit: 1000, counts: c } : { limit: 1000 });
    assert.deepEqual(pool(other, counts), pool(other));
    assert.ok(pool(other, counts).some((v) => v.value === '新池'));
    // The same table once rows were added after the mapping: counted again, with the new rows.
    cells.push(['L50000', '2026-03-01', '新池', 'owner 0', 'no', 'MQL']);
    assert.deepEqual(pool(table, counts), pool(plain));
    assert.ok(pool(table, counts).some((v) => v.value === '新池'));
    // Without `countValues`, nothing is counted (the CLI and Node callers pay nothing).
    assert.equal(valueCountsOf(importTable(plain, 'leads', { mapping: { fields } })), undefined);
  });
});
