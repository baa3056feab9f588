// Host labels for codes beyond lead-flow (issue 12, docs/labels.md): the funnel's stages and activities, the
// tiering elements' routes, factors and options, the risk panels' stages and signals — in the UI and in the
// exports for people (CSV and the workbook read back); without labels the elements' own names, en and zh-CN.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/funnel-forecast/index.js';
import '../../components/lead-score-card/index.js';
import '../../components/lead-score-table/index.js';
import '../../components/opportunity-alert-panel/index.js';
import '../../components/churn-alert-panel/index.js';
import type { FunnelForecast } from '../../components/funnel-forecast/index.js';
import type { LeadScoreCard } from '../../components/lead-score-card/index.js';
import type { LeadScoreTable } from '../../components/lead-score-table/index.js';
import type { OpportunityAlertPanel } from '../../components/opportunity-alert-panel/index.js';
import type { ChurnAlertPanel } from '../../components/churn-alert-panel/index.js';
import type { InvalidDetail } from '../../components/shared/revops-element.js';
import { FUNNEL_EXAMPLE } from '../fixtures/seeds.js';
import { SEED_LEAD, settle, partText, $ } from '../helpers/fixtures.js';
import { button, captureDownload, captureWorkbook, mount, rowHead, tableRows } from '../helpers/harness.js';

const csvLines = (text: string) => text.replace(/^\uFEFF/, '').split('\n');
const options = (el: Element, sel: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLOptionElement>(`${sel} option`)].map((o) => o.textContent.trim());

const OPP = (await (await fetch('/test/fixtures/opportunity-alerts.json')).json()) as object;
const CHURN = (await (await fetch('/test/fixtures/churn-alerts.json')).json()) as object;

describe('funnel-forecast: stage and activity labels', () => {
  const LABELS = {
    stage: { lead: { en: 'Raw leads', 'zh-CN': '原始线索' }, highIntent: 'Hot' },
    activity: { calls: { en: 'Phone calls', 'zh-CN': '外呼' } },
  };

  it('the table, the chart, the pickers and both exports name stages and activities by the host labels', async () => {
    const el = await fixture<FunnelForecast>(
      html`<funnel-forecast lang="en" .data=${FUNNEL_EXAMPLE} .codeLabels=${LABELS}></funnel-forecast>`,
    );
    await settle(el);
    expect(tableRows(el, 'funnel-table').map((r) => r[0])).to.deep.equal(['Raw leads', 'Intent', 'Hot', 'Negotiation']);
    expect(tableRows(el, 'activity-table')[0]![0]).to.equal('Phone calls');
    const chartText = [...el.shadowRoot!.querySelectorAll('[part~="funnel-chart"] svg text')].map((t) => t.textContent);
    expect(chartText).to.include('Raw leads').and.include('Hot');
    expect(options(el, '#p-highIntentStage')).to.include('Hot');
    expect(partText(el, 'advice')).to.contain('Raw leads').and.contain('Phone calls');
    const csv = await captureDownload(() => button(el, 'Export CSV').click());
    const [, stages, acts] = csv.text.replace(/^\uFEFF/, '').split('\n\n');
    expect(stages).to.match(/\nHot,[^\n]*,29(\n|$)/);
    expect(stages).to.match(/\nRaw leads,/);
    expect(acts!.split('\n')[2]).to.match(/^Phone calls,Raw leads,/);
    const stageSheet = await captureWorkbook(() => button(el, 'Export Excel').click(), 2);
    expect(stageSheet.rows.map((r) => r[0]))
      .to.include('Hot')
      .and.include('Raw leads')
      .and.not.include('highIntent');
    const actSheet = await captureWorkbook(() => button(el, 'Export Excel').click(), 3);
    expect(actSheet.rows[1]!.slice(0, 2)).to.deep.equal(['Phone calls', 'Raw leads']);
  });

  it('zh-CN: the locale’s label, and the element’s own names where the host gives none', async () => {
    const el = await fixture<FunnelForecast>(
      html`<funnel-forecast lang="zh-CN" .data=${FUNNEL_EXAMPLE} .codeLabels=${LABELS}></funnel-forecast>`,
    );
    await settle(el);
    // 'Hot' has one text for every locale; intent and negotiation have no host label.
    expect(tableRows(el, 'funnel-table').map((r) => r[0])).to.deep.equal(['原始线索', '意向客户', 'Hot', '商务谈判']);
    expect(tableRows(el, 'activity-table')[0]![0]).to.equal('外呼');
    const plain = await fixture<FunnelForecast>(
      html`<funnel-forecast lang="zh-CN" .data=${FUNNEL_EXAMPLE}></funnel-forecast>`,
    );
    await settle(plain);
    expect(tableRows(plain, 'funnel-table').map((r) => r[0])).to.deep.equal([
      '线索',
      '意向客户',
      '高意向客户',
      '商务谈判',
    ]);
    await expect(el).to.be.accessible();
  });
});

