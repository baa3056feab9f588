/**
 * lead-flow-monitor: reactivation by product category and past orders (issue 14, docs/models.md §7 extras):
 * the worked example's candidates and table by category, the campaign edited by keyboard (category chip and
 * past-order ranges), a bad range named with the last good result kept, exports, zh-CN, axe.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/lead-flow-monitor/index.js';
import type { LeadFlowMonitor } from '../../components/lead-flow-monitor/index.js';
import type { InvalidDetail } from '../../components/shared/revops-element.js';
import { $, until } from '../helpers/fixtures.js';
import { captureDownload } from '../helpers/harness.js';
import { deepActive, press, selectAll, tabTo, type } from '../helpers/keyboard.js';
import { LAPSED_CRM as CAMPAIGN, REACTIVATION_LEADS as LEADS } from '../fixtures/lead-flow-extras.js';

const DATA = { asOf: '2026-03-31', rules: { reactivation: { campaign: CAMPAIGN } }, leads: LEADS };

const cells = (el: Element, part: string) =>
  [...el.shadowRoot!.querySelectorAll(`[part~="${part}"] tbody tr`)].map((tr) =>
    [...tr.children].map((c) => c.textContent.replace(/\s+/g, ' ').trim()),
  );
const showReactivation = async (el: LeadFlowMonitor) => {
  $<HTMLButtonElement>(el, '#tab-reactivation').click();
  await until(() => !$(el, '#panel-reactivation').hidden && el.shadowRoot!.querySelector('[part~="category-table"]'));
};
const csvLines = (text: string) => text.replace(/^\uFEFF/, '').split('\n');

describe('lead-flow-monitor: reactivation by product category and past orders (issue 14)', () => {
  it('the worked example: candidates with their past orders and the table by category; axe clean', async () => {
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" currency="USD" .data=${DATA}></lead-flow-monitor>`,
    );
    await until(() => el.result);
    expect(el.result!.reactivation.map((c) => c.id)).to.deep.equal(['R1', 'R2', 'R6', 'R7']);
    await showReactivation(el);
    expect(cells(el, 'category-table')).to.deep.equal([
      ['CRM', '6', '3', '3', '4', '$39,000'],
      ['ERP', '1', '0', '0', '0', '$0'],
      ['No category', '1', '1', '1', '1', '$2,000'],
    ]);
    // The last four columns of a candidate: category, orders, amount, last order.
    const r1 = cells(el, 'reactivation-table').find((r) => r[0] === 'R1')!;
    expect(r1.slice(-4)).to.deep.equal(['CRM', '2', '$30,000', 'Jun 30, 2025']);
    const r6 = cells(el, 'reactivation-table').find((r) => r[0] === 'R6')!;
    expect(r6.slice(-4)[0]).to.equal('—');
    // The category chip is ticked; the ranges show the campaign's bounds.
    const crm = [
      ...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="reactivation"] input[type="checkbox"]'),
    ].filter((i) => i.parentElement!.textContent.trim() === 'CRM');
    expect(crm.map((i) => i.checked)).to.deep.equal([true]);
    expect($<HTMLInputElement>(el, '#range-lastOrderDays-min').value).to.equal('180');
    expect($<HTMLInputElement>(el, '#range-orders-max').value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('keyboard: a past-order bound typed in changes the candidates; a bad range is named and the last result stays', async () => {
    const el = await fixture<LeadFlowMonitor>(html`<lead-flow-monitor lang="en" .data=${DATA}></lead-flow-monitor>`);
    await until(() => el.result);
    await showReactivation(el);
    // At most 179 days since the last order: R8 (179 days) instead of R1 and R7.
    await tabTo($(el, '#range-lastOrderDays-min'));
    await selectAll();
    await press('Backspace');
    await press('Tab');
    expect(deepActive()).to.equal($(el, '#range-lastOrderDays-max'));
    await type('179');
    await press('Tab');
    await until(() => el.result!.reactivation.some((c) => c.id === 'R8'));
    expect(el.result!.reactivation.map((c) => [c.id, c.reasons])).to.deep.equal([
      ['R2', ['engaged', 'campaign']],
      ['R6', ['engaged']],
      ['R8', ['campaign']],
    ]);
    // min above max: named in revops-invalid and in the alert, the last good result stays.
    const invalid = oneEvent(el, 'revops-invalid');
    await tabTo($(el, '#range-orders-max'));
    await type('0');
    await press('Tab');
    const detail = ((await invalid) as CustomEvent<InvalidDetail>).detail;
    expect(detail.issues.map((i) => i.path)).to.include('rules.reactivation.campaign.orders.max');
    await until(() => $(el, '#range-orders-max').getAttribute('aria-invalid') === 'true');
    expect($(el, '[part~="error"]').textContent).to.contain('rules.reactivation.campaign.orders.max');
    expect(el.result!.reactivation.map((c) => c.id)).to.deep.equal(['R2', 'R6', 'R8']);
  });

  it('exports the candidates with their past orders and the table by category; zh-CN', async () => {
    const el = await fixture<LeadFlowMonitor>(html`<lead-flow-monitor lang="zh-CN" .data=${DATA}></lead-flow-monitor>`);
    await until(() => el.result);
    await showReactivation(el);
    expect($(el, '[part~="category"] h4').textContent.trim()).to.equal('公海线索按产品品类');
    expect($(el, '[part~="past-orders"] legend').textContent.trim()).to.equal('既往订购');
    const csv = csvLines(el.reactivationCsv());
    expect(csv[0]!.split(',').slice(-4)).to.deep.equal(['productCategory', 'orders', 'orderAmount', 'lastOrderAt']);
    expect(
      csv
        .find((l) => l.startsWith('R1,'))!
        .split(',')
        .slice(-4),
    ).to.deep.equal(['CRM', '2', '30000', '2025-06-30']);
    const people = await captureDownload(() => $<HTMLButtonElement>(el, '#export-reactivation-csv').click());
    const lines = csvLines(people.text);
    expect(lines[0]).to.equal('盘活候选');
    expect(lines[1]!.split(',').slice(-4)).to.deep.equal(['产品品类', '订单数', '订单金额 (CNY)', '最近下单']);
    expect(lines).to.include('公海线索按产品品类');
    expect(lines).to.include('无品类,1,1,1,1,2000');
    await expect(el).to.be.accessible();
  });

  it('without categories or past orders: no extra columns, no past-order fields, no table', async () => {
    const plain = LEADS.map(({ productCategory, orders, orderAmount, lastOrderAt, ...rest }) => {
      void [productCategory, orders, orderAmount, lastOrderAt];
      return rest;
    });
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" .data=${{ asOf: '2026-03-31', leads: plain }}></lead-flow-monitor>`,
    );
    await until(() => el.result);
    $<HTMLButtonElement>(el, '#tab-reactivation').click();
    await until(() => !$(el, '#panel-reactivation').hidden);
    expect(el.result!.reactivationByCategory).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[part~="past-orders"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="category"]')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[part~="reactivation-table"] thead th').length).to.equal(9);
    expect(el.reactivationCsv().split('\n')[0]).to.equal(
      'id,pool,reasons,reasonText,tier,score,source,businessLine,industry,region,lastEngagementAt',
    );
  });
});
