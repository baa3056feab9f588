import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/sales-target-planner/index.js';
import type { SalesTargetPlanner } from '../../components/sales-target-planner/index.js';
import type { HeadcountPlan } from '../../src/models/headcount.js';
import type { InvalidDetail } from '../../components/shared/revops-element.js';
import { uid, edit, button, figure, tableRows } from '../helpers/harness.js';
import { HEADCOUNT_PLAN } from '../fixtures/seeds.js';
import { settle, partText, $, until, zhWorded, saved } from '../helpers/fixtures.js';
import { tabTo, type, selectAll } from '../helpers/keyboard.js';

/**
 * The hand-checked plan of test/node/headcount.test.ts, money × 10,000: retention 1, ramp 2;
 * revenue 28, 28, 48, 48, then 60 a month (× 10,000); annual 6,320,000; hiring 2 a month reaches 12,000,000.
 */
const PLAN = HEADCOUNT_PLAN;

describe('sales-target-planner', () => {
  it('renders the hand-checked plan: months, quarter subtotals, annual 6,320,000, even hiring 2', async () => {
    const el = await fixture<SalesTargetPlanner>(
      html`<sales-target-planner lang="en" .data=${PLAN}></sales-target-planner>`,
    );
    await settle(el);
    expect(figure(el, 'annualRevenue')).to.equal('CN¥6,320,000');
    expect(figure(el, 'attainment')).to.equal('52.7%');
    expect(figure(el, 'evenHires')).to.equal('2');
    expect(figure(el, 'endHeadcount')).to.equal('6');
    const plan = tableRows(el, 'plan');
    expect(plan.length).to.equal(16); // 12 months + 4 quarters
    expect(plan[0]).to.deep.equal([
      'Jan',
      '1',
      '1',
      '2',
      '2',
      'CN¥280,000',
      'CN¥1,000,000',
      'CN¥720,000',
      'CN¥280,000',
      'CN¥1,000,000',
    ]);
    expect(plan[2]!.slice(0, 6)).to.deep.equal(['Mar', '2', '1', '4', '2', 'CN¥480,000']);
    // Quarter rows: the quarter's share of the year (not the sum of raw weights).
    expect(plan[3]).to.deep.equal([
      'Q1',
      '3',
      '25%',
      '',
      '',
      'CN¥1,040,000',
      'CN¥3,000,000',
      'CN¥1,960,000',
      'CN¥1,040,000',
      'CN¥3,000,000',
    ]);
    expect(plan[15]![0]).to.equal('Q4');
    expect(plan[15]![5]).to.equal('CN¥1,800,000');
    expect($(el, '[part~="revenue-chart"] svg').getAttribute('role')).to.equal('img');
    expect(el.shadowRoot!.querySelectorAll('[part~="headcount-chart"] rect').length).to.equal(24);
  });

  it('"suggest even hiring" applies the solver, fires revops-change, and the target is reached', async () => {
    const el = await fixture<SalesTargetPlanner>(
      html`<sales-target-planner lang="en" .data=${PLAN}></sales-target-planner>`,
    );
    await settle(el);
    setTimeout(() => button(el, 'Suggest even hiring').click());
    const ev = await oneEvent(el, 'revops-change');
    const d = ev.detail as HeadcountPlan;
    expect(d.months.map((m) => m.hires)).to.deep.equal(Array(12).fill(2));
    expect(d.annualRevenue).to.be.closeTo(16_320_000, 1e-6); // 348 + 642·2, × 10,000
    await settle(el);
    expect(figure(el, 'attainment')).to.equal('136%');
    expect(el.shadowRoot!.querySelector('[part~="advice"] button')).to.equal(null);
  });

  it('a plan that needs no hires', async () => {
    const el = await fixture<SalesTargetPlanner>(
      html`<sales-target-planner
        lang="en"
        .data=${{ ...PLAN, annualTarget: 3_000_000, hires: null }}
      ></sales-target-planner>`,
    );
    await settle(el);
    expect(figure(el, 'evenHires')).to.equal('0');
    expect(partText(el, 'advice')).to.contain('no hires needed');
    expect(tableRows(el, 'plan')[0]![1]).to.equal('0');
  });

  it('an infeasible plan: the productivity factor, and applying it reaches the target', async () => {
    const el = await fixture<SalesTargetPlanner>(
      html`<sales-target-planner lang="en" .data=${{ ...PLAN, maxHiresPerMonth: 1 }}></sales-target-planner>`,
    );
    await settle(el);
    // 1 hire a month gives 9,900,000: productivity must grow 12,000,000 / 9,900,000 = ×1.212
    expect(figure(el, 'evenHires')).to.equal('—');
    expect(figure(el, 'productivityScale')).to.equal('×1.212');
    expect($(el, '[data-step="productivity"]').textContent).to.contain('×1.212').and.contain('+21.2%');
    button(el, 'Hire the most each month and raise productivity').click();
    await settle(el);
    expect($<HTMLInputElement>(el, '#p-productivityQualified').value).to.equal('121,212.13');
    expect(figure(el, 'attainment')).to.equal('100%');
    expect(figure(el, 'evenHires')).to.equal('1');
  });

  it('the seasonality editor moves the monthly targets; attributes set parameters', async () => {
    const el = await fixture<SalesTargetPlanner>(
      html`<sales-target-planner
        lang="en"
        annual-target="12000000"
        start-qualified="2"
        start-unqualified="1"
        productivity-qualified="100000"
        productivity-unqualified="40000"
        ramp-months="2"
        monthly-retention="1"
        hires="1,0,2,0,0,0,0,0,0,0,0,0"
      ></sales-target-planner>`,
    );
    await settle(el);
    expect(figure(el, 'annualRevenue')).to.equal('CN¥6,320,000');
    edit(el, 'p-seasonality-11', '3'); // December weighs 3 of 14
    await settle(el);
    expect(tableRows(el, 'plan')[14]![6]).to.equal('CN¥2,571,429');
    expect(tableRows(el, 'plan')[0]![6]).to.equal('CN¥857,143');
    button(el, 'Even seasonality').click();
    await settle(el);
    expect(tableRows(el, 'plan')[0]![6]).to.equal('CN¥1,000,000');
  });

  it('an invalid parameter shows its message and keeps the last good plan', async () => {
    const el = await fixture<SalesTargetPlanner>(
      html`<sales-target-planner lang="zh-CN" .data=${PLAN}></sales-target-planner>`,
    );
    await settle(el);
    setTimeout(() => edit(el, 'p-monthlyRetention', '0'));
    const ev = await oneEvent(el, 'revops-invalid');
    expect((ev.detail as InvalidDetail).issues[0]!.path).to.equal('monthlyRetention');
    // The inline message is localized (its wording loads on first use: wait for it) and names the field in plain words.
    await until(
      () => zhWorded(el.shadowRoot!.querySelector('#p-monthlyRetention-d')?.textContent ?? ''),
      5000,
      'the Chinese wording',
    );
    await settle(el);
    expect($(el, '#p-monthlyRetention-d').textContent).to.contain('月留存率 必须 > 0');
    expect(figure(el, 'annualRevenue')).to.equal('¥6,320,000');
    expect(partText(el, 'header')).to.contain('销售目标规划');
    expect(tableRows(el, 'plan')[3]![0]).to.equal('第 1 季度');
  });

  it('scenarios survive a reload; keyboard alone edits a month', async () => {
    const key = `st-${uid()}`;
    const el = await fixture<SalesTargetPlanner>(
      html`<sales-target-planner lang="en" storage-key=${key} .data=${PLAN}></sales-target-planner>`,
    );
    await until(() => (el as unknown as { persist: { loaded: boolean } }).persist.loaded, 2000, 'storage read');
    await settle(el);
    const feb = $<HTMLInputElement>(el, '#p-hires-1');
    await tabTo(feb);
    await selectAll();
    await type('3');
    await settle(el);
    // A February cohort of 3 ramps in Feb–Mar (3 × 40,000 each month), qualifies from April (3 × 100,000 × 9 months).
    expect(figure(el, 'annualRevenue')).to.equal('CN¥9,260,000');
    const name = $<HTMLInputElement>(el, '#sc-name');
    name.value = 'Feb push';
    name.dispatchEvent(new Event('input'));
    await settle(el);
    button(el, 'Save').click();
    await saved(el);
    el.remove();
    const again = await fixture<SalesTargetPlanner>(
      html`<sales-target-planner lang="en" storage-key=${key} .data=${PLAN}></sales-target-planner>`,
    );
    await until(() => again.shadowRoot!.querySelector('#sc-pick option:nth-child(2)'), 3000, 'restored scenario');
    await settle(again);
    expect(figure(again, 'annualRevenue')).to.equal('CN¥9,260,000');
  });

  it('has no axe violations, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await fixture<SalesTargetPlanner>(
        html`<sales-target-planner
          lang="en"
          theme=${theme}
          .data=${{ ...PLAN, maxHiresPerMonth: 1 }}
        ></sales-target-planner>`,
      );
      await settle(el);
      await expect(el).to.be.accessible();
    }
  });

  it('"no hires needed" still offers the even plan when the plan has hires', async () => {
    const el = await fixture<SalesTargetPlanner>(
      html`<sales-target-planner lang="en" .data=${{ ...PLAN, annualTarget: 3_000_000 }}></sales-target-planner>`,
    );
    await settle(el);
    expect(figure(el, 'evenHires')).to.equal('0');
    expect(partText(el, 'advice')).to.contain('no hires needed');
    button(el, 'Suggest even hiring').click();
    await settle(el);
    expect(
      tableRows(el, 'plan')
        .filter((r) => !r[0]!.startsWith('Q'))
        .map((r) => r[1]),
    ).to.deep.equal(Array(12).fill('0'));
    expect(el.shadowRoot!.querySelector('[part~="advice"] button')).to.equal(null);
  });

  it('without a most-hires-a-month, raising productivity keeps the hiring plan', async () => {
    // 1,000 hires a month cannot reach 10^12: the factor for the plan as given is 10^12 / 6,320,000.
    const el = await fixture<SalesTargetPlanner>(
      html`<sales-target-planner
        lang="en"
        .data=${{ ...PLAN, annualTarget: 1e12, maxHiresPerMonth: null }}
      ></sales-target-planner>`,
    );
    await settle(el);
    expect($(el, '[data-step="productivity"]').textContent)
      .to.contain('With this hiring plan')
      .and.contain('×158,227.848');
    button(el, 'Raise productivity (keep the hiring plan)').click();
    await settle(el);
    expect(
      tableRows(el, 'plan')
        .slice(0, 3)
        .map((r) => r[1]),
    ).to.deep.equal(['1', '0', '2']);
    expect(figure(el, 'attainment')).to.equal('100%');
  });

  it('a typo keeps the charts and the advice of the last good plan', async () => {
    const el = await fixture<SalesTargetPlanner>(
      html`<sales-target-planner lang="en" .data=${PLAN}></sales-target-planner>`,
    );
    await settle(el);
    const bars = () =>
      [...el.shadowRoot!.querySelectorAll('[part~="headcount-chart"] rect, [part~="revenue-chart"] rect')].map((r) =>
        r.getAttribute('height'),
      );
    const before = bars();
    const advice = partText(el, 'advice');
    edit(el, 'p-hires-4', 'x');
    await settle(el);
    edit(el, 'p-startQualified', '-1');
    await settle(el);
    expect($(el, '#p-hires-4').getAttribute('aria-invalid')).to.equal('true');
    expect(bars()).to.deep.equal(before);
    expect(bars().every((h) => Number.isFinite(Number(h)))).to.equal(true);
    expect(partText(el, 'advice')).to.equal(advice);
  });
});
