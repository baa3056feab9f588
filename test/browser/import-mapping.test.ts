// The shared import view's mapping step, in lead-flow-monitor (kind `leads`), with the CRM fixtures of
// test/fixtures/crm (their sidecars give the expected counts): pre-filled by the detected preset and
// editable by keyboard, a constant for a field the file lacks, value mapping of pools, grouped errors with
// line numbers and a "Map it" jump, the mapping saved under the storage-key, exported and read back, and a
// `field-map` from the host for raw CRM records.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/lead-flow-monitor/index.js';
import type { LeadFlowMonitor } from '../../components/lead-flow-monitor/index.js';
import { $, partText, settle, until, saved } from '../helpers/fixtures.js';
import { uid } from '../helpers/harness.js';
import { deepActive, press, tabTo, type } from '../helpers/keyboard.js';
import {
  captureDownload,
  chooseFile,
  counts,
  fieldSelect,
  fixtureFile,
  imported,
  valueSelect,
  viewPart,
} from '../helpers/import.js';

const P = 'import-';

async function monitor(attrs: { key?: string; lang?: string } = {}): Promise<LeadFlowMonitor> {
  const el = await fixture<LeadFlowMonitor>(
    html`<lead-flow-monitor
      lang=${attrs.lang ?? 'en'}
      as-of="2026-03-31"
      storage-key=${attrs.key ?? ''}
    ></lead-flow-monitor>`,
  );
  if (attrs.key) await until(() => !el.importer.pending(), 3000, 'storage read');
  await settle(el);
  $<HTMLButtonElement>(el, '#tab-data').click();
  await settle(el);
  return el;
}

/** 销售易's lead workbook: 900 data rows under a merged title, 8 in the pool 待分配池 no rule knows. */
async function loadXiaoshouyi(el: LeadFlowMonitor): Promise<void> {
  chooseFile(el, `#${P}file`, await fixtureFile('crm/xiaoshouyi/leads.xlsx'));
  await imported(el.importer, 'the workbook');
  await until(() => el.result, 5000, 'the analysis');
  await settle(el);
}

describe('import view: the mapping step', () => {
  it('is pre-filled by the detected preset: the file’s headers beside the model’s fields, required marked', async () => {
    const el = await monitor();
    await loadXiaoshouyi(el);
    expect(partText(el, 'import')).to.contain('leads.xlsx · .xlsx (Sheet 线索)');
    expect($<HTMLSelectElement>(el, `#${P}preset`).selectedOptions[0]!.textContent.trim()).to.equal(
      'Detected: 销售易 (Neocrm)',
    );
    const chosen = (f: string) => fieldSelect(el, P, f).selectedOptions[0]!.textContent.trim();
    expect([chosen('id'), chosen('source'), chosen('businessLine'), chosen('pool'), chosen('createdAt')]).to.deep.equal(
      ['线索ID', '线索来源', '所属部门', '所属线索池', '创建时间'],
    );
    expect(chosen('poolEnteredAt')).to.equal('转入线索池时间');
    expect(chosen('industry')).to.equal('行业');
    // Every header of the file is offered for every field.
    const options = [...fieldSelect(el, P, 'owner').options].map((o) => o.textContent.trim());
    expect(options).to.include.members(['线索ID', '姓名', '公司名称', '手机', '负责人', '备注']);
    expect(options[0]).to.equal('— not imported —');
    expect(options[options.length - 1]).to.equal('One value for every row…');
    // Required fields are marked.
    const required = [...el.shadowRoot!.querySelectorAll('[part~="import-fields"] tr.required')].map(
      (tr) => (tr as HTMLElement).dataset.field,
    );
    expect(required).to.deep.equal(['id', 'source', 'businessLine', 'pool', 'createdAt', 'poolEnteredAt']);
    // The sidecar: 900 data rows, one title row (the merged title), 8 rows in 待分配池.
    expect(counts(el)).to.deep.equal({ read: '900', mapped: '892', skipped: '8', titles: '1' });
  });

  it('groups the rows it skips with their lines; "Map it" focuses the value, mapped by keyboard', async () => {
    const el = await monitor();
    await loadXiaoshouyi(el);
    const group = $(el, '[part~="import-errors"] li[data-code="pool-unknown"]');
    expect(group.textContent.replace(/\s+/g, ' ')).to.contain(
      '8 rows: pool not recognised — map it lines 36, 156, 276, 396, 516, … values: “待分配池”',
    );
    const line = el.result!.pools.line;
    group.querySelector<HTMLButtonElement>('.map-it')!.click();
    await settle(el);
    const pool = valueSelect(el, P, 'pool', '待分配池');
    expect(deepActive()).to.equal(pool);
    expect(pool.value).to.equal('');
    expect(pool.getAttribute('aria-invalid')).to.equal('true');
    // The built-in names read the other pools; the row counts are the file's.
    expect(valueSelect(el, P, 'pool', '华东线索池').value).to.equal('line');
    await press('b'); // "Business-line public pool"
    await until(() => counts(el).mapped === '900', 3000, 'the remapped rows');
    await settle(el);
    expect(pool.value).to.equal('line');
    expect(el.result!.pools.line).to.equal(line + 8);
    expect(el.shadowRoot!.querySelector('[part~="import-errors"]')).to.equal(null);
  });

  it('re-maps a field by keyboard and gives a constant to a field the file lacks', async () => {
    const el = await monitor();
    chooseFile(el, `#${P}file`, await fixtureFile('crm/salesforce-report/leads.csv'));
    await imported(el.importer);
    await until(() => el.result, 5000, 'the analysis');
    await settle(el);
    // A Salesforce report has no business line: every lead is in "all" (noted), the pool comes from the owner.
    expect(viewPart(el, P, 'import-notes')).to.contain('No column for Business line: the default is used');
    expect(new Set(el.result!.bySourceLine.map((r) => r.businessLine))).to.deep.equal(new Set(['all']));
    expect(counts(el)).to.include({ read: '800', mapped: '800', blank: '2', footers: '5' });
    // The fallback for the pool-entry time is said on screen.
    expect(viewPart(el, P, 'import-notes')).to.contain('Entered the pool taken from Created for 800 rows');

    const line = fieldSelect(el, P, 'businessLine');
    await tabTo(line);
    await press('o'); // "One value for every row…"
    await settle(el);
    const constant = $<HTMLInputElement>(el, `#${P}c-businessLine`);
    expect(constant.getAttribute('aria-label')).to.equal('Business line: value for every row');
    await press('Tab');
    expect(deepActive()).to.equal(constant);
    await type('Enterprise');
    await press('Tab');
    await until(() => el.result!.bySourceLine.every((r) => r.businessLine === 'Enterprise'), 3000, 'the constant');

    // Re-map the owner to another column by keyboard: the pools follow (no owner: the line pool).
    const owner = fieldSelect(el, P, 'owner');
    expect(owner.selectedOptions[0]!.textContent.trim()).to.equal('Lead Owner');
    await tabTo(owner);
    await press('Home'); // "— not imported —"
    await until(() => el.result!.pools.private === 0, 3000, 'leads without owner');
    expect(el.result!.pools.line).to.equal(800);
  });
});

