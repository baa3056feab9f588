import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../components/lead-flow-monitor/index.js';
import type { LeadFlowMonitor } from '../../components/lead-flow-monitor/lead-flow-monitor.js';
import { setDefaultStore, type KeyValueStore } from '../../src/storage/index.js';
import { $, partText, saved, settle, until } from '../helpers/fixtures.js';
import { countedIds, ownedLead } from '../fixtures/lead-flow-extras.js';
import { analyzeLeadFlow } from '../../src/models/lead-flow.js';

/*
 * A large export picked with a storage-key (issue 11): its table was saved through the per-field merge (read the
 * stored value, deep-clone the whole table, write it, deep-compare it with the element's) while the table was still
 * being mapped, a second or more of main-thread work before the result showed. The table is now written once,
 * whole, after its result is painted. Timings are in `npm run bench` (realisticFilePicker100kMsMedian).
 */

/** More rows than the import maps in one go (SLICE_ROWS, 50,000): the mapping runs in slices. */
const ROWS = 50_500;
const POOLS = ['个人私海', 'private', 'line', 'company'];

function largeCsv(): string {
  const lines = ['线索ID,来源,业务线,线索池,负责人,创建时间,入池时间,分配时间,首次跟进时间,转化时间,收入'];
  for (let i = 0; i < ROWS; i++) {
    const day = `2026-03-${String(1 + (i % 28)).padStart(2, '0')}`;
    const pool = POOLS[i % POOLS.length]!;
    const owned = pool === 'private' || pool === '个人私海';
    lines.push(
      [
        `L${i}`,
        i % 3 ? 'sem' : 'seo',
        'A',
        pool,
        owned ? `rep-${i % 7}` : '',
        day,
        day,
        owned ? day : '',
        '',
        '',
        '',
      ].join(','),
    );
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

interface Write {
  op: 'get' | 'set' | 'update' | 'del';
  key: string;
  value?: unknown;
  /** When the write was made: the element's result covered the whole file and no mapping was running. */
  afterResult?: boolean;
}

/** A store that keeps values as given (no copy) and records every call, with where the element was. */
function recordingStore(el: () => LeadFlowMonitor | undefined): { store: KeyValueStore; log: Write[] } {
  const map = new Map<string, unknown>();
  const log: Write[] = [];
  const shown = (): boolean => {
    const e = el();
    const p = e?.result?.pools;
    return !!p && p.private + p.line + p.company + p.blacklist === ROWS && e.importer.mapping === null;
  };
  const store: KeyValueStore = {
    persistent: true,
    get: async (key) => {
      log.push({ op: 'get', key });
      return map.get(key);
    },
    set: async (key, value) => {
      log.push({ op: 'set', key, value, afterResult: shown() });
      map.set(key, value);
    },
    del: async (key) => {
      log.push({ op: 'del', key });
      map.delete(key);
    },
    update: async (key, change) => {
      const value = change(map.get(key));
      log.push({ op: 'update', key, value, afterResult: shown() });
      map.set(key, value);
      return value;
    },
  };
  return { store, log };
}

const TABLE_KEY = 'lead-flow-monitor-import-leads-table:big';

describe('lead-flow-monitor: a large export picked with a storage-key', () => {
  afterEach(() => setDefaultStore(null));

  it('writes the table once, whole (the very table in use, nothing read or merged), after its result is shown; a new element restores it', async () => {
    let current: LeadFlowMonitor | undefined;
    const { store, log } = recordingStore(() => current);
    setDefaultStore(store);
    const el = (current = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" as-of="2026-03-31" storage-key="big"></lead-flow-monitor>`,
    ));
    await settle(el);
    await el.selectTab('data');
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, '#import-file');
    const dt = new DataTransfer();
    dt.items.add(new File([largeCsv()], 'big.csv', { type: 'text/csv' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(
      () => {
        const p = el.result?.pools;
        return !!p && p.private + p.line + p.company + p.blacklist === ROWS;
      },
      25_000,
      'the large export analysed',
    );
    await saved(el, 25_000);

    const writes = log.filter((w) => w.key === TABLE_KEY && w.op !== 'get');
    expect(writes.map((w) => w.op)).to.deep.equal(['set']);
    const [write] = writes;
    expect(write!.afterResult, 'written after the result was shown').to.equal(true);
    const value = write!.value as { v: number; label: string; origin: string; table: unknown };
    expect(value.table, 'the table in use, not a copy').to.equal(el.importer.loaded!.table);
    expect([value.v, value.label, value.origin]).to.deep.equal([1, 'big.csv', 'file']);
    // Read once, when the element connected (nothing stored yet), never again to write.
    expect(log.filter((w) => w.key === TABLE_KEY && w.op === 'get').length).to.equal(1);

    const pools = { ...el.result!.pools };
    el.remove();
    const again = (current = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" as-of="2026-03-31" storage-key="big"></lead-flow-monitor>`,
    ));
    await until(() => again.result?.pools.private === pools.private, 25_000, 'the saved table restored');
    expect(again.result!.pools).to.deep.equal(pools);
    expect(again.importer.loaded?.label).to.equal('big.csv');
    await saved(again, 25_000);
    // Restoring writes nothing back.
    expect(log.filter((w) => w.key === TABLE_KEY && w.op !== 'get').length).to.equal(1);
  });
});

describe('lead-flow-monitor: the owners roll-up waits for the Owners tab', () => {
  it('the first paint reads the leads without the owners pass; showing the Owners tab makes it, once', async () => {
    const { leads, reads } = countedIds([
      ownedLead('1', 'Li', true),
      ownedLead('2', 'Li', false),
      ownedLead('3', 'Wu', true),
    ]);
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" .data=${{ asOf: '2026-03-31', leads }}></lead-flow-monitor>`,
    );
    await until(() => el.result, 5000, 'the analysis');
    await settle(el);
    const painted = reads();
    expect(painted).to.be.greaterThan(0);
    await el.selectTab('owners');
    await settle(el);
    expect(reads() - painted, 'one pass over the 3 leads for the owners').to.equal(leads.length);
    const table = partText(el, 'owner-table');
    expect(table).to.contain('Li');
    expect(table).to.contain('Wu');
    await el.selectTab('flow');
    await el.selectTab('owners');
    await settle(el);
    expect(reads() - painted, 'made once').to.equal(leads.length);
  });
});

describe('lead-flow-monitor: the shown tab first, the hidden panels a frame later', () => {
  it('a new analysis is painted reading the leads for the analysis only; the hidden panels follow, and updateComplete waits for them', async () => {
    const data = (await (await fetch('/test/fixtures/lead-flow.json')).json()) as {
      asOf: string;
      leads: Record<string, unknown>[];
    };
    // What the analysis itself reads: the same leads, counted, through the model alone.
    const alone = countedIds(data.leads);
    analyzeLeadFlow({ ...data, leads: alone.leads });
    const { leads, reads } = countedIds(data.leads);
    const el = await fixture<LeadFlowMonitor>(html`<lead-flow-monitor lang="en"></lead-flow-monitor>`);
    await el.selectTab('rules'); // a tab that shows no lead
    await settle(el);
    let atPaint: { reads: number; table: boolean; pools: string } | undefined;
    el.addEventListener(
      'revops-change',
      () =>
        (atPaint = {
          reads: reads(),
          table: !!el.shadowRoot!.querySelector('[part~="reactivation-table"]'),
          pools: partText(el, 'pools'),
        }),
      { once: true },
    );
    el.data = { ...data, leads };
    const first = await until(() => atPaint, 5000, 'the painted analysis');
    expect(first.pools, 'the summary is in the first render').to.contain('due out');
    expect(first.reads, 'the leads read for the analysis only (no index, no tiers)').to.equal(alone.reads());
    expect(first.table, 'the hidden reactivation panel waits').to.equal(false);
    await el.updateComplete;
    expect(reads(), 'the leads indexed after the paint').to.be.greaterThan(first.reads);
    expect(el.shadowRoot!.querySelectorAll('[part~="reactivation-table"] tbody tr').length).to.be.greaterThan(0);
    // The deferred panel shows what an element showing that tab from the start shows.
    const hidden = partText(el, 'reactivation-table');
    const shown = await fixture<LeadFlowMonitor>(html`<lead-flow-monitor lang="en"></lead-flow-monitor>`);
    await shown.selectTab('reactivation');
    shown.data = data;
    await until(() => shown.result, 5000, 'the second analysis');
    await settle(shown);
    expect(hidden).to.equal(partText(shown, 'reactivation-table'));
  });

  it('updateComplete resolves after an analysis made while an earlier deferral still has a timer pending', async () => {
    const data = (await (await fetch('/test/fixtures/lead-flow.json')).json()) as Record<string, unknown>;
    const el = await fixture<LeadFlowMonitor>(html`<lead-flow-monitor lang="en" .data=${data}></lead-flow-monitor>`);
    await until(() => el.result, 5000, 'the analysis');
    await el.updateComplete;
    // Frames run their callbacks when the test says: the page paints no frame otherwise (each deferral's fallback
    // timer remains).
    const frames: (() => void)[] = [];
    const real = Object.getOwnPropertyDescriptor(window, 'requestAnimationFrame')!;
    window.requestAnimationFrame = (cb: FrameRequestCallback) => frames.push(() => cb(performance.now()));
    try {
      el.setPeriod('week');
      let first = false;
      void el.updateComplete.then(() => (first = true));
      await until(() => frames.length, 5000, 'the first deferral');
      while (!first) {
        frames.splice(0).forEach((f) => f()); // the first deferral ends after its frame; its timer is still pending
        await aTimeout(5);
      }
      el.setPeriod('day'); // a second deferral, which only its own timer ends now
      let done = false;
      void el.updateComplete.then(() => (done = true));
      await until(() => done, 5000, 'updateComplete after the second analysis');
      expect(el.period).to.equal('day');
    } finally {
      Object.defineProperty(window, 'requestAnimationFrame', real);
    }
  });
});
