/**
 * lead-flow-monitor, issue 14: monthly costs prorated over every period, the quarter view, ROI by business
 * line, by source group and for the company — the worked example of docs/models.md "§7 extras".
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/lead-flow-monitor/index.js';
import type { LeadFlowMonitor } from '../../components/lead-flow-monitor/index.js';
import { settle, $, until } from '../helpers/fixtures.js';
import { uid, tableRows } from '../helpers/harness.js';
import { press, type } from '../helpers/keyboard.js';

const lead = (id: string, source: string, businessLine: string, createdAt: string, over = {}) => ({
  id,
  source,
  businessLine,
  pool: 'private',
  createdAt,
  poolEnteredAt: createdAt,
  ...over,
});
const DATA = {
  asOf: '2026-04-02',
  leads: [
    lead('A1', 'web', 'SaaS', '2026-03-30', {
      assignedAt: '2026-03-30',
      firstFollowUpAt: '2026-03-30',
      convertedAt: '2026-03-31',
      revenue: 1000,
    }),
    lead('A2', 'web', 'ERP', '2026-04-01'),
    lead('A3', 'fair', 'SaaS', '2026-03-28', {
      firstFollowUpAt: '2026-03-28',
      convertedAt: '2026-03-29',
      revenue: 2400,
    }),
    lead('A4', 'seo', 'SaaS', '2026-03-27', { firstFollowUpAt: '2026-03-29' }),
    lead('A5', 'fair', 'ERP', '2026-01-15', { convertedAt: '2026-02-01', revenue: 5000 }),
  ],
  periodCosts: { web: { '2026-03': 3100, '2026-04': 3000 }, fair: { '2026-01': 6200, '2026-03': 1550 } },
  sourceGroups: { paid: ['web', 'fair'], organic: ['seo'] },
};
const foot = (el: Element, part: string) =>
  [...$(el, `[part~="${part}"] tfoot tr`).children].map((c) => c.textContent.replace(/\s+/g, ' ').trim());
const pick = (el: LeadFlowMonitor, p: string) => $<HTMLInputElement>(el, `[part~="period"] input[value="${p}"]`);
async function mountWeek(extra = ''): Promise<LeadFlowMonitor> {
  const el = await fixture<LeadFlowMonitor>(
    html`<lead-flow-monitor
      lang="en"
      currency="USD"
      period="week"
      storage-key=${extra || uid()}
      .data=${DATA}
    ></lead-flow-monitor>`,
  );
  await until(() => el.result?.total);
  $<HTMLButtonElement>(el, '#tab-sources').click();
  await settle(el);
  return el;
}

describe('lead-flow-monitor: ROI by line, group and company (issue 14)', () => {
  it('week view: costs prorated by days, lines share their source cost, groups and the company total', async () => {
    const el = await mountWeek();
    // No "costs cover all dates" note: the monthly costs give the week its own costs.
    expect(el.shadowRoot!.querySelector('[data-note="costs-all-dates"]') === null).to.equal(true);
    const heat = tableRows(el, 'source-table');
    expect(heat.find((r) => r[0] === 'web')!.slice(4)).to.deep.equal(['$1,000', '$700', '$350', '43%']);
    expect(heat.find((r) => r[0] === 'web · ERP')!.slice(4)).to.deep.equal(['$0', '$350', '$350', '-100%']);
    expect(foot(el, 'source-table')).to.deep.equal([
      'Company total',
      '4',
      '50%',
      '50%',
      '$3,400',
      '$1,000',
      '$250',
      '240%',
    ]);
    expect(tableRows(el, 'line-table')).to.deep.equal([
      ['ERP', '1', '0%', '0%', '$0', '$350', '$350', '-100%'],
      ['SaaS', '3', '66.7%', '66.7%', '$3,400', '$650', '$216.67', '423%'],
    ]);
    expect(tableRows(el, 'group-table')).to.deep.equal([
      ['organic (seo)', '1', '0%', '0%', '$0', '—', '—', '—'],
      ['paid (web, fair)', '3', '66.7%', '66.7%', '$3,400', '$1,000', '$333.33', '240%'],
    ]);
    expect($(el, '[part~="roi-chart"] svg').getAttribute('aria-label')).to.contain('fair 700%');
    await expect(el).to.be.accessible();
  });

  it('quarter view from the keyboard: 2026-01-02 … 04-01, January prorated, A5 counted', async () => {
    const el = await mountWeek();
    pick(el, 'week').focus();
    await press('ArrowRight'); // month
    await press('ArrowRight'); // quarter
    await settle(el);
    expect(el.period).to.equal('quarter');
    expect($(el, '#period-window').textContent).to.contain('Jan 2, 2026 – Apr 1, 2026');
    expect(
      tableRows(el, 'source-table')
        .find((r) => r[0] === 'fair')!
        .slice(1, 2),
    ).to.deep.equal(['2']);
    expect(el.result!.bySource.map((s) => [s.source, s.cost])).to.deep.equal([
      ['fair', 7550],
      ['seo', null],
      ['web', 3200],
    ]);
    expect(foot(el, 'line-table').slice(4, 6)).to.deep.equal(['$8,400', '$10,750']);
  });

  it('monthly cost editor: add, change and clear a month by keyboard; kept under the storage key', async () => {
    const key = uid();
    const el = await mountWeek(key);
    $<HTMLButtonElement>(el, '#tab-rules').click();
    await settle(el);
    // The monthly costs in force, one row each; web's channel-cost field says it comes from them.
    expect(tableRows(el, 'rules').length).to.be.greaterThan(0);
    const monthRows = [...el.shadowRoot!.querySelectorAll('table.month-costs tbody tr')].map(
      (tr) => `${tr.getAttribute('data-source')} ${tr.getAttribute('data-month')}`,
    );
    expect(monthRows).to.deep.equal(['fair 2026-01', 'fair 2026-03', 'web 2026-03', 'web 2026-04']);
    expect($<HTMLInputElement>(el, 'input[data-source="web"]').disabled).to.equal(true);
    // Add seo's March cost: 3,100 → 600 for the week's 6 March days. The source is picked, not typed.
    const form = $<HTMLFormElement>(el, 'form.month-add');
    const pickSource = form.querySelector<HTMLSelectElement>('select[name="source"]')!;
    expect([...pickSource.options].map((o) => o.value)).to.include('seo');
    pickSource.value = 'seo';
    form.querySelector<HTMLInputElement>('input[name="month"]')!.value = '2026-03';
    // (Chrome's month field has a stop per part: focus the cost field itself.)
    form.querySelector<HTMLInputElement>('input[name="cost"]')!.focus();
    await type('3100');
    await press('Enter');
    await until(() => el.result!.bySource.find((s) => s.source === 'seo')!.cost === 600);
    expect(el.result!.total!.cost).to.equal(1600);
    // Clear fair's March cost with its remove button (Enter on the focused button).
    const remove = $<HTMLButtonElement>(el, 'tr[data-source="fair"][data-month="2026-03"] button.remove');
    expect(remove.getAttribute('aria-label')).to.equal('Remove the cost of fair in Mar 2026');
    remove.focus();
    await press('Enter');
    await until(() => el.result!.bySource.find((s) => s.source === 'fair')!.cost === 0);
    await expect(el).to.be.accessible();
    // Reload: the edits come back from storage.
    const again = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" period="week" storage-key=${key} .data=${DATA}></lead-flow-monitor>`,
    );
    await until(() => again.result?.bySource.find((s) => s.source === 'seo')?.cost === 600);
    expect(again.result!.bySource.find((s) => s.source === 'fair')!.cost).to.equal(0);
  });

  it('zh-CN: company total, line and group captions, the quarter choice', async () => {
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="zh-CN" currency="CNY" period="week" .data=${DATA}></lead-flow-monitor>`,
    );
    await until(() => el.result);
    await settle(el);
    expect(pick(el, 'quarter').closest('label')!.textContent.trim()).to.equal('季 · 复盘');
    expect(foot(el, 'source-table')[0]).to.equal('公司合计');
    expect($(el, '[part~="line-table"] caption').textContent).to.contain('按业务线的 ROI');
    expect($(el, '[part~="group-table"] caption').textContent.trim()).to.equal('按来源分组的 ROI');
    await expect(el).to.be.accessible();
  });

  it('without monthly costs or groups: no total row and no roll-up tables (the contract view)', async () => {
    const { periodCosts: _p, sourceGroups: _g, ...plain } = DATA;
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor
        lang="en"
        period="week"
        .data=${{ ...plain, channelCosts: { web: 700 } }}
      ></lead-flow-monitor>`,
    );
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="source-table"] tfoot') === null).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part~="line-table"]') === null).to.equal(true);
    expect(el.shadowRoot!.querySelector('[data-note="costs-all-dates"]') === null).to.equal(false);
    expect('total' in el.result!).to.equal(false);
  });
});
