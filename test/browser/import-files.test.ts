// Reading files in the shared import view (lead-flow-monitor): an .xlsx in the import worker with progress,
// the same on the page when no worker can start (fflate's synchronous unzip: no worker of its own), cancel,
// drag and drop of a GB18030 CSV, and bad files (binary, empty, header only, a legacy .xls, a sheet of
// merged title cells) with a clear message while the last good data stays. Then the built ES and IIFE
// bundles import a workbook in their worker under the strict CSP (test/csp/policy.js).
import { expect, fixture, html } from '@open-wc/testing';
import writeXlsxFile from 'write-excel-file/browser';
import '../../components/lead-flow-monitor/index.js';
import type { LeadFlowMonitor } from '../../components/lead-flow-monitor/index.js';
import { setImportWorkerFactory } from '../../components/shared/import/read-file.js';
import { $, partText, settle, until } from '../helpers/fixtures.js';
import { chooseFile, counts, dropFile, fixtureFile, imported } from '../helpers/import.js';

const P = 'import-';

async function monitor(): Promise<LeadFlowMonitor> {
  const el = await fixture<LeadFlowMonitor>(html`<lead-flow-monitor lang="en" as-of="2026-03-31"></lead-flow-monitor>`);
  await settle(el);
  $<HTMLButtonElement>(el, '#tab-data').click();
  await settle(el);
  return el;
}

/**
 * The phases the import reports while it reads (each one the controller sets, so a short phase — the rows coming
 * back from a fast worker — is not missed between two polls), and how often a poll saw the progress bar.
 */
function watchPhases(el: LeadFlowMonitor): () => { phases: string[]; bars: number } {
  const phases: string[] = [];
  let bars = 0;
  const importer = el.importer;
  let reading = importer.reading;
  Object.defineProperty(importer, 'reading', {
    configurable: true,
    get: () => reading,
    set: (r: typeof reading) => {
      reading = r;
      const p = r?.progress.phase;
      if (p && phases[phases.length - 1] !== p) phases.push(p);
    },
  });
  const timer = setInterval(() => {
    if (el.shadowRoot!.querySelector('[part~="import-progress"] progress')) bars++;
  }, 0);
  return () => {
    clearInterval(timer);
    delete (importer as { reading?: unknown }).reading;
    importer.reading = reading;
    return { phases, bars };
  };
}

/** A workbook of `n` lead rows (big enough that fflate would inflate its sheet in workers of its own). */
async function bigWorkbook(n: number): Promise<File> {
  const header = [
    '线索ID',
    '线索来源',
    '负责人',
    '所属部门',
    '所属线索池',
    '创建时间',
    '入池时间',
    '行业',
    '省份',
    '备注',
  ];
  const rows = Array.from({ length: n }, (_, i) => [
    `L${i}`,
    ['官网', '百度推广', '展会'][i % 3]!,
    i % 4 ? `销售${i % 17}` : null,
    ['华南事业部', '华东事业部'][i % 2]!,
    i % 4 ? '' : '华南线索池',
    `2026/3/${(i % 28) + 1} 9:30`,
    `2026/3/${(i % 28) + 1}`,
    ['制造', '零售', '金融'][i % 3]!,
    ['广东', '上海'][i % 2]!,
    `备注 ${i} ${'客户要求下周再联系'.repeat(2)}`,
  ]);
  const blob = await writeXlsxFile([header, ...rows]).toBlob();
  return new File([blob], 'big.xlsx');
}

