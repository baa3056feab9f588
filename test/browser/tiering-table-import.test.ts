// <lead-score-table> and <customer-value-table> importing a CRM list (kinds `lead-list`, `customer-list`) through
// the shared import view: a Salesforce Data Export and a 销售易 GB18030 export (en and zh-CN), the mapping
// pre-filled from the CRM's names, every row scored (one hand-checked), the rows without an id grouped with their
// lines, a mapping edit saved under the storage-key and restored, the host's records with a field-map, cancel,
// keyboard only, axe, a 400 px column.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/lead-score-table/index.js';
import '../../components/customer-value-table/index.js';
import type { LeadScoreTable, TieringTableDetail } from '../../components/lead-score-table/index.js';
import type { CustomerValueTable } from '../../components/customer-value-table/index.js';
import type { InvalidDetail } from '../../components/shared/revops-element.js';
import { $, partText, settle, until } from '../helpers/fixtures.js';
import { captureDownload } from '../helpers/harness.js';
import { setImportWorkerFactory } from '../../components/shared/import/read-file.js';
import { deepActive, press, tabTo, type } from '../helpers/keyboard.js';
import { chooseFile, counts, fieldSelect, fixtureFile, imported } from '../helpers/import.js';

type Table = LeadScoreTable | CustomerValueTable;
const P = 'import-';

interface Sidecar {
  dataRows: number;
  rows: { line: number; id?: string; skip?: Record<string, string> }[];
}
const sidecar = async (path: string) => (await (await fetch(`/test/fixtures/${path}.expected.json`)).json()) as Sidecar;
const skippedLines = (s: Sidecar) => s.rows.filter((r) => r.skip).map((r) => r.line);

const shownCount = (el: Element) => partText(el, 'count');
const detected = (el: Element) => $<HTMLSelectElement>(el, `#${P}preset`).selectedOptions[0]!.textContent.trim();
const selected = (el: Element, field: string) => fieldSelect(el, P, field).selectedOptions[0]!.textContent.trim();

/** The exported CSV's row of a record: its cells by header name. */
async function exportedRow(el: Table, id: string): Promise<Record<string, string>> {
  const file = await captureDownload(() => $<HTMLButtonElement>(el, '#export').click());
  const [head, ...lines] = file.text.trim().split(/\r?\n/);
  const line = lines.find((l) => l.startsWith(`${id},`));
  if (!line) throw new Error(`${id} is not in the export`);
  const cells = line.split(',');
  return Object.fromEntries(head!.split(',').map((h, i) => [h, cells[i]!]));
}

async function mount<T extends Table>(tag: 'lead-score-table' | 'customer-value-table', lang: string, key?: string) {
  const el = document.createElement(tag) as unknown as T;
  el.setAttribute('lang', lang);
  if (key) el.setAttribute('storage-key', key);
  await fixture(html`<div></div>`).then((d) => d.append(el));
  await settle(el);
  return el;
}

