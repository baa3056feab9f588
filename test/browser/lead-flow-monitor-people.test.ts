// lead-flow-monitor for a manager (issue 12): exports for people from every tab (CSV and Excel, read back), the
// host's labels instead of codes (a bad entry reported, the rest kept), one date style, and the compact layout of a
// 400 px CRM side column.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/lead-flow-monitor/index.js';
import type { LeadFlowMonitor } from '../../components/lead-flow-monitor/index.js';
import type { InvalidDetail } from '../../components/shared/revops-element.js';
import { settle, partText, $, until } from '../helpers/fixtures.js';
import { captureDownload, captureWorkbook } from '../helpers/harness.js';
import { deepActive, press, tabTo } from '../helpers/keyboard.js';

const DATA = (await (await fetch('/test/fixtures/lead-flow.json')).json()) as { leads: unknown[] };
const LABELS = {
  source: { sem: { en: 'Search ads', 'zh-CN': '搜索广告' }, seo: 'SEO' },
  businessLine: { A: { en: 'Enterprise', 'zh-CN': '大客户' }, B: 'SMB' },
};
const show = async (el: LeadFlowMonitor, name: string) => {
  $<HTMLButtonElement>(el, `#tab-${name}`).click();
  await settle(el);
};
const csvLines = (text: string) => text.replace(/^\uFEFF/, '').split('\n');

describe('lead-flow-monitor: words instead of codes', () => {
  it('sources and business lines show the host labels; data attributes keep the codes', async () => {
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" .data=${DATA} .codeLabels=${LABELS}></lead-flow-monitor>`,
    );
    await settle(el);
    const due = $(el, '[part~="due-table"] tbody tr');
    expect([...due.children].slice(2, 4).map((c) => c.textContent.trim())).to.deep.equal(['Search ads', 'Enterprise']);
    await show(el, 'sources');
    const sem = $(el, '[part~="source-table"] tr.source-row[data-source="sem"] th');
    expect(sem.textContent.trim()).to.equal('Search ads');
    expect($(el, '[part~="source-table"] tr.line-row[data-source="sem"][data-line="B"] th').textContent).to.contain(
      'SMB',
    );
    // The attribute form (JSON), in Chinese.
    const zh = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="zh-CN" code-labels=${JSON.stringify(LABELS)} .data=${DATA}></lead-flow-monitor>`,
    );
    await settle(zh);
    await show(zh, 'sources');
    expect($(zh, 'tr.source-row[data-source="sem"] th').textContent.trim()).to.equal('搜索广告');
    expect(partText(zh, 'as-of')).to.contain('2026年3月31日');
    await expect(zh).to.be.accessible();
  });

  it('a bad label is named in the alert and in revops-invalid; the other labels and the analysis stay', async () => {
    const el = await fixture<LeadFlowMonitor>(html`<lead-flow-monitor lang="en" .data=${DATA}></lead-flow-monitor>`);
    await settle(el);
    const invalid = oneEvent(el, 'revops-invalid');
    el.codeLabels = { source: { sem: 'Search ads', seo: 7 }, sources: {} };
    const { detail } = (await invalid) as CustomEvent<InvalidDetail>;
    expect(detail.source).to.equal('labels');
    expect(detail.issues.map((i) => i.path)).to.have.members(['labels', 'labels.source.seo']);
    await settle(el);
    expect(partText(el, 'error')).to.contain('labels.source.seo');
    expect(el.result!.transitions.length).to.equal(4);
    await show(el, 'sources');
    expect($(el, 'tr.source-row[data-source="sem"] th').textContent.trim()).to.equal('Search ads');
    expect($(el, 'tr.source-row[data-source="seo"] th').textContent.trim()).to.equal('seo');
  });
});

describe('lead-flow-monitor: exports for people', () => {
  it('sources: two tables (sources, then source × line) in words, rounded as shown; Excel reads back the same', async () => {
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" .data=${DATA} .codeLabels=${LABELS}></lead-flow-monitor>`,
    );
    await settle(el);
    await show(el, 'sources');
    const csv = await captureDownload(() => $<HTMLButtonElement>(el, '#export-sources-csv').click());
    expect(csv.name).to.equal('lead-sources-2026-03-31.csv');
    const [sources, pairs] = csv.text.replace(/^\uFEFF/, '').split('\n\n');
    const s = csvLines(sources!);
    expect(s[0]).to.equal('Sources and ROI');
    expect(s[1]).to.equal(
      'Source,Supplied,Followed up within 1 day,Conversion,Revenue (CNY),Cost (CNY),Cost per lead (CNY),ROI',
    );
    // sem: 6 supplied, 3 followed up, 1 of 6 converted (16.7 %), 5,000 on 1,000 → 166.67 a lead, ROI 400 %.
    expect(s).to.include('Search ads,6,50%,16.7%,5000,1000,166.67,400%');
    const p = csvLines(pairs!);
    expect(p[0]).to.equal('Sources by business line');
    expect(p).to.include('SEO,Enterprise,3,33.3%,33.3%,3000,,,,No');
    const book = await captureWorkbook(() => $<HTMLButtonElement>(el, '#export-sources-xlsx').click());
    expect(book.name).to.equal('lead-sources-2026-03-31.xlsx');
    expect(book.rows[0]).to.deep.equal(s[1]!.split(','));
    const semRow = book.rows.find((r) => r[0] === 'Search ads')!;
    expect(semRow.slice(0, 4)).to.deep.equal(['Search ads', 6, 0.5, 0.167]);
  });

  it('due list, owners and reactivation each export their table; keyboard: one stop for the buttons', async () => {
    const el = await fixture<LeadFlowMonitor>(html`<lead-flow-monitor lang="zh-CN" .data=${DATA}></lead-flow-monitor>`);
    await settle(el);
    const due = await captureDownload(() => $<HTMLButtonElement>(el, '#export-due-csv').click());
    expect(csvLines(due.text)[0]).to.equal('线索,负责人,来源,业务线,从,到,原因,入池日期,分配日期');
    expect(csvLines(due.text)[1]).to.match(/^p1,Wang,sem,A,个人私海,/);
    // The export buttons are one tab stop; the arrows reach Excel and JSON.
    await tabTo($(el, '#export-due-csv'));
    await press('ArrowRight');
    expect(deepActive()).to.equal($(el, '#export-due-xlsx'));
    await press('ArrowRight');
    expect(deepActive()).to.equal($(el, '#export-due-json'));
    await show(el, 'owners');
    const owners = await captureDownload(() => $<HTMLButtonElement>(el, '#export-owners-csv').click());
    expect(owners.name).to.equal('lead-owners-2026-03-31.csv');
    expect(csvLines(owners.text)[1]).to.match(/^无团队,1,Li,2,1,50%,50%,5000,1,0,否$/);
    await show(el, 'reactivation');
    const react = await captureDownload(() => $<HTMLButtonElement>(el, '#export-reactivation-csv').click());
    expect(csvLines(react.text)[1]).to.match(/^c1,大公海,/);
    expect(react.text).not.to.match(/engaged|company,/);
    await expect(el).to.be.accessible();
  });
});

