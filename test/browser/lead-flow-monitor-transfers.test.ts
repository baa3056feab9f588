/** lead-flow-monitor: transfers rep → rep and pool → rep on the Owners tab (issue 14, docs/models.md §7 extras). */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/lead-flow-monitor/index.js';
import type { LeadFlowMonitor } from '../../components/lead-flow-monitor/index.js';
import { $, settle, until } from '../helpers/fixtures.js';
import { deepActive, press, tabTo } from '../helpers/keyboard.js';
import { captureDownload } from '../helpers/harness.js';
import { TRANSFER_LEADS } from '../fixtures/lead-flow-extras.js';
import { chooseFile } from '../helpers/import.js';

const DATA = { asOf: '2026-03-31', leads: TRANSFER_LEADS };
const rows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="transfer-table"] tbody tr')].map((r) =>
    [...r.children].map((c) => c.textContent.replace(/\s+/g, ' ').trim()),
  );
const viewText = (el: Element, sel: string) => $(el, sel).textContent.replace(/\s+/g, ' ').trim();
const kinds = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="transfers"] li')].map((li) =>
    li.textContent.replace(/\s+/g, ' ').trim(),
  );

describe('lead-flow-monitor: transfers (issue 14)', () => {
  it('the worked example on the Owners tab, reached by keyboard; axe clean', async () => {
    const el = await fixture<LeadFlowMonitor>(html`<lead-flow-monitor lang="en" .data=${DATA}></lead-flow-monitor>`);
    await until(() => el.result);
    $<HTMLButtonElement>(el, '#tab-flow').focus();
    await press('ArrowRight');
    await press('ArrowRight');
    await until(() => deepActive() === $(el, '#tab-owners'));
    await until(() => el.shadowRoot!.querySelector('[part~="transfer-table"]'));
    expect(kinds(el)).to.deep.equal([
      'Rep → rep: 1',
      'Pool → rep (claimed): 3',
      'Rep → pool (released): 1',
      'Pool → pool: 1',
    ]);
    expect(rows(el)).to.deep.equal([
      ['Li', '0', '1', '2', '0', '1 (50%)'],
      ['Wang', '1', '0', '1', '1', '0 (0%)'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('zh-CN; without an owner history there is no transfers section', async () => {
    const el = await fixture<LeadFlowMonitor>(html`<lead-flow-monitor lang="zh-CN" .data=${DATA}></lead-flow-monitor>`);
    await until(() => el.result);
    $<HTMLButtonElement>(el, '#tab-owners').click();
    await until(() => el.shadowRoot!.querySelector('[part~="transfer-table"]'));
    expect($(el, '[part~="transfers"] h4').textContent.trim()).to.equal('销售与公海之间的流转');
    expect(kinds(el)[1]).to.equal('公海 → 个人(领取):3');
    const plain = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor
        lang="en"
        .data=${{ ...DATA, leads: DATA.leads.map((l) => ({ ...l, transfers: undefined })) }}
      ></lead-flow-monitor>`,
    );
    await until(() => plain.result);
    $<HTMLButtonElement>(plain, '#tab-owners').click();
    await until(() => !$(plain, '#panel-owners').hidden);
    expect(plain.result!.transfers).to.equal(undefined);
    expect(plain.shadowRoot!.querySelector('[part~="transfers"]')).to.equal(null);
  });
});

describe('lead-flow-monitor: transfers export', () => {
  it('the Owners export carries the transfers by owner and by kind', async () => {
    const el = await fixture<LeadFlowMonitor>(html`<lead-flow-monitor lang="en" .data=${DATA}></lead-flow-monitor>`);
    await until(() => el.result);
    $<HTMLButtonElement>(el, '#tab-owners').click();
    await until(() => el.shadowRoot!.querySelector('[part~="transfer-table"]'));
    const file = await captureDownload(() => $<HTMLButtonElement>(el, '#export-owners-csv').click());
    const lines = file.text.replace(/^\uFEFF/, '').split('\n');
    expect(lines).to.include('Li,0,1,2,0,1,50%');
    expect(lines).to.include('Pool → rep (claimed),3');
  });
});

// The worked example X1–X5 as two CRM files: the leads, and their owner history (a 负责人变更 log).
const LEADS_CSV = [
  '线索编号,来源,负责人,所属线索池,创建时间,入池时间,首次跟进时间,转化时间',
  'X1,web,Li,个人私海,2026/3/1,2026/3/1,2026/3/1,2026/3/20',
  'X2,web,Li,个人私海,2026/3/1,2026/3/1,2026/3/1,',
  'X3,web,Li,个人私海,2026/3/1,2026/3/1,2026/3/1,2026/3/14',
  'X4,web,Li,个人私海,2026/3/1,2026/3/1,2026/3/1,',
  'X5,web,Li,个人私海,2026/3/1,2026/3/1,2026/3/1,',
].join('\n');
const HISTORY_CSV = [
  '线索编号,变更字段,原负责人,新负责人,变更时间',
  'X1,负责人,公海,Li,2026/3/2',
  'X1,负责人,Li,Wang,2026/3/10',
  'X2,负责人,,Wang,2026/3/5',
  'X2,负责人,Wang,华南线索池,2026/3/12',
  'X2,线索状态,未处理,跟进中,2026/3/13',
  'X3,负责人,公海,Li,下周二',
  'X3,负责人,公海,Li,2026/3/15',
  'X4,负责人,公海,Li,2026/4/2',
  'X5,负责人,公海,公海,2026/3/1',
  'X5,负责人,Li,Li,2026/3/3',
  'X9,负责人,公海,Li,2026/3/3',
].join('\n');
const historyFile = (text: string) => new File([text], 'owner-history.csv', { type: 'text/csv' });

describe('lead-flow-monitor: owner-history file (issue 14)', () => {
  it('a second file joined by lead id gives the worked example; its bad row is named and skipped alone; axe clean', async () => {
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" as-of="2026-03-31"></lead-flow-monitor>`,
    );
    $<HTMLButtonElement>(el, '#tab-data').click();
    await until(() => el.shadowRoot!.querySelector('[part~="import-history"] #history-file'));
    await el.importer.openText(LEADS_CSV, 'leads.csv');
    await until(() => el.result?.pools.private === 5);
    expect(el.result!.transfers).to.equal(undefined);
    chooseFile(el, '#history-file', historyFile(HISTORY_CSV));
    await until(() => el.result?.transfers, 15000, 'the joined transfers');
    expect(el.result!.transfers!.byKind).to.deep.equal({
      'rep-to-rep': 1,
      'pool-to-rep': 3,
      'rep-to-pool': 1,
      'pool-to-pool': 1,
    });
    await until(() => el.shadowRoot!.querySelector('[part~="history-joined"]'));
    expect(viewText(el, '[part~="history-joined"]')).to.equal(
      'Owner history joined: 8 transfers for 5 leads. Owner-history rows naming a lead not in the lead file: 1.',
    );
    // The bad date names its line, field and value; the other change of X3 still counts (claimed 2 by Li).
    const problems = viewText(el, '[data-import="history-"] [part~="import-result"]');
    expect(problems).to.contain('1 row: Changed on is not a date — choose the column lines 7 values: “下周二”');
    expect(problems).to.contain('Rows read 11 Imported 9 Skipped 2');
    expect(problems).to.contain('not an owner change (set apart)');
    $<HTMLButtonElement>(el, '#tab-owners').click();
    await until(() => el.shadowRoot!.querySelector('[part~="transfer-table"]'));
    expect(rows(el)).to.deep.equal([
      ['Li', '0', '1', '2', '0', '1 (50%)'],
      ['Wang', '1', '0', '1', '1', '0 (0%)'],
    ]);
    $<HTMLButtonElement>(el, '#tab-data').click();
    await until(() => !$(el, '#panel-data').hidden);
    await expect(el).to.be.accessible();
  });

  it('zh-CN: the second file reached by keyboard, its title and joined line in Chinese', async () => {
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="zh-CN" as-of="2026-03-31"></lead-flow-monitor>`,
    );
    await el.importer.openText(LEADS_CSV, 'leads.csv');
    await until(() => el.result);
    $<HTMLButtonElement>(el, '#tab-data').focus();
    await press('Enter');
    await until(() => !$(el, '#panel-data').hidden);
    expect($(el, '#history-title').textContent.trim()).to.equal('负责人变更记录(可选)');
    // The history file's picker is reached with Tab.
    await tabTo($(el, '#history-file'), 200);
    chooseFile(el, '#history-file', historyFile(HISTORY_CSV));
    await until(() => el.shadowRoot!.querySelector('[part~="history-joined"]'), 15000, 'joined');
    expect(viewText(el, '[part~="history-joined"]')).to.contain('已关联负责人变更记录:5 条线索的 8 次流转。');
  });
});

describe('lead-flow-monitor: transfers in the flow chart (issue 14)', () => {
  const mount = async (width: number, lang = 'en') => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.style.width = `${width}px`; // the test page only
    const el = document.createElement('lead-flow-monitor');
    el.setAttribute('lang', lang);
    el.data = DATA;
    box.append(el);
    await until(() => el.shadowRoot?.querySelector('[part~="transfer-flow-table"]'), 15000, 'the transfer chart');
    await settle(el);
    return el;
  };
  const shown = (el: Element, sel: string) => $(el, sel).getClientRects().length > 0;
  const flowRows = (el: Element) =>
    [...el.shadowRoot!.querySelectorAll('[part~="transfer-flow-table"] tbody tr')].map((r) =>
      [...r.children].map((c) => c.textContent.replace(/\s+/g, ' ').trim()),
    );

  it('wide: rep → rep and pool → rep drawn left to right, counts on the ribbons, the table lists them; axe clean', async () => {
    const el = await mount(1280);
    expect(shown(el, 'svg.flow-wide.transfers')).to.equal(true);
    expect(shown(el, 'svg.flow-column.transfers')).to.equal(false);
    // The worked example X1–X5: one ribbon per kind, its count beside it.
    const ribbons = [...el.shadowRoot!.querySelectorAll('svg.flow-wide.transfers path.flow')].map((p) =>
      [...p.classList].find((c) => c !== 'flow'),
    );
    expect(ribbons).to.deep.equal(['pool-to-pool', 'pool-to-rep', 'rep-to-pool', 'rep-to-rep']);
    const labels = [...el.shadowRoot!.querySelectorAll('svg.flow-wide.transfers text')].map((x) =>
      x.textContent.trim(),
    );
    expect(labels).to.include.members(['1', '3', 'Before: Public pools · 4', 'After: Reps · 4', 'Before: Reps · 2']);
    expect(flowRows(el)).to.deep.equal([
      ['Rep → rep', 'Reps → Reps', '1'],
      ['Pool → rep (claimed)', 'Public pools → Reps', '3'],
      ['Rep → pool (released)', 'Reps → Public pools', '1'],
      ['Pool → pool', 'Public pools → Public pools', '1'],
    ]);
    expect($(el, 'svg.flow-wide.transfers').getAttribute('aria-label')).to.equal(
      'Changes of owner from the leads’ history: Rep → rep: 1; Pool → rep (claimed): 3; Rep → pool (released): 1; Pool → pool: 1.',
    );
    await expect(el).to.be.accessible();
  });

  it('a 400 px column: the transfers run top to bottom and nothing widens the element; zh-CN', async () => {
    const el = await mount(400, 'zh-CN');
    expect(shown(el, 'svg.flow-column.transfers')).to.equal(true);
    expect(shown(el, 'svg.flow-wide.transfers')).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('svg.flow-column.transfers path.flow').length).to.equal(4);
    const fig = $(el, '[part~="flow-chart"]');
    expect(fig.scrollWidth, 'the figure does not scroll').to.be.at.most(fig.clientWidth + 1);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    expect(flowRows(el)[1]).to.deep.equal(['公海 → 个人(领取)', '公海 → 销售个人', '3']);
    expect($(el, '#transfer-flow-title').textContent.trim()).to.equal('已发生的流转(负责人变更记录)');
  });

  it('no owner history: no transfer chart', async () => {
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor
        lang="en"
        .data=${{ ...DATA, leads: DATA.leads.map((l) => ({ ...l, transfers: undefined })) }}
      ></lead-flow-monitor>`,
    );
    await until(() => el.result);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="flow-chart"]')).not.to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="transfer-flow"]')).to.equal(null);
  });
});