describe('lead-score-table: a CRM lead list', () => {
  it('Salesforce Data Export (en): columns pre-filled, every row scored, the rows without an id grouped by line', async () => {
    const el = await mount<LeadScoreTable>('lead-score-table', 'en');
    const s = await sidecar('crm/salesforce-api/lead-list.csv');
    const bad = skippedLines(s);
    const mapped = s.dataRows - bad.length;
    const file = await fixtureFile('crm/salesforce-api/lead-list.csv');
    setTimeout(() => chooseFile(el, `#${P}file`, file));
    const ev = await oneEvent(el, 'revops-change');
    const d = ev.detail as TieringTableDetail;
    await imported(el.imports.main);
    expect(d.rows).to.equal(mapped);
    expect(d.counts.tiers.reduce((a, t) => a + t.count, 0)).to.equal(mapped);
    await settle(el);
    expect(counts(el)).to.include({ read: String(s.dataRows), mapped: String(mapped), skipped: String(bad.length) });
    expect(shownCount(el)).to.contain(`Showing ${mapped} of ${mapped} records`);
    // The mapping step starts from Salesforce's API names.
    expect(detected(el)).to.equal('Detected: Salesforce (API names)');
    expect(selected(el, 'id')).to.equal('Id');
    expect(selected(el, 'name')).to.equal('Company');
    expect(selected(el, 'fields.region')).to.equal('State');
    expect(selected(el, 'fields.productLine')).to.equal('Product_Line__c');
    expect(selected(el, 'values.interest')).to.equal('Interest__c');
    // The rows without an id: one group, with their lines.
    const group = $(el, `[data-import="${P}"] [part~="import-errors"] li[data-code="missing-value"]`);
    expect(group.textContent.replace(/\s+/g, ' ')).to.contain(`${bad.length} rows: ID is blank`);
    expect(group.textContent.replace(/\s+/g, ' ')).to.contain(`lines ${bad.join(', ')}`);
    // Hand-checked: other 40·0.1 + register-only 40·0.1 + 2.3e7 → 40·0.15 + budget-owner 90·0.2 + none 0
    // + custom-heavy 30·0.15 + (20 + 20 + 30)·0.15 = 4 + 4 + 6 + 18 + 0 + 4.5 + 10.5 = 47 → C.
    const row = await exportedRow(el, '00Q5g00000EqARexsd');
    expect(row).to.include({ name: 'Vandelay Inc.', score: '47', tier: 'C' });
    await expect(el).to.be.accessible();
  });

  it('销售易 GB18030 export (zh-CN): read, pre-filled with 销售易 names, scored; routed by an imported field', async () => {
    const el = await mount<LeadScoreTable>('lead-score-table', 'zh-CN');
    el.rules = [
      { when: { fields: { region: ['广东'] } }, route: 'south-team' },
      { when: {}, route: 'nurture' },
    ];
    const s = await sidecar('crm/xiaoshouyi/lead-list.csv');
    const mapped = s.dataRows - skippedLines(s).length;
    chooseFile(el, `#${P}file`, await fixtureFile('crm/xiaoshouyi/lead-list.csv'));
    await imported(el.imports.main);
    await until(() => shownCount(el).includes(String(mapped)), 8000, 'the list scored');
    expect(detected(el)).to.contain('销售易');
    expect(selected(el, 'name')).to.equal('公司名称');
    expect(selected(el, 'fields.businessLine')).to.equal('所属部门');
    expect(selected(el, 'values.contactRole')).to.equal('对接人角色');
    expect(partText(el, 'counts')).to.contain('·');
    // The route filter lists the host's team names; filtering by one shows exactly the 广东 leads.
    const rows = el.imports.main.result!.rows;
    const south = rows.filter((r) => (r.fields as Record<string, string> | undefined)?.region === '广东').length;
    const routes = $<HTMLSelectElement>(el, '#route-filter');
    expect([...routes.options].map((o) => o.value)).to.include.members(['south-team', 'nurture']);
    routes.value = 'south-team';
    routes.dispatchEvent(new Event('change'));
    await settle(el);
    expect(shownCount(el)).to.contain(`${south}`);
    await expect(el).to.be.accessible();
  });

  it('keyboard only: paste rows, read them, change a column; the change is saved under the storage-key', async () => {
    const key = `tables-import-${Math.random()}`;
    const el = await mount<LeadScoreTable>('lead-score-table', 'en', key);
    $<HTMLDetailsElement>(el, '[part~="import"]').open = true;
    await settle(el);
    const text = ['Lead ID,Company,Zone,Lead Source', 'A1,Acme,east,Web', 'A2,Beta,west,Advertisement'].join('\n');
    const ta = $<HTMLTextAreaElement>(el, `#${P}text`);
    await tabTo(ta);
    await type(text);
    expect(ta.value).to.equal(text);
    await press('Tab');
    expect(deepActive()).to.equal($(el, `#${P}read`));
    await press('Enter');
    await imported(el.imports.main);
    await until(() => shownCount(el).includes('Showing 2 of 2'), 5000, 'two rows');
    // Zone is no preset's name for a region: choose it with the keyboard.
    const region = fieldSelect(el, P, 'fields.region');
    expect(region.value).to.equal('');
    await tabTo(region);
    await press('z'); // the column "Zone"
    await until(() => el.imports.main.result?.rows[0]?.fields, 3000, 'the region mapped');
    expect(el.imports.main.result!.rows.map((r) => (r.fields as Record<string, string>).region)).to.deep.equal([
      'east',
      'west',
    ]);
    await until(() => !el.imports.main.saving, 3000, 'saved');

    // A new table under the same key starts from the saved mapping (and the saved rows).
    el.remove();
    const again = await mount<LeadScoreTable>('lead-score-table', 'en', key);
    await until(() => again.imports.main.result?.rows.length === 2, 5000, 'the saved list');
    expect(again.imports.main.result!.mapping.fields['fields.region']).to.equal('Zone');
    await until(() => shownCount(again).includes('Showing 2 of 2'), 5000, 'scored again');
  });

  it("field-map: the host's own records read through the import; a field-map naming a missing column is reported", async () => {
    const el = await mount<LeadScoreTable>('lead-score-table', 'en');
    setTimeout(() => {
      el.fieldMap = { id: 'Id', name: 'Account.Name', 'fields.region': 'Region__c', source: 'LeadSource' };
      el.data = [
        { Id: '00Q1', Account: { Name: 'Acme' }, Region__c: 'east', LeadSource: 'Web' },
        { Id: '00Q2', Account: { Name: 'Beta' }, Region__c: 'west', LeadSource: 'Purchased List' },
      ];
    });
    const ev = await oneEvent(el, 'revops-change');
    expect((ev.detail as TieringTableDetail).rows).to.equal(2);
    await settle(el);
    expect($(el, `[data-import="${P}"] .using`).textContent).to.contain('Records from the page');
    expect(el.imports.main.result!.rows[1]).to.deep.equal({
      id: '00Q2',
      name: 'Beta',
      values: { channel: 'purchased-list' },
      fields: { source: 'Purchased List', region: 'west' },
    });
    // A column the records lack: reported in the alert and in revops-invalid; the scored list stays.
    setTimeout(() => (el.fieldMap = { id: 'Id', name: 'Missing__c' }));
    const bad = await oneEvent(el, 'revops-invalid');
    expect((bad.detail as InvalidDetail).issues.map((i) => i.path)).to.deep.equal(['import.name']);
    await settle(el);
    expect(partText(el, 'error')).to.contain('Missing__c');
    expect(shownCount(el)).to.contain('Showing 2 of 2');
  });

  it('cancel: a read stopped midway keeps the list in use', async () => {
    setImportWorkerFactory(null);
    try {
      const el = await mount<LeadScoreTable>('lead-score-table', 'en');
      chooseFile(el, `#${P}file`, await fixtureFile('crm/hubspot/lead-list.csv'));
      await imported(el.imports.main);
      const s = await sidecar('crm/hubspot/lead-list.csv');
      const mapped = String(s.dataRows - skippedLines(s).length);
      await until(() => shownCount(el).includes(`Showing ${mapped} of ${mapped}`), 8000, 'scored');
      // Large enough that reading it in slices takes many steps, so Cancel comes before the end on a busy machine.
      const lines = ['Record ID,Company Name,Original Source'];
      for (let i = 0; i < 250_000; i++) lines.push(`${i},Co ${i},Paid Search`);
      const read = el.imports.main.openText(lines.join('\n'), 'big.csv');
      const cancel = await until(() => el.shadowRoot!.querySelector<HTMLButtonElement>(`#${P}cancel`), 3000, 'Cancel');
      cancel.click();
      expect(await read).to.equal(false);
      await until(() => !el.imports.main.reading, 5000, 'the read to stop');
      await settle(el);
      expect(partText(el, 'import-refused')).to.contain('big.csv: Reading was cancelled.');
      expect(partText(el, 'import-refused')).to.contain('The last good data stays in use.');
      expect(shownCount(el)).to.contain(`Showing ${mapped} of ${mapped}`);
    } finally {
      setImportWorkerFactory(undefined);
    }
  });
});