describe('import view: mappings kept, exported, read back, and given by the host', () => {
  it('keeps the mapping and the file under the storage-key', async () => {
    const key = `imp-${uid()}`;
    const el = await monitor({ key });
    await loadXiaoshouyi(el);
    valueSelect(el, P, 'pool', '待分配池').value = 'company';
    valueSelect(el, P, 'pool', '待分配池').dispatchEvent(new Event('change'));
    await until(() => counts(el).mapped === '900', 3000, 'the remapped rows');
    const pools = el.result!.pools;
    await saved(el);
    el.remove();
    const again = await monitor({ key });
    await until(() => again.result?.pools.company === pools.company, 10000, 'the restored file and mapping');
    await settle(again);
    expect(again.result!.pools).to.deep.equal(pools);
    expect(valueSelect(again, P, 'pool', '待分配池').value).to.equal('company');
    expect(partText(again, 'import')).to.contain('Your mapping is kept for the next file of this kind.');
  });

  it('exports the mapping as JSON and reads it back in another element', async () => {
    const el = await monitor();
    await loadXiaoshouyi(el);
    valueSelect(el, P, 'pool', '待分配池').value = 'line';
    valueSelect(el, P, 'pool', '待分配池').dispatchEvent(new Event('change'));
    await until(() => counts(el).mapped === '900', 3000, 'the remapped rows');
    await settle(el);
    const file = await captureDownload(() => $<HTMLButtonElement>(el, `#${P}export-mapping`).click());
    expect(file.name).to.equal('lead-flow-mapping.json');
    const json = JSON.parse(file.text) as {
      kind: string;
      preset: string;
      fields: Record<string, string>;
      values: Record<string, unknown>;
    };
    expect(json.kind).to.equal('leads');
    expect(json.preset).to.equal('xiaoshouyi');
    expect(json.fields.pool).to.equal('所属线索池');
    expect(json.values.pool).to.deep.equal({ 待分配池: 'line' });

    const other = await monitor();
    await loadXiaoshouyi(other);
    expect(counts(other).mapped).to.equal('892');
    const box = $<HTMLTextAreaElement>(other, `#${P}mapping-json`);
    box.value = file.text;
    box.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(other, `#${P}import-mapping`).click();
    await until(() => counts(other).mapped === '900', 3000, 'the mapping read back');
    expect(other.result!.pools).to.deep.equal(el.result!.pools);
    // A wrong mapping is named, and what is right in it is used.
    box.value = '{ "fields": { "pool": 3 }, "dateOrder": "mdy" }';
    box.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(other, `#${P}import-mapping`).click();
    await settle(other);
    expect(viewPart(other, P, 'import-mapping-file')).to.contain(
      'fields.pool: expected a column header, { "constant": value } or null',
    );
    expect($<HTMLSelectElement>(other, `#${P}date-order`).value).to.equal('mdy');
  });

  it('takes raw CRM records with a field-map from the host (a list of objects, or { header, rows })', async () => {
    const records = [
      {
        attributes: { type: 'Lead' },
        Id: '00Q1',
        LeadSource: 'Web',
        Owner: { Name: 'Jane' },
        Queue__c: '',
        CreatedDate: '2026-03-01T08:00:00.000Z',
        Division__c: 'South',
      },
      {
        attributes: { type: 'Lead' },
        Id: '00Q2',
        LeadSource: 'Phone Inquiry',
        Owner: { Name: 'Sales Queue' },
        Queue__c: 'Sales Queue',
        CreatedDate: '2026-03-02T08:00:00.000Z',
        Division__c: 'South',
      },
      {
        attributes: { type: 'Lead' },
        Id: '00Q3',
        LeadSource: 'Web',
        Owner: null,
        Queue__c: '华南业务线公海',
        CreatedDate: '2026-03-03T08:00:00.000Z',
        Division__c: 'North',
      },
      {
        attributes: { type: 'Lead' },
        Id: '00Q4',
        LeadSource: '',
        Owner: null,
        Queue__c: '大公海',
        CreatedDate: '2026-03-04T08:00:00.000Z',
        Division__c: 'North',
      },
    ];
    const map = {
      fields: {
        id: 'Id',
        source: 'LeadSource',
        owner: 'Owner.Name',
        pool: 'Queue__c',
        createdAt: 'CreatedDate',
        businessLine: 'Division__c',
      },
      values: { pool: { 'Sales Queue': 'line' } },
    };
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor
        lang="en"
        as-of="2026-03-31"
        field-map=${JSON.stringify(map)}
        .data=${records}
      ></lead-flow-monitor>`,
    );
    await until(() => el.result, 5000, 'the records analysed');
    // Jane's lead has no pool: private (an owner); "Sales Queue" by the host's value table, 华南业务线公海 by the
    // built-in names: line; 大公海: company.
    expect(el.result!.pools).to.deep.equal({ private: 1, line: 2, company: 1, blacklist: 0 });
    expect(new Set(el.result!.bySourceLine.map((r) => r.businessLine))).to.deep.equal(new Set(['South', 'North']));
    $<HTMLButtonElement>(el, '#tab-data').click();
    await settle(el);
    expect(partText(el, 'import')).to.contain('Records from the page · JSON');
    expect(fieldSelect(el, P, 'owner').value).to.equal('col:Owner.Name');

    // The same as a table with the mapping given as a property.
    const header = ['Id', 'LeadSource', 'Owner', 'Queue__c', 'CreatedDate', 'Division__c'];
    const rows = records.map((r) => [
      r.Id,
      r.LeadSource,
      r.Owner?.Name ?? '',
      r.Queue__c,
      r.CreatedDate,
      r.Division__c,
    ]);
    const t = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor
        lang="en"
        as-of="2026-03-31"
        .fieldMap=${{ ...map, fields: { ...map.fields, owner: 'Owner' } }}
        .data=${{ header, rows }}
      ></lead-flow-monitor>`,
    );
    await until(() => t.result, 5000, 'the table analysed');
    expect(t.result!.pools).to.deep.equal({ private: 1, line: 2, company: 1, blacklist: 0 });

    // A field-map naming a column the records lack is named; nothing else is lost.
    el.setAttribute('field-map', JSON.stringify({ fields: { ...map.fields, pool: 'Pool__c' } }));
    await until(() => partText(el, 'error').includes('Pool__c'), 3000, 'the unknown column named');
    expect(el.result!.pools.private).to.equal(1);
  });
});

