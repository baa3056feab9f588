import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/sales-target-planner/index.js';
import type { SalesTargetPlanner } from '../../components/sales-target-planner/index.js';
import type { HeadcountPlan } from '../../src/models/headcount.js';
import { planHeadcount } from '../../src/models/headcount.js';
import { button, buttonSoon, tableRows, uid } from '../helpers/harness.js';
import { HEADCOUNT_PLAN } from '../fixtures/seeds.js';
import { DEVELOPMENT_PLAN_EXAMPLE, HIRING_HISTORY_EXAMPLE } from '../fixtures/hiring-funnel.js';
import { settle, partText, $, until } from '../helpers/fixtures.js';
import { tabTo, press } from '../helpers/keyboard.js';

async function mount(data: object, lang = 'en', extra?: (el: SalesTargetPlanner) => void): Promise<SalesTargetPlanner> {
  const el = await fixture<SalesTargetPlanner>(
    html`<sales-target-planner lang=${lang} storage-key=${uid()} .data=${data}></sales-target-planner>`,
  );
  extra?.(el);
  await settle(el);
  return el;
}
const panel = (el: SalesTargetPlanner) =>
  until(() => el.shadowRoot!.querySelector('[part~="development"]'), 5000, 'the development panel');
const funnel = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="development-funnel"] li')].map((li) =>
    li.textContent.replace(/\s+/g, ' ').trim(),
  );

describe('sales-target-planner: the development and hiring funnel (docs/models.md §3b extras)', () => {
  it('the worked example: the funnel, survival by tenure and the hire-by months, as the model returns them', async () => {
    const el = await mount(DEVELOPMENT_PLAN_EXAMPLE);
    await panel(el);
    await settle(el);
    expect(funnel(el)).to.deep.equal([
      'Hired 4 people',
      'Still here after the ramp 2 people',
      'Qualified within the year 1.5 people',
    ]);
    expect(tableRows(el, 'survival-table')).to.deep.equal([['100%', '100%', '50%']]);
    expect(tableRows(el, 'hire-by')).to.deep.equal([
      ['Jan', '1', '2025-11'],
      ['Mar', '2', '2026-01'],
      ['Nov', '1', '2026-09'],
    ]);
    expect($<HTMLInputElement>(el, '#p-rampCurve-0').value).to.equal('20');
    expect($<HTMLInputElement>(el, '#p-retentionByTenure-1').value).to.equal('50');
    expect(partText(el, 'figures')).to.contain('CN¥455');
  });

  it('a plain plan: use tenure curves (same plan), edit the curve, back to single rates (no development)', async () => {
    const el = await mount(HEADCOUNT_PLAN);
    expect(el.shadowRoot!.querySelector('[part~="development"]')).to.equal(null);
    (await buttonSoon(el, 'Development and hiring funnel')).click();
    await panel(el);
    await settle(el);
    setTimeout(() => button(el, 'Use tenure curves').click());
    let plan = (await oneEvent(el, 'revops-change')).detail as HeadcountPlan;
    await settle(el);
    expect(plan.annualRevenue).to.be.closeTo(planHeadcount(HEADCOUNT_PLAN).annualRevenue, 1e-6);
    expect(plan.development!.funnel.hired).to.equal(3);
    expect($<HTMLInputElement>(el, '#p-rampCurve-1').value).to.equal('40');
    const f = $<HTMLInputElement>(el, '#p-rampCurve-0');
    setTimeout(() => {
      f.value = '10';
      f.dispatchEvent(new Event('input'));
    });
    plan = (await oneEvent(el, 'revops-change')).detail as HeadcountPlan;
    // January: 2 qualified · 100,000 + 2 at tenure 0 · 10% · 100,000.
    expect(plan.months[0]!.revenue).to.be.closeTo(220_000, 1e-6);
    await settle(el);
    setTimeout(() => button(el, 'Back to single rates').click());
    plan = (await oneEvent(el, 'revops-change')).detail as HeadcountPlan;
    expect(plan.development).to.equal(undefined);
  });

  it('from history: one click also fills the ramp curve, retention by tenure and the lead time', async () => {
    const { reps, bookings } = HIRING_HISTORY_EXAMPLE;
    const el = await mount(HEADCOUNT_PLAN, 'en', (e) => {
      e.history = { reps, bookings };
      e.historyAsOf = '2026-01-15';
    });
    await until(() => el.shadowRoot!.querySelector('[part~="history-table"]'), 5000, 'the history table');
    setTimeout(() => button(el, 'Fill seasonality and productivity from history').click());
    await oneEvent(el, 'revops-change');
    await panel(el);
    await settle(el);
    // Ramp 2: qualified 2,700 / 27 = 100 a rep-month; ramp months at 10 and 50.
    expect($<HTMLInputElement>(el, '#p-rampCurve-0').value).to.equal('10');
    expect($<HTMLInputElement>(el, '#p-rampCurve-1').value).to.equal('50');
    expect($<HTMLInputElement>(el, '#p-hiringLeadMonths').value).to.equal('3');
    // Buckets 0, 1 and 2+ (rampMonths + 1): 100 %, 66.67 %, 96.3 %.
    expect($<HTMLInputElement>(el, '#p-retentionByTenure-1').value).to.equal('66.67');
    expect(partText(el, 'development')).to.contain('Still here after the ramp');
  });

  it('keyboard, zh-CN and axe', async () => {
    const el = await mount(HEADCOUNT_PLAN, 'zh-CN');
    const open = await buttonSoon(el, '成才漏斗与招聘漏斗');
    await tabTo(open);
    await press('Enter');
    await panel(el);
    await settle(el);
    const use = await buttonSoon(el, '使用司龄曲线');
    await tabTo(use);
    await press('Enter');
    await until(() => el.shadowRoot!.querySelector('[part~="development-funnel"]'), 5000, 'the funnel');
    await settle(el);
    expect(partText(el, 'development')).to.contain('年内成才');
    await expect(el).to.be.accessible();
  });
});