describe('customer-value-table: a CRM customer list', () => {
  it('销售易 customers (zh-CN): factors from 使用月龄 / 累计付费 / 用户数 / 使用率, the bad row by line', async () => {
    const el = await mount<CustomerValueTable>('customer-value-table', 'zh-CN');
    const s = await sidecar('crm/xiaoshouyi/customer-list.csv');
    const bad = skippedLines(s);
    chooseFile(el, `#${P}file`, await fixtureFile('crm/xiaoshouyi/customer-list.csv'));
    await imported(el.imports.main);
    await until(() => shownCount(el).includes(String(s.dataRows - bad.length)), 8000, 'scored');
    expect(selected(el, 'values.tenureMonths')).to.equal('使用月龄');
    expect(selected(el, 'values.cumulativePayment')).to.equal('累计付费');
    expect(selected(el, 'values.usageRate')).to.equal('使用率');
    expect(selected(el, 'fields.segment')).to.equal('客户级别');
    const group = $(el, `[data-import="${P}"] [part~="import-errors"] li[data-code="missing-value"]`);
    expect(group.textContent.replace(/\s+/g, '')).to.contain(bad.join(','));
    await expect(el).to.be.accessible();
  });

  it('Salesforce report (en): the footer is not rows; 400 px column: nothing wider than the column', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.style.width = '400px'; // the test page only: the elements never write style attributes
    const el = document.createElement('customer-value-table');
    el.setAttribute('lang', 'en');
    box.append(el);
    await settle(el);
    chooseFile(el, `#${P}file`, await fixtureFile('crm/salesforce-report/customer-list.csv'));
    await imported(el.imports.main);
    const s = await sidecar('crm/salesforce-report/customer-list.csv');
    const mapped = s.dataRows - skippedLines(s).length;
    await until(() => shownCount(el).includes(String(mapped)), 8000, 'scored');
    expect(counts(el)).to.include({ read: String(s.dataRows), footers: '5', blank: '2' });
    expect(selected(el, 'values.cumulativePayment')).to.equal('Total Paid');
    // Every control of the import view (its textarea and selects at 100 %) inside the column.
    const right = el.getBoundingClientRect().right;
    // (A preview table scrolls inside its own box.)
    const wide = [...el.shadowRoot!.querySelectorAll('*')].filter(
      (e) => !e.parentElement?.closest('.scroll') && e.getBoundingClientRect().right > right + 0.5,
    );
    expect(wide.map((e) => e.localName)).to.deep.equal([]);
    expect(el.getBoundingClientRect().width).to.be.at.most(400.5);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    const base = $<HTMLElement>(el, '[part~="base"]');
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    await expect(el).to.be.accessible();
  });
});