describe('tiering: route, factor and option labels', () => {
  const LABELS = {
    route: { telesales: { en: 'Inside sales', 'zh-CN': '内销团队' } },
    factor: { channel: { en: 'Lead origin', 'zh-CN': '线索来源' } },
    option: { sem: { en: 'Paid search', 'zh-CN': '付费搜索' } },
  };

  it('lead-score-card: the route line and the what-if controls use the host labels; zh-CN names without', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card
        lang="en"
        .data=${{ values: { ...SEED_LEAD, channel: 'sem' } }}
        .codeLabels=${LABELS}
      ></lead-score-card>`,
    );
    await settle(el);
    expect($(el, '[part~="route"]').dataset.route).to.equal('telesales');
    expect(partText(el, 'route')).to.contain('Inside sales').and.not.contain('Telesales');
    expect(el.shadowRoot!.textContent).to.contain('Lead origin');
    expect(options(el, 'select').some((o) => o.startsWith('Paid search ('))).to.equal(true);
    const zh = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="zh-CN" .data=${{ values: { ...SEED_LEAD, channel: 'sem' } }}></lead-score-card>`,
    );
    await settle(zh);
    expect(partText(zh, 'route')).to.contain('电话销售');
    zh.codeLabels = LABELS;
    await settle(zh);
    expect(partText(zh, 'route')).to.contain('内销团队');
    await expect(zh).to.be.accessible();
  });

  it('lead-score-table: route cells, the route filter and the factor sort use the labels; the CRM CSV keeps codes', async () => {
    const records = [
      { id: 'L1', name: 'Acme', values: { ...SEED_LEAD, channel: 'sem' } },
      { id: 'L3', name: 'Gamma', values: { channel: 'other' } },
    ];
    const el = await fixture<LeadScoreTable>(
      html`<lead-score-table lang="en" .data=${records} .codeLabels=${LABELS}></lead-score-table>`,
    );
    await settle(el);
    const routes = [...el.shadowRoot!.querySelectorAll('.cell.route-cell')].map((c) => c.textContent.trim());
    expect(routes).to.include('Inside sales');
    expect(options(el, '#route-filter')).to.include('Inside sales');
    expect(options(el, '#sort')).to.satisfy((o: string[]) => o.some((x) => x.includes('Lead origin')));
    // The table's CSV is for the CRM to re-import: codes, not words (docs/labels.md).
    const csv = await captureDownload(() => $<HTMLButtonElement>(el, '#export').click());
    expect(csvLines(csv.text).find((l) => l.startsWith('L1,'))).to.contain(',telesales,');
  });

  it('a bad entry is named by its path; the other labels stay in use', async () => {
    const el = await fixture<LeadScoreCard>(
      html`<lead-score-card lang="en" .data=${{ values: { ...SEED_LEAD, channel: 'sem' } }}></lead-score-card>`,
    );
    await settle(el);
    const invalid = oneEvent(el, 'revops-invalid');
    el.codeLabels = { route: { telesales: 'Inside sales', sdr: 5 } };
    const { detail } = (await invalid) as CustomEvent<InvalidDetail>;
    expect(detail.source).to.equal('labels');
    expect(detail.issues.map((i) => i.path)).to.deep.equal(['labels.route.sdr']);
    await settle(el);
    expect(partText(el, 'error')).to.contain('labels.route.sdr');
    expect(partText(el, 'route')).to.contain('Inside sales');
  });
});

