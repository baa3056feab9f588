import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/sales-target-planner/index.js';
import type { SalesTargetPlanner } from '../../components/sales-target-planner/index.js';
import type { HeadcountPlan } from '../../src/models/headcount.js';
import { button, tableRows } from '../helpers/harness.js';
import { HEADCOUNT_PLAN } from '../fixtures/seeds.js';
import { HEADCOUNT_HISTORY_EXAMPLE } from '../fixtures/headcount-history.js';
import { settle, partText, $, until } from '../helpers/fixtures.js';
import { tabTo, press } from '../helpers/keyboard.js';

const { reps, bookings } = HEADCOUNT_HISTORY_EXAMPLE;
const HISTORY = { reps, bookings };

async function mount(lang = 'en'): Promise<SalesTargetPlanner> {
  const el = await fixture<SalesTargetPlanner>(
    html`<sales-target-planner
      lang=${lang}
      .data=${HEADCOUNT_PLAN}
      ramp-months="3"
      .history=${HISTORY}
      history-as-of="2026-01-15"
    ></sales-target-planner>`,
  );
  await until(() => el.shadowRoot!.querySelector('[part~="history-table"]'), 5000, 'the history table');
  return el;
}
const weights = (el: Element) =>
  Array.from({ length: 12 }, (_, i) => $<HTMLInputElement>(el, `#p-seasonality-${i}`).value);

describe('sales-target-planner: seasonality and productivity from history (docs/models.md §3d)', () => {
  it('shows each year read with its shares beside the averaged weights, and productivity by tenure', async () => {
    const el = await mount();
    const rows = tableRows(el, 'history-table');
    expect(rows[0]).to.deep.equal(['Jan', '10%', '20%', '15%']);
    expect(rows[2]).to.deep.equal(['Mar', '0%', '20%', '10%']);
    expect(rows[3]).to.deep.equal(['Apr', '30%', '0%', '15%']);
    expect(rows[11]).to.deep.equal(['Dec', '60%', '60%', '60%']);
    expect(tableRows(el, 'productivity-table')).to.deep.equal([
      ['Qualified', '24', 'CN¥1,700', 'CN¥70.83'],
      ['Ramping', '6', 'CN¥300', 'CN¥50'],
    ]);
  });

  it('one click fills the twelve weights and both productivities; the plan runs on them; revert goes back', async () => {
    const el = await mount();
    setTimeout(() => button(el, 'Fill seasonality and productivity from history').click());
    const ev = await oneEvent(el, 'revops-change');
    await settle(el);
    const plan = ev.detail as HeadcountPlan;
    expect(plan.months[11]!.share).to.be.closeTo(0.6, 1e-12);
    expect(plan.months[1]!.share).to.equal(0);
    expect(weights(el)[0]).to.equal('0.15');
    expect($<HTMLInputElement>(el, '#p-productivityQualified').value).to.equal('70.83');
    expect($<HTMLInputElement>(el, '#p-productivityUnqualified').value).to.equal('50');
    expect(partText(el, 'history')).to.contain('Filled from history');
    $<HTMLButtonElement>(el, '[aria-label^="Revert"][aria-label$="Seasonality"]').click();
    await settle(el);
    expect(weights(el)[0]).to.equal('1');
  });

  it('one year against two: the table and the weights follow the years read', async () => {
    const el = await mount();
    const y = $<HTMLSelectElement>(el, '#th-p');
    y.value = '1';
    y.dispatchEvent(new Event('change'));
    await settle(el);
    expect(tableRows(el, 'history-table')[0]).to.deep.equal(['Jan', '20%', '20%']);
    expect(tableRows(el, 'productivity-table')[0]).to.deep.equal(['Qualified', '12', 'CN¥700', 'CN¥58.33']);
  });

  it('keyboard, zh-CN and axe', async () => {
    const el = await mount('zh-CN');
    const fill = button(el, '用历史数据填入季节性和人效');
    await tabTo(fill);
    await press('Enter');
    await settle(el);
    expect(weights(el)[11]).to.equal('0.6');
    expect(partText(el, 'history')).to.contain('已用历史数据填入');
    await expect(el).to.be.accessible();
  });

  it('without history the element renders as before', async () => {
    const el = await fixture<SalesTargetPlanner>(
      html`<sales-target-planner lang="en" .data=${HEADCOUNT_PLAN}></sales-target-planner>`,
    );
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="history"]')).to.equal(null);
  });
});