describe('import view: accessibility and a narrow column', () => {
  // One audit per test: four audits of a full import view in one test outrun the test timeout on a busy machine.
  for (const [lang, theme] of [
    ['en', 'light'],
    ['zh-CN', 'dark'],
  ] as const) {
    it(`has no axe violations with the mapping, values and result shown (${lang}, ${theme})`, async () => {
      const el = await monitor({ lang });
      el.setAttribute('theme', theme);
      await loadXiaoshouyi(el);
      await expect(el).to.be.accessible();
    });
  }

  it('never widens a 400 px side column: the mapping stacks, tables scroll in their own box', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 400px"><lead-flow-monitor lang="en" as-of="2026-03-31"></lead-flow-monitor></div>`,
    );
    const el = wrap.querySelector('lead-flow-monitor')!;
    await settle(el);
    $<HTMLButtonElement>(el, '#tab-data').click();
    await settle(el);
    await loadXiaoshouyi(el);
    const part = $(el, '[part~="import"]');
    expect(el.getBoundingClientRect().width).to.be.at.most(400);
    expect(part.scrollWidth).to.be.at.most(part.clientWidth + 1);
    const row = $(el, '[part~="import-fields"] tr[data-field="pool"]');
    expect(getComputedStyle(row).display).to.equal('block');
    const preview = $(el, '[part~="import-preview"]');
    expect(preview.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 1);
  });
});