describe('risk panels: stage and signal labels', () => {
  const LABELS = {
    stage: { proposal: { en: 'Offer sent', 'zh-CN': '已报价' } },
    signal: {
      'stage-overdue': { en: 'Stuck in stage', 'zh-CN': '阶段停滞' },
      'competitor-eval': { en: 'Looking at rivals', 'zh-CN': '在看对手' },
    },
  };

  it('opportunity-alert-panel: the row, its details and both people exports use the labels', async () => {
    const el = await mount<OpportunityAlertPanel>(
      html`<opportunity-alert-panel
        lang="en"
        .data=${structuredClone(OPP)}
        .codeLabels=${LABELS}
      ></opportunity-alert-panel>`,
    );
    const head = rowHead(el, 0);
    expect(head.textContent).to.contain('Acme expansion').and.contain('Offer sent');
    const chips = [...head.querySelectorAll('.chip')].map((c) => c.getAttribute('title')).join(' ');
    expect(chips).to.contain('Stuck in stage').and.not.contain('Stage overdue');
    head.click();
    await settle(el);
    expect(el.shadowRoot!.textContent).to.contain('Stuck in stage');
    const [csvButton, xlsxButton] = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="export"]');
    const csv = await captureDownload(() => csvButton!.click());
    const o1 = csvLines(csv.text).find((l) => l.startsWith('o1,'))!;
    expect(o1).to.contain(',Offer sent,').and.contain('Stuck in stage (Critical)');
    const book = await captureWorkbook(() => xlsxButton!.click());
    const row = book.rows.find((r) => r[0] === 'o1')!;
    expect(row).to.include('Offer sent');
    expect(row.join(' ')).to.contain('Stuck in stage (Critical)');
  });

  it('opportunity-alert-panel in zh-CN: the locale’s label, the panel’s own names without', async () => {
    const el = await mount<OpportunityAlertPanel>(
      html`<opportunity-alert-panel
        lang="zh-CN"
        .data=${structuredClone(OPP)}
        .codeLabels=${LABELS}
      ></opportunity-alert-panel>`,
    );
    expect(rowHead(el, 0).textContent).to.contain('已报价');
    const plain = await mount<OpportunityAlertPanel>(
      html`<opportunity-alert-panel lang="zh-CN" .data=${structuredClone(OPP)}></opportunity-alert-panel>`,
    );
    expect(rowHead(plain, 0).textContent).to.contain('报价');
    const titles = [...rowHead(plain, 0).querySelectorAll('.chip')].map((c) => c.getAttribute('title')).join(' ');
    expect(titles).to.contain('阶段超期');
    await expect(el).to.be.accessible();
  });

  it('churn-alert-panel: the signal chips, the details and both people exports use the labels', async () => {
    const el = await mount<ChurnAlertPanel>(
      html`<churn-alert-panel lang="en" .data=${structuredClone(CHURN)} .codeLabels=${LABELS}></churn-alert-panel>`,
    );
    const head = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.head')].find((h) =>
      h.textContent.includes('Acme Corp'),
    )!;
    expect([...head.querySelectorAll('.chip')].map((c) => c.getAttribute('title')).join(' ')).to.contain(
      'Looking at rivals',
    );
    head.click();
    await settle(el);
    expect($(el, 'li[data-code="competitor-eval"] strong').textContent.trim()).to.equal('Looking at rivals');
    const [csvButton, xlsxButton] = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="export"]');
    const csv = await captureDownload(() => csvButton!.click());
    const a1 = csvLines(csv.text).find((l) => l.startsWith('a1,'))!;
    expect(a1).to.contain('Looking at rivals (').and.not.contain('Evaluating a competitor');
    const book = await captureWorkbook(() => xlsxButton!.click());
    expect(book.rows.find((r) => r[0] === 'a1')!.join(' ')).to.contain('Looking at rivals (');
    const zh = await mount<ChurnAlertPanel>(
      html`<churn-alert-panel lang="zh-CN" .data=${structuredClone(CHURN)}></churn-alert-panel>`,
    );
    const zcsv = await captureDownload(() =>
      zh.shadowRoot!.querySelector<HTMLButtonElement>('[part~="export"]')!.click(),
    );
    expect(csvLines(zcsv.text).find((l) => l.startsWith('a1,'))).to.contain('评估竞品');
  });
});