describe('lead-flow-monitor: compact mode', () => {
  const mount = async (width: number) => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.style.width = `${width}px`; // the test page only
    const el = document.createElement('lead-flow-monitor');
    el.setAttribute('lang', 'en');
    el.data = DATA;
    box.append(el);
    await until(() => el.result, 5000, 'a result');
    await settle(el);
    return el;
  };
  const shown = (el: Element, sel: string) => $(el, sel).getClientRects().length > 0;

  it('at 400 px the flow chart runs top to bottom and fits; at 1280 px it runs left to right', async () => {
    const narrow = await mount(400);
    expect(shown(narrow, 'svg.flow-column')).to.equal(true);
    expect(shown(narrow, 'svg.flow-wide')).to.equal(false);
    const fig = $(narrow, '[part~="flow-chart"]');
    expect(fig.scrollWidth, 'the figure does not scroll').to.be.at.most(fig.clientWidth + 1);
    const wide = await mount(1280);
    expect(shown(wide, 'svg.flow-wide')).to.equal(true);
    expect(shown(wide, 'svg.flow-column')).to.equal(false);
  });

  it('at 400 px no tab widens the element; tables scroll inside their own box', async () => {
    const el = await mount(400);
    for (const name of ['flow', 'sources', 'owners', 'reactivation', 'rules', 'data']) {
      await show(el, name);
      expect(el.scrollWidth, `${name}: scroll width`).to.be.at.most(el.clientWidth + 1);
      const base = $(el, '[part~="base"]');
      expect(base.scrollWidth, `${name}: inner scroll width`).to.be.at.most(base.clientWidth + 1);
      for (const wrap of el.shadowRoot!.querySelectorAll<HTMLElement>(`#panel-${name} .table-wrap`))
        expect(wrap.getBoundingClientRect().width, `${name}: table box`).to.be.at.most(400.5);
    }
    await expect(el).to.be.accessible();
  });
});
