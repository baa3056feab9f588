import { expect, fixture, html } from '@open-wc/testing';
import '../../components/funnel-forecast/index.js';
import type { FunnelForecast } from '../../components/funnel-forecast/index.js';
import type { FunnelResult } from '../../src/models/funnel.js';
import type { ActivityMixResult } from '../../src/models/funnel-mix.js';
import { button, edit, tableRows } from '../helpers/harness.js';
import { FUNNEL_EXAMPLE } from '../fixtures/seeds.js';
import { settle, partText, $, until } from '../helpers/fixtures.js';
import { tabTo, press, deepActive } from '../helpers/keyboard.js';

/** docs/models.md §3a extras worked example: calls (cap 3,000), visits (cap 100), events (cap 5), each over capacity alone. */
const DATA = {
  ...FUNNEL_EXAMPLE,
  activities: [
    { key: 'calls', stage: 'lead', yieldPerUnit: 0.1, capacity: 3000 },
    { key: 'visits', stage: 'intent', yieldPerUnit: 0.5, capacity: 100 },
    { key: 'events', label: 'Events', stage: 'highIntent', yieldPerUnit: 2, capacity: 5 },
  ],
};
const MIX = { shares: { calls: 0.2, visits: 0.2, events: 0.6 } };

type WithMix = FunnelResult & { mix?: ActivityMixResult };
const mixOf = (el: FunnelForecast) => (el as unknown as { result?: WithMix }).result?.mix;

describe('funnel-forecast: the activity mix', () => {
  it('without a mix: the activities as before, and a button to split the gap', async () => {
    const el = await fixture<FunnelForecast>(html`<funnel-forecast lang="en" .data=${DATA}></funnel-forecast>`);
    await settle(el);
    expect(tableRows(el, 'activity-table').map((r) => r[3])).to.deep.equal(['4,834', '194', '15']);
    expect(el.shadowRoot!.querySelector('[part~="mix"]')).to.equal(null);
    expect(button(el, 'Split the gap across activities').disabled).to.equal(false);
  });

  it('renders the worked example: events 4 over capacity, 74,000 left open; the suggestion fills calls then visits', async () => {
    const el = await fixture<FunnelForecast>(
      html`<funnel-forecast lang="en" .data=${{ ...DATA, mix: MIX }}></funnel-forecast>`,
    );
    const rows = await until(() => el.shadowRoot!.querySelector('[part~="mix-table"]') && tableRows(el, 'mix-table'));
    expect(rows).to.deep.equal([
      ['Calls', '20', '967', 'Feasible', '6', '1.2'],
      ['Visits', '20', '39', 'Feasible', '6', '1.2'],
      ['Events', '60', '9', '4 over capacity', '18', '3.5'],
    ]);
    expect(partText(el, 'mix-summary')).to.contain('74.5%').and.contain('CN¥74,000');
    expect(partText(el, 'mix-suggestion')).to.contain('Calls 62.1% (3,000), Visits 37.9% (74)');
    expect(mixOf(el)!.plan!.feasible).to.equal(false);
    await expect(el).to.be.accessible();

    button(el, 'Use the suggested mix').click();
    await until(() => mixOf(el)?.plan?.feasible);
    expect(tableRows(el, 'mix-table').map((r) => [r[2], r[3]])).to.deep.equal([
      ['3,000', 'Feasible'],
      ['74', 'Feasible'],
      ['0', 'Feasible'],
    ]);
    expect(partText(el, 'mix-summary')).to.contain('100%').and.not.contain('Left open');
  });

  it('shares that do not add up to 100 % say so by the field and keep the last good plan', async () => {
    const el = await fixture<FunnelForecast>(
      html`<funnel-forecast lang="en" .data=${{ ...DATA, mix: MIX }}></funnel-forecast>`,
    );
    await until(() => el.shadowRoot!.querySelector('[part~="mix-table"]'));
    edit(el, 'p-mix-shares-events', '50');
    await until(() => partText(el, 'mix').includes('add up to 90%'));
    expect(partText(el, 'error')).to.contain('100 %');
    // the last good plan stays, marked as such
    expect(tableRows(el, 'mix-table')[2]![2]).to.equal('9');
    edit(el, 'p-mix-shares-events', '60');
    await until(() => !el.shadowRoot!.querySelector('[part~="error"]'));
  });

  it('counts: switching keeps the split; 3,000 calls and 60 visits leave 20,000 open', async () => {
    const el = await fixture<FunnelForecast>(
      html`<funnel-forecast lang="en" .data=${{ ...DATA, mix: MIX }}></funnel-forecast>`,
    );
    await until(() => el.shadowRoot!.querySelector('[part~="mix-table"]'));
    const radio = $<HTMLInputElement>(el, 'input[name="mix-mode"][value="counts"]');
    radio.click();
    await until(() => mixOf(el)?.mode === 'counts');
    expect(tableRows(el, 'mix-table').map((r) => r[2])).to.deep.equal(['967', '39', '9']);
    edit(el, 'p-mix-counts-calls', '3000');
    edit(el, 'p-mix-counts-visits', '60');
    edit(el, 'p-mix-counts-events', '0');
    await until(() => partText(el, 'mix-summary').includes('CN¥20,000'));
    expect(partText(el, 'mix-summary')).to.equal('Covered within capacity: 93.1% of the gap. Left open: CN¥20,000');
  });

  it('by keyboard: split the gap, the focus goes to the first share; remove, the focus comes back', async () => {
    const el = await fixture<FunnelForecast>(html`<funnel-forecast lang="en" .data=${DATA}></funnel-forecast>`);
    await settle(el);
    const open = button(el, 'Split the gap across activities');
    await tabTo(open);
    await press('Enter');
    await until(() => deepActive()?.id === 'p-mix-shares-calls');
    expect(tableRows(el, 'mix-table').map((r) => r[1])).to.deep.equal([
      '33.3333333333',
      '33.3333333333',
      '33.3333333333',
    ]);
    const remove = button(el, 'Remove the mix');
    await tabTo(remove);
    await press('Enter');
    await until(() => (deepActive() as HTMLElement | null)?.textContent?.trim() === 'Split the gap across activities');
    expect(el.shadowRoot!.querySelector('[part~="mix"]')).to.equal(null);
  });

  it('zh-CN and a 400 px column', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div class="col400"><funnel-forecast lang="zh-CN" .data=${{ ...DATA, mix: MIX }}></funnel-forecast></div>`,
    );
    wrap.style.width = '400px';
    const el = wrap.querySelector('funnel-forecast')!;
    await until(() => partText(el, 'mix').includes('活动组合'));
    expect(partText(el, 'mix-suggestion')).to.contain('使用建议组合');
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
  });
});
