import { expect, fixture, html } from '@open-wc/testing';
import '../../components/lead-flow-monitor/index.js';
import type { LeadFlowMonitor } from '../../components/lead-flow-monitor/lead-flow-monitor.js';
import { setImportWorkerFactory } from '../../components/shared/import/read-file.js';
import { readForPage, type FromImportWorker, type ToImportWorker } from '../../src/worker/import-worker.js';
import { $, settle, until } from '../helpers/fixtures.js';

/*
 * The import worker starts when the picker is pointed at, focused or dragged over (warmImportWorker), so a large
 * file's read begins when it is picked; the worker is given the File and reads its bytes itself. A fake worker (the
 * real worker's code, run on the page) counts how many were started and what they were sent.
 */

class PageWorker {
  onmessage: ((e: { data: FromImportWorker }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  terminated = false;
  readonly sent: ToImportWorker[] = [];

  constructor(private readonly fails = false) {
    // A worker whose script cannot load says so once, soon after it starts, whether or not it was asked anything.
    if (fails) setTimeout(() => this.onerror?.({ message: 'blocked', preventDefault: () => undefined }), 0);
  }

  postMessage(m: ToImportWorker): void {
    this.sent.push(m);
    if (this.fails) return;
    void readForPage(m, (message) => setTimeout(() => this.onmessage?.({ data: structuredClone(message) }), 0));
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** Over 2 MB (read in a worker): 30,000 leads. */
function exportCsv(): string {
  const lines = ['线索ID,来源,业务线,线索池,负责人,创建时间,入池时间,备注'];
  for (let i = 0; i < 30_000; i++)
    lines.push(
      [
        `L${i}`,
        'sem',
        'A',
        '个人私海',
        `rep-${i % 7}`,
        '2026/3/5 9:05',
        '2026/3/5 9:05',
        '已加微信，等回复'.repeat(4),
      ].join(','),
    );
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

const dataTab = async (): Promise<LeadFlowMonitor> => {
  const el = await fixture<LeadFlowMonitor>(html`<lead-flow-monitor lang="en" as-of="2026-03-31"></lead-flow-monitor>`);
  await settle(el);
  await el.selectTab('data');
  await el.updateComplete;
  return el;
};

/**
 * The user tabs to the picker: a focusin from the input (dispatched: a page of a parallel test run has no system
 * focus, and `focus()` then moves no focus events).
 */
const focusPicker = (el: LeadFlowMonitor): void =>
  void $<HTMLInputElement>(el, '#import-file').dispatchEvent(
    new FocusEvent('focusin', { bubbles: true, composed: true }),
  );

function choose(el: LeadFlowMonitor, file: File): void {
  const input = $<HTMLInputElement>(el, '#import-file');
  const dt = new DataTransfer();
  dt.items.add(file);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('import: the worker started before the file is picked', () => {
  afterEach(() => setImportWorkerFactory(undefined));

  it('starts one worker when the picker is focused, reads the picked file in it, given as the File', async () => {
    const workers: PageWorker[] = [];
    setImportWorkerFactory(() => {
      workers.push(new PageWorker());
      return workers.at(-1) as unknown as Worker;
    });
    const el = await dataTab();
    expect(workers.length, 'none before the picker is used').to.equal(0);
    focusPicker(el);
    expect(workers.length, 'started when the picker is focused').to.equal(1);
    $(el, '.imp-source').dispatchEvent(new PointerEvent('pointerenter'));
    expect(workers.length, 'one is enough').to.equal(1);
    const csv = exportCsv();
    expect(csv.length).to.be.greaterThan(2_000_000);
    const file = new File([csv], 'leads.csv', { type: 'text/csv' });
    choose(el, file);
    await until(() => el.result && el.importer.mapping === null && !el.importer.reading, 25_000, 'the analysis');
    expect(workers.length, 'the started worker did the read').to.equal(1);
    const asked = workers[0]!.sent[0]!;
    expect(asked.type).to.equal('file');
    expect(asked.type === 'file' && asked.file).to.equal(file);
    expect(el.importer.readIn).to.deep.equal({ where: 'worker' });
    expect(el.importer.table!.rows.length).to.equal(30_000);
    expect(workers[0]!.terminated, 'stopped after its read').to.equal(true);
  });

  it('a started worker that failed to load is not used: the read starts another, and falls back to the page', async () => {
    const workers: PageWorker[] = [];
    setImportWorkerFactory(() => {
      workers.push(new PageWorker(true));
      return workers.at(-1) as unknown as Worker;
    });
    const el = await dataTab();
    focusPicker(el);
    expect(workers.length).to.equal(1);
    await new Promise((r) => setTimeout(r, 20)); // its error is told
    choose(el, new File([exportCsv()], 'leads.csv', { type: 'text/csv' }));
    await until(() => el.result && el.importer.mapping === null && !el.importer.reading, 25_000, 'the analysis');
    expect(workers.length).to.equal(2);
    expect(workers[0]!.terminated && workers[0]!.sent.length, 'the failed one was dropped unasked').to.equal(0);
    expect(el.importer.readIn?.where).to.equal('page');
    expect(el.importer.table!.rows.length).to.equal(30_000);
  });

  it('pointed at, the worker starts; it stops when the element is removed', async () => {
    const workers: PageWorker[] = [];
    setImportWorkerFactory(() => {
      workers.push(new PageWorker());
      return workers.at(-1) as unknown as Worker;
    });
    const el = await dataTab();
    $(el, '.imp-source').dispatchEvent(new PointerEvent('pointerenter')); // pointed at
    expect(workers.length).to.equal(1);
    el.remove();
    expect(workers[0]!.terminated).to.equal(true);
  });
});
