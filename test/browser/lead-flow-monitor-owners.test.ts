/** lead-flow-monitor's Owners tab (issue 14): the worked example of docs/models.md "leads by owner and team". */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/lead-flow-monitor/index.js';
import type { LeadFlowMonitor } from '../../components/lead-flow-monitor/index.js';
import { $, until } from '../helpers/fixtures.js';
import { deepActive, press } from '../helpers/keyboard.js';

const on = (d: string) => ({ createdAt: d, poolEnteredAt: d, assignedAt: d });
const lead = (id: string, owner: string | null, over: Record<string, unknown>) => ({
  id,
  owner,
  source: 'web',
  businessLine: 'SaaS',
  pool: 'private',
  ...over,
});
const DATA = {
  asOf: '2026-03-31',
  teams: { east: ['Li', 'Wang'], west: ['Zhao'] },
  leads: [
    lead('O1', 'Wang', {
      ...on('2026-03-20'),
      firstFollowUpAt: '2026-03-20',
      convertedAt: '2026-03-25',
      revenue: 10000,
    }),
    lead('O2', 'Wang', on('2026-03-26')),
    lead('O3', 'Li', { ...on('2026-03-20'), firstFollowUpAt: '2026-03-21' }),
    lead('O4', 'Li', { ...on('2026-03-22'), firstFollowUpAt: '2026-03-22', convertedAt: '2026-03-28', revenue: 10000 }),
    lead('O5', 'Li', on('2026-03-30')),
    lead('O6', 'Zhao', { ...on('2026-02-01'), firstFollowUpAt: '2026-02-04' }),
    lead('O7', null, { pool: 'line', createdAt: '2026-03-01', poolEnteredAt: '2026-03-01' }),
  ],
};
const rows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="owner-table"] tbody tr')].map((tr) =>
    [...tr.children].map((c) => c.textContent.replace(/\s+/g, ' ').trim()),
  );

describe('lead-flow-monitor: Owners tab (issue 14)', () => {
  it('owners ranked within teams with team totals, reached from the keyboard; axe clean', async () => {
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="en" currency="USD" .data=${DATA}></lead-flow-monitor>`,
    );
    await until(() => el.owners);
    $<HTMLButtonElement>(el, '#tab-flow').focus();
    await press('ArrowRight'); // Sources and ROI
    await until(() => deepActive() === $(el, '#tab-sources'));
    await press('ArrowRight'); // Owners
    await until(() => deepActive() === $(el, '#tab-owners'));
    await until(() => !$(el, '#panel-owners').hidden);
    expect(rows(el)).to.deep.equal([
      ['east'],
      ['1', 'Li', '3', '2', '66.7%', '33.3%', '$10,000', '0', '0'],
      ['2', 'Wang', '2', '1', '50%', '50%', '$10,000', '1', '1'],
      ['', 'east total', '5', '3', '60%', '40%', '$20,000', '1', '1'],
      ['west'],
      ['1', 'Zhao', '1', '0', '0%', '0%', '$0', '1', '1'],
      ['', 'west total', '1', '0', '0%', '0%', '$0', '1', '1'],
    ]);
    expect($(el, '[data-note="unowned"]').textContent.trim()).to.equal('1 lead has no owner and is not counted here.');
    await expect(el).to.be.accessible();
  });

  it('the alert line by owner, and zh-CN', async () => {
    const el = await fixture<LeadFlowMonitor>(
      html`<lead-flow-monitor lang="zh-CN" .data=${{ ...DATA, rules: { minGroupSize: 2 } }}></lead-flow-monitor>`,
    );
    await until(() => el.owners);
    $<HTMLButtonElement>(el, '#tab-owners').click();
    await until(() => !$(el, '#panel-owners').hidden);
    // Li 2/3 and Wang 1/2 (2 leads each or more) are under the 80 % line; Zhao has 1 lead, under the minimum.
    const alerts = [...el.shadowRoot!.querySelectorAll('[part~="owners"] ul.alerts li')].map((li) =>
      li.getAttribute('data-owner'),
    );
    expect(alerts).to.deep.equal(['Li', 'Wang']);
    expect($(el, '[part~="owner-table"] caption').textContent.trim()).to.equal(
      '按负责人的跟进、转化与超时,在团队内排名',
    );
    expect($(el, '#tab-owners').textContent.trim()).to.equal('负责人');
    expect(rows(el)[3]![1]).to.equal('east 合计');
    await expect(el).to.be.accessible();
  });
});