describe('import files: the worker, the page, progress and cancel', () => {
  afterEach(() => setImportWorkerFactory(undefined));

  it('reads an .xlsx in the import worker, showing progress, then its rows come back in slices', async () => {
    const el = await monitor();
    const stop = watchPhases(el);
    chooseFile(el, `#${P}file`, await fixtureFile('crm/xiaoshouyi/leads.xlsx'));
    await imported(el.importer, 'the workbook');
    const seen = stop();
    expect(el.importer.readIn).to.deep.equal({ where: 'worker' });
    expect(seen.bars).to.be.greaterThan(0);
    expect(seen.phases).to.include.members(['open', 'parse', 'receive']);
    await until(() => el.result, 5000, 'the analysis');
    expect(counts(el)).to.include({ read: '900', mapped: '892', titles: '1' });
  });

  it('without a worker reads the same workbook on the page, starting no worker at all (synchronous unzip)', async () => {
    const file = await bigWorkbook(6000);
    const Native = window.Worker;
    let started = 0;
    window.Worker = class extends Native {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        started++;
        super(...args);
      }
    };
    try {
      setImportWorkerFactory(null);
      const el = await monitor();
      chooseFile(el, `#${P}file`, file);
      await imported(el.importer, 'the workbook on the page');
      expect(el.importer.readIn).to.deep.equal({ where: 'page', fallback: 'no worker (setImportWorkerFactory(null))' });
      expect(started).to.equal(0);
      await until(() => el.result, 5000, 'the analysis');
      expect(counts(el)).to.include({ read: '6,000', mapped: '6,000' });
      // Every fourth lead is in 华南线索池 (line); the rest have an owner and a blank pool (private).
      expect(el.result!.pools).to.deep.equal({ private: 4500, line: 1500, company: 0, blacklist: 0 });
    } finally {
      window.Worker = Native;
    }
  });

  it('cancels a read: the last good data stays', async () => {
    setImportWorkerFactory(null);
    const el = await monitor();
    chooseFile(el, `#${P}file`, await fixtureFile('crm/fxiaoke/leads.csv'));
    await imported(el.importer);
    await until(() => el.result, 5000, 'the first analysis');
    const pools = el.result!.pools;
    const lines = ['线索ID,来源,业务线,线索池,负责人,创建时间,入池时间'];
    // Large enough that reading it in slices takes many steps, so Cancel comes before the end even on a busy
    // machine (given as text: a textarea holding 10 MB takes the browser long to lay out).
    for (let i = 0; i < 250_000; i++) lines.push(`C${i},百度,华东,个人私海,王,2026/3/1 9:30,2026/3/1`);
    const read = el.loadExport(lines.join('\n'), 'big.csv');
    const cancel = await until(() => el.shadowRoot!.querySelector<HTMLButtonElement>(`#${P}cancel`), 3000, 'Cancel');
    cancel.click();
    expect(await read).to.equal(false);
    await until(() => !el.importer.reading, 5000, 'the read to stop');
    await settle(el);
    expect(partText(el, 'import-refused')).to.contain('big.csv: Reading was cancelled.');
    expect(partText(el, 'import-refused')).to.contain('The last good data stays in use.');
    expect(el.result!.pools).to.deep.equal(pools);
    expect(counts(el)).to.include({ read: '800', mapped: '800' });
  });

  it('takes a GB18030 CSV dropped on the view', async () => {
    const el = await monitor();
    dropFile(el, P, await fixtureFile('lead-flow-gb18030.csv', 'leads-gbk.csv'));
    await imported(el.importer);
    await until(() => el.result, 5000, 'the analysis');
    expect(partText(el, 'import')).to.contain('leads-gbk.csv · CSV (GB18030)');
    expect(el.result!.pools).to.deep.equal({ private: 2, line: 1, company: 1, blacklist: 0 });
  });
});

