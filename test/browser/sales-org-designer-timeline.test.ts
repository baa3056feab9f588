import { expect, fixture, html } from '@open-wc/testing';
import '../../components/sales-org-designer/index.js';
import '../../components/sales-target-planner/index.js';
import type { SalesOrgDesigner } from '../../components/sales-org-designer/index.js';
import type { SalesTargetPlanner } from '../../components/sales-target-planner/index.js';
import { projectSalesOrg } from '../../src/models/sales-org-timeline.js';
import { change, tableRows, uid } from '../helpers/harness.js';
import { SALES_ORG_TIMELINE_EXAMPLE } from '../fixtures/sales-org-timeline.js';
import { HEADCOUNT_PLAN } from '../fixtures/seeds.js';
import { settle, partText, $, until } from '../helpers/fixtures.js';
import { tabTo } from '../helpers/keyboard.js';

const { plan, targetMonth: _t, ...costs } = SALES_ORG_TIMELINE_EXAMPLE;
const DATA = { newCustomersTarget: 600, avgContractValue: 12_000, customersPerRep: 30, ...costs };

async function mount(lang = 'en'): Promise<SalesOrgDesigner> {
  const el = await fixture<SalesOrgDesigner>(
    html`<sales-org-designer lang=${lang} storage-key=${uid()} .data=${DATA} .plan=${plan}></sales-org-designer>`,
  );
  await until(() => el.shadowRoot!.querySelector('[part~="healthy-month"]'), 5000, 'the timeline');
  await settle(el);
  return el;
}

describe('sales-org-designer: the organisation over the plan year (docs/models.md §4 extras)', () => {
  it('the timeline’s healthy month and payback month are the model’s', async () => {
    const el = await mount();
    const model = projectSalesOrg({ plan, ...costs });
    expect(model.healthyMonth).to.equal(5);
    expect($(el, '[part~="healthy-month"]').dataset.month).to.equal(String(model.healthyMonth));
    expect(partText(el, 'healthy-month')).to.equal('Healthy (健康) from May · The year pays for itself in June');
    const rows = tableRows(el, 'timeline-table');
    expect(rows[0]).to.deep.equal(['Jan', '4', '1', 'CN¥28', 'CN¥24', 'CN¥5', '-CN¥1', '-3.6%', 'Unhealthy']);
    expect(rows[4]!.at(-1)).to.equal('Healthy');
    expect($(el, '[part~="timeline-chart"] svg').getAttribute('aria-label')).to.contain('Healthy (健康) from May');
  });

  it('break-evens for the month picked: March', async () => {
    const el = await mount();
    change($<HTMLSelectElement>(el, '#tl-month'), '3');
    await settle(el);
    expect(tableRows(el, 'timeline-levers')).to.deep.equal([
      ['Productivity (factor)', '×1.042'],
      ['Cost per rep, a year', 'CN¥68.4'],
      ['Operations cost, a year', 'none alone'],
      ['Span of control, level 1', '6'],
    ]);
  });

  it('shares the plan with a sales-target-planner on the page (plan-from): its edits move the healthy month', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div>
        <sales-target-planner id="stp" lang="en" storage-key=${uid()} .data=${HEADCOUNT_PLAN}></sales-target-planner>
        <sales-org-designer lang="en" storage-key=${uid()} plan-from="stp"></sales-org-designer>
      </div>`,
    );
    const planner = host.querySelector<SalesTargetPlanner>('sales-target-planner')!;
    const el = host.querySelector<SalesOrgDesigner>('sales-org-designer')!;
    const shown = () => el.shadowRoot!.querySelector<HTMLElement>('[part~="healthy-month"]')?.dataset.month;
    const expected = () => {
      const m = projectSalesOrg({
        plan: planner.input,
        repCost: 300_000,
        spans: [8, 5],
        managerCosts: [500_000, 800_000],
      }).healthyMonth;
      return m === null ? '' : String(m);
    };
    await until(() => shown() !== undefined, 5000, 'the timeline');
    expect(shown()).to.equal(expected());
    planner.setParam('productivityQualified', 400_000);
    await settle(planner);
    await until(() => shown() === expected(), 5000, 'the timeline to follow the planner');
    expect(shown()).to.equal(expected());
  });

  it('keyboard, zh-CN and axe', async () => {
    const el = await mount('zh-CN');
    expect(partText(el, 'healthy-month')).to.equal('自五月起健康 · 全年累计于六月回本');
    await tabTo($(el, '#tl-month'));
    await expect(el).to.be.accessible();
  });
});
