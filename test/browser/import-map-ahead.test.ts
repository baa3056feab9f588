import { expect, fixture, html } from '@open-wc/testing';
import '../../components/lead-flow-monitor/index.js';
import type { LeadFlowMonitor } from '../../components/lead-flow-monitor/lead-flow-monitor.js';
import { setImportWorkerFactory } from '../../components/shared/import/read-file.js';
import { readForPage, type FromImportWorker, type ToImportWorker } from '../../src/worker/import-worker.js';
import { $, settle, until } from '../helpers/fixtures.js';
import { LeadReading } from '../../src/models/lead-flow-reading.js';
import { LeadIndexer } from '../../src/views/lead-flow-leads.js';

/*
 * A large file's rows are mapped while the import worker still reads it (src/import/ahead.ts): the worker sends
 * them as it parses, the page maps each slice as it comes. A held worker (the real worker's code, run on the page,
 * its messages handed over when the test says) shows the order of events; the result is the one the page gives
 * reading and mapping the same file with no worker at all. Timings are in `npm run bench`.
 */

/** A worker whose answers (the real import worker's, computed on the page) are delivered when the test says. */
class HeldWorker {
  onmessage: ((e: { data: FromImportWorker }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  terminated = false;
  readonly out: FromImportWorker[] = [];
  read?: Promise<void>;
  private next = 0;

  postMessage(m: ToImportWorker): void {
    this.read = readForPage(m, (message) => this.out.push(structuredClone(message)));
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Deliver the messages up to and including the first that `stop` accepts, all in one task (as a workbook's rows come). */
  async releaseAtOnce(stop: (m: FromImportWorker) => boolean): Promise<void> {
    await this.read;
    await new Promise((r) => setTimeout(r, 0));
    while (this.next < this.out.length) {
      const m = this.out[this.next++]!;
      this.onmessage?.({ data: m });
      if (stop(m)) return;
    }
  }

  /** Deliver the messages up to and including the first that `stop` accepts (all of them without), a task each. */
  async release(stop?: (m: FromImportWorker) => boolean): Promise<void> {
    await this.read;
    while (this.next < this.out.length) {
      const m = this.out[this.next++]!;
      await new Promise((r) => setTimeout(r, 0));
      this.onmessage?.({ data: m });
      if (stop?.(m)) return;
    }
  }
}

const ROWS = 50_500;
const FIRST = 10_000;

/**
 * More than 2 MB (read in the worker), 50,500 rows: the first 10,000 write created dates month first (3/15/2026),
 * the rest day first (15/3/2026) — the whole file reads day first, so rows mapped from the first slice alone are
 * mapped again.
 */
function exportCsv(first = FIRST): string {
  const lines = ['线索ID,来源,业务线,线索池,负责人,创建时间,入池时间,备注'];
  for (let i = 0; i < ROWS; i++) {
    const d = 13 + (i % 15);
    const created = i < first ? `3/${d}/2026 9:05` : `${d}/3/2026 9:05`;
    const pool = i % 3 ? '个人私海' : '大公海';
    lines.push(
      [`L${i}`, i % 2 ? 'sem' : 'seo', 'A', pool, i % 3 ? `rep-${i % 7}` : '', created, created, '已加微信'].join(','),
    );
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

async function pick(el: LeadFlowMonitor, file: File): Promise<void> {
  await el.selectTab('data');
  await el.updateComplete;
  const input = $<HTMLInputElement>(el, '#import-file');
  const dt = new DataTransfer();
  dt.items.add(file);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const monitor = async (): Promise<LeadFlowMonitor> => {
  const el = await fixture<LeadFlowMonitor>(html`<lead-flow-monitor lang="en" as-of="2026-03-31"></lead-flow-monitor>`);
  await settle(el);
  return el;
};

/**
 * The day-first export (every date day first: the rows mapped as they come are the result's, nothing mapped again
 * at the end) picked in `el` and read by a held worker; every message but the last (`done`, the file's end)
 * delivered in one task (the page maps them after): every row sent, mapped and read ahead.
 */
async function mappedButTheEnd(el: LeadFlowMonitor): Promise<HeldWorker> {
  let worker: HeldWorker | undefined;
  setImportWorkerFactory(() => (worker = new HeldWorker()) as unknown as Worker);
  await pick(el, new File([exportCsv(0)], 'export.csv', { type: 'text/csv' }));
  await until(() => worker?.read, 5000, 'the worker asked to read');
  await worker!.read;
  const out = worker!.out;
  await worker!.releaseAtOnce((m) => out.indexOf(m) === out.length - 2);
  await until(() => el.importer.mappedAhead === ROWS, 25_000, 'every row mapped');
  // Read (and counted) for the analysis a number of leads a task after the mapping caught up.
  const source = (el as unknown as { source: { reading?: { count: number } } }).source;
  await until(() => source.reading?.count === ROWS, 25_000, 'every lead read ahead');
  return worker!;
}

describe('import: rows mapped while the worker reads the file', () => {
  afterEach(() => setImportWorkerFactory(undefined));

  it('maps the first slice before the last rows come, maps again when the whole file reads the dates otherwise, and gives what the page alone gives', async () => {
    const csv = exportCsv();
    expect(csv.length).to.be.greaterThan(2_000_000);
    let worker: HeldWorker | undefined;
    setImportWorkerFactory(() => (worker = new HeldWorker()) as unknown as Worker);
    const el = await monitor();
    await pick(el, new File([csv], 'export.csv', { type: 'text/csv' }));
    await until(() => worker?.read, 5000, 'the worker asked to read');
    await worker!.release((m) => m.type === 'rows');
    const rowsSent = worker!.out.filter((m) => m.type === 'rows').length;
    expect(rowsSent, 'the rows come in several slices').to.be.greaterThan(2);
    // Mapped on the page with only the first slice in: the worker's other slices are still held.
    await until(() => el.importer.mappedAhead > 0, 10_000, 'the first slice mapped');
    expect(el.importer.reading, 'still reading').to.not.equal(null);
    expect(el.importer.table, 'no table in use yet').to.equal(undefined);
    await worker!.release();
    await until(() => el.result && el.importer.mapping === null, 25_000, 'the analysis');
    const viaWorker = el.importer.result!;
    expect(el.importer.readIn).to.deep.equal({ where: 'worker' });
    expect(viaWorker.dateOrder).to.equal('dmy');
    expect(viaWorker.summary.read).to.equal(ROWS);

    // The same file read and mapped on the page, no worker.
    setImportWorkerFactory(null);
    const page = await monitor();
    await pick(page, new File([csv], 'export.csv', { type: 'text/csv' }));
    await until(() => page.result && page.importer.mapping === null && !page.importer.reading, 25_000, 'the page');
    expect(page.importer.readIn?.where).to.equal('page');
    expect(JSON.stringify(viaWorker)).to.equal(JSON.stringify(page.importer.result));
    expect(JSON.stringify(el.result)).to.equal(JSON.stringify(page.result));
  });

  it('the leads are read for the analysis as they are mapped: after the last rows it reads none of them', async () => {
    const el = await monitor();
    const worker = await mappedButTheEnd(el);
    // From now on, each read of a lead's source (every pass over the leads reads it) is counted.
    const job = (
      el.importer as unknown as {
        imports: { ahead: { job: { table: { rows: string[][] }; m: { result: { rows: object[] } } } } };
      }
    ).imports.ahead.job;
    const leads = job.m.result.rows;
    expect(leads.length).to.equal(ROWS);
    let reads = 0;
    for (const lead of leads) {
      const source = (lead as { source: string }).source;
      Object.defineProperty(lead, 'source', {
        enumerable: true,
        configurable: true,
        get: () => {
          reads++;
          return source;
        },
      });
    }
    // And each read of a row of the table (the import view's value steps counted a column of every row at render).
    const rows = job.table.rows;
    expect(rows.length).to.equal(ROWS);
    let rowReads = 0;
    rows.forEach((row, i) =>
      Object.defineProperty(rows, i, {
        enumerable: true,
        configurable: true,
        get: () => {
          rowReads++;
          return row;
        },
      }),
    );
    let atChange = -1;
    let rowsAtChange = -1;
    el.addEventListener('revops-change', () => {
      if (atChange < 0) atChange = reads;
      if (rowsAtChange < 0) rowsAtChange = rowReads;
    });
    await worker.release();
    await until(() => el.result && atChange >= 0, 25_000, 'the analysis');
    expect(el.result!.pools.private + el.result!.pools.company, 'every lead analysed').to.equal(ROWS);
    // The import view's preview shows the first records (a few reads); the analysis read them all before (a pass).
    const shown = el.shadowRoot!.querySelectorAll('[part~="import-preview"] tbody tr').length;
    expect(shown).to.be.greaterThan(0);
    expect(atChange, 'leads read after the last rows, up to the first paint: the preview only').to.equal(shown);
    // The value steps (the pool column's values) come from counts made as the rows were mapped: the view read only
    // the mapping step's samples (the first rows), not the 50,500 rows (50,500 or more on 011cd1d).
    expect(el.importer.view?.values.map((v) => [v.field, v.values.map((x) => [x.value, x.count])])).to.deep.equal([
      [
        'pool',
        [
          ['个人私海', 33_666],
          ['大公海', 16_834],
        ],
      ],
    ]);
    expect(rowsAtChange, 'rows of the table read after the last rows, up to the first paint').to.be.lessThan(100);
    // A period switch analyses the same records again: it reads none of them (the reading is kept).
    await el.updateComplete;
    const before = reads;
    el.setPeriod('week');
    await until(() => el.result && el.shadowRoot!.querySelector('[part~="import"]'), 10_000, 'the week');
    await el.updateComplete;
    // (The panels shown after the paint read the leads of their first page, 25 rows: no pass over 50,500.)
    expect(reads - before, 'leads read for the week: no pass over them').to.be.lessThan(100);
  });

  it('the leads are counted for the analysis as they are mapped: after the last rows it counts none; the index is built in steps', async () => {
    // Each lead an analysis counts is one `rowAt` of its reading; each step of the leads' index is recorded.
    const reading = Object.getOwnPropertyDescriptor(LeadReading.prototype, 'rowAt')!;
    const indexer = Object.getOwnPropertyDescriptor(LeadIndexer.prototype, 'step')!;
    const rowAt = reading.value as LeadReading['rowAt'];
    const readOf = Object.getOwnPropertyDescriptor(LeadReading.prototype, 'read')!;
    const read = readOf.value as LeadReading['read'];
    // How many leads each read of the file's reading took in (one call is one task's reading ahead).
    const reads: number[] = [];
    LeadReading.prototype.read = function (this: LeadReading, to) {
      const before = this.count;
      read.call(this, to);
      if (this.leads.length >= ROWS && this.count > before) reads.push(this.count - before);
      return this;
    };
    const step = indexer.value as LeadIndexer['step'];
    let counted = 0;
    const steps: number[] = [];
    LeadReading.prototype.rowAt = function (this: LeadReading, k, out) {
      counted++;
      return rowAt.call(this, k, out);
    };
    LeadIndexer.prototype.step = function (this: LeadIndexer, n) {
      if (this.leads.length === ROWS && !this.done) steps.push(n ?? Infinity);
      return step.call(this, n);
    };
    try {
      const el = await monitor();
      const worker = await mappedButTheEnd(el);
      expect(counted, 'every lead counted once as its slice was mapped').to.equal(ROWS);
      expect(Math.max(...reads), 'leads read ahead in one task').to.be.at.most(16_384);
      await worker.release();
      await until(() => el.result, 25_000, 'the analysis');
      expect(el.result!.pools.private + el.result!.pools.company, 'every lead analysed').to.equal(ROWS);
      expect(counted - ROWS, 'leads counted after the last rows').to.equal(0);
      await el.updateComplete;
      // The hidden panels' index: a number of leads a task, not all 50,500 in one.
      expect(steps.length, 'index steps').to.be.greaterThan(3);
      expect(Math.max(...steps)).to.be.lessThan(ROWS);
      expect(
        steps.reduce((a, n) => a + n, 0),
        'every lead indexed in the steps',
      ).to.be.at.least(ROWS);
      // A cost edit analyses again counting nothing; another period counts every lead again, once.
      const before = counted;
      el.setCost('sem', 500);
      await until(() => el.result?.bySource.find((r) => r.source === 'sem')?.cost === 500, 10_000, 'the cost');
      expect(counted - before, 'counted for a cost edit').to.equal(0);
      el.setPeriod('week');
      await until(() => el.result && el.shadowRoot!.querySelector('[part~="import"]'), 10_000, 'the week');
      await el.updateComplete;
      expect(counted - before, 'counted for the week').to.equal(ROWS);
    } finally {
      Object.defineProperty(LeadReading.prototype, 'rowAt', reading);
      Object.defineProperty(LeadReading.prototype, 'read', readOf);
      Object.defineProperty(LeadIndexer.prototype, 'step', indexer);
    }
  });

  it('a new file chosen mid-read stops both the worker and the mapping of what it sent', async () => {
    const workers: HeldWorker[] = [];
    setImportWorkerFactory(() => {
      const w = new HeldWorker();
      workers.push(w);
      return w as unknown as Worker;
    });
    const el = await monitor();
    await pick(el, new File([exportCsv()], 'first.csv', { type: 'text/csv' }));
    await until(() => workers[0]?.read, 5000, 'the worker asked to read');
    await workers[0]!.release((m) => m.type === 'rows');
    await until(() => el.importer.mappedAhead > 0, 10_000, 'the first slice mapped');
    await pick(el, new File(['线索ID,创建时间\nA,2026-03-01\n'], 'small.csv', { type: 'text/csv' }));
    expect(workers[0]!.terminated, 'the first worker stopped').to.equal(true);
    expect(el.importer.mappedAhead, 'its mapping dropped').to.equal(0);
    // What the first worker would still have said is not listened to.
    await workers[0]!.release();
    await until(() => el.importer.loaded?.label === 'small.csv' && el.result, 10_000, 'the small file');
    expect(el.importer.table!.rows.length).to.equal(1);
    expect(el.importer.mappedAhead).to.equal(0);
  });

  it('removed mid-read: the worker stops and nothing more is mapped', async () => {
    let worker: HeldWorker | undefined;
    setImportWorkerFactory(() => (worker = new HeldWorker()) as unknown as Worker);
    const el = await monitor();
    await pick(el, new File([exportCsv()], 'export.csv', { type: 'text/csv' }));
    await until(() => worker?.read, 5000, 'the worker asked to read');
    await worker!.release((m) => m.type === 'rows');
    await until(() => el.importer.mappedAhead > 0, 10_000, 'the first slice mapped');
    el.remove();
    expect(worker!.terminated).to.equal(true);
    expect(el.importer.mappedAhead).to.equal(0);
    await until(() => el.importer.reading === null, 5000, 'the read given up');
    expect(el.importer.mappedAhead).to.equal(0);
  });
});