describe('import files: bad files get a clear message, the last good data stays', () => {
  const cases: [string, () => Promise<File>, string][] = [
    [
      'a binary file',
      async () =>
        new File(
          [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48])],
          'chart.png',
        ),
      'This is not a CSV or .xlsx file',
    ],
    ['an empty file', async () => new File([], 'empty.csv'), 'The file is empty.'],
    [
      'a file with only a header',
      async () => new File(['线索ID,来源,负责人,创建时间\r\n\r\n'], 'header.csv'),
      'The file has a header row (line 1: “线索ID”, “来源”, “负责人”, “创建时间”) but no data rows.',
    ],
    [
      'a legacy .xls workbook',
      async () => new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])], 'old.xls'),
      'This is a legacy .xls workbook: save it as .xlsx or CSV',
    ],
  ];
  for (const [what, make, message] of cases)
    it(what, async () => {
      const el = await monitor();
      chooseFile(el, `#${P}file`, await fixtureFile('crm/fxiaoke/leads.csv'));
      await imported(el.importer);
      await until(() => el.result, 5000, 'the first analysis');
      const pools = el.result!.pools;
      const file = await make();
      chooseFile(el, `#${P}file`, file);
      await until(() => el.importer.refused, 5000, 'the refusal');
      await settle(el);
      const alert = $(el, '[part~="import-refused"]');
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(partText(el, 'import-refused')).to.contain(`${file.name}: ${message}`);
      expect(partText(el, 'import-refused')).to.contain('The last good data stays in use.');
      expect(el.result!.pools).to.deep.equal(pools);
      expect(partText(el, 'import')).to.contain('leads.csv · CSV (GB18030)');
      expect(counts(el)).to.include({ read: '800', mapped: '800' });
    });

  it('a workbook whose first sheet is only a merged title: said so, and another sheet can be chosen', async () => {
    const el = await monitor();
    chooseFile(el, `#${P}file`, await fixtureFile('crm/fxiaoke/leads.csv'));
    await imported(el.importer);
    await until(() => el.result, 5000, 'the first analysis');
    const pools = el.result!.pools;
    const title = [[{ value: '线索列表 导出时间: 2026-04-01', columnSpan: 6 }, null, null, null, null, null]];
    const data = [
      ['线索ID', '线索来源', '负责人', '所属线索池', '创建时间', '入池时间'],
      ['M1', '官网', '王伟', '', '2026/3/20 9:00', '2026/3/20'],
      ['M2', '展会', null, '华南线索池', '2026/3/02 10:00', '2026/3/02'],
    ];
    const blob = await writeXlsxFile([
      { data: title, sheet: '说明' },
      { data, sheet: '线索' },
    ]).toBlob();
    chooseFile(el, `#${P}file`, new File([blob], 'cover.xlsx'));
    await until(() => el.importer.refused, 5000, 'the refusal');
    await settle(el);
    expect(partText(el, 'import-refused')).to.contain(
      'cover.xlsx: Line 1 holds only a title (“线索列表 导出时间: 2026-04-01”, merged cells): no column headers and no data rows. Choose another sheet: “说明”, “线索”.',
    );
    expect(el.result!.pools).to.deep.equal(pools);
    const sheet = $<HTMLSelectElement>(el, `#${P}sheet`);
    sheet.value = '线索';
    sheet.dispatchEvent(new Event('change'));
    await until(() => el.result?.pools.private === 1 && el.result.pools.line === 1, 5000, 'the second sheet');
    expect(partText(el, 'import')).to.contain('cover.xlsx · .xlsx (Sheet 线索)');
  });
});

type CspWindow = Window &
  typeof globalThis & { __csp: { step: string; log: { step: string; directive: string; blocked: string }[] } };

describe('import files: the built bundles under a strict CSP', function () {
  this.timeout(40000);
  for (const [name, url] of [
    ['ES build', '/test/csp/frame-es.html'],
    ['IIFE build (revops-import.js beside it)', '/test/csp/frame-iife.html'],
  ] as const)
    it(`${name}: a workbook is read in the worker, no violation`, async () => {
      const frame = document.createElement('iframe');
      frame.title = name;
      frame.src = url;
      document.body.append(frame);
      try {
        const win = await until(
          () => {
            const w = frame.contentWindow as CspWindow | null;
            return w?.__csp && w.document.readyState === 'complete' && w.customElements.get('revops-provider')
              ? w
              : undefined;
          },
          15000,
          'the elements in the frame',
        );
        win.__csp.step = 'import';
        const el = win.document.createElement('lead-flow-monitor');
        el.setAttribute('lang', 'en');
        el.setAttribute('as-of', '2026-03-31');
        win.document.body.append(el);
        // The one-file script defines it when it appears (its file beside the script).
        await win.customElements.whenDefined('lead-flow-monitor');
        await el.updateComplete;
        el.shadowRoot!.querySelector<HTMLButtonElement>('#tab-data')!.click();
        await el.updateComplete;
        const bytes = await (await fetch('/test/fixtures/crm/xiaoshouyi/leads.xlsx')).arrayBuffer();
        const dt = new win.DataTransfer();
        dt.items.add(new win.File([bytes], 'leads.xlsx'));
        // The IIFE build loads the view itself on first use (revops-elements.import-view.js beside the script).
        const input = await until(
          () => el.shadowRoot!.querySelector<HTMLInputElement>(`#${P}file`),
          15000,
          'the import view',
        );
        input.files = dt.files;
        input.dispatchEvent(new win.Event('change', { bubbles: true }));
        await until(() => el.result, 20000, 'the workbook analysed');
        expect(el.importer.readIn).to.deep.equal({ where: 'worker' });
        expect(el.result!.pools).to.deep.equal({ private: 372, line: 267, company: 125, blacklist: 128 });
        expect(win.__csp.log.filter((v) => v.step === 'import')).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
});
